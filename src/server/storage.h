// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesslog.h"
#include "accountstore.h"
#include "common/result.h"
#include "database.h"
#include "onetimemailbox.h"
#include "recordstore.h"
#include "sessionstore.h"
#include "spacestore.h"
#include "storagetypes.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace cc::server {

/**
 * The server's database: one schema and one SQL dialect for SQLite and PostgreSQL.
 * Everything the server keeps lives here, sessions and challenges included, so several
 * instances on one PostgreSQL share them. SQL only through prepare() + bindValue(). Times
 * are ms since the epoch. Not thread-safe: one instance per thread (the server runs one
 * event loop).
 *
 * A facade: it opens and migrates the Database and owns one store per resource (accounts,
 * sessions, records, spaces, access log, and the invitation and link mailboxes). Callers
 * may use a store directly (accounts(), records()…) or the forwarding methods below.
 */
class Storage
{
public:
    using Account = server::Account;
    using Device = server::Device;
    using Session = server::Session;
    using SpaceRow = server::SpaceRow;
    using Membership = server::Membership;
    using MemberListRow = server::MemberListRow;
    using KeyWrapRow = server::KeyWrapRow;
    using MemberUpdate = server::MemberUpdate;
    using MembersOutcome = server::MembersOutcome;
    using AccessEvent = server::AccessEvent;
    using Invite = server::Invite;
    using StoredRecord = server::StoredRecord;
    using PushItem = server::PushItem;
    using Conflict = server::Conflict;
    using PushOutcome = server::PushOutcome;
    using Link = server::Link;
    using Put = server::Put;

    /** Opens (and migrates) SQLite in @p dataDir, or PostgreSQL at @p databaseUrl. */
    static Result<std::unique_ptr<Storage>> open(const QString &dataDir, const QString &databaseUrl);
    ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    AccountStore &accounts() { return m_accounts; }
    SessionStore &sessionStore() { return m_sessions; }
    RecordStore &records() { return m_records; }
    SpaceStore &spaceStore() { return m_spaces; }
    AccessLog &accessLogStore() { return m_accessLog; }
    /** Invitations (table invites); see mailboxes.h for the fields. */
    OneTimeMailbox &invites() { return m_invites; }
    /** Device-link mailboxes (table links); see mailboxes.h for the fields. */
    OneTimeMailbox &links() { return m_links; }

    bool isPostgres() const { return m_db->isPostgres(); }
    /** A cheap round trip (for /healthz). */
    bool ping() { return m_db->ping(); }
    /** A second connection to the same database (PostgreSQL: for LISTEN). */
    QSqlDatabase openExtraConnection(const QString &purpose) const { return m_db->openExtraConnection(purpose); }
    void close() { m_db->close(); }

    // ---- forwarding to the stores ----
    Result<Put> createAccount(const Account &account, const Device &device);
    Result<Put> addDevice(const Device &device);
    Result<std::optional<Account>> account(const QByteArray &id);
    Result<std::optional<Account>> accountByLocator(const QByteArray &locator);
    Result<std::optional<Device>> device(const QByteArray &id);
    Result<QList<Device>> devices(const QByteArray &account);
    Result<bool> setBundle(
        const QByteArray &account, const QByteArray &bundle, const std::optional<QByteArray> &replaces);
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

    Result<Put> createSpace(const QByteArray &space, const QByteArray &owner, qint64 now);
    Result<QList<SpaceRow>> spaces(const QByteArray &account, qint64 now);
    Result<std::optional<Membership>> membership(const QByteArray &space, const QByteArray &account);
    Result<QList<QByteArray>> memberAccounts(const QByteArray &space, qint64 now);
    Result<QList<QByteArray>> everMemberAccounts(const QByteArray &space);
    Result<std::optional<MemberListRow>> memberList(const QByteArray &space);
    Result<QList<MemberListRow>> memberListHistory(const QByteArray &space, qint64 since);
    /** See SpaceStore::putMembers. */
    Result<MembersOutcome> putMembers(const QByteArray &space, qint64 version, qint64 keyVersion,
        const QByteArray &list, const QByteArray &sig, const QList<MemberUpdate> &members,
        const QList<KeyWrapRow> &wraps, qint64 now, QList<QByteArray> *affected);
    Result<QList<KeyWrapRow>> keyWraps(const QByteArray &space, const QByteArray &account);

    Result<QList<StoredRecord>> pull(const QByteArray &space, qint64 since, int limit, bool *done);
    /** See RecordStore::push. */
    Result<PushOutcome> push(const QByteArray &space, const QList<PushItem> &items,
        const std::optional<QByteArray> &editorAccount = std::nullopt, const std::function<bool()> &confirm = {});

    Status logAccess(const QByteArray &space, const AccessEvent &event);
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
    Status exec(const QString &sql, const QVariantList &values) { return m_db->exec(sql, values); }
    /** BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL. */
    Status begin() { return m_db->begin(); }
    Status commit() { return m_db->commit(); }
    void rollback() { m_db->rollback(); }

private:
    explicit Storage(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    AccountStore m_accounts;
    SessionStore m_sessions;
    RecordStore m_records;
    SpaceStore m_spaces;
    AccessLog m_accessLog;
    OneTimeMailbox m_invites;
    OneTimeMailbox m_links;
};

} // namespace cc::server
