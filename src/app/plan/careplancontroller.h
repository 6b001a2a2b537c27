// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/firstrowsmodel.h"
#include "app/plan/activitylistmodel.h"
#include "app/plan/donelogmodel.h"
#include "common/result.h"
#include "domain/schedule.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

class Session;

/**
 * The care plan page's view of the unlocked store and the writes it makes: the plan itself
 * (title, status, period, coordinator, next review, agreements), its activities with their
 * schedules, and "done" marks. Reads the store through the injected Session; re-reads after every
 * change and clears on lock. Every write announces itself with Session::notifyChanged().
 *
 * Mutators return an empty string on success, else a translated sentence to show. One step
 * can be undone (a removal, a done mark): undoText says which, undo() does it.
 */
class CarePlanController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QDateTime periodStart READ periodStart NOTIFY changed)
    Q_PROPERTY(QDateTime periodEnd READ periodEnd NOTIFY changed)
    Q_PROPERTY(QDateTime nextReview READ nextReview NOTIFY changed)
    Q_PROPERTY(QString coordinatorId READ coordinatorId NOTIFY changed)
    Q_PROPERTY(QString coordinatorName READ coordinatorName NOTIFY changed)
    Q_PROPERTY(QString coordinatorRole READ coordinatorRole NOTIFY changed)
    Q_PROPERTY(QStringList agreements READ agreements NOTIFY changed)
    Q_PROPERTY(QStringList planStatuses READ planStatuses CONSTANT)
    Q_PROPERTY(QStringList activityKinds READ activityKinds CONSTANT)
    Q_PROPERTY(QStringList activityStatuses READ activityStatuses CONSTANT)
    Q_PROPERTY(cc::app::ActivityListModel *activities READ activities CONSTANT)
    Q_PROPERTY(cc::app::DoneLogModel *doneLog READ doneLog CONSTANT)
    /** The newest RecentDoneLog entries of doneLog, and more on request: what the activity page
     *  lists (a daily activity's log holds up to 1,000 days). */
    Q_PROPERTY(cc::app::FirstRowsModel *recentDoneLog READ recentDoneLog CONSTANT)
    Q_PROPERTY(QString doneLogActivityId READ doneLogActivityId NOTIFY doneLogActivityChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString lastSavedId READ lastSavedId NOTIFY changed)
    /** What the open circle's role allows (Session::mayEdit / mayAdd): all in the own circle. */
    Q_PROPERTY(bool mayEdit READ mayEdit NOTIFY circleChanged)
    Q_PROPERTY(bool mayAdd READ mayAdd NOTIFY circleChanged)

public:
    bool mayEdit() const;
    bool mayAdd() const;
    explicit CarePlanController(Session *session, QObject *parent = nullptr);
    ~CarePlanController() override;

    bool available() const;
    bool hasPlan() const;
    QString title() const;
    QString status() const;
    QDateTime periodStart() const;
    QDateTime periodEnd() const;
    QDateTime nextReview() const;
    QString coordinatorId() const;
    QString coordinatorName() const;
    QString coordinatorRole() const;
    QStringList agreements() const;
    QStringList planStatuses() const;
    QStringList activityKinds() const;
    QStringList activityStatuses() const;
    ActivityListModel *activities() const { return m_activities; }
    DoneLogModel *doneLog() const { return m_doneLog; }
    FirstRowsModel *recentDoneLog() const { return m_recentDoneLog; }
    static constexpr int RecentDoneLog = 10;
    QString doneLogActivityId() const;
    QString undoText() const { return m_undoText; }
    /** Hex id of the record the last successful save wrote (a new activity's id). */
    QString lastSavedId() const { return m_lastSavedId; }

    /** "Today" for done marks and next dates; null (the default) follows the clock. Tests pin it. */
    void setToday(QDate today);
    QDate today() const;

    /**
     * Creates the plan if there is none, else updates it. Dates as typed (ISO or the
     * locale's short format; empty = none); @p coordinatorId a member's hex id or empty.
     */
    Q_INVOKABLE QString savePlan(const QString &title, const QString &status, const QString &periodStart,
        const QString &periodEnd, const QString &nextReview, const QString &coordinatorId);

    Q_INVOKABLE QString addAgreement(const QString &text);
    Q_INVOKABLE QString editAgreement(int index, const QString &text);
    Q_INVOKABLE QString removeAgreement(int index);
    Q_INVOKABLE QString moveAgreement(int from, int to);

    /**
     * The fields of activity @p id for the editor (empty map for an unknown id): title, kind,
     * assigneeIds, status, scheduleType ("none" | "once" | "recurring"), date, start, end (ISO
     * text), every, unit ("days" | "weeks"), weekdays (mask, bit 0 = Monday), time ("HH:mm").
     */
    Q_INVOKABLE QVariantMap activity(const QString &id) const;
    /** Creates (empty id) or updates an activity from fields shaped like activity(). */
    Q_INVOKABLE QString saveActivity(const QString &id, const QVariantMap &fields);
    /** The schedule of @p fields in words, or a translated reason why it is not valid. */
    Q_INVOKABLE QString describeSchedule(const QVariantMap &fields) const;

    /**
     * Logs activity @p id as done on @p date (null: today) by the patient's own member, with
     * an optional note. Undoable.
     */
    Q_INVOKABLE QString markDone(const QString &id, const QString &note = QString(), QDate date = QDate());
    Q_INVOKABLE QString removeActivity(const QString &id);

    /** Shows the done log of activity @p id in doneLog. */
    Q_INVOKABLE void showDoneLog(const QString &id);

    Q_INVOKABLE QString undo();
    Q_INVOKABLE void dismissUndo();

Q_SIGNALS:
    void circleChanged();
    void changed();
    void undoChanged();
    void doneLogActivityChanged();

private:
    Session *m_session;
    domain::CareStore *store() const;
    /** Another store or circle: nothing to undo or show from before; re-reads. */
    void startAfresh();
    void reload();
    QString finishWrite(const Status &status);
    void setUndo(const QString &text, std::function<Status()> undo);
    Result<domain::Schedule> scheduleFrom(const QVariantMap &fields) const;

    struct Data;
    std::unique_ptr<Data> m;
    ActivityListModel *m_activities;
    DoneLogModel *m_doneLog;
    FirstRowsModel *m_recentDoneLog;
    QString m_undoText;
    std::function<Status()> m_undo;
    QString m_lastSavedId;
};

} // namespace cc::app
