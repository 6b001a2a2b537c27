// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolecheck.h"

#include "domain/actor.h"
#include "domain/envelope.h"
#include "domain/spaceinfo.h"
#include "vault/vault.h"

#include <QCoreApplication>

namespace cc::sync {

namespace sharing = protocol::sharing;

namespace {
QString translatedReason(const char *sourceText)
{
    return QCoreApplication::translate("Sync", sourceText);
}
} // namespace

void RoleCheck::setMemberDevices(const QByteArray &space, QHash<QByteArray, QByteArray> deviceAccounts)
{
    m_memberDevices.insert(space, std::move(deviceAccounts));
}

void RoleCheck::prepare(const vault::Vault &vault, const QByteArray &space, const QList<QByteArray> &recordIds,
    const QHash<QByteArray, vault::RecordSyncState> &states, const QHash<QByteArray, QByteArray> &ownDevices)
{
    m_space = space;
    m_ownAccount = vault.ownAccount();
    m_ownDevices = ownDevices;
    m_lists.clear();
    m_currentAuthors.clear();
    const auto state = vault.spaceState(space);
    m_owner = space == vault.privateSpaceId() || !state ? m_ownAccount : state->owner;
    QList<QByteArray> encoded = vault.spaceLists(space);
    if (state && !state->list.isEmpty() && !encoded.contains(state->list))
        encoded.append(state->list); // a vault from before the history kept only the newest
    bool anyContributor = false;
    for (const QByteArray &bytes : encoded) {
        auto list = sharing::decodeMemberList(bytes);
        if (!list || list->space != space)
            continue;
        for (const sharing::MemberEntry &e : list->members)
            anyContributor = anyContributor || e.role == sharing::Role::Contributor;
        m_lists.append(std::move(*list));
    }
    std::sort(m_lists.begin(), m_lists.end(),
        [](const sharing::MemberList &a, const sharing::MemberList &b) { return a.version < b.version; });
    if (!anyContributor)
        return; // only a contributor's edits need the current authors
    for (const QByteArray &id : recordIds) {
        const auto st = states.constFind(id);
        if (st == states.cend() || st->spaceId != space)
            continue;
        auto stored = vault.storedRecord(id);
        if (!stored)
            continue;
        // The server's current revision: the stored one, or the one a local edit is based on.
        const QByteArray current = st->dirty ? stored->baseSealed : stored->sealed;
        if (auto header = protocol::sealedrecord::parseHeader(current))
            m_currentAuthors.insert(id, header->authorDevice);
    }
}

QByteArray RoleCheck::accountOf(const QByteArray &device) const
{
    if (m_ownDevices.contains(device))
        return m_ownAccount;
    return m_memberDevices.value(m_space).value(device);
}

QList<sharing::MemberEntry> RoleCheck::entriesFor(const QByteArray &account, quint32 keyVersion) const
{
    QList<sharing::MemberEntry> out;
    bool listed = false;
    for (const sharing::MemberList &list : m_lists) {
        if (list.keyVersion != keyVersion)
            continue;
        listed = true;
        if (const sharing::MemberEntry *e = list.find(account))
            out.append(*e);
    }
    if (listed || m_lists.isEmpty())
        return out;
    // No list of that key version here (a device that joined later): the newest list. A
    // record sealed with its key version or a newer one by someone it does not name was
    // sealed after they left; an older one passed the server then and is taken.
    const sharing::MemberList &newest = m_lists.last();
    if (const sharing::MemberEntry *e = newest.find(account))
        out.append(*e);
    else if (keyVersion < newest.keyVersion)
        out.append({account, {}, {}, sharing::Role::Editor, 0});
    return out;
}

QString RoleCheck::refusal(const protocol::SealedHeader &header, qint64 stampMs) const
{
    const QByteArray account = accountOf(header.authorDevice);
    if (!account.isEmpty() && account == m_owner)
        return {};
    const QList<sharing::MemberEntry> entries =
        account.isEmpty() ? QList<sharing::MemberEntry>() : entriesFor(account, header.keyVersion);
    // The role may have changed while the key version stayed: any role it had then counts.
    bool writer = false;
    bool editsOthers = false;
    for (const sharing::MemberEntry &e : entries) {
        writer = writer || sharing::mayWrite(e.role);
        editsOthers = editsOthers || sharing::mayEditOthers(e.role);
    }
    if (!writer)
        return translatedReason(
            QT_TRANSLATE_NOOP("Sync", "Its author's role in the sharing space does not allow writing."));
    // An end date is a moment: the newest list naming the author says which one holds.
    for (auto list = m_lists.crbegin(); list != m_lists.crend(); ++list) {
        const sharing::MemberEntry *e = list->find(account);
        if (!e)
            continue;
        if (e->expires != 0 && stampMs >= e->expires)
            return translatedReason(
                QT_TRANSLATE_NOOP("Sync", "It was written after its author's membership of the space ended."));
        break;
    }
    if (!editsOthers) {
        const auto current = m_currentAuthors.constFind(header.recordId);
        if (current != m_currentAuthors.cend() && accountOf(*current) != account)
            return translatedReason(QT_TRANSLATE_NOOP(
                "Sync", "Its author's role only allows changing records that their own devices wrote."));
    }
    return {};
}

QString RoleCheck::actorRefusal(const protocol::SealedHeader &header, const domain::RecordEnvelope &envelope) const
{
    const QByteArray account = accountOf(header.authorDevice);
    // refusal() has refused an unknown author; the owner's devices also re-seal merged
    // revisions that keep a member's claim, so they are exempt.
    if (account.isEmpty() || account == m_owner)
        return {};
    // The space's name and settings (whether it raises flags) are the patient's choice.
    if (envelope.kind == domain::SpaceInfo::Kind)
        return translatedReason(
            QT_TRANSLATE_NOOP("Sync", "Only the owner of the sharing space may change its name and settings."));
    // A deletion carries no words to attribute; comments and conflict copies name their author inside.
    if (header.deleted || !domain::Actor::isCarriedBy(envelope.kind))
        return {};
    // Without a claim written by this very revision, a member's edit or note would read as
    // the patient's own (and count in her trends and flags), or as someone else's.
    const std::optional<QByteArray> claimed = domain::Actor::claimedAccount(envelope);
    if (!claimed)
        return translatedReason(QT_TRANSLATE_NOOP("Sync", "It does not say which member made the change."));
    if (*claimed == account)
        return {};
    return translatedReason(
        QT_TRANSLATE_NOOP("Sync", "It names someone other than its author as the person who made the change."));
}

} // namespace cc::sync
