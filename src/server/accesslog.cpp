// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslog.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc::server {

Status AccessLog::logAccess(const QByteArray &space, const AccessEvent &event)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO access_log (space, account, device, time, count) VALUES (?, ?, ?, ?, ?)"),
        {space, event.account, event.device, event.time, event.count});
}

Result<QList<AccessEvent>> AccessLog::accessLog(const QByteArray &space, qint64 before, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT account, device, time, count FROM access_log WHERE space = ? AND time < ? "
                             "ORDER BY time DESC LIMIT ?"));
    q.bindValue(0, space);
    q.bindValue(1, before);
    q.bindValue(2, qint64(limit));
    if (!q.exec())
        return Database::failed(q.lastError(), "access log");
    QList<AccessEvent> out;
    while (q.next()) {
        out.append(AccessEvent {
            q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return out;
}

} // namespace cc::server
