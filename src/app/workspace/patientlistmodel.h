// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::app {

/**
 * "My patients": every patient who shared with this care-team member, those needing
 * attention first. Rows: patientId (the owner's account id, hex), name, colour (a
 * SpaceInfo colour code), flags ([{kind: "worsening"|"discuss"|"review"|"goal", domains,
 * date, count}], see WorkspaceController::flagList), flagCount, newComments, nextReview.
 */
class PatientListModel : public cc::app::RowModel // qualified for Qt 6.4's qmltyperegistrar
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by WorkspaceController")

public:
    enum Role {
        PatientIdRole = Qt::UserRole,
        NameRole,
        ColourRole,
        FlagsRole,
        FlagCountRole,
        NewCommentsRole,
        NextReviewRole,
    };
    Q_ENUM(Role)

    explicit PatientListModel(QObject *parent);
    using RowModel::setRows;

    /** The patient id (hex) of row @p row; empty if out of range. */
    Q_INVOKABLE QString patientIdAt(int row) const;
};

} // namespace cc::app
