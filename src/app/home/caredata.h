// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/goals/goalmodel.h"
#include "app/plan/activitymodel.h"
#include "app/sharing/commentmodel.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

class Session;

/**
 * The unlocked vault's care data for the UI: profile, plan summary and the list models.
 * Empty (and hasData false) while locked; refreshed from the CareStore on unlock and after
 * every change. Codes (statuses, roles, domains) are passed as codes; QML translates them.
 *
 * Also the patient's side of the attention flags (issue 14): the flags her care team sees,
 * computed only from her sharing spaces that raise them, and the names of those spaces; and
 * whether the account has care data of its own at all (a GP's account has none: his Home
 * leaves out the patient's empty states).
 */
class CareData : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasData READ hasData NOTIFY changed)
    Q_PROPERTY(QString patientName READ patientName NOTIFY changed)
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY changed)
    Q_PROPERTY(QString planTitle READ planTitle NOTIFY changed)
    Q_PROPERTY(QString planStatus READ planStatus NOTIFY changed)
    Q_PROPERTY(QString coordinatorName READ coordinatorName NOTIFY changed)
    Q_PROPERTY(QDateTime nextReview READ nextReview NOTIFY changed)
    Q_PROPERTY(QStringList agreements READ agreements NOTIFY changed)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY changed)
    Q_PROPERTY(QVariantMap lastCheckIn READ lastCheckIn NOTIFY changed)
    Q_PROPERTY(bool hasOwnCare READ hasOwnCare NOTIFY changed)
    Q_PROPERTY(QVariantList flags READ flags NOTIFY changed)
    Q_PROPERTY(QString flagSpaces READ flagSpaces NOTIFY changed)
    Q_PROPERTY(cc::app::GoalModel *goals READ goals CONSTANT)
    Q_PROPERTY(cc::app::ActivityModel *upcoming READ upcoming CONSTANT)
    Q_PROPERTY(cc::app::CommentModel *recentComments READ recentComments CONSTANT)

public:
    explicit CareData(QObject *parent);
    ~CareData() override;

    /** Loads everything the pages show from @p store (nullptr: clears, as on lock). */
    void reload(const domain::CareStore *store, QDate today = QDate::currentDate());
    /** Follows @p session for what the vault controller does not reload Home for: a space's
     *  flag choice (its SpaceInfo) changes the flags shown. */
    void followSession(Session *session);

    bool hasData() const;
    QString patientName() const;
    bool hasPlan() const;
    QString planTitle() const;
    QString planStatus() const;
    QString coordinatorName() const;
    /** Start of the review day, local time (a QDateTime: QML and qmllint 6.4 know it as a Date). */
    QDateTime nextReview() const;
    QStringList agreements() const;
    int memberCount() const;
    /** {date: QDate, byProxy: bool, ratings: {domainCode: 0..10}, discuss: [domainCode…]};
     *  empty map when there is no check-in yet. */
    QVariantMap lastCheckIn() const;
    /** A plan, a goal, an activity or a check-in of one's own (a name alone is not care). */
    bool hasOwnCare() const;
    /** The flags as the care team sees them (WorkspaceController::flagList's shape), from the
     *  own sharing spaces that raise them; none from the private space, which nobody sees. */
    QVariantList flags() const;
    /** The names of the own sharing spaces that raise flags, sorted, as one list in words
     *  ("Care team and GP only"). */
    QString flagSpaces() const;
    GoalModel *goals() const;
    ActivityModel *upcoming() const;
    CommentModel *recentComments() const;

Q_SIGNALS:
    void changed();

private:
    struct Data;
    /** Flags and flag spaces of @p store into @p data. */
    static void readFlags(const domain::CareStore &store, QDate today, Data &data);

    std::unique_ptr<Data> m;
    GoalModel *m_goals;
    ActivityModel *m_upcoming;
    CommentModel *m_comments;
};

} // namespace cc::app
