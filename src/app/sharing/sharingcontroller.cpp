// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/sharingcontroller.h"

#include "app/session/session.h"
#include "app/sync/synccontroller.h"
#include "app/workspace/workspacecontroller.h"
#include "domain/carestore.h"
#include "domain/spaceinfo.h"
#include "protocol/sharing.h"
#include "sync/sharing.h"
#include "vault/vault.h"

#include <QLocale>

#include <algorithm>

namespace cc::app {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray unhex(const QString &text)
{
    return QByteArray::fromHex(text.toLatin1());
}

QByteArray ownAccount(const vault::Vault &vault)
{
    return vault.accountId().isEmpty() ? vault.vaultId() : vault.accountId();
}

} // namespace

QList<PatientSource> patientsSharedWithMe(const QList<sync::SpaceSummary> &spaces)
{
    QList<PatientSource> patients;
    for (const sync::SpaceSummary &space : spaces) {
        if (space.mine || space.removed)
            continue;
        auto it = std::find_if(
            patients.begin(), patients.end(), [&](const PatientSource &p) { return p.owner == space.owner; });
        if (it == patients.end())
            patients.append(PatientSource {space.owner, {space.id}});
        else
            it->spaces.append(space.id);
    }
    return patients;
}

SpaceListModel::SpaceListModel(QObject *parent)
    : RowModel({"spaceId", "name", "colour", "isPrivate", "memberCount", "summary", "recordCount"}, parent)
{ }

MemberListModel::MemberListModel(QObject *parent)
    : RowModel({"account", "name", "careRole", "permission", "endDate", "verified", "safetyNumber", "isOwner"}, parent)
{ }

AccessLogModel::AccessLogModel(QObject *parent) : RowModel({"who", "time", "count", "isOwn"}, parent)
{ }

SharingController::SharingController(SyncController *sync, Session *session, QObject *parent)
    : QObject(parent), m_sync(sync), m_session(session), m_spaces(new SpaceListModel(this)),
      m_members(new MemberListModel(this)), m_accessLog(new AccessLogModel(this))
{
    if (m_sync)
        connect(m_sync, &SyncController::engineChanged, this, &SharingController::attach);
    if (m_sync)
        connect(m_sync, &SyncController::statusChanged, this, &SharingController::availableChanged);
    connect(m_session, &Session::storeChanged, this, [this] {
        if (!store()) {
            // Locked: nothing of the last session stays on screen.
            cancelJoin();
            m_inviteState = InviteNone;
            m_invite.clear();
            m_selected.clear();
            m_accessLog->setRows({});
            Q_EMIT inviteChanged();
            Q_EMIT selectedSpaceChanged();
        }
        reloadSpaces();
    });
    connect(m_session, &Session::dataChanged, this, &SharingController::reloadSpaces);
    attach();
}

SharingController::~SharingController()
{ }

domain::CareStore *SharingController::store() const
{
    return m_session->store();
}

sync::Sharing *SharingController::sharing() const
{
    return m_sync ? m_sync->sharing() : nullptr;
}

bool SharingController::available() const
{
    return sharing() && m_sync->connected();
}

QStringList SharingController::colourCodes() const
{
    return domain::SpaceInfo::colours();
}

void SharingController::attach()
{
    sync::Sharing *current = sharing();
    if (current == m_attached)
        return;
    if (m_attached)
        disconnect(m_attached, nullptr, this, nullptr);
    m_attached = current;
    if (current) {
        connect(current, &sync::Sharing::spacesChanged, this, [this] {
            reloadSpaces();
            reloadMembers();
        });
        connect(current, &sync::Sharing::invitesChanged, this, [this] {
            refreshInvites();
            if (m_inviteState == InviteWaiting && !inviteGuestName().isEmpty()) {
                m_inviteState = InviteAccepted;
            }
            Q_EMIT inviteChanged();
        });
        connect(
            current, &sync::Sharing::inviteCreated, this, [this](const cc::Status &status, const QByteArray &invite) {
                setBusy(false);
                if (!status) {
                    m_inviteState = InviteFailed;
                    setError(status.error().message);
                } else {
                    refreshInvites();
                    m_invite = invite;
                    m_careRoleOfInvite.insert(invite, m_inviteCareRole);
                    m_inviteState = InviteWaiting;
                }
                Q_EMIT inviteChanged();
            });
        connect(current, &sync::Sharing::inviteConfirmed, this,
            [this](const cc::Status &status, const QByteArray &, const QByteArray &account) {
                setBusy(false);
                if (!status) {
                    m_inviteState = InviteFailed;
                    setError(status.error().message);
                    Q_EMIT inviteChanged();
                    return;
                }
                rememberMember(account, m_confirmedGuestName, m_careRoleOfInvite.value(m_invite));
                m_careRoleOfInvite.remove(m_invite);
                refreshInvites();
                m_inviteState = InviteDone;
                Q_EMIT inviteChanged();
                Q_EMIT membershipDone(tr("%1 was added.").arg(m_confirmedGuestName));
                reloadMembers();
            });
        connect(current, &sync::Sharing::membershipChanged, this, [this](const cc::Status &status, const QByteArray &) {
            setBusy(false);
            if (!status) {
                setError(status.error().message);
                return;
            }
            reloadSpaces();
            reloadMembers();
            Q_EMIT membershipDone(m_pendingMessage);
        });
        connect(current, &sync::Sharing::accessLogReady, this, &SharingController::onAccessLog);
        connect(current, &sync::Sharing::inviteOpened, this, &SharingController::onInviteOpened);
        connect(current, &sync::Sharing::inviteAccepted, this, [this](const cc::Status &status, const QByteArray &) {
            setBusy(false);
            if (!status) {
                m_joinState = JoinFailed;
                setError(status.error().message);
            } else {
                m_joinState = JoinAccepted;
            }
            Q_EMIT joinChanged();
        });
    }
    refreshInvites();
    Q_EMIT availableChanged();
    reloadSpaces();
    reloadMembers();
}

bool SharingController::isOwnSpace(const QByteArray &space) const
{
    const domain::CareStore *s = store();
    return s && s->vault().ownsSpace(space);
}

void SharingController::reloadSpaces()
{
    const domain::CareStore *s = store();
    QList<QVariantList> rows;
    QVariantList choices;
    if (s) {
        QHash<QByteArray, int> recordCounts;
        auto count = [&](const QByteArray &id) { ++recordCounts[s->spaceOf(id)]; };
        for (const domain::Goal &g : s->goals())
            count(g.id);
        for (const domain::Activity &a : s->activities())
            count(a.id);
        for (const domain::CheckIn &c : s->checkInsById())
            count(c.id);
        const QByteArray privateSpace = s->vault().privateSpaceId();
        auto add = [&](const QByteArray &id, const QString &name, const QString &colour, bool isPrivate) {
            const QString summary = audienceOf(hex(id));
            rows.append({hex(id), name, colour, isPrivate, memberCountOf(id), summary, recordCounts.value(id)});
            choices.append(QVariantMap {{QStringLiteral("spaceId"), hex(id)}, {QStringLiteral("name"), name},
                {QStringLiteral("colour"), colour}, {QStringLiteral("summary"), summary}});
        };
        add(privateSpace, tr("Private"), QStringLiteral("grey"), true);
        QList<domain::SpaceInfo> infos = s->spaceInfos();
        std::sort(infos.begin(), infos.end(), [](const domain::SpaceInfo &a, const domain::SpaceInfo &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const domain::SpaceInfo &info : std::as_const(infos)) {
            if (info.id != privateSpace && isOwnSpace(info.id))
                add(info.id, info.name, info.colour, false);
        }
    }
    m_spaces->setRows(std::move(rows));
    m_choices = choices;
    Q_EMIT spacesChanged();
    if (!m_selected.isEmpty())
        Q_EMIT selectedSpaceChanged();
}

const sync::SpaceSummary *SharingController::summaryOf(const QByteArray &space) const
{
    for (const sync::SpaceSummary &summary : std::as_const(m_summaries)) {
        if (summary.id == space)
            return &summary;
    }
    return nullptr;
}

int SharingController::memberCountOf(const QByteArray &space) const
{
    const sync::SpaceSummary *summary = summaryOf(space);
    if (!summary)
        return 0;
    return int(std::count_if(summary->members.cbegin(), summary->members.cend(),
        [](const sync::SpaceMember &m) { return m.role != u"owner"; }));
}

void SharingController::setSelectedSpace(const QString &spaceId)
{
    if (spaceId == m_selected)
        return;
    m_selected = spaceId;
    m_accessLog->setRows({});
    m_accessLogError.clear();
    Q_EMIT accessLogChanged();
    Q_EMIT selectedSpaceChanged();
    reloadMembers();
}

QString SharingController::selectedName() const
{
    return spaceName(m_selected);
}

bool SharingController::selectedIsPrivate() const
{
    const domain::CareStore *s = store();
    return s && unhex(m_selected) == s->vault().privateSpaceId();
}

QString SharingController::spaceOf(const QString &recordId) const
{
    const domain::CareStore *s = store();
    if (!s)
        return {};
    const QByteArray space = s->spaceOf(unhex(recordId));
    return hex(space.isEmpty() ? s->vault().privateSpaceId() : space);
}

QString SharingController::spaceName(const QString &spaceId) const
{
    const domain::CareStore *s = store();
    if (!s)
        return {};
    const QByteArray space = unhex(spaceId);
    if (space == s->vault().privateSpaceId())
        return tr("Private");
    if (const domain::SpaceInfo *info = s->spaceInfo(space))
        return info->name;
    return tr("A space without a name");
}

QString SharingController::audienceOf(const QString &spaceId) const
{
    const QByteArray space = unhex(spaceId);
    const sync::SpaceSummary *summary = summaryOf(space);
    QStringList others;
    if (summary) {
        for (const sync::SpaceMember &m : summary->members) {
            if (m.role == u"owner")
                continue;
            others.append(nameOf(m.account));
        }
    }
    if (others.isEmpty())
        return tr("Only you");
    if (others.size() <= 3)
        return tr("You and %1").arg(QLocale().createSeparatedList(others));
    return tr("You and %n others", nullptr, int(others.size()));
}

QString SharingController::moveRecord(const QString &recordId, const QString &spaceId)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("The vault is locked.");
    const QByteArray space = unhex(spaceId);
    if (space != s->vault().privateSpaceId() && !s->spaceInfo(space))
        return tr("That space no longer exists.");
    if (Status st = s->moveToSpace(unhex(recordId), space); !st)
        return st.error().message;
    m_session->notifyChanged();
    return {};
}

QString SharingController::createSpace(const QString &name, const QString &colour)
{
    clearError();
    domain::CareStore *s = store();
    if (!s) {
        setError(tr("The vault is locked."));
        return {};
    }
    domain::SpaceInfo info;
    info.name = name.trimmed();
    info.colour = colour.isEmpty() ? QStringLiteral("teal") : colour;
    info.ownerName = s->profile() ? s->profile()->preferredName : QString();
    if (Status valid = info.validate(); !valid) {
        setError(valid.error().message);
        return {};
    }
    for (const domain::SpaceInfo &other : s->spaceInfos()) {
        if (isOwnSpace(other.id) && other.name.compare(info.name, Qt::CaseInsensitive) == 0) {
            setError(tr("You already have a space called “%1”.").arg(info.name));
            return {};
        }
    }
    auto created = sharing() ? sharing()->createSpace() : s->vault().createSpace();
    if (!created) {
        setError(created.error().message);
        return {};
    }
    info.id = *created;
    if (Status saved = s->save(info); !saved) {
        setError(saved.error().message);
        return {};
    }
    m_session->notifyChanged();
    if (sharing() && m_sync->connected())
        m_sync->syncNow();
    return hex(info.id);
}

QString SharingController::renameSpace(const QString &spaceId, const QString &name, const QString &colour)
{
    domain::CareStore *s = store();
    if (!s)
        return tr("The vault is locked.");
    const domain::SpaceInfo *existing = s->spaceInfo(unhex(spaceId));
    if (!existing)
        return tr("That space no longer exists.");
    domain::SpaceInfo info = *existing;
    info.name = name.trimmed();
    info.colour = colour;
    if (Status saved = s->save(info); !saved)
        return saved.error().message;
    m_session->notifyChanged();
    return {};
}

QString SharingController::nameOf(const QByteArray &account) const
{
    const domain::CareStore *s = store();
    if (!s)
        return {};
    if (account == ownAccount(s->vault()))
        return tr("You");
    for (const domain::CareTeamMember &m : s->members()) {
        if (m.linkedAccount == account)
            return m.displayName;
    }
    return tr("Someone you invited (%1)").arg(hex(account.left(3)).toUpper());
}

QString SharingController::careRoleOf(const QByteArray &account) const
{
    const domain::CareStore *s = store();
    if (!s)
        return {};
    for (const domain::CareTeamMember &m : s->members()) {
        if (m.linkedAccount == account)
            return m.role;
    }
    return {};
}

void SharingController::rememberMember(const QByteArray &account, const QString &name, const QString &careRole)
{
    domain::CareStore *s = store();
    if (!s || account.isEmpty())
        return;
    for (const domain::CareTeamMember &m : s->members()) {
        if (m.linkedAccount == account)
            return; // already in her care team: keep what she wrote
    }
    domain::CareTeamMember member;
    member.displayName = name.trimmed().isEmpty() ? tr("New member") : name.trimmed();
    member.role = careRole.isEmpty() ? QStringLiteral("trusted_person") : careRole;
    member.linkedAccount = account;
    if (s->save(member))
        m_session->notifyChanged();
}

void SharingController::reloadMembers()
{
    m_summaries = sharing() ? sharing()->spaces() : QList<sync::SpaceSummary> {};
    QList<QVariantList> rows;
    if (const sync::SpaceSummary *summary = summaryOf(unhex(m_selected))) {
        QList<sync::SpaceMember> members = summary->members;
        std::stable_sort(members.begin(), members.end(), [](const sync::SpaceMember &a, const sync::SpaceMember &b) {
            return a.role == u"owner" && b.role != u"owner";
        });
        for (const sync::SpaceMember &m : std::as_const(members)) {
            rows.append({hex(m.account), nameOf(m.account), careRoleOf(m.account), m.role,
                m.expires.isValid() ? m.expires.toLocalTime().date() : QDate(), m.verified, m.safetyNumber,
                m.role == u"owner"});
        }
    }
    m_members->setRows(std::move(rows));
}

void SharingController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SharingController::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void SharingController::clearError()
{
    setError({});
}

// ---- inviting ---------------------------------------------------------------------------------

const sync::PendingInvite *SharingController::currentInvite() const
{
    if (m_invite.isEmpty())
        return nullptr;
    for (const sync::PendingInvite &p : std::as_const(m_pendingCache)) {
        if (p.invite == m_invite)
            return &p;
    }
    return nullptr;
}

QString SharingController::inviteCode() const
{
    const sync::PendingInvite *p = currentInvite();
    return p ? p->code : QString();
}

QString SharingController::inviteQrText() const
{
    const sync::PendingInvite *p = currentInvite();
    return p ? p->qrText : QString();
}

QDateTime SharingController::inviteExpires() const
{
    const sync::PendingInvite *p = currentInvite();
    return p ? p->expires.toLocalTime() : QDateTime();
}

QString SharingController::inviteGuestName() const
{
    if (m_inviteState == InviteConfirming || m_inviteState == InviteDone)
        return m_confirmedGuestName; // the invitation itself is gone once used
    const sync::PendingInvite *p = currentInvite();
    return p && p->accepted ? p->guestName : QString();
}

QString SharingController::inviteSafetyNumber() const
{
    const sync::PendingInvite *p = currentInvite();
    return p && p->accepted ? p->safetyNumber : QString();
}

int SharingController::pendingInviteCount() const
{
    return int(m_pendingCache.size());
}

void SharingController::refreshInvites()
{
    // One read of the vault's invitations (each holds a wrapped code) per change, not one
    // per property a page binds to.
    m_pendingCache = sharing() ? sharing()->pendingInvites() : QList<sync::PendingInvite> {};
}

QVariantList SharingController::pendingInvites() const
{
    QVariantList list;
    for (const sync::PendingInvite &p : m_pendingCache) {
        list.append(QVariantMap {{QStringLiteral("space"), spaceName(hex(p.space))},
            {QStringLiteral("permission"), p.role}, {QStringLiteral("expires"), p.expires.toLocalTime()},
            {QStringLiteral("accepted"), p.accepted}, {QStringLiteral("guestName"), p.guestName}});
    }
    return list;
}

void SharingController::startInvite(const QString &careRole, const QString &permission, int days)
{
    clearError();
    sync::Sharing *sh = sharing();
    const QByteArray space = unhex(m_selected);
    if (!sh || !m_sync->connected()) {
        setError(tr("Connect CareCircle to your server first (Settings → Sync and devices)."));
        return;
    }
    if (selectedIsPrivate() || !isOwnSpace(space)) {
        setError(tr("Choose or make a space to share first; your private space stays yours alone."));
        return;
    }
    if (!protocol::sharing::roleFromCode(permission) || permission == u"owner") {
        setError(tr("Choose what the person may do."));
        return;
    }
    const int validDays = std::clamp(days, 1, 7);
    m_inviteCareRole = careRole;
    m_inviteSpace = space;
    m_invite.clear();
    m_inviteState = InviteCreating;
    Q_EMIT inviteChanged();
    setBusy(true);
    if (const domain::CareStore *s = store(); s && s->profile())
        sh->setOwnName(s->profile()->preferredName);
    sh->invite(space, permission, QDateTime::currentDateTimeUtc().addDays(validDays));
}

void SharingController::resumeInvite(int index)
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

void SharingController::confirmInvite(bool numbersMatched)
{
    if (!sharing() || m_inviteState != InviteAccepted)
        return;
    m_confirmedGuestName = inviteGuestName();
    m_inviteState = InviteConfirming;
    Q_EMIT inviteChanged();
    setBusy(true);
    sharing()->confirmInvite(m_invite, numbersMatched);
}

void SharingController::cancelInvite()
{
    if (sharing() && !m_invite.isEmpty() && m_inviteState != InviteDone)
        sharing()->cancelInvite(m_invite);
    m_invite.clear();
    refreshInvites();
    m_inviteState = InviteNone;
    setBusy(false);
    Q_EMIT inviteChanged();
}

// ---- members ----------------------------------------------------------------------------------

void SharingController::setPermission(const QString &account, const QString &permission)
{
    const sync::SpaceSummary *summary = summaryOf(unhex(m_selected));
    if (!sharing() || !summary)
        return;
    for (const sync::SpaceMember &m : summary->members) {
        if (m.account == unhex(account)) {
            m_pendingMessage = tr("%1 may now: %2.").arg(nameOf(m.account), permissionLabel(permission));
            setBusy(true);
            sharing()->setMembership(summary->id, m.account, permission, m.expires);
            return;
        }
    }
}

void SharingController::setEndDate(const QString &account, int year, int month, int day)
{
    const sync::SpaceSummary *summary = summaryOf(unhex(m_selected));
    const QDate date(year, month, day);
    if (!sharing() || !summary)
        return;
    if (!date.isValid() || date < QDate::currentDate()) {
        setError(tr("Choose a day from today on."));
        return;
    }
    for (const sync::SpaceMember &m : summary->members) {
        if (m.account == unhex(account)) {
            m_pendingMessage = tr("%1 receives nothing new after %2.")
                                   .arg(nameOf(m.account), QLocale().toString(date, QLocale::LongFormat));
            setBusy(true);
            // From the end of that day, local time.
            sharing()->setMembership(summary->id, m.account, m.role, date.addDays(1).startOfDay());
            return;
        }
    }
}

void SharingController::clearEndDate(const QString &account)
{
    const sync::SpaceSummary *summary = summaryOf(unhex(m_selected));
    if (!sharing() || !summary)
        return;
    for (const sync::SpaceMember &m : summary->members) {
        if (m.account == unhex(account)) {
            m_pendingMessage = tr("%1 has no end date now.").arg(nameOf(m.account));
            setBusy(true);
            sharing()->setMembership(summary->id, m.account, m.role, QDateTime());
            return;
        }
    }
}

void SharingController::removeMember(const QString &account)
{
    const QByteArray space = unhex(m_selected);
    if (!sharing() || !summaryOf(space))
        return;
    m_pendingMessage = tr("%1 was removed. From now on they receive nothing new from this space; what they "
                          "already saw stays with them.")
                           .arg(nameOf(unhex(account)));
    setBusy(true);
    sharing()->revoke(space, unhex(account));
}

QString SharingController::setVerified(const QString &account, bool verified)
{
    if (!sharing())
        return tr("Connect CareCircle to your server first (Settings → Sync and devices).");
    if (Status s = sharing()->setVerified(unhex(account), verified); !s)
        return s.error().message;
    reloadMembers();
    return {};
}

void SharingController::refreshAccessLog()
{
    const QByteArray space = unhex(m_selected);
    if (!sharing() || space.isEmpty() || !m_sync->connected())
        return;
    m_accessLogLoading = true;
    m_accessLogError.clear();
    Q_EMIT accessLogChanged();
    sharing()->fetchAccessLog(space);
}

void SharingController::onAccessLog(
    const QByteArray &space, const cc::Status &status, const QList<cc::sync::AccessEvent> &events)
{
    if (space != unhex(m_selected))
        return;
    m_accessLogLoading = false;
    QList<QVariantList> rows;
    if (!status) {
        m_accessLogError = status.error().message;
    } else {
        const domain::CareStore *s = store();
        const QByteArray me = s ? ownAccount(s->vault()) : QByteArray();
        for (const sync::AccessEvent &e : events) {
            const bool own = e.account == me;
            rows.append({own ? tr("Your devices") : nameOf(e.account), e.time.toLocalTime(), e.count, own});
        }
    }
    m_accessLog->setRows(std::move(rows));
    Q_EMIT accessLogChanged();
}

QString SharingController::permissionLabel(const QString &permission)
{
    if (permission == u"owner")
        return tr("owner");
    if (permission == u"editor")
        return tr("edit with and for you");
    if (permission == u"contributor")
        return tr("read, comment and add progress notes");
    if (permission == u"viewer")
        return tr("read only");
    return permission;
}

// ---- joining ----------------------------------------------------------------------------------

bool SharingController::looksLikeInviteCode(const QString &code) const
{
    return bool(protocol::sharing::parseInviteCode(code));
}

void SharingController::openInvite(const QString &code)
{
    clearError();
    if (!sharing() || !m_sync->connected()) {
        setError(tr("Connect CareCircle to your server first (Settings → Sync and devices)."));
        return;
    }
    if (!looksLikeInviteCode(code)) {
        setError(tr("That code is not complete or has a typo. Check it with the person who invited you."));
        return;
    }
    m_joinCode = code;
    m_joinState = JoinOpening;
    Q_EMIT joinChanged();
    setBusy(true);
    sharing()->openInvite(code);
}

void SharingController::onInviteOpened(const cc::Status &status, const cc::sync::OpenedInvite &invite)
{
    setBusy(false);
    if (m_joinState != JoinOpening)
        return;
    if (!status) {
        m_joinState = JoinFailed;
        setError(status.error().message);
    } else {
        m_joinState = JoinOpened;
        m_joinOwnerName = invite.ownerName;
        m_joinSpaceName = invite.spaceName;
        m_joinPermission = invite.role;
        m_joinSafetyNumber = invite.safetyNumber;
        m_joinSpace = invite.space;
    }
    Q_EMIT joinChanged();
}

void SharingController::acceptInvite(const QString &myName)
{
    clearError();
    if (!sharing() || m_joinState != JoinOpened)
        return;
    if (myName.trimmed().isEmpty()) {
        setError(tr("Write your name as %1 knows you.").arg(m_joinOwnerName));
        return;
    }
    m_joinState = JoinAccepting;
    Q_EMIT joinChanged();
    setBusy(true);
    sharing()->acceptInvite(m_joinCode, myName.trimmed());
}

void SharingController::cancelJoin()
{
    m_joinCode.clear();
    m_joinOwnerName.clear();
    m_joinSpaceName.clear();
    m_joinPermission.clear();
    m_joinSafetyNumber.clear();
    m_joinSpace.clear();
    m_joinState = JoinNone;
    setBusy(false);
    Q_EMIT joinChanged();
}

} // namespace cc::app
