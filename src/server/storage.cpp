// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage.h"

#include "protocol/sealedrecord.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace cc::server {

namespace {

constexpr int SchemaVersion = 2;

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

Error dbError(const QSqlError &e, const char *what)
{
    // The driver's text goes to the operator's log; callers answer a generic 500.
    qWarning("storage: %s failed: %s", what, qUtf8Printable(e.text()));
    return makeError(ErrorCode::Io, trNoop("Server", "The server's database failed."));
}

QVariant nullableBytes(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

} // namespace

Storage::Storage(QString connectionName, bool postgres)
    : m_connectionName(std::move(connectionName)), m_postgres(postgres)
{ }

Storage::~Storage()
{
    close();
}

QSqlDatabase Storage::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Storage::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

static void configure(QSqlDatabase &d, const QString &databaseUrl, const QString &sqlitePath)
{
    if (!databaseUrl.isEmpty()) {
        const QUrl url(databaseUrl);
        d.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        d.setPort(url.port(5432));
        d.setUserName(url.userName());
        d.setPassword(url.password());
        d.setDatabaseName(url.path().mid(1));
        d.setConnectOptions(QStringLiteral("connect_timeout=5"));
    } else {
        d.setDatabaseName(sqlitePath);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
}

QSqlDatabase Storage::openExtraConnection(const QString &purpose) const
{
    const QString name = m_connectionName + u'-' + purpose;
    QSqlDatabase d = QSqlDatabase::addDatabase(m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    configure(d, m_databaseUrl, m_sqlitePath);
    d.open();
    return d;
}

Result<std::unique_ptr<Storage>> Storage::open(const QString &dataDir, const QString &databaseUrl)
{
    const bool postgres = !databaseUrl.isEmpty();
    const QString name = QStringLiteral("carecircle-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Storage> s(new Storage(name, postgres));
    s->m_databaseUrl = databaseUrl;
    if (!postgres) {
        if (!QDir().mkpath(dataDir))
            return makeError(ErrorCode::Io, trNoop("Server", "Cannot create the data directory."));
        s->m_sqlitePath = QDir(dataDir).filePath(QStringLiteral("server.db"));
    }
    QSqlDatabase d = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (!d.isValid())
        return makeError(ErrorCode::Unavailable, trNoop("Server", "The Qt SQL driver for this database is missing."));
    configure(d, databaseUrl, s->m_sqlitePath);
    if (!d.open())
        return dbError(d.lastError(), "opening the database");
    if (!postgres) {
        QSqlQuery q(d);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                 "PRAGMA busy_timeout=5000"}) {
            if (!q.exec(QLatin1StringView(pragma)))
                return dbError(q.lastError(), "configuring SQLite");
        }
    }
    if (auto m = s->migrate(); !m)
        return m.error();
    return s;
}

Status Storage::begin()
{
    QSqlQuery q(db());
    if (!q.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return dbError(q.lastError(), "BEGIN");
    return {};
}

Status Storage::commit()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = dbError(q.lastError(), "COMMIT");
        rollback();
        return e;
    }
    return {};
}

void Storage::rollback()
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("ROLLBACK"));
}

Status Storage::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db());
    if (!q.prepare(sql))
        return dbError(q.lastError(), "prepare");
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return dbError(q.lastError(), "statement");
    return {};
}

Status Storage::migrate()
{
    if (auto b = begin(); !b)
        return b;
    QSqlQuery q(db());
    if (m_postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(20260401)"))) {
        rollback();
        return dbError(q.lastError(), "migration lock");
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL)"))) {
        rollback();
        return dbError(q.lastError(), "migration");
    }
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bindValue(0, QStringLiteral("schema_version"));
    if (!q.exec()) {
        rollback();
        return dbError(q.lastError(), "migration");
    }
    const qint64 version = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (version > SchemaVersion) {
        rollback();
        return makeError(ErrorCode::Io, trNoop("Server", "The database was written by a newer server."));
    }
    if (version < SchemaVersion) {
        QList<const char *> statements;
        if (version < 1)
            statements.append(QList<const char *>(std::begin(SchemaV1), std::end(SchemaV1)));
        if (version < 2)
            statements.append(QList<const char *>(std::begin(SchemaV2), std::end(SchemaV2)));
        for (const char *statement : statements) {
            if (!q.exec(QLatin1StringView(statement))) {
                const Error e = dbError(q.lastError(), "migrating the schema");
                rollback();
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                 "value = excluded.value"));
        q.bindValue(0, QStringLiteral("schema_version"));
        q.bindValue(1, qint64(SchemaVersion));
        if (!q.exec()) {
            const Error e = dbError(q.lastError(), "migration");
            rollback();
            return e;
        }
    }
    return commit();
}

bool Storage::ping()
{
    QSqlDatabase d = db();
    if (!d.isOpen())
        return false;
    QSqlQuery q(d);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

// ---- accounts and devices ----

Result<Storage::Put> Storage::createAccount(const Account &a, const Device &dev)
{
    if (auto b = begin(); !b)
        return b.error();
    auto existing = account(a.account);
    if (!existing) {
        rollback();
        return existing.error();
    }
    if (existing->has_value()) {
        rollback();
        if (!(**existing == a))
            return Put::Conflict;
        // The same account again: register the device the same way (idempotent).
        return addDevice(dev);
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE locator = ?"));
    q.bindValue(0, a.locator);
    if (!q.exec()) {
        const Error e = dbError(q.lastError(), "account lookup");
        rollback();
        return e;
    }
    if (q.next()) {
        rollback();
        return Put::Conflict;
    }
    q.prepare(QStringLiteral("SELECT 1 FROM devices WHERE device = ?"));
    q.bindValue(0, dev.id);
    if (!q.exec() || q.next()) {
        rollback();
        return Put::Conflict;
    }
    q.prepare(QStringLiteral("INSERT INTO accounts (account, sign_pub, box_pub, locator, bundle, proof, created) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, a.account);
    q.bindValue(1, a.signPub);
    q.bindValue(2, a.boxPub);
    q.bindValue(3, a.locator);
    q.bindValue(4, a.bundle);
    q.bindValue(5, a.proof);
    q.bindValue(6, dev.created);
    if (!q.exec()) {
        const Error e = dbError(q.lastError(), "account insert");
        rollback();
        return e;
    }
    q.prepare(QStringLiteral("INSERT INTO devices (device, account, sign_pub, certificate, label, created) VALUES "
                             "(?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, dev.id);
    q.bindValue(1, dev.account);
    q.bindValue(2, dev.signPub);
    q.bindValue(3, dev.certificate);
    q.bindValue(4, dev.label);
    q.bindValue(5, dev.created);
    if (!q.exec()) {
        const Error e = dbError(q.lastError(), "device insert");
        rollback();
        return e;
    }
    if (auto c = commit(); !c)
        return c.error();
    return Put::Created;
}

Result<Storage::Put> Storage::addDevice(const Device &dev)
{
    auto existing = device(dev.id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const Device &e = **existing;
        if (e.revoked)
            return Put::Forbidden;
        if (e.account == dev.account && e.signPub == dev.signPub && e.certificate == dev.certificate)
            return Put::Same;
        return Put::Conflict;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO devices (device, account, sign_pub, certificate, label, created) VALUES "
                             "(?, ?, ?, ?, ?, ?) ON CONFLICT (device) DO NOTHING"));
    q.bindValue(0, dev.id);
    q.bindValue(1, dev.account);
    q.bindValue(2, dev.signPub);
    q.bindValue(3, dev.certificate);
    q.bindValue(4, dev.label);
    q.bindValue(5, dev.created);
    if (!q.exec())
        return dbError(q.lastError(), "device insert");
    return q.numRowsAffected() == 1 ? Put::Created : Put::Conflict;
}

static Storage::Account readAccount(const QSqlQuery &q)
{
    return Storage::Account {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
        q.value(3).toByteArray(), q.value(4).toByteArray(), q.value(5).toByteArray()};
}

Result<std::optional<Storage::Account>> Storage::account(const QByteArray &id)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT account, sign_pub, box_pub, locator, bundle, proof FROM accounts WHERE account = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return dbError(q.lastError(), "account lookup");
    if (!q.next())
        return std::optional<Account>();
    return std::optional<Account>(readAccount(q));
}

Result<std::optional<Storage::Account>> Storage::accountByLocator(const QByteArray &locator)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT account, sign_pub, box_pub, locator, bundle, proof FROM accounts WHERE locator = ?"));
    q.bindValue(0, locator);
    if (!q.exec())
        return dbError(q.lastError(), "recovery lookup");
    if (!q.next())
        return std::optional<Account>();
    return std::optional<Account>(readAccount(q));
}

static Storage::Device readDevice(const QSqlQuery &q)
{
    Storage::Device d;
    d.id = q.value(0).toByteArray();
    d.account = q.value(1).toByteArray();
    d.signPub = q.value(2).toByteArray();
    d.certificate = q.value(3).toByteArray();
    d.label = q.value(4).toByteArray();
    d.created = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        d.revoked = q.value(6).toLongLong();
    return d;
}

Result<std::optional<Storage::Device>> Storage::device(const QByteArray &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT device, account, sign_pub, certificate, label, created, revoked FROM devices WHERE device = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return dbError(q.lastError(), "device lookup");
    if (!q.next())
        return std::optional<Device>();
    return std::optional<Device>(readDevice(q));
}

Result<QList<Storage::Device>> Storage::devices(const QByteArray &account)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT device, account, sign_pub, certificate, label, created, revoked FROM devices "
                             "WHERE account = ? ORDER BY created, device"));
    q.bindValue(0, account);
    if (!q.exec())
        return dbError(q.lastError(), "device list");
    QList<Device> out;
    while (q.next())
        out.append(readDevice(q));
    return out;
}

Status Storage::setBundle(const QByteArray &account, const QByteArray &bundle)
{
    return exec(QStringLiteral("UPDATE accounts SET bundle = ? WHERE account = ?"), {bundle, account});
}

Result<bool> Storage::revokeDevice(const QByteArray &account, const QByteArray &device, qint64 now)
{
    if (auto b = begin(); !b)
        return b.error();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE devices SET revoked = COALESCE(revoked, ?) WHERE device = ? AND account = ?"));
    q.bindValue(0, now);
    q.bindValue(1, device);
    q.bindValue(2, account);
    if (!q.exec()) {
        const Error e = dbError(q.lastError(), "device revoke");
        rollback();
        return e;
    }
    const bool found = q.numRowsAffected() > 0;
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE device = ?"));
    q.bindValue(0, device);
    if (!q.exec()) {
        const Error e = dbError(q.lastError(), "session delete");
        rollback();
        return e;
    }
    if (auto c = commit(); !c)
        return c.error();
    return found;
}

// ---- challenges and sessions ----

Status Storage::putChallenge(const QByteArray &challenge, const QByteArray &device, qint64 expires)
{
    return exec(QStringLiteral("INSERT INTO challenges (challenge, device, expires) VALUES (?, ?, ?)"),
        {challenge, device, expires});
}

Result<bool> Storage::takeChallenge(const QByteArray &challenge, const QByteArray &device, qint64 now)
{
    QSqlQuery q(db());
    // DELETE … RETURNING makes the challenge single-use even across instances.
    q.prepare(QStringLiteral("DELETE FROM challenges WHERE challenge = ? RETURNING device, expires"));
    q.bindValue(0, challenge);
    if (!q.exec())
        return dbError(q.lastError(), "challenge lookup");
    if (!q.next())
        return false;
    const bool valid = q.value(0).toByteArray() == device && q.value(1).toLongLong() > now;
    q.finish();
    return valid;
}

Status Storage::putSession(const QByteArray &tokenHash, const Session &session, qint64 expires)
{
    return exec(QStringLiteral("INSERT INTO sessions (token_hash, device, account, expires) VALUES (?, ?, ?, ?)"),
        {tokenHash, session.device, session.account, expires});
}

Result<std::optional<Storage::Session>> Storage::session(const QByteArray &tokenHash, qint64 now)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT s.device, s.account FROM sessions s JOIN devices d ON d.device = s.device "
                             "WHERE s.token_hash = ? AND s.expires > ? AND d.revoked IS NULL"));
    q.bindValue(0, tokenHash);
    q.bindValue(1, now);
    if (!q.exec())
        return dbError(q.lastError(), "session lookup");
    if (!q.next())
        return std::optional<Session>();
    return std::optional<Session>(Session {q.value(0).toByteArray(), q.value(1).toByteArray()});
}

Status Storage::deleteSession(const QByteArray &tokenHash)
{
    return exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

Result<qint64> Storage::activeSessions(qint64 now)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE expires > ?"));
    q.bindValue(0, now);
    if (!q.exec() || !q.next())
        return dbError(q.lastError(), "session count");
    return q.value(0).toLongLong();
}

Status Storage::purgeExpired(qint64 now)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM challenges WHERE expires <= ?"),
             QStringLiteral("DELETE FROM sessions WHERE expires <= ?"),
             QStringLiteral("DELETE FROM links WHERE expires <= ?"),
             QStringLiteral("DELETE FROM invites WHERE expires <= ?")}) {
        if (auto s = exec(sql, {now}); !s)
            return s;
    }
    return {};
}

// ---- spaces and records ----

Result<Storage::Put> Storage::createSpace(const QByteArray &space, const QByteArray &owner, qint64 now)
{
    if (auto b = begin(); !b)
        return b.error();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT owner FROM spaces WHERE space = ?"));
    q.bindValue(0, space);
    if (!q.exec()) {
        const Error e = dbError(q.lastError(), "space lookup");
        rollback();
        return e;
    }
    if (q.next()) {
        const bool same = q.value(0).toByteArray() == owner;
        q.finish();
        rollback();
        return same ? Put::Same : Put::Conflict;
    }
    q.prepare(QStringLiteral("INSERT INTO spaces (space, owner, seq, created) VALUES (?, ?, 0, ?)"));
    q.bindValue(0, space);
    q.bindValue(1, owner);
    q.bindValue(2, now);
    if (!q.exec()) {
        const Error e = dbError(q.lastError(), "space insert");
        rollback();
        return e;
    }
    q.prepare(QStringLiteral("INSERT INTO members (space, account, role) VALUES (?, ?, ?)"));
    q.bindValue(0, space);
    q.bindValue(1, owner);
    q.bindValue(2, QStringLiteral("owner"));
    if (!q.exec()) {
        const Error e = dbError(q.lastError(), "member insert");
        rollback();
        return e;
    }
    if (auto c = commit(); !c)
        return c.error();
    return Put::Created;
}

Result<QList<Storage::SpaceRow>> Storage::spaces(const QByteArray &account, qint64 now)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT m.space, m.role, s.seq, m.removed, m.expires, s.owner, s.key_version, "
                             "s.list_version FROM members m JOIN spaces s ON s.space = m.space WHERE m.account = ? "
                             "ORDER BY s.created, m.space"));
    q.bindValue(0, account);
    if (!q.exec())
        return dbError(q.lastError(), "space list");
    QList<SpaceRow> out;
    while (q.next()) {
        SpaceRow row;
        row.space = q.value(0).toByteArray();
        row.role = q.value(1).toString();
        if (!q.value(4).isNull())
            row.expires = q.value(4).toLongLong();
        if (!q.value(3).isNull())
            row.removed = q.value(3).toLongLong();
        else if (row.expires && *row.expires <= now)
            row.removed = *row.expires;
        row.seq = row.removed ? 0 : q.value(2).toLongLong();
        row.owner = q.value(5).toByteArray();
        row.keyVersion = q.value(6).toLongLong();
        row.listVersion = q.value(7).toLongLong();
        out.append(row);
    }
    return out;
}

Result<std::optional<Storage::Membership>> Storage::membership(const QByteArray &space, const QByteArray &account)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT m.role, s.owner, m.expires, m.removed FROM members m JOIN spaces s ON s.space "
                             "= m.space WHERE m.space = ? AND m.account = ?"));
    q.bindValue(0, space);
    q.bindValue(1, account);
    if (!q.exec())
        return dbError(q.lastError(), "membership lookup");
    if (!q.next())
        return std::optional<Membership>();
    Membership m;
    m.role = q.value(0).toString();
    m.owner = q.value(1).toByteArray();
    if (!q.value(2).isNull())
        m.expires = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        m.removed = q.value(3).toLongLong();
    return std::optional<Membership>(m);
}

Result<QList<QByteArray>> Storage::memberAccounts(const QByteArray &space, qint64 now)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT account FROM members WHERE space = ? AND removed IS NULL AND (expires IS NULL OR expires > ?)"));
    q.bindValue(0, space);
    q.bindValue(1, now);
    if (!q.exec())
        return dbError(q.lastError(), "member list");
    QList<QByteArray> out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

Result<QList<QByteArray>> Storage::everMemberAccounts(const QByteArray &space)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT account FROM members WHERE space = ? ORDER BY account"));
    q.bindValue(0, space);
    if (!q.exec())
        return dbError(q.lastError(), "member list");
    QList<QByteArray> out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

Result<std::optional<Storage::MemberListRow>> Storage::memberList(const QByteArray &space)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT owner, list, list_sig, list_version, key_version FROM spaces WHERE space = ?"));
    q.bindValue(0, space);
    if (!q.exec())
        return dbError(q.lastError(), "member list lookup");
    if (!q.next())
        return std::optional<MemberListRow>();
    MemberListRow row;
    row.owner = q.value(0).toByteArray();
    row.list = q.value(1).toByteArray();
    row.sig = q.value(2).toByteArray();
    row.version = q.value(3).toLongLong();
    row.keyVersion = q.value(4).toLongLong();
    return std::optional<MemberListRow>(row);
}

Result<Storage::MembersOutcome> Storage::putMembers(const QByteArray &space, qint64 version, qint64 keyVersion,
    const QByteArray &list, const QByteArray &sig, const QList<MemberUpdate> &members, const QList<KeyWrapRow> &wraps,
    qint64 now, QList<QByteArray> *affected)
{
    if (auto b = begin(); !b)
        return b.error();
    auto fail = [this](const QSqlQuery &q, const char *what) {
        const Error e = dbError(q.lastError(), what);
        rollback();
        return e;
    };
    auto refuse = [this](MembersOutcome outcome) {
        rollback();
        return outcome;
    };
    QSqlQuery q(db());
    q.prepare(m_postgres
            ? QStringLiteral("SELECT list_version, key_version, owner FROM spaces WHERE space = ? FOR UPDATE")
            : QStringLiteral("SELECT list_version, key_version, owner FROM spaces WHERE space = ?"));
    q.bindValue(0, space);
    if (!q.exec())
        return fail(q, "space lock");
    if (!q.next())
        return refuse(MembersOutcome::NoSuchSpace);
    const qint64 storedVersion = q.value(0).toLongLong();
    const qint64 storedKeyVersion = q.value(1).toLongLong();
    const QByteArray owner = q.value(2).toByteArray();
    q.finish();
    if (version <= storedVersion)
        return refuse(MembersOutcome::NotNewer);
    if (keyVersion < storedKeyVersion)
        return refuse(MembersOutcome::KeyVersionLower);

    for (const KeyWrapRow &w : wraps) {
        q.prepare(QStringLiteral("INSERT INTO key_wraps (space, account, key_version, wrap, sig) VALUES (?, ?, ?, ?, "
                                 "?) ON CONFLICT (space, account, key_version) DO UPDATE SET wrap = excluded.wrap, "
                                 "sig = excluded.sig"));
        q.bindValue(0, space);
        q.bindValue(1, w.account);
        q.bindValue(2, w.keyVersion);
        q.bindValue(3, w.wrap);
        q.bindValue(4, w.sig);
        if (!q.exec())
            return fail(q, "key wrap insert");
    }
    for (const MemberUpdate &m : members) {
        if (m.account == owner)
            continue;
        q.prepare(QStringLiteral("SELECT 1 FROM key_wraps WHERE space = ? AND account = ? AND key_version = ?"));
        q.bindValue(0, space);
        q.bindValue(1, m.account);
        q.bindValue(2, keyVersion);
        if (!q.exec())
            return fail(q, "key wrap lookup");
        if (!q.next())
            return refuse(MembersOutcome::MissingWrap);
        q.finish();
    }

    // The old list's accounts (for hints), then the members table brought in step.
    q.prepare(QStringLiteral("SELECT account FROM members WHERE space = ? AND removed IS NULL"));
    q.bindValue(0, space);
    if (!q.exec())
        return fail(q, "member list");
    QList<QByteArray> old;
    while (q.next())
        old.append(q.value(0).toByteArray());
    q.finish();
    QSet<QByteArray> listed;
    for (const MemberUpdate &m : members) {
        listed.insert(m.account);
        q.prepare(QStringLiteral("INSERT INTO members (space, account, role, removed, expires) VALUES (?, ?, ?, "
                                 "NULL, ?) ON CONFLICT (space, account) DO UPDATE SET role = excluded.role, removed "
                                 "= NULL, expires = excluded.expires"));
        q.bindValue(0, space);
        q.bindValue(1, m.account);
        q.bindValue(2, m.role);
        q.bindValue(3, m.expires ? QVariant(*m.expires) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec())
            return fail(q, "member update");
    }
    for (const QByteArray &account : old) {
        if (listed.contains(account))
            continue;
        q.prepare(QStringLiteral("UPDATE members SET removed = ? WHERE space = ? AND account = ?"));
        q.bindValue(0, now);
        q.bindValue(1, space);
        q.bindValue(2, account);
        if (!q.exec())
            return fail(q, "member removal");
    }
    q.prepare(
        QStringLiteral("UPDATE spaces SET list_version = ?, key_version = ?, list = ?, list_sig = ? WHERE space = ?"));
    q.bindValue(0, version);
    q.bindValue(1, keyVersion);
    q.bindValue(2, list);
    q.bindValue(3, sig);
    q.bindValue(4, space);
    if (!q.exec())
        return fail(q, "member list update");
    if (auto c = commit(); !c)
        return c.error();
    affected->clear();
    for (const QByteArray &account : old)
        affected->append(account);
    for (const MemberUpdate &m : members) {
        if (!affected->contains(m.account))
            affected->append(m.account);
    }
    return MembersOutcome::Stored;
}

Result<QList<Storage::KeyWrapRow>> Storage::keyWraps(const QByteArray &space, const QByteArray &account)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT account, key_version, wrap, sig FROM key_wraps WHERE space = ? AND account = ? ORDER BY key_version"));
    q.bindValue(0, space);
    q.bindValue(1, account);
    if (!q.exec())
        return dbError(q.lastError(), "key wraps");
    QList<KeyWrapRow> out;
    while (q.next()) {
        out.append(KeyWrapRow {
            q.value(0).toByteArray(), q.value(1).toLongLong(), q.value(2).toByteArray(), q.value(3).toByteArray()});
    }
    return out;
}

Result<QList<Storage::StoredRecord>> Storage::pull(const QByteArray &space, qint64 since, int limit, bool *done)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sealed, sig, seq FROM records WHERE space = ? AND seq > ? ORDER BY seq LIMIT ?"));
    q.bindValue(0, space);
    q.bindValue(1, since);
    q.bindValue(2, qint64(limit) + 1);
    if (!q.exec())
        return dbError(q.lastError(), "pull");
    QList<StoredRecord> out;
    *done = true;
    while (q.next()) {
        if (out.size() == limit) {
            *done = false;
            break;
        }
        out.append(StoredRecord {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toLongLong()});
    }
    return out;
}

namespace {

/** "(?, ?, …)" repeated: placeholders only, every value is bound. */
QString placeholders(int rows, int columns)
{
    QString row = QStringLiteral("(");
    for (int c = 0; c < columns; ++c)
        row += c ? QStringLiteral(", ?") : QStringLiteral("?");
    row += u')';
    QString all;
    for (int r = 0; r < rows; ++r)
        all += r ? QStringLiteral(", ") + row : row;
    return all;
}

constexpr int LookupChunk = 200;
constexpr int RecordChunk = 50;
constexpr int RevisionChunk = 100;

} // namespace

Result<Storage::PushOutcome> Storage::push(
    const QByteArray &space, const QList<PushItem> &items, const std::optional<QByteArray> &editorAccount)
{
    if (auto b = begin(); !b)
        return b.error();
    auto fail = [this](const QSqlQuery &q, const char *what) {
        const Error e = dbError(q.lastError(), what);
        rollback();
        return e;
    };
    QSqlQuery q(db());
    // Lock the space: BEGIN IMMEDIATE already holds SQLite's write lock; PostgreSQL locks the row.
    q.prepare(m_postgres ? QStringLiteral("SELECT seq, key_version FROM spaces WHERE space = ? FOR UPDATE")
                         : QStringLiteral("SELECT seq, key_version FROM spaces WHERE space = ?"));
    q.bindValue(0, space);
    if (!q.exec())
        return fail(q, "space lock");
    if (!q.next()) {
        rollback();
        return makeError(ErrorCode::NotFound, trNoop("Server", "No such space."));
    }
    PushOutcome out;
    out.spaceSeq = q.value(0).toLongLong();
    const qint64 keyVersion = q.value(1).toLongLong();
    q.finish();

    // The current revision of every record named, a few statements for the whole push.
    QList<QByteArray> ids;
    {
        QSet<QByteArray> seen;
        for (const PushItem &item : items) {
            if (!seen.contains(item.record)) {
                seen.insert(item.record);
                ids.append(item.record);
            }
        }
    }
    QHash<QByteArray, StoredRecord> current;
    QHash<QByteArray, QByteArray> currentAuthorAccount;
    for (qsizetype start = 0; start < ids.size(); start += LookupChunk) {
        const int n = int(std::min<qsizetype>(LookupChunk, ids.size() - start));
        QString in = placeholders(1, n);
        q.prepare(QStringLiteral("SELECT r.record, r.sealed, r.sig, r.seq, d.account FROM records r LEFT JOIN devices "
                                 "d ON d.device = r.author WHERE r.space = ? AND r.record IN ")
            + in);
        q.bindValue(0, space);
        for (int i = 0; i < n; ++i)
            q.bindValue(i + 1, ids.at(start + i));
        if (!q.exec())
            return fail(q, "record lookup");
        while (q.next()) {
            const QByteArray record = q.value(0).toByteArray();
            current.insert(
                record, StoredRecord {q.value(1).toByteArray(), q.value(2).toByteArray(), q.value(3).toLongLong()});
            currentAuthorAccount.insert(record, q.value(4).toByteArray());
        }
        q.finish();
    }
    // A contributor edits only records whose current revision one of its own devices wrote.
    if (editorAccount) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const auto author = currentAuthorAccount.constFind(items.at(i).record);
            if (author != currentAuthorAccount.cend() && *author != *editorAccount) {
                rollback();
                out.forbidden = i;
                out.seqs.clear();
                return out;
            }
        }
    }

    // Decide for each item, in request order: a revision already held, a conflict, or new.
    struct Pending {
        QByteArray tag;
        qsizetype index;
    };
    QHash<QByteArray, Pending> pending; // record → latest new revision in this push
    QList<qsizetype> sameAs(items.size(), -1); // a new item repeated within this push
    QList<bool> isNew(items.size(), false);
    out.seqs = QList<qint64>(items.size(), 0);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PushItem &item = items.at(i);
        const auto p = pending.constFind(item.record);
        const auto c = current.constFind(item.record);
        const QByteArray currentTag = p != pending.cend() ? p->tag
            : c != current.cend()                         ? protocol::sealedrecord::revisionTag(c->sealed)
                                                          : QByteArray();
        if (!currentTag.isEmpty() && item.tag == currentTag) {
            if (p != pending.cend())
                sameAs[i] = p->index;
            else
                out.seqs[i] = c->seq;
            continue;
        }
        if (qint64(item.keyVersion) != keyVersion) {
            // A revision not already held must use the current key (a replaced key may be known
            // to a removed member). Retries of held revisions stay successes above.
            q.prepare(QStringLiteral("SELECT seq FROM revisions WHERE space = ? AND record = ? AND tag = ?"));
            q.bindValue(0, space);
            q.bindValue(1, item.record);
            q.bindValue(2, item.tag);
            if (!q.exec())
                return fail(q, "revision lookup");
            if (q.next()) {
                out.seqs[i] = q.value(0).toLongLong();
                q.finish();
                continue;
            }
            q.finish();
            rollback();
            out.staleKey = keyVersion;
            out.seqs.clear();
            out.conflicts.clear();
            return out;
        }
        if (item.base == currentTag) {
            pending.insert(item.record, Pending {item.tag, i});
            isNew[i] = true;
            continue;
        }
        // An older revision of ours, retried after later edits, is still a success.
        q.prepare(QStringLiteral("SELECT seq FROM revisions WHERE space = ? AND record = ? AND tag = ?"));
        q.bindValue(0, space);
        q.bindValue(1, item.record);
        q.bindValue(2, item.tag);
        if (!q.exec())
            return fail(q, "revision lookup");
        if (q.next()) {
            out.seqs[i] = q.value(0).toLongLong();
            q.finish();
            continue;
        }
        q.finish();
        out.conflicts.append(Conflict {
            item.record, c != current.cend() ? std::optional<StoredRecord>(*c) : std::optional<StoredRecord>()});
    }
    if (!out.conflicts.isEmpty()) {
        rollback();
        out.seqs.clear();
        return out;
    }

    QList<qsizetype> fresh;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (isNew.at(i))
            fresh.append(i);
    }
    if (!fresh.isEmpty()) {
        // The space's sequence moves by one per new revision, inside the locked transaction:
        // the same as one UPDATE … seq + 1 … RETURNING seq per record, in one statement.
        q.prepare(QStringLiteral("UPDATE spaces SET seq = seq + ? WHERE space = ? RETURNING seq"));
        q.bindValue(0, qint64(fresh.size()));
        q.bindValue(1, space);
        if (!q.exec() || !q.next())
            return fail(q, "sequence");
        const qint64 last = q.value(0).toLongLong();
        q.finish();
        qint64 seq = last - fresh.size();
        for (qsizetype i : fresh)
            out.seqs[i] = ++seq;
        out.spaceSeq = last;
        out.stored = fresh.size();
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (sameAs.at(i) >= 0)
            out.seqs[i] = out.seqs.at(sameAs.at(i));
    }

    // The records table keeps the latest revision of each record; revisions keeps every tag.
    QList<qsizetype> latest;
    for (qsizetype i : fresh) {
        if (pending.value(items.at(i).record).index == i)
            latest.append(i);
    }
    for (qsizetype start = 0; start < latest.size(); start += RecordChunk) {
        const int n = int(std::min<qsizetype>(RecordChunk, latest.size() - start));
        q.prepare(
            QStringLiteral("INSERT INTO records (space, record, seq, key_version, deleted, author, tag, size, sig, "
                           "sealed) VALUES ")
            + placeholders(n, 10)
            + QStringLiteral(
                " ON CONFLICT (space, record) DO UPDATE SET seq = excluded.seq, "
                "key_version = excluded.key_version, deleted = excluded.deleted, author = excluded.author, "
                "tag = excluded.tag, size = excluded.size, sig = excluded.sig, sealed = excluded.sealed"));
        int v = 0;
        for (int k = 0; k < n; ++k) {
            const qsizetype i = latest.at(start + k);
            const PushItem &item = items.at(i);
            q.bindValue(v++, space);
            q.bindValue(v++, item.record);
            q.bindValue(v++, out.seqs.at(i));
            q.bindValue(v++, qint64(item.keyVersion));
            q.bindValue(v++, qint64(item.deleted ? 1 : 0));
            q.bindValue(v++, item.author);
            q.bindValue(v++, item.tag);
            q.bindValue(v++, qint64(item.sealed.size()));
            q.bindValue(v++, item.signature);
            q.bindValue(v++, item.sealed);
        }
        if (!q.exec())
            return fail(q, "record insert");
    }
    for (qsizetype start = 0; start < fresh.size(); start += RevisionChunk) {
        const int n = int(std::min<qsizetype>(RevisionChunk, fresh.size() - start));
        q.prepare(QStringLiteral("INSERT INTO revisions (space, record, tag, seq) VALUES ") + placeholders(n, 4));
        int v = 0;
        for (int k = 0; k < n; ++k) {
            const qsizetype i = fresh.at(start + k);
            q.bindValue(v++, space);
            q.bindValue(v++, items.at(i).record);
            q.bindValue(v++, items.at(i).tag);
            q.bindValue(v++, out.seqs.at(i));
        }
        if (!q.exec())
            return fail(q, "revision insert");
    }
    if (auto c = commit(); !c)
        return c.error();
    return out;
}

// ---- access log ----

Status Storage::logAccess(const QByteArray &space, const AccessEvent &event)
{
    return exec(QStringLiteral("INSERT INTO access_log (space, account, device, time, count) VALUES (?, ?, ?, ?, ?)"),
        {space, event.account, event.device, event.time, event.count});
}

Result<QList<Storage::AccessEvent>> Storage::accessLog(const QByteArray &space, qint64 before, int limit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT account, device, time, count FROM access_log WHERE space = ? AND time < ? "
                             "ORDER BY time DESC LIMIT ?"));
    q.bindValue(0, space);
    q.bindValue(1, before);
    q.bindValue(2, qint64(limit));
    if (!q.exec())
        return dbError(q.lastError(), "access log");
    QList<AccessEvent> out;
    while (q.next()) {
        out.append(AccessEvent {
            q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return out;
}

// ---- invitations ----

Result<Storage::Put> Storage::createInvite(const Invite &invite)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO invites (invite, space, role, expires, card) VALUES (?, ?, ?, ?, ?) ON "
                             "CONFLICT (invite) DO NOTHING"));
    q.bindValue(0, invite.invite);
    q.bindValue(1, invite.space);
    q.bindValue(2, invite.role);
    q.bindValue(3, invite.expires);
    q.bindValue(4, invite.card);
    if (!q.exec())
        return dbError(q.lastError(), "invite insert");
    return q.numRowsAffected() == 1 ? Put::Created : Put::Conflict;
}

Result<std::optional<Storage::Invite>> Storage::invite(const QByteArray &invite)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT i.invite, i.space, s.owner, i.role, i.expires, i.card, i.accept_account, "
                             "i.accept_sign_pub, i.accept_box_pub, i.accept_card, i.accept_mac FROM invites i JOIN "
                             "spaces s ON s.space = i.space WHERE i.invite = ?"));
    q.bindValue(0, invite);
    if (!q.exec())
        return dbError(q.lastError(), "invite lookup");
    if (!q.next())
        return std::optional<Invite>();
    Invite i;
    i.invite = q.value(0).toByteArray();
    i.space = q.value(1).toByteArray();
    i.owner = q.value(2).toByteArray();
    i.role = q.value(3).toString();
    i.expires = q.value(4).toLongLong();
    i.card = q.value(5).toByteArray();
    i.acceptAccount = q.value(6).toByteArray();
    i.acceptSignPub = q.value(7).toByteArray();
    i.acceptBoxPub = q.value(8).toByteArray();
    i.acceptCard = q.value(9).toByteArray();
    i.acceptMac = q.value(10).toByteArray();
    return std::optional<Invite>(i);
}

Result<Storage::Put> Storage::acceptInvite(const Invite &accept)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE invites SET accept_account = ?, accept_sign_pub = ?, accept_box_pub = ?, "
                             "accept_card = ?, accept_mac = ? WHERE invite = ? AND accept_account IS NULL"));
    q.bindValue(0, accept.acceptAccount);
    q.bindValue(1, accept.acceptSignPub);
    q.bindValue(2, accept.acceptBoxPub);
    q.bindValue(3, accept.acceptCard);
    q.bindValue(4, accept.acceptMac);
    q.bindValue(5, accept.invite);
    if (!q.exec())
        return dbError(q.lastError(), "invite accept");
    return q.numRowsAffected() == 1 ? Put::Created : Put::Conflict;
}

Status Storage::deleteInvite(const QByteArray &invite)
{
    return exec(QStringLiteral("DELETE FROM invites WHERE invite = ?"), {invite});
}

// ---- link mailbox ----

Result<Storage::Put> Storage::createLink(const QByteArray &link, const QByteArray &account, qint64 expires)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO links (link, account, expires) VALUES (?, ?, ?) ON CONFLICT (link) DO NOTHING"));
    q.bindValue(0, link);
    q.bindValue(1, account);
    q.bindValue(2, expires);
    if (!q.exec())
        return dbError(q.lastError(), "link insert");
    return q.numRowsAffected() == 1 ? Put::Created : Put::Conflict;
}

Result<std::optional<Storage::Link>> Storage::link(const QByteArray &link)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT link, account, expires, accept_device, accept_sign_pub, accept_box_pub, "
                             "accept_mac, bundle FROM links WHERE link = ?"));
    q.bindValue(0, link);
    if (!q.exec())
        return dbError(q.lastError(), "link lookup");
    if (!q.next())
        return std::optional<Link>();
    Link l;
    l.link = q.value(0).toByteArray();
    l.account = q.value(1).toByteArray();
    l.expires = q.value(2).toLongLong();
    l.acceptDevice = q.value(3).toByteArray();
    l.acceptSignPub = q.value(4).toByteArray();
    l.acceptBoxPub = q.value(5).toByteArray();
    l.acceptMac = q.value(6).toByteArray();
    l.bundle = q.value(7).toByteArray();
    return std::optional<Link>(l);
}

Result<Storage::Put> Storage::acceptLink(const Link &accept)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE links SET accept_device = ?, accept_sign_pub = ?, accept_box_pub = ?, "
                             "accept_mac = ? WHERE link = ? AND accept_device IS NULL"));
    q.bindValue(0, accept.acceptDevice);
    q.bindValue(1, accept.acceptSignPub);
    q.bindValue(2, accept.acceptBoxPub);
    q.bindValue(3, accept.acceptMac);
    q.bindValue(4, accept.link);
    if (!q.exec())
        return dbError(q.lastError(), "link accept");
    return q.numRowsAffected() == 1 ? Put::Created : Put::Conflict;
}

Status Storage::completeLink(const QByteArray &link, const QByteArray &bundle)
{
    return exec(QStringLiteral("UPDATE links SET bundle = ? WHERE link = ?"), {nullableBytes(bundle), link});
}

Status Storage::deleteLink(const QByteArray &link)
{
    return exec(QStringLiteral("DELETE FROM links WHERE link = ?"), {link});
}

} // namespace cc::server
