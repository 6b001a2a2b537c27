// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc::server {

Status SessionStore::putChallenge(const QByteArray &challenge, const QByteArray &device, qint64 expires)
{
    return m_db.exec(QStringLiteral("INSERT INTO challenges (challenge, device, expires) VALUES (?, ?, ?)"),
        {challenge, device, expires});
}

Result<bool> SessionStore::takeChallenge(const QByteArray &challenge, const QByteArray &device, qint64 now)
{
    QSqlQuery q(m_db.connection());
    // DELETE … RETURNING makes the challenge single-use even across instances.
    q.prepare(QStringLiteral("DELETE FROM challenges WHERE challenge = ? RETURNING device, expires"));
    q.bindValue(0, challenge);
    if (!q.exec())
        return Database::failed(q.lastError(), "challenge lookup");
    if (!q.next())
        return false;
    const bool valid = q.value(0).toByteArray() == device && q.value(1).toLongLong() > now;
    q.finish();
    return valid;
}

Status SessionStore::putSession(const QByteArray &tokenHash, const Session &session, qint64 expires)
{
    return m_db.exec(QStringLiteral("INSERT INTO sessions (token_hash, device, account, expires) VALUES (?, ?, ?, ?)"),
        {tokenHash, session.device, session.account, expires});
}

Result<std::optional<Session>> SessionStore::session(const QByteArray &tokenHash, qint64 now)
{
    // Every authenticated request runs this: one statement kept per connection.
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT s.device, s.account, s.expires FROM sessions s JOIN devices d ON d.device = s.device "
                       "WHERE s.token_hash = ? AND s.expires > ? AND d.revoked IS NULL"));
    q.bindValue(0, tokenHash);
    q.bindValue(1, now);
    if (!q.exec())
        return Database::failed(q.lastError(), "session lookup");
    std::optional<Session> found;
    if (q.next())
        found = Session {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toLongLong()};
    q.finish(); // a kept statement must not hold a read snapshot
    return found;
}

Status SessionStore::deleteSession(const QByteArray &tokenHash)
{
    return m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

Result<qint64> SessionStore::activeSessions(qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE expires > ?"));
    q.bindValue(0, now);
    if (!q.exec() || !q.next())
        return Database::failed(q.lastError(), "session count");
    return q.value(0).toLongLong();
}

Status SessionStore::purgeExpired(qint64 now)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM challenges WHERE expires <= ?"),
             QStringLiteral("DELETE FROM sessions WHERE expires <= ?")}) {
        if (auto s = m_db.exec(sql, {now}); !s)
            return s;
    }
    return {};
}

} // namespace cc::server
