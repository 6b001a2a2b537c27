// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/spacemembers.h"

#include "app/core/enginefollower.h"
#include "app/session/session.h"
#include "app/sharing/sharinghex.h"
#include "app/sharing/sharingspaces.h"
#include "app/sharing/sharingstatus.h"
#include "app/sync/syncstatus.h"
#include "domain/carestore.h"
#include "domain/careteamrules.h"
#include "domain/codelabels.h"
#include "domain/membershipend.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace cc::app {

using namespace sharinghex;

// The texts keep the translation context of SharingController, where they were written, so
// that the .ts catalogues stay valid.

SpaceMembers::SpaceMembers(SharingSpaces *spaces, QObject *parent)
    : QObject(parent), m_spaces(spaces), m_members(new MemberListModel(this)), m_accessLog(new AccessLogModel(this))
{
    if (SyncStatus *sync = m_spaces->syncStatus())
        connect(sync, &SyncStatus::engineChanged, this, &SpaceMembers::attach);
    connect(m_spaces->session(), &Session::storeChanged, this, [this] {
        if (!m_spaces->store())
            m_accessLog->setRows({}); // locked: nothing of the last session stays on screen
    });
    connect(m_spaces->session(), &Session::languageChanged, this, &SpaceMembers::reload);
    connect(m_spaces, &SharingSpaces::selectionChanging, this, [this] {
        clearAccessLog();
        reload();
    });
    attach();
}

SpaceMembers::~SpaceMembers() = default;

sync::Sharing *SpaceMembers::sharing() const
{
    return m_spaces->sharing();
}

void SpaceMembers::attach()
{
    const bool changed = followEngine(this, m_attached, sharing(), [this](sync::Sharing *current) {
        connect(current, &sync::Sharing::spacesChanged, this, &SpaceMembers::reload);
        connect(current, &sync::Sharing::membershipChanged, this,
            [this](const cc::Status &status, const QByteArray &) { onMembershipChanged(status); });
        connect(current, &sync::Sharing::accessLogReady, this, &SpaceMembers::onAccessLog);
    });
    if (!changed)
        return;
    reload();
}

void SpaceMembers::reload()
{
    m_spaces->refreshSummaries();
    QList<MemberListModel::Row> rows;
    if (const sync::SpaceSummary *summary = m_spaces->summaryOf(m_spaces->selectedSpaceId())) {
        QList<sync::SpaceMember> members = summary->members;
        std::stable_sort(members.begin(), members.end(), [](const sync::SpaceMember &a, const sync::SpaceMember &b) {
            return a.role == u"owner" && b.role != u"owner";
        });
        for (const sync::SpaceMember &m : std::as_const(members)) {
            const QDate lastDay = domain::membershipend::lastDayOf(m.expires);
            rows.append({hex(m.account), m_spaces->nameOf(m.account), m_spaces->careRoleOf(m.account), m.role, lastDay,
                m.verified, m.safetyNumber, m.role == u"owner", domain::membershipend::dayText(lastDay)});
        }
    }
    m_members->setRows(std::move(rows));
}

void SpaceMembers::onMembershipChanged(const cc::Status &status)
{
    SharingStatus *feedback = m_spaces->status();
    feedback->setBusy(false);
    const QByteArray removed = std::exchange(m_pendingRevoke, {});
    if (!status) {
        feedback->setError(status.error().message);
        return;
    }
    m_spaces->reloadSpaces();
    if (!removed.isEmpty())
        markFormerIfGone(removed);
    reload();
    Q_EMIT feedback->membershipDone(m_pendingMessage);
}

void SpaceMembers::markFormerIfGone(const QByteArray &account)
{
    domain::CareStore *s = m_spaces->store();
    if (!s || !sharing())
        return;
    for (const sync::SpaceSummary &summary : sharing()->spaces()) {
        if (!summary.mine)
            continue;
        for (const sync::SpaceMember &m : summary.members) {
            if (m.account == account)
                return; // still in another of her spaces: still in her team
        }
    }
    if (Status marked = domain::careteamrules::setFormer(*s, account, true); !marked)
        m_spaces->status()->setError(marked.error().message);
    m_spaces->session()->notifyChanged();
}

void SpaceMembers::clearAccessLog()
{
    m_accessLog->setRows({});
    m_accessLogError.clear();
    Q_EMIT accessLogChanged();
}

const sync::SpaceMember *SpaceMembers::memberOf(const QString &account, QByteArray *space) const
{
    const sync::SpaceSummary *summary = m_spaces->summaryOf(m_spaces->selectedSpaceId());
    if (!sharing() || !summary)
        return nullptr;
    for (const sync::SpaceMember &m : summary->members) {
        if (m.account == unhex(account)) {
            *space = summary->id;
            return &m;
        }
    }
    return nullptr;
}

void SpaceMembers::setPermission(const QString &account, const QString &permission)
{
    QByteArray space;
    const sync::SpaceMember *m = memberOf(account, &space);
    if (!m)
        return;
    m_pendingMessage = tr("%1: %2.", "@info a member's name and what they may now do (e.g. May only read)")
                           .arg(m_spaces->nameOf(m->account), domain::codelabels::permission(permission));
    m_spaces->status()->setBusy(true);
    sharing()->setMembership(space, m->account, permission, m->expires);
}

void SpaceMembers::setEndDate(const QString &account, int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!sharing() || !m_spaces->summaryOf(m_spaces->selectedSpaceId()))
        return;
    if (!date.isValid() || date < QDate::currentDate()) {
        m_spaces->status()->setError(
            QCoreApplication::translate("cc::app::SharingController", "Choose a day from today on."));
        return;
    }
    QByteArray space;
    const sync::SpaceMember *m = memberOf(account, &space);
    if (!m)
        return;
    m_pendingMessage = QCoreApplication::translate("cc::app::SharingController", "%1 receives nothing new after %2.")
                           .arg(m_spaces->nameOf(m->account), domain::membershipend::dayText(date));
    m_spaces->status()->setBusy(true);
    sharing()->setMembership(space, m->account, m->role, domain::membershipend::expiryFor(date));
}

QVariantList SpaceMembers::endDatePresets() const
{
    QVariantList presets;
    const QDate today = QDate::currentDate();
    for (const int days : domain::membershipend::presetDays()) {
        const QDate last = domain::membershipend::presetDay(today, days);
        presets.append(QVariantMap {{QStringLiteral("days"), days}, {QStringLiteral("iso"), last.toString(Qt::ISODate)},
            {QStringLiteral("text"),
                tr("For %n day(s), until %1", "@option:radio membership end, %1 the last day", days)
                    .arg(domain::membershipend::dayText(last))}});
    }
    return presets;
}

void SpaceMembers::clearEndDate(const QString &account)
{
    QByteArray space;
    const sync::SpaceMember *m = memberOf(account, &space);
    if (!m)
        return;
    m_pendingMessage = QCoreApplication::translate("cc::app::SharingController", "%1 has no end date now.")
                           .arg(m_spaces->nameOf(m->account));
    m_spaces->status()->setBusy(true);
    sharing()->setMembership(space, m->account, m->role, QDateTime());
}

void SpaceMembers::removeMember(const QString &account)
{
    const QByteArray space = m_spaces->selectedSpaceId();
    if (!sharing() || !m_spaces->summaryOf(space))
        return;
    m_pendingMessage = QCoreApplication::translate("cc::app::SharingController",
        "%1 was removed. From now on they receive nothing new from this space; what they "
        "already saw stays with them.")
                           .arg(m_spaces->nameOf(unhex(account)));
    m_spaces->status()->setBusy(true);
    m_pendingRevoke = unhex(account);
    sharing()->revoke(space, unhex(account));
}

QString SpaceMembers::setVerified(const QString &account, bool verified)
{
    if (!sharing()) {
        return QCoreApplication::translate(
            "cc::app::SharingController", "Connect CareCircle to your server first (Settings → Sync and devices).");
    }
    if (Status s = sharing()->setVerified(unhex(account), verified); !s)
        return s.error().message;
    reload();
    return {};
}

void SpaceMembers::refreshAccessLog()
{
    const QByteArray space = m_spaces->selectedSpaceId();
    if (!sharing() || space.isEmpty() || !m_spaces->syncStatus()->connected())
        return;
    m_accessLogLoading = true;
    m_accessLogError.clear();
    Q_EMIT accessLogChanged();
    sharing()->fetchAccessLog(space);
}

void SpaceMembers::onAccessLog(
    const QByteArray &space, const cc::Status &status, const QList<cc::sync::AccessEvent> &events)
{
    if (space != m_spaces->selectedSpaceId())
        return;
    m_accessLogLoading = false;
    QList<AccessLogModel::Row> rows;
    if (!status) {
        m_accessLogError = status.error().message;
    } else {
        const domain::CareStore *s = m_spaces->store();
        const QByteArray me = s ? ownAccount(s->vault()) : QByteArray();
        for (const sync::AccessEvent &e : events) {
            const bool own = e.account == me;
            rows.append({own ? QCoreApplication::translate("cc::app::SharingController", "Your devices")
                             : m_spaces->nameOf(e.account),
                e.time.toLocalTime(), e.count, own});
        }
    }
    m_accessLog->setRows(std::move(rows));
    Q_EMIT accessLogChanged();
}

} // namespace cc::app
