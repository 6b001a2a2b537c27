// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc::server::schema {

namespace {

constexpr int SchemaVersion = 3;

// One schema for both engines: BYTEA and BIGINT are PostgreSQL types that SQLite accepts
// (BYTEA columns keep blobs as blobs; BIGINT has integer affinity).
const char *const SchemaV1[] = {
    "CREATE TABLE IF NOT EXISTS accounts (account BYTEA PRIMARY KEY, sign_pub BYTEA NOT NULL, "
    "box_pub BYTEA NOT NULL, locator BYTEA NOT NULL UNIQUE, bundle BYTEA NOT NULL, proof BYTEA NOT NULL, "
    "created BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS devices (device BYTEA PRIMARY KEY, account BYTEA NOT NULL REFERENCES "
    "accounts(account), sign_pub BYTEA NOT NULL, certificate BYTEA NOT NULL, label BYTEA NOT NULL, "
    "created BIGINT NOT NULL, revoked BIGINT)",
    "CREATE INDEX IF NOT EXISTS devices_account ON devices(account)",
    "CREATE TABLE IF NOT EXISTS challenges (challenge BYTEA PRIMARY KEY, device BYTEA NOT NULL, "
    "expires BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sessions (token_hash BYTEA PRIMARY KEY, device BYTEA NOT NULL REFERENCES "
    "devices(device), account BYTEA NOT NULL, expires BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS sessions_device ON sessions(device)",
    "CREATE TABLE IF NOT EXISTS spaces (space BYTEA PRIMARY KEY, owner BYTEA NOT NULL REFERENCES "
    "accounts(account), seq BIGINT NOT NULL DEFAULT 0, created BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS members (space BYTEA NOT NULL REFERENCES spaces(space), account BYTEA NOT "
    "NULL, role TEXT NOT NULL, removed BIGINT, PRIMARY KEY (space, account))",
    "CREATE INDEX IF NOT EXISTS members_account ON members(account)",
    "CREATE TABLE IF NOT EXISTS records (space BYTEA NOT NULL REFERENCES spaces(space), record BYTEA NOT "
    "NULL, seq BIGINT NOT NULL, key_version BIGINT NOT NULL, deleted BIGINT NOT NULL, author BYTEA NOT "
    "NULL, tag BYTEA NOT NULL, size BIGINT NOT NULL, sig BYTEA NOT NULL, sealed BYTEA NOT NULL, "
    "PRIMARY KEY (space, record))",
    "CREATE UNIQUE INDEX IF NOT EXISTS records_seq ON records(space, seq)",
    // Every revision's tag, so a retried push of an older revision still answers its seq.
    "CREATE TABLE IF NOT EXISTS revisions (space BYTEA NOT NULL, record BYTEA NOT NULL, tag BYTEA NOT "
    "NULL, seq BIGINT NOT NULL, PRIMARY KEY (space, record, tag))",
    "CREATE TABLE IF NOT EXISTS links (link BYTEA PRIMARY KEY, account BYTEA NOT NULL REFERENCES "
    "accounts(account), expires BIGINT NOT NULL, accept_device BYTEA, accept_sign_pub BYTEA, "
    "accept_box_pub BYTEA, accept_mac BYTEA, bundle BYTEA)",
};

// Version 2: sharing (docs/sync-protocol.md, "Sharing"). Existing spaces keep their owner
// alone at list version 0 and key version 1, the state a new space starts in.
const char *const SchemaV2[] = {
    "ALTER TABLE spaces ADD COLUMN list_version BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE spaces ADD COLUMN key_version BIGINT NOT NULL DEFAULT 1",
    "ALTER TABLE spaces ADD COLUMN list BYTEA",
    "ALTER TABLE spaces ADD COLUMN list_sig BYTEA",
    "ALTER TABLE members ADD COLUMN expires BIGINT",
    "CREATE TABLE IF NOT EXISTS key_wraps (space BYTEA NOT NULL REFERENCES spaces(space), account BYTEA NOT "
    "NULL, key_version BIGINT NOT NULL, wrap BYTEA NOT NULL, sig BYTEA NOT NULL, PRIMARY KEY (space, account, "
    "key_version))",
    "CREATE TABLE IF NOT EXISTS invites (invite BYTEA PRIMARY KEY, space BYTEA NOT NULL REFERENCES "
    "spaces(space), role TEXT NOT NULL, expires BIGINT NOT NULL, card BYTEA NOT NULL, accept_account BYTEA, "
    "accept_sign_pub BYTEA, accept_box_pub BYTEA, accept_card BYTEA, accept_mac BYTEA)",
    "CREATE INDEX IF NOT EXISTS invites_expires ON invites(expires)",
    "CREATE TABLE IF NOT EXISTS access_log (space BYTEA NOT NULL REFERENCES spaces(space), account BYTEA NOT "
    "NULL, device BYTEA NOT NULL, time BIGINT NOT NULL, count BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS access_log_space_time ON access_log(space, time)",
};

// Version 3: every member list a space had, so a new or restored device verifies earlier
// records against the membership that held then (issue 11, problem 2). Existing spaces
// start their history with the newest list, the only one kept before.
const char *const SchemaV3[] = {
    "CREATE TABLE IF NOT EXISTS member_lists (space BYTEA NOT NULL REFERENCES spaces(space), version BIGINT NOT "
    "NULL, list BYTEA NOT NULL, sig BYTEA NOT NULL, PRIMARY KEY (space, version))",
    "INSERT INTO member_lists (space, version, list, sig) SELECT space, list_version, list, list_sig FROM spaces "
    "WHERE list IS NOT NULL AND list_sig IS NOT NULL",
};

/** The statements that take a database at @p version to SchemaVersion. */
QList<const char *> upgradeFrom(qint64 version)
{
    QList<const char *> statements;
    if (version < 1)
        statements.append(QList<const char *>(std::begin(SchemaV1), std::end(SchemaV1)));
    if (version < 2)
        statements.append(QList<const char *>(std::begin(SchemaV2), std::end(SchemaV2)));
    if (version < 3)
        statements.append(QList<const char *>(std::begin(SchemaV3), std::end(SchemaV3)));
    return statements;
}

/** Runs the upgrade and records the new version; the caller's transaction is still open. */
Status upgrade(Database &db, QSqlQuery &q, qint64 version)
{
    for (const char *statement : upgradeFrom(version)) {
        if (!q.exec(QLatin1StringView(statement)))
            return db.abort(q, "migrating the schema");
    }
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                             "value = excluded.value"));
    q.bindValue(0, QStringLiteral("schema_version"));
    q.bindValue(1, qint64(SchemaVersion));
    if (!q.exec())
        return db.abort(q, "migration");
    return {};
}

} // namespace

Status migrate(Database &db)
{
    if (auto b = db.begin(); !b)
        return b;
    QSqlQuery q(db.connection());
    if (db.isPostgres() && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(20260401)"))) {
        db.rollback();
        return Database::failed(q.lastError(), "migration lock");
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL)"))) {
        db.rollback();
        return Database::failed(q.lastError(), "migration");
    }
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bindValue(0, QStringLiteral("schema_version"));
    if (!q.exec()) {
        db.rollback();
        return Database::failed(q.lastError(), "migration");
    }
    const qint64 version = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (version > SchemaVersion) {
        db.rollback();
        return makeError(ErrorCode::Io, trNoop("Server", "The database was written by a newer server."));
    }
    if (version < SchemaVersion) {
        if (auto u = upgrade(db, q, version); !u)
            return u;
    }
    return db.commit();
}

} // namespace cc::server::schema
