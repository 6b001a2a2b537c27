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
        QByteArray space, owner;
        QString role;
        qint64 seq = 0; ///< 0 once removed
        qint64 keyVersion = 1, listVersion = 0;
        std::optional<qint64> expires;
        /** When the account was dropped from the list, or its end date if that has passed. */
        std::optional<qint64> removed;
    };
    /** An account's standing in a space (docs/sync-protocol.md, "Roles"). */
    struct Membership {
        QString role;
        QByteArray owner;
        std::optional<qint64> expires, removed;
        /** Listed and not past its end date at @p now. */
        bool activeAt(qint64 now) const { return !removed && (!expires || *expires > now); }
    };
    /** The newest member list of a space; list and sig are empty until the owner's first upload. */
    struct MemberListRow {
        QByteArray owner, list, sig;
        qint64 version = 0, keyVersion = 1;
    };
    struct KeyWrapRow {
        QByteArray account;
        qint64 keyVersion = 1;
        QByteArray wrap, sig;
    };
    /** One listed member as the list names it, for the members table. */
    struct MemberUpdate {
        QByteArray account;
        QString role;
        std::optional<qint64> expires;
    };
    enum class MembersOutcome { Stored, NotNewer, KeyVersionLower, MissingWrap, NoSuchSpace };
    struct AccessEvent {
        QByteArray account, device;
        qint64 time = 0, count = 0;
    };
    struct Invite {
        QByteArray invite, space, owner;
        QString role;
        qint64 expires = 0;
        QByteArray card;
        QByteArray acceptAccount, acceptSignPub, acceptBoxPub, acceptCard, acceptMac;
        bool accepted() const { return !acceptAccount.isEmpty(); }
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
        /** Set when nothing was stored because a new revision is sealed with another key
         *  version than the space's current one (which this holds). */
        std::optional<qint64> staleKey;
        /** Set when nothing was stored because the pusher may not edit a record (index). */
        std::optional<qsizetype> forbidden;
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
    /** Deletes expired challenges, sessions, link mailboxes and invitations. */
    Status purgeExpired(qint64 now);

    /** A new space: the owner alone, list version 0, key version 1. */
    Result<Put> createSpace(const QByteArray &space, const QByteArray &owner, qint64 now);
    /** Every space the account is or was a member of. */
    Result<QList<SpaceRow>> spaces(const QByteArray &account, qint64 now);
    /** The account's row in the space's members table (removed or expired ones too). */
    Result<std::optional<Membership>> membership(const QByteArray &space, const QByteArray &account);
    /** The accounts that are members at @p now (for hints). */
    Result<QList<QByteArray>> memberAccounts(const QByteArray &space, qint64 now);
    /** Every account that is or was a member. */
    Result<QList<QByteArray>> everMemberAccounts(const QByteArray &space);
    Result<std::optional<MemberListRow>> memberList(const QByteArray &space);
    /**
     * Stores an owner's new member list (already verified and decoded by the caller) and
     * its wraps, in one transaction with the space locked: refuses a version not above the
     * stored one, a lower key version, or a listed non-owner without a wrap for the key
     * version. Accounts no longer listed are marked removed at @p now. *affected receives
     * the accounts of the old and the new list.
     */
    Result<MembersOutcome> putMembers(const QByteArray &space, qint64 version, qint64 keyVersion,
        const QByteArray &list, const QByteArray &sig, const QList<MemberUpdate> &members,
        const QList<KeyWrapRow> &wraps, qint64 now, QList<QByteArray> *affected);
    Result<QList<KeyWrapRow>> keyWraps(const QByteArray &space, const QByteArray &account);
    /** Records with seq > @p since, ascending, at most @p limit; *done when none follow. */
    Result<QList<StoredRecord>> pull(const QByteArray &space, qint64 since, int limit, bool *done);
    /**
     * Locks the space and stores all items or none (see docs/sync-protocol.md, push). With
     * @p editorAccount set (a contributor), a record whose current revision another
     * account's device wrote is refused (PushOutcome::forbidden).
     */
    Result<PushOutcome> push(const QByteArray &space, const QList<PushItem> &items,
        const std::optional<QByteArray> &editorAccount = std::nullopt);

    Status logAccess(const QByteArray &space, const AccessEvent &event);
    /** Events of the space before @p before (ms), newest first, at most @p limit. */
    Result<QList<AccessEvent>> accessLog(const QByteArray &space, qint64 before, int limit);

    /** Conflict when the id is taken. */
    Result<Put> createInvite(const Invite &invite);
    /** The invite with its space's owner filled in. */
    Result<std::optional<Invite>> invite(const QByteArray &invite);
    /** Conflict if already accepted (or gone). */
    Result<Put> acceptInvite(const Invite &accept);
    Status deleteInvite(const QByteArray &invite);

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
