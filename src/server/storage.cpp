// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage.h"

#include "mailboxes.h"
#include "schema.h"

namespace cc::server {

Storage::Storage(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_accounts(*m_db), m_sessions(*m_db), m_records(*m_db), m_spaces(*m_db), m_accessLog(*m_db),
      m_invites(*m_db, mailboxes::invites()), m_links(*m_db, mailboxes::links())
{ }

Storage::~Storage() = default;

Result<std::unique_ptr<Storage>> Storage::open(const QString &dataDir, const QString &databaseUrl)
{
    auto db = Database::open(dataDir, databaseUrl);
    if (!db)
        return db.error();
    if (auto m = schema::migrate(**db); !m)
        return m.error();
    return std::unique_ptr<Storage>(new Storage(std::move(*db)));
}

// ---- accounts and devices ----

Result<Put> Storage::createAccount(const Account &account, const Device &device)
{
    return m_accounts.createAccount(account, device);
}

Result<Put> Storage::addDevice(const Device &device)
{
    return m_accounts.addDevice(device);
}

Result<std::optional<Account>> Storage::account(const QByteArray &id)
{
    return m_accounts.account(id);
}

Result<std::optional<Account>> Storage::accountByLocator(const QByteArray &locator)
{
    return m_accounts.accountByLocator(locator);
}

Result<std::optional<Device>> Storage::device(const QByteArray &id)
{
    return m_accounts.device(id);
}

Result<QList<Device>> Storage::devices(const QByteArray &account)
{
    return m_accounts.devices(account);
}

Result<bool> Storage::setBundle(
    const QByteArray &account, const QByteArray &bundle, const std::optional<QByteArray> &replaces)
{
    return m_accounts.setBundle(account, bundle, replaces);
}

Result<bool> Storage::revokeDevice(const QByteArray &account, const QByteArray &device, qint64 now)
{
    return m_accounts.revokeDevice(account, device, now);
}

// ---- challenges and sessions ----

Status Storage::putChallenge(const QByteArray &challenge, const QByteArray &device, qint64 expires)
{
    return m_sessions.putChallenge(challenge, device, expires);
}

Result<bool> Storage::takeChallenge(const QByteArray &challenge, const QByteArray &device, qint64 now)
{
    return m_sessions.takeChallenge(challenge, device, now);
}

Status Storage::putSession(const QByteArray &tokenHash, const Session &session, qint64 expires)
{
    return m_sessions.putSession(tokenHash, session, expires);
}

Result<std::optional<Session>> Storage::session(const QByteArray &tokenHash, qint64 now)
{
    return m_sessions.session(tokenHash, now);
}

Status Storage::deleteSession(const QByteArray &tokenHash)
{
    return m_sessions.deleteSession(tokenHash);
}

Result<qint64> Storage::activeSessions(qint64 now)
{
    return m_sessions.activeSessions(now);
}

Status Storage::purgeExpired(qint64 now)
{
    if (auto s = m_sessions.purgeExpired(now); !s)
        return s;
    if (auto s = m_links.purge(now); !s)
        return s;
    return m_invites.purge(now);
}

// ---- spaces and members ----

Result<Put> Storage::createSpace(const QByteArray &space, const QByteArray &owner, qint64 now)
{
    return m_spaces.createSpace(space, owner, now);
}

Result<QList<SpaceRow>> Storage::spaces(const QByteArray &account, qint64 now)
{
    return m_spaces.spaces(account, now);
}

Result<std::optional<Membership>> Storage::membership(const QByteArray &space, const QByteArray &account)
{
    return m_spaces.membership(space, account);
}

Result<QList<QByteArray>> Storage::memberAccounts(const QByteArray &space, qint64 now)
{
    return m_spaces.memberAccounts(space, now);
}

Result<QList<QByteArray>> Storage::everMemberAccounts(const QByteArray &space)
{
    return m_spaces.everMemberAccounts(space);
}

Result<QList<MemberListRow>> Storage::memberListHistory(const QByteArray &space, qint64 since)
{
    return m_spaces.memberListHistory(space, since);
}

Result<std::optional<MemberListRow>> Storage::memberList(const QByteArray &space)
{
    return m_spaces.memberList(space);
}

Result<MembersOutcome> Storage::putMembers(const QByteArray &space, qint64 version, qint64 keyVersion,
    const QByteArray &list, const QByteArray &sig, const QList<MemberUpdate> &members, const QList<KeyWrapRow> &wraps,
    qint64 now, QList<QByteArray> *affected)
{
    return m_spaces.putMembers(space, version, keyVersion, list, sig, members, wraps, now, affected);
}

Result<QList<KeyWrapRow>> Storage::keyWraps(const QByteArray &space, const QByteArray &account)
{
    return m_spaces.keyWraps(space, account);
}

// ---- records and the access log ----

Result<QList<StoredRecord>> Storage::pull(const QByteArray &space, qint64 since, int limit, bool *done)
{
    return m_records.pull(space, since, limit, done);
}

Result<PushOutcome> Storage::push(const QByteArray &space, const QList<PushItem> &items,
    const std::optional<QByteArray> &editorAccount, const std::function<bool()> &confirm)
{
    return m_records.push(space, items, editorAccount, confirm);
}

Status Storage::logAccess(const QByteArray &space, const AccessEvent &event)
{
    return m_accessLog.logAccess(space, event);
}

Result<QList<AccessEvent>> Storage::accessLog(const QByteArray &space, qint64 before, int limit)
{
    return m_accessLog.accessLog(space, before, limit);
}

// ---- the two one-time mailboxes ----

Result<Put> Storage::createInvite(const Invite &invite)
{
    return m_invites.create(invite.invite, invite.expires, mailboxes::inviteOffer(invite));
}

Result<std::optional<Invite>> Storage::invite(const QByteArray &invite)
{
    auto slot = m_invites.read(invite);
    if (!slot)
        return slot.error();
    return *slot ? std::optional(mailboxes::toInvite(**slot)) : std::nullopt;
}

Result<Put> Storage::acceptInvite(const Invite &accept)
{
    return m_invites.accept(accept.invite, mailboxes::inviteAcceptance(accept));
}

Status Storage::deleteInvite(const QByteArray &invite)
{
    return m_invites.remove(invite);
}

Result<Put> Storage::createLink(const QByteArray &link, const QByteArray &account, qint64 expires)
{
    return m_links.create(link, expires, {account});
}

Result<std::optional<Link>> Storage::link(const QByteArray &link)
{
    auto slot = m_links.read(link);
    if (!slot)
        return slot.error();
    return *slot ? std::optional(mailboxes::toLink(**slot)) : std::nullopt;
}

Result<Put> Storage::acceptLink(const Link &accept)
{
    return m_links.accept(accept.link, mailboxes::linkAcceptance(accept));
}

Status Storage::completeLink(const QByteArray &link, const QByteArray &bundle)
{
    return m_links.deposit(link, mailboxes::linkDeposit(bundle));
}

Status Storage::deleteLink(const QByteArray &link)
{
    return m_links.remove(link);
}

} // namespace cc::server
