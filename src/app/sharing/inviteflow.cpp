// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/inviteflow.h"

#include "app/core/enginefollower.h"
#include "app/session/session.h"
#include "app/sharing/sharinghex.h"
#include "app/sharing/sharingspaces.h"
#include "app/sharing/sharingstatus.h"
#include "app/sharing/spacemembers.h"
#include "app/sync/syncstatus.h"
#include "domain/carestore.h"
#include "domain/careteamrules.h"
#include "protocol/sharing.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc::app {

using namespace sharinghex;

// The texts keep the translation context of SharingController, where they were written, so
// that the .ts catalogues stay valid.

InviteFlow::InviteFlow(SharingSpaces *spaces, SpaceMembers *members, QObject *parent)
    : QObject(parent), m_spaces(spaces), m_members(members)
{
    if (SyncStatus *sync = m_spaces->syncStatus())
        connect(sync, &SyncStatus::engineChanged, this, &InviteFlow::attach);
    connect(m_spaces->session(), &Session::storeChanged, this, [this] {
        if (m_spaces->store())
            return;
        // Locked: nothing of the last session stays on screen.
        m_inviteState = InviteNone;
        m_invite.clear();
        Q_EMIT inviteChanged();
    });
    attach();
}

InviteFlow::~InviteFlow() = default;

sync::Sharing *InviteFlow::sharing() const
{
    return m_spaces->sharing();
}

void InviteFlow::attach()
{
    const bool changed = followEngine(this, m_attached, sharing(), [this](sync::Sharing *current) {
        connect(current, &sync::Sharing::invitesChanged, this, [this] {
            refreshInvites();
            if (m_inviteState == InviteWaiting && !inviteGuestName().isEmpty()) {
                m_inviteState = InviteAccepted;
            }
            Q_EMIT inviteChanged();
        });
        connect(current, &sync::Sharing::inviteCreated, this, &InviteFlow::onInviteCreated);
        connect(current, &sync::Sharing::inviteConfirmed, this,
            [this](const cc::Status &status, const QByteArray &, const QByteArray &account) {
                onInviteConfirmed(status, account);
            });
    });
    if (!changed)
        return;
    refreshInvites();
}

void InviteFlow::onInviteCreated(const cc::Status &status, const QByteArray &invite)
{
    m_spaces->status()->setBusy(false);
    if (!status) {
        m_inviteState = InviteFailed;
        m_spaces->status()->setError(status.error().message);
    } else {
        refreshInvites();
        m_invite = invite;
        m_careRoleOfInvite.insert(invite, m_inviteCareRole);
        domain::CareStore *s = m_spaces->store();
        if (s && !m_inviteMemberId.isEmpty()) {
            // Kept on the card, so an acceptance picked up later still finds it.
            if (Status kept = domain::careteamrules::rememberInvitation(*s, m_inviteMemberId, invite); kept)
                m_spaces->session()->notifyChanged();
        }
        m_inviteState = InviteWaiting;
    }
    Q_EMIT inviteChanged();
}

void InviteFlow::onInviteConfirmed(const cc::Status &status, const QByteArray &account)
{
    SharingStatus *feedback = m_spaces->status();
    feedback->setBusy(false);
    if (!status) {
        m_inviteState = InviteFailed;
        feedback->setError(status.error().message);
        Q_EMIT inviteChanged();
        return;
    }
    if (m_confirming.guestAccount == account)
        rememberMember(m_confirming);
    m_careRoleOfInvite.remove(m_invite);
    refreshInvites();
    m_inviteState = InviteDone;
    Q_EMIT inviteChanged();
    Q_EMIT feedback->membershipDone(
        QCoreApplication::translate("cc::app::SharingController", "%1 was added.").arg(m_confirmedGuestName));
    m_members->reload();
}

void InviteFlow::rememberMember(const sync::PendingInvite &accepted)
{
    domain::CareStore *s = m_spaces->store();
    if (!s || accepted.guestAccount.isEmpty())
        return;
    // The owner's choice of care role first; the one the person gave for themselves next.
    QString careRole = m_careRoleOfInvite.value(accepted.invite);
    if (careRole.isEmpty())
        careRole = accepted.guestCareRole;
    const auto linked =
        domain::careteamrules::linkInvitee(*s, {accepted.guestAccount, accepted.guestName, careRole, accepted.invite});
    if (!linked)
        m_spaces->status()->setError(linked.error().message);
    m_spaces->session()->notifyChanged();
}

const sync::PendingInvite *InviteFlow::currentInvite() const
{
    if (m_invite.isEmpty())
        return nullptr;
    for (const sync::PendingInvite &p : std::as_const(m_pendingCache)) {
        if (p.invite == m_invite)
            return &p;
    }
    return nullptr;
}

QString InviteFlow::inviteCode() const
{
    const sync::PendingInvite *p = currentInvite();
    return p ? p->code : QString();
}

QString InviteFlow::inviteQrText() const
{
    const sync::PendingInvite *p = currentInvite();
    return p ? p->qrText : QString();
}

QDateTime InviteFlow::inviteExpires() const
{
    const sync::PendingInvite *p = currentInvite();
    return p ? p->expires.toLocalTime() : QDateTime();
}

QString InviteFlow::inviteGuestName() const
{
    if (m_inviteState == InviteConfirming || m_inviteState == InviteDone)
        return m_confirmedGuestName; // the invitation itself is gone once used
    const sync::PendingInvite *p = currentInvite();
    return p && p->accepted ? p->guestName : QString();
}

QString InviteFlow::inviteGuestCareRole() const
{
    if (m_inviteState == InviteConfirming || m_inviteState == InviteDone)
        return m_confirming.guestCareRole;
    const sync::PendingInvite *p = currentInvite();
    return p && p->accepted ? p->guestCareRole : QString();
}

QString InviteFlow::inviteSafetyNumber() const
{
    const sync::PendingInvite *p = currentInvite();
    return p && p->accepted ? p->safetyNumber : QString();
}

int InviteFlow::pendingInviteCount() const
{
    return int(m_pendingCache.size());
}

void InviteFlow::refreshInvites()
{
    // One read of the vault's invitations (each holds a wrapped code) per change, not one
    // per property a page binds to.
    m_pendingCache = sharing() ? sharing()->pendingInvites() : QList<sync::PendingInvite> {};
}

QVariantList InviteFlow::pendingInvites() const
{
    QVariantList list;
    for (const sync::PendingInvite &p : m_pendingCache) {
        list.append(QVariantMap {{QStringLiteral("space"), m_spaces->spaceName(hex(p.space))},
            {QStringLiteral("permission"), p.role}, {QStringLiteral("expires"), p.expires.toLocalTime()},
            {QStringLiteral("accepted"), p.accepted}, {QStringLiteral("guestName"), p.guestName}});
    }
    return list;
}

void InviteFlow::startInvite(const QString &careRole, const QString &permission, int days, bool shareBirthYear)
{
    SharingStatus *feedback = m_spaces->status();
    feedback->clearError();
    sync::Sharing *sh = sharing();
    const QByteArray space = m_spaces->selectedSpaceId();
    if (!sh || !m_spaces->syncStatus()->connected()) {
        feedback->setError(QCoreApplication::translate(
            "cc::app::SharingController", "Connect CareCircle to your server first (Settings → Sync and devices)."));
        return;
    }
    if (m_spaces->selectedIsPrivate() || !m_spaces->isOwnSpace(space)) {
        feedback->setError(QCoreApplication::translate("cc::app::SharingController",
            "Choose or make a space to share first; your private space stays yours alone."));
        return;
    }
    if (!protocol::sharing::roleFromCode(permission) || permission == u"owner") {
        feedback->setError(QCoreApplication::translate("cc::app::SharingController", "Choose what the person may do."));
        return;
    }
    const int validDays = std::clamp(days, 1, 7);
    m_inviteMemberId.clear();
    m_inviteCareRole = careRole;
    m_inviteSpace = space;
    m_invite.clear();
    m_inviteState = InviteCreating;
    Q_EMIT inviteChanged();
    feedback->setBusy(true);
    if (domain::CareStore *s = m_spaces->store(); s && s->profile()) {
        sh->setOwnName(s->profile()->preferredName);
        shareOwnerDetails(*s, space, shareBirthYear);
    }
    sh->invite(space, permission, QDateTime::currentDateTimeUtc().addDays(validDays));
}

void InviteFlow::startInviteFor(const QString &memberId, const QString &permission, int days, bool shareBirthYear)
{
    const domain::CareStore *s = m_spaces->store();
    const domain::CareTeamMember *card = s ? s->member(unhex(memberId)) : nullptr;
    if (!card) {
        m_spaces->status()->setError(
            QCoreApplication::translate("CareTeamController", "This person is no longer in the care team."));
        return;
    }
    const QString careRole = card->role;
    const QByteArray id = card->id;
    startInvite(careRole, permission, days, shareBirthYear);
    if (m_inviteState == InviteCreating)
        m_inviteMemberId = id;
}

bool InviteFlow::profileHasBirthYear() const
{
    const domain::CareStore *s = m_spaces->store();
    return s && s->profile() && s->profile()->birthYear;
}

bool InviteFlow::spaceSharesBirthYear() const
{
    const domain::CareStore *s = m_spaces->store();
    const domain::SpaceInfo *info = s ? s->spaceInfo(m_spaces->selectedSpaceId()) : nullptr;
    return info && info->ownerBirthYear;
}

void InviteFlow::shareOwnerDetails(domain::CareStore &store, const QByteArray &space, bool shareBirthYear)
{
    const domain::SpaceInfo *info = store.spaceInfo(space);
    if (!info || !store.profile())
        return;
    // Her name as it is now and, if she ticked it, her birth year, so a care team with two
    // patients called Maria tells them apart (InvitePage offers it before she invites).
    domain::SpaceInfo updated = *info;
    if (!store.profile()->preferredName.trimmed().isEmpty())
        updated.ownerName = store.profile()->preferredName.trimmed();
    updated.ownerBirthYear = shareBirthYear ? store.profile()->birthYear : std::nullopt;
    if (updated == *info)
        return;
    if (Status saved = store.save(updated); saved)
        m_spaces->session()->notifyChanged();
}

void InviteFlow::resumeInvite(int index)
{
    refreshInvites();
    const QList<sync::PendingInvite> &pending = m_pendingCache;
    if (index < 0 || index >= pending.size())
        return;
    m_invite = pending[index].invite;
    m_inviteSpace = pending[index].space;
    m_inviteState = pending[index].accepted ? InviteAccepted : InviteWaiting;
    Q_EMIT inviteChanged();
}

void InviteFlow::confirmInvite(bool numbersMatched)
{
    if (!sharing() || m_inviteState != InviteAccepted)
        return;
    m_confirmedGuestName = inviteGuestName();
    if (const sync::PendingInvite *p = currentInvite())
        m_confirming = *p;
    m_inviteState = InviteConfirming;
    Q_EMIT inviteChanged();
    m_spaces->status()->setBusy(true);
    sharing()->confirmInvite(m_invite, numbersMatched);
}

void InviteFlow::cancelInvite()
{
    if (sharing() && !m_invite.isEmpty() && m_inviteState != InviteDone)
        sharing()->cancelInvite(m_invite);
    m_invite.clear();
    refreshInvites();
    m_inviteState = InviteNone;
    m_spaces->status()->setBusy(false);
    Q_EMIT inviteChanged();
}

} // namespace cc::app
