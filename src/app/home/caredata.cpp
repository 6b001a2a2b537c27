// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/home/caredata.h"

#include "app/goals/goalmodel.h"
#include "app/plan/activitymodel.h"
#include "app/session/session.h"
#include "app/sharing/commentmodel.h"
#include "app/workspace/workspacecontroller.h"
#include "domain/attentionflags.h"
#include "domain/carestore.h"

#include <QLocale>

#include <algorithm>

namespace cc::app {

struct CareData::Data {
    bool hasData = false;
    QString patientName;
    bool hasPlan = false;
    QString planTitle;
    QString planStatus;
    QString coordinatorName;
    QDate nextReview;
    QStringList agreements;
    int memberCount = 0;
    QVariantMap lastCheckIn;
    bool hasOwnCare = false;
    QVariantList flags;
    QString flagSpaces;
};

CareData::CareData(QObject *parent)
    : QObject(parent), m(std::make_unique<Data>()), m_goals(new GoalModel(this)), m_upcoming(new ActivityModel(this)),
      m_comments(new CommentModel(this))
{ }

CareData::~CareData() = default;

void CareData::reload(const domain::CareStore *store, QDate today)
{
    Data fresh;
    if (store) {
        fresh.hasData = true;
        if (const auto &profile = store->profile())
            fresh.patientName = profile->preferredName;
        fresh.memberCount = int(store->members().size());
        if (const auto &plan = store->plan()) {
            fresh.hasPlan = true;
            fresh.planTitle = plan->title.text;
            fresh.planStatus = plan->status;
            if (const domain::CareTeamMember *coordinator = store->member(plan->coordinatorId))
                fresh.coordinatorName = coordinator->displayName;
            fresh.nextReview = plan->nextReview;
            for (const domain::LocalizedText &agreement : plan->agreements)
                fresh.agreements.append(agreement.text);
        }
        if (const domain::CheckIn *last = store->latestPatientCheckIn()) {
            QVariantMap ratings;
            QStringList discuss;
            for (auto a = last->answers.cbegin(); a != last->answers.cend(); ++a) {
                ratings.insert(a.key(), a->rating);
                if (a->wantToDiscuss)
                    discuss.append(a.key());
            }
            fresh.lastCheckIn = {{QStringLiteral("date"), last->time.toLocalTime().date()},
                {QStringLiteral("byProxy"), last->byProxy},
                {QStringLiteral("actedBy"), Session::actorLabel(*last->actor, store)},
                {QStringLiteral("ratings"), ratings}, {QStringLiteral("discuss"), discuss}};
        }
        fresh.hasOwnCare = fresh.hasPlan || !store->goals().isEmpty() || !store->activities().isEmpty()
            || !store->checkInsById().isEmpty();
        readFlags(*store, today, fresh);
    }
    *m = std::move(fresh);
    m_goals->reload(store);
    m_upcoming->reload(store, today);
    m_comments->reload(store);
    Q_EMIT changed();
}

void CareData::readFlags(const domain::CareStore &store, QDate today, Data &data)
{
    // What her team sees: only spaces she shares (her own, not the private one) and that
    // she lets raise flags.
    const domain::AttentionFlags::SpaceFilter shownToTeam = domain::raisedToHerTeam(store);
    data.flags = WorkspaceController::flagList(domain::AttentionFlags::compute(store, today, shownToTeam));
    QStringList names;
    for (const domain::SpaceInfo &info : store.spaceInfos()) {
        if (shownToTeam(info.id))
            names.append(info.name);
    }
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    data.flagSpaces = QLocale().createSeparatedList(names);
}

void CareData::followSession(Session *session)
{
    connect(session, &Session::dataChanged, this, [this, session](const domain::ChangeSet &changes) {
        if (!session->store() || !changes.touches({domain::SpaceInfo::Kind}))
            return;
        readFlags(*session->store(), QDate::currentDate(), *m);
        Q_EMIT changed();
    });
}

bool CareData::hasData() const
{
    return m->hasData;
}
QString CareData::patientName() const
{
    return m->patientName;
}
bool CareData::hasPlan() const
{
    return m->hasPlan;
}
QString CareData::planTitle() const
{
    return m->planTitle;
}
QString CareData::planStatus() const
{
    return m->planStatus;
}
QString CareData::coordinatorName() const
{
    return m->coordinatorName;
}
QDateTime CareData::nextReview() const
{
    return m->nextReview.startOfDay();
}
QStringList CareData::agreements() const
{
    return m->agreements;
}
int CareData::memberCount() const
{
    return m->memberCount;
}
QVariantMap CareData::lastCheckIn() const
{
    return m->lastCheckIn;
}
bool CareData::hasOwnCare() const
{
    return m->hasOwnCare;
}
QVariantList CareData::flags() const
{
    return m->flags;
}
QString CareData::flagSpaces() const
{
    return m->flagSpaces;
}
GoalModel *CareData::goals() const
{
    return m_goals;
}
ActivityModel *CareData::upcoming() const
{
    return m_upcoming;
}
CommentModel *CareData::recentComments() const
{
    return m_comments;
}

} // namespace cc::app
