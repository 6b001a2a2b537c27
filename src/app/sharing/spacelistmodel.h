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

    /** A sharing space. */
    struct Row {
        QString spaceId; ///< hex
        QString name;
        QString colour;
        bool isPrivate = false;
        int memberCount = 0;
        QString summary;
        int recordCount = 0;
        auto fields() const { return std::tie(spaceId, name, colour, isPrivate, memberCount, summary, recordCount); }
    };

    explicit SpaceListModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows) { m_rows.set(std::move(rows)); }

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
