// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultschema.h"

#include "vaulterrors.h"
#include "vaultstate.h"

#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace cc::vault::detail {

namespace {

// Schema migrations: entry i brings user_version i to i + 1. Only metadata tables; no
// migration ever needs a key, so a locked vault can be upgraded.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE unlock_slots (slot_id TEXT PRIMARY KEY, params BLOB NOT NULL, "
                           "wrapped BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE space_keys (space_id BLOB NOT NULL, key_version INTEGER NOT NULL, "
                           "wrapped BLOB NOT NULL, PRIMARY KEY (space_id, key_version))"),
            QStringLiteral("CREATE TABLE secrets (name TEXT PRIMARY KEY, wrapped BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE records (record_id BLOB PRIMARY KEY, space_id BLOB NOT NULL, "
                           "server_seq INTEGER, dirty INTEGER NOT NULL DEFAULT 1, key_version INTEGER NOT NULL, "
                           "deleted INTEGER NOT NULL DEFAULT 0, sealed BLOB NOT NULL)"),
        },
        {
            // Sync (DESIGN.md §6): the server revision a local one edits, pulls by space in
            // sequence order, the queue of dirty records, and one pull cursor per space.
            QStringLiteral("ALTER TABLE records ADD COLUMN base_tag BLOB"),
            // The server revision a dirty record edits, kept so a merge can tell a field
            // edited on both sides from one that only one side changed.
            QStringLiteral("ALTER TABLE records ADD COLUMN base_sealed BLOB"),
            QStringLiteral("CREATE INDEX records_by_space ON records (space_id, server_seq)"),
            QStringLiteral("CREATE INDEX records_dirty ON records (dirty, space_id, record_id)"),
            QStringLiteral("CREATE TABLE pull_cursors (space_id BLOB PRIMARY KEY, seq INTEGER NOT NULL)"),
        },
        {
            // Sharing (DESIGN.md §5): spaces with their newest verified member list and the
            // pinned owner keys; every member identity key ever seen (so records of former
            // members still verify); accounts verified in person; invitations this device
            // made (the code's secret wrapped under the account key); and tombstones of
            // records moved to another space, waiting to be pushed to the space they left.
            QStringLiteral("CREATE TABLE spaces (space_id BLOB PRIMARY KEY, owner BLOB NOT NULL, role TEXT NOT NULL, "
                           "removed INTEGER NOT NULL DEFAULT 0, registered INTEGER NOT NULL DEFAULT 0, "
                           "list BLOB, list_sig BLOB, list_version INTEGER NOT NULL DEFAULT 0, "
                           "owner_sign_pub BLOB, owner_box_pub BLOB)"),
            QStringLiteral("CREATE TABLE space_member_keys (space_id BLOB NOT NULL, account BLOB NOT NULL, "
                           "sign_pub BLOB NOT NULL, PRIMARY KEY (space_id, account, sign_pub))"),
            QStringLiteral("CREATE TABLE contacts (account BLOB PRIMARY KEY, verified INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE invites (invite_id BLOB PRIMARY KEY, space_id BLOB NOT NULL, "
                           "role TEXT NOT NULL, expires INTEGER NOT NULL, wrapped BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE departures (record_id BLOB NOT NULL, space_id BLOB NOT NULL, "
                           "key_version INTEGER NOT NULL, sealed BLOB NOT NULL, base_tag BLOB NOT NULL, "
                           "PRIMARY KEY (record_id, space_id))"),
        },
        {
            // Issue 11: tombstones of records that moved to a space this device could not
            // read yet, held back instead of deleting (a move is one change); and every
            // verified member list of a space, so records are checked against the
            // membership that held when they were written.
            QStringLiteral("CREATE TABLE held_departures (record_id BLOB NOT NULL, space_id BLOB NOT NULL, "
                           "sealed BLOB NOT NULL, server_seq INTEGER NOT NULL, PRIMARY KEY (record_id, space_id))"),
            QStringLiteral("CREATE TABLE space_lists (space_id BLOB NOT NULL, version INTEGER NOT NULL, "
                           "list BLOB NOT NULL, list_sig BLOB NOT NULL, PRIMARY KEY (space_id, version))"),
        },
        {
            // Issue 11: what a round refused, written with what it stored and kept until a
            // round reports it, so that a round killed before its end loses no report.
            QStringLiteral("CREATE TABLE refusals (record_id BLOB NOT NULL, reason TEXT NOT NULL)"),
        },
        {
            // Issue 12: what this device derived from its records, sealed, never synced; and a
            // version per space that every record write raises (by trigger, on any path), so a
            // stale entry is known without reading records (docs/architecture.md "The local cache").
            QStringLiteral("CREATE TABLE local_cache (name BLOB PRIMARY KEY, sealed BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE space_versions (space_id BLOB PRIMARY KEY, version INTEGER NOT NULL)"),
            QStringLiteral("CREATE TRIGGER records_added AFTER INSERT ON records BEGIN "
                           "INSERT INTO space_versions (space_id, version) VALUES (NEW.space_id, 1) "
                           "ON CONFLICT(space_id) DO UPDATE SET version = version + 1; END"),
            // A space written before this step has no row yet: every branch inserts or raises.
            QStringLiteral("CREATE TRIGGER records_changed AFTER UPDATE OF space_id, deleted, sealed ON records BEGIN "
                           "INSERT INTO space_versions (space_id, version) VALUES (NEW.space_id, 1) "
                           "ON CONFLICT(space_id) DO UPDATE SET version = version + 1; "
                           "INSERT INTO space_versions (space_id, version) SELECT OLD.space_id, 1 "
                           "WHERE OLD.space_id <> NEW.space_id "
                           "ON CONFLICT(space_id) DO UPDATE SET version = version + 1; END"),
            QStringLiteral("CREATE TRIGGER records_removed AFTER DELETE ON records BEGIN "
                           "INSERT INTO space_versions (space_id, version) VALUES (OLD.space_id, 1) "
                           "ON CONFLICT(space_id) DO UPDATE SET version = version + 1; END"),
        },
    };
    return steps;
}

Error upgradeFailed()
{
    return ioError(trNoop("Vault", "The vault database could not be upgraded."));
}

/** Runs migration step @p from (user_version @p from → @p from + 1) in one transaction. */
Status migrateStep(QSqlDatabase &database, int from)
{
    if (!database.transaction())
        return upgradeFailed();
    for (const QString &statement : migrations().at(from)) {
        QSqlQuery step(database);
        if (!step.exec(statement)) {
            database.rollback();
            return upgradeFailed();
        }
    }
    QSqlQuery bump(database);
    // PRAGMA takes no bound parameters; the value is our own integer constant.
    if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(from + 1)) || !database.commit()) {
        database.rollback();
        return upgradeFailed();
    }
    return {};
}

} // namespace

Status VaultSchema::openDatabase(VaultState &state, const QString &path)
{
    state.connectionName = QStringLiteral("carecircle-vault-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), state.connectionName);
    database.setDatabaseName(path);
    if (!database.open())
        return ioError(trNoop("Vault", "The vault database could not be opened."));
    // WAL keeps committed writes across a process crash; temp_store keeps SQLite's scratch
    // data in memory; secure_delete overwrites freed pages (they only ever held sealed bytes).
    // cache_size: record ids are random, so every insert lands on a random page of the id and
    // dirty indexes; SQLite's default 2 MiB cache holds them only up to about 20 k records,
    // beyond which each write rereads pages (bench_import: per-record write time 1.7-2.0x at
    // 100 k against 10 k; 1.5x with 16 MiB). Pages are only held once read: small vaults pay
    // nothing.
    for (const char *pragma :
        {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY", "PRAGMA secure_delete=ON",
            "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000", VaultSchema::WriteCachePragma}) {
        QSqlQuery q(database);
        if (!q.exec(QString::fromLatin1(pragma)))
            return ioError(trNoop("Vault", "The vault database could not be opened."));
    }
    return {};
}

Status VaultSchema::migrate(QSqlDatabase database)
{
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return readFailed();
    const int version = q.value(0).toInt();
    if (version > Version)
        return makeError(ErrorCode::Io,
            trNoop("Vault", "This vault was made by a newer version of CareCircle. Please update the app."));
    for (int v = version; v < Version; ++v) {
        if (auto s = migrateStep(database, v); !s)
            return s;
    }
    return {};
}

void VaultSchema::closeDatabase(const QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace cc::vault::detail
