// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QDateTime>
#include <QQmlEngine>

namespace cc::app {

/** Who fetched the selected space, newest first. */
class AccessLogModel : public cc::app::RowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SpaceMembers")
public:
    enum Role { WhoRole = Qt::UserRole, TimeRole, CountRole, IsOwnRole };
    Q_ENUM(Role)

    /** Who fetched the space when, and how many records. */
    struct Row {
        QString who;
        QDateTime time; ///< local time
        int count = 0;
        bool isOwn = false; ///< one of this account's devices
        auto fields() const { return std::tie(who, time, count, isOwn); }
    };

    explicit AccessLogModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows) { m_rows.set(std::move(rows)); }

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
