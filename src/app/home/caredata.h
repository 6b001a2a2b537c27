// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/goals/goalmodel.h"
#include "app/plan/activitymodel.h"
#include "app/sharing/commentmodel.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * The unlocked vault's care data for the UI: profile, plan summary and the list models.
 * Empty (and hasData false) while locked; refreshed from the CareStore on unlock and after
 * every change. Codes (statuses, roles, domains) are passed as codes; QML translates them.
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
    Q_PROPERTY(cc::app::GoalModel *goals READ goals CONSTANT)
    Q_PROPERTY(cc::app::ActivityModel *upcoming READ upcoming CONSTANT)
    Q_PROPERTY(cc::app::CommentModel *recentComments READ recentComments CONSTANT)

public:
    explicit CareData(QObject *parent);
    ~CareData() override;

    /** Loads everything the pages show from @p store (nullptr: clears, as on lock). */
    void reload(const domain::CareStore *store, QDate today = QDate::currentDate());

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
    GoalModel *goals() const;
    ActivityModel *upcoming() const;
    CommentModel *recentComments() const;

Q_SIGNALS:
    void changed();

private:
    struct Data;
    std::unique_ptr<Data> m;
    GoalModel *m_goals;
    ActivityModel *m_upcoming;
    CommentModel *m_comments;
};

} // namespace cc::app
