// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storagetypes.h"

#include <optional>

namespace cc::server {

class Database;

/**
 * Login challenges and sessions. Both live in the database, not in memory, so several
 * instances on one PostgreSQL share them. Only a token's hash is ever stored.
 */
class SessionStore
{
public:
    explicit SessionStore(Database &db) : m_db(db) { }

    Status putChallenge(const QByteArray &challenge, const QByteArray &device, qint64 expires);
    /** Deletes the challenge; true only if it existed, was issued to @p device and is unexpired. */
    Result<bool> takeChallenge(const QByteArray &challenge, const QByteArray &device, qint64 now);

    Status putSession(const QByteArray &tokenHash, const Session &session, qint64 expires);
    /** The live session of this token hash whose device is not revoked. */
    Result<std::optional<Session>> session(const QByteArray &tokenHash, qint64 now);
    Status deleteSession(const QByteArray &tokenHash);
    Result<qint64> activeSessions(qint64 now);
    /** Deletes expired challenges and sessions. */
    Status purgeExpired(qint64 now);

private:
    Database &m_db;
};

} // namespace cc::server
