// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/sharingspaces.h"

#include "app/core/enginefollower.h"
#include "app/session/session.h"
#include "app/sharing/sharinghex.h"
#include "app/sharing/sharingstatus.h"
#include "app/sync/syncstatus.h"
#include "app/workspace/workspacecontroller.h"
#include "domain/carestore.h"
#include "domain/ownspaces.h"
#include "domain/spaceinfo.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cc::app {

using namespace sharinghex;

// The texts keep the translation context of SharingController, where they were written, so
// that the .ts catalogues stay valid.

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

SharingSpaces::SharingSpaces(SyncStatus *sync, Session *session, SharingStatus *status, QObject *parent)
    : QObject(parent), m_sync(sync), m_session(session), m_status(status), m_spaces(new SpaceListModel(this)),
      m_history(new CheckInHistoryShare(session, this))
{
    if (m_sync) {
        connect(m_sync, &SyncStatus::engineChanged, this, &SharingSpaces::attach);
        connect(m_sync, &SyncStatus::statusChanged, this, &SharingSpaces::availableChanged);
    }
    connect(m_session, &Session::storeChanged, this, &SharingSpaces::onStoreChanged);
    connect(m_session, &Session::dataChanged, this, [this](const domain::ChangeSet &changes) {
        // Rows show each space's name and how many goals, activities and check-ins it holds.
        using namespace domain;
        if (changes.touches({SpaceInfo::Kind, Goal::Kind, Activity::Kind, CheckIn::Kind}))
            reloadSpaces();
    });
    connect(m_session, &Session::languageChanged, this, &SharingSpaces::reloadSpaces);
    attach();
}

SharingSpaces::~SharingSpaces() = default;

void SharingSpaces::onStoreChanged()
{
    if (!store()) {
        // Locked: nothing of the last session stays on screen.
        m_selected.clear();
        Q_EMIT selectedSpaceChanged();
    }
    reloadSpaces();
}

domain::CareStore *SharingSpaces::store() const
{
    return m_session->store();
}

sync::Sharing *SharingSpaces::sharing() const
{
    return m_sync ? m_sync->sharing() : nullptr;
}

bool SharingSpaces::available() const
{
    return sharing() && m_sync->connected();
}

QStringList SharingSpaces::colourCodes() const
{
    return domain::SpaceInfo::colours();
}

void SharingSpaces::attach()
{
    const bool changed = followEngine(this, m_attached, sharing(), [this](sync::Sharing *current) {
        connect(current, &sync::Sharing::spacesChanged, this, &SharingSpaces::reloadSpaces);
    });
    if (!changed)
        return;
    Q_EMIT availableChanged();
    reloadSpaces();
}

bool SharingSpaces::isOwnSpace(const QByteArray &space) const
{
    const domain::CareStore *s = store();
    return s && s->vault().ownsSpace(space);
}

void SharingSpaces::reloadSpaces()
{
    const domain::CareStore *s = store();
    QList<SpaceListModel::Row> rows;
    QVariantList choices;
    if (s) {
        QHash<QByteArray, int> recordCounts;
        auto count = [&](const QByteArray &id) { ++recordCounts[s->spaceOf(id)]; };
        for (const domain::Goal &g : s->goals())
            count(g.id);
        for (const domain::Activity &a : s->activities())
            count(a.id);
        // Years of daily check-ins: counted per space by the store's index, not one by one
        // (this runs on every check-in saved or received).
        for (const QByteArray &space : s->index().checkInSpaces())
            recordCounts[space] += int(s->index().checkInsIn(space)->size());
        const QByteArray privateSpace = s->vault().privateSpaceId();
        auto add = [&](const QByteArray &id, const QString &name, const QString &colour, bool isPrivate) {
            const QString summary = audienceOf(hex(id));
            rows.append({hex(id), name, colour, isPrivate, memberCountOf(id), summary, recordCounts.value(id)});
            choices.append(QVariantMap {{QStringLiteral("spaceId"), hex(id)}, {QStringLiteral("name"), name},
                {QStringLiteral("colour"), colour}, {QStringLiteral("summary"), summary}});
        };
        add(privateSpace, QCoreApplication::translate("cc::app::SharingController", "Private"), QStringLiteral("grey"),
            true);
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

void SharingSpaces::refreshSummaries()
{
    m_summaries = sharing() ? sharing()->spaces() : QList<sync::SpaceSummary> {};
}

const sync::SpaceSummary *SharingSpaces::summaryOf(const QByteArray &space) const
{
    for (const sync::SpaceSummary &summary : std::as_const(m_summaries)) {
        if (summary.id == space)
            return &summary;
    }
    return nullptr;
}

int SharingSpaces::memberCountOf(const QByteArray &space) const
{
    const sync::SpaceSummary *summary = summaryOf(space);
    if (!summary)
        return 0;
    return int(std::count_if(summary->members.cbegin(), summary->members.cend(),
        [](const sync::SpaceMember &m) { return m.role != u"owner"; }));
}

void SharingSpaces::setSelectedSpace(const QString &spaceId)
{
    if (spaceId == m_selected)
        return;
    m_selected = spaceId;
    Q_EMIT selectionChanging();
    Q_EMIT selectedSpaceChanged();
}

QByteArray SharingSpaces::selectedSpaceId() const
{
    return unhex(m_selected);
}

QString SharingSpaces::selectedName() const
{
    return spaceName(m_selected);
}

bool SharingSpaces::selectedIsPrivate() const
{
    const domain::CareStore *s = store();
    return s && unhex(m_selected) == s->vault().privateSpaceId();
}

bool SharingSpaces::selectedRaisesFlags() const
{
    const domain::CareStore *s = store();
    const domain::SpaceInfo *info = s ? s->spaceInfo(unhex(m_selected)) : nullptr;
    return !info || info->raisesFlags;
}

QString SharingSpaces::setRaisesFlags(const QString &spaceId, bool raises)
{
    domain::CareStore *s = store();
    if (!s)
        return QCoreApplication::translate("cc::app::SharingController", "The vault is locked.");
    const QByteArray space = unhex(spaceId);
    const domain::SpaceInfo *existing = s->spaceInfo(space);
    if (!existing || !isOwnSpace(space))
        return QCoreApplication::translate("cc::app::SharingController", "That space no longer exists.");
    if (existing->raisesFlags == raises)
        return {};
    domain::SpaceInfo info = *existing;
    info.raisesFlags = raises;
    if (Status saved = s->save(info); !saved)
        return saved.error().message;
    m_session->notifyChanged();
    return {};
}

QString SharingSpaces::spaceOf(const QString &recordId) const
{
    const domain::CareStore *s = store();
    if (!s)
        return {};
    const QByteArray space = s->spaceOf(unhex(recordId));
    return hex(space.isEmpty() ? s->vault().privateSpaceId() : space);
}

QString SharingSpaces::spaceName(const QString &spaceId) const
{
    const domain::CareStore *s = store();
    if (!s)
        return {};
    const QByteArray space = unhex(spaceId);
    if (space == s->vault().privateSpaceId())
        return QCoreApplication::translate("cc::app::SharingController", "Private");
    if (const domain::SpaceInfo *info = s->spaceInfo(space))
        return info->name;
    return QCoreApplication::translate("cc::app::SharingController", "A space without a name");
}

QString SharingSpaces::audienceOf(const QString &spaceId) const
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
        return QCoreApplication::translate("cc::app::SharingController", "Only you");
    if (others.size() <= 3) {
        return QCoreApplication::translate("cc::app::SharingController", "You and %1")
            .arg(QLocale().createSeparatedList(others));
    }
    return QCoreApplication::translate("cc::app::SharingController", "You and %n others", nullptr, int(others.size()));
}

QString SharingSpaces::moveRecord(const QString &recordId, const QString &spaceId)
{
    domain::CareStore *s = store();
    if (!s)
        return QCoreApplication::translate("cc::app::SharingController", "The vault is locked.");
    if (Status st = domain::ownspaces::moveRecord(*s, unhex(recordId), unhex(spaceId)); !st)
        return st.error().message;
    m_session->notifyChanged();
    return {};
}

QString SharingSpaces::createSpace(const QString &name, const QString &colour)
{
    m_status->clearError();
    domain::CareStore *s = store();
    if (!s) {
        m_status->setError(QCoreApplication::translate("cc::app::SharingController", "The vault is locked."));
        return {};
    }
    auto created = domain::ownspaces::create(*s, name, colour.isEmpty() ? QStringLiteral("teal") : colour,
        [this, s] { return sharing() ? sharing()->createSpace() : s->vault().createSpace(); });
    if (!created) {
        m_status->setError(created.error().message);
        return {};
    }
    m_session->notifyChanged();
    if (sharing() && m_sync->connected())
        m_sync->syncNow();
    return hex(*created);
}

QString SharingSpaces::renameSpace(const QString &spaceId, const QString &name, const QString &colour)
{
    domain::CareStore *s = store();
    if (!s)
        return QCoreApplication::translate("cc::app::SharingController", "The vault is locked.");
    const domain::SpaceInfo *existing = s->spaceInfo(unhex(spaceId));
    if (!existing || !isOwnSpace(existing->id)) // only the owner names a space (sync::RoleCheck)
        return QCoreApplication::translate("cc::app::SharingController", "That space no longer exists.");
    domain::SpaceInfo info = *existing;
    info.name = name.trimmed();
    info.colour = colour;
    if (Status saved = s->save(info); !saved)
        return saved.error().message;
    m_session->notifyChanged();
    return {};
}

QString SharingSpaces::nameOf(const QByteArray &account) const
{
    const domain::CareStore *s = store();
    if (!s)
        return {};
    if (account == ownAccount(s->vault()))
        return QCoreApplication::translate("cc::app::SharingController", "You");
    for (const domain::CareTeamMember &m : s->members()) {
        if (m.linkedAccount == account)
            return m.displayName;
    }
    return QCoreApplication::translate("cc::app::SharingController", "Someone you invited (%1)")
        .arg(hex(account.left(3)).toUpper());
}

QString SharingSpaces::careRoleOf(const QByteArray &account) const
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

} // namespace cc::app
