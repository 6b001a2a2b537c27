// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cc::server {

/**
 * The server's database: one schema and one SQL dialect for SQLite (QSQLITE, WAL,
 * busy_timeout, foreign keys) and PostgreSQL (QPSQL). Everything the server keeps lives
 * here, sessions and challenges included, so several instances on one PostgreSQL share
 * them. SQL only through prepare() + bindValue(). Times are ms since the epoch.
 * Not thread-safe: one instance per thread (the server runs one event loop).
 */
class Storage
{
public:
    struct Account {
        QByteArray account, signPub, boxPub, locator, bundle, proof;
        bool operator==(const Account &) const = default;
    };
    struct Device {
        QByteArray id, account, signPub, certificate, label;
        qint64 created = 0;
        std::optional<qint64> revoked;
    };
    struct Session {
        QByteArray device, account;
    };
    struct SpaceRow {
        QByteArray space;
        QString role;
        qint64 seq = 0;
        bool removed = false;
    };
    struct StoredRecord {
        QByteArray sealed, signature;
        qint64 seq = 0;
    };
    /** A record to push, already checked by the caller (header, author, signature). */
    struct PushItem {
        QByteArray record, sealed, signature, tag, base, author;
        quint32 keyVersion = 1;
        bool deleted = false;
    };
    struct Conflict {
        QByteArray record;
        std::optional<StoredRecord> current;
    };
    struct PushOutcome {
        QList<qint64> seqs; ///< per item, in request order (empty on conflict)
        qint64 spaceSeq = 0;
        qint64 stored = 0; ///< new revisions written (0 for a pure retry)
        QList<Conflict> conflicts;
    };
    struct Link {
        QByteArray link, account;
        qint64 expires = 0;
        QByteArray acceptDevice, acceptSignPub, acceptBoxPub, acceptMac, bundle;
        bool completed() const { return !bundle.isEmpty(); }
        bool accepted() const { return !acceptDevice.isEmpty(); }
    };
    enum class Put { Created, Same, Conflict, Forbidden };

    /** Opens (and migrates) SQLite in @p dataDir, or PostgreSQL at @p databaseUrl. */
    static Result<std::unique_ptr<Storage>> open(const QString &dataDir, const QString &databaseUrl);
    ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    bool isPostgres() const { return m_postgres; }
    /** A cheap round trip (for /healthz). */
    bool ping();
    /** A second connection to the same database (PostgreSQL: for LISTEN). */
    QSqlDatabase openExtraConnection(const QString &purpose) const;
    void close();

    Result<Put> createAccount(const Account &account, const Device &device);
    Result<Put> addDevice(const Device &device);
    Result<std::optional<Account>> account(const QByteArray &id);
    Result<std::optional<Account>> accountByLocator(const QByteArray &locator);
    Result<std::optional<Device>> device(const QByteArray &id);
    Result<QList<Device>> devices(const QByteArray &account);
    Status setBundle(const QByteArray &account, const QByteArray &bundle);
    /** Marks the device revoked and deletes its sessions. False if it is not the account's. */
    Result<bool> revokeDevice(const QByteArray &account, const QByteArray &device, qint64 now);

    Status putChallenge(const QByteArray &challenge, const QByteArray &device, qint64 expires);
    /** Deletes the challenge; true only if it existed, was issued to @p device and is unexpired. */
    Result<bool> takeChallenge(const QByteArray &challenge, const QByteArray &device, qint64 now);

    Status putSession(const QByteArray &tokenHash, const Session &session, qint64 expires);
    /** The live session of this token hash whose device is not revoked. */
    Result<std::optional<Session>> session(const QByteArray &tokenHash, qint64 now);
    Status deleteSession(const QByteArray &tokenHash);
    Result<qint64> activeSessions(qint64 now);
    /** Deletes expired challenges, sessions and link mailboxes. */
    Status purgeExpired(qint64 now);

    Result<Put> createSpace(const QByteArray &space, const QByteArray &owner, qint64 now);
    Result<QList<SpaceRow>> spaces(const QByteArray &account);
    /** The account's role in the space if it is a current member. */
    Result<std::optional<QString>> role(const QByteArray &space, const QByteArray &account);
    Result<QList<QByteArray>> memberAccounts(const QByteArray &space);
    /** Records with seq > @p since, ascending, at most @p limit; *done when none follow. */
    Result<QList<StoredRecord>> pull(const QByteArray &space, qint64 since, int limit, bool *done);
    /** Locks the space and stores all items or none (see docs/sync-protocol.md, push). */
    Result<PushOutcome> push(const QByteArray &space, const QList<PushItem> &items);

    Result<Put> createLink(const QByteArray &link, const QByteArray &account, qint64 expires);
    Result<std::optional<Link>> link(const QByteArray &link);
    /** Conflict if already accepted. */
    Result<Put> acceptLink(const Link &accept);
    Status completeLink(const QByteArray &link, const QByteArray &bundle);
    Status deleteLink(const QByteArray &link);

    /** Executes a prepared statement with @p values bound in order (used by benchmarks too). */
    Status exec(const QString &sql, const QVariantList &values);
    /** BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL. */
    Status begin();
    Status commit();
    void rollback();

private:
    explicit Storage(QString connectionName, bool postgres);
    QSqlDatabase db() const;
    Status migrate();

    QString m_connectionName;
    bool m_postgres = false;
    QString m_databaseUrl;
    QString m_sqlitePath;
};

} // namespace cc::server
