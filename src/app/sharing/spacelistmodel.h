// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::app {

/** The patient's sharing spaces: Private first, then the ones she made, with who is in them. */
class SpaceListModel : public cc::app::RowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SharingSpaces")
public:
    enum Role {
        SpaceIdRole = Qt::UserRole,
        NameRole,
        ColourRole,
        IsPrivateRole,
        MemberCountRole, ///< people besides the patient
        SummaryRole, ///< "Only you" / "You and 2 others"
        RecordCountRole, ///< records she put in it
    };
    Q_ENUM(Role)
    explicit SpaceListModel(QObject *parent = nullptr);
    using RowModel::setRows;
};

} // namespace cc::app
