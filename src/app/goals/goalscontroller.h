// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/firstrowsmodel.h"
#include "app/goals/goalcommentmodel.h"
#include "app/goals/goallistmodel.h"
#include "app/goals/progresshistorymodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace cc::domain {
class CareStore;
class ChangeSet;
} // namespace cc::domain

namespace cc::app {

class Session;

/**
 * The Goals pages' controller (issue 3): the filtered goal list, the selected goal with its
 * progress history and comments, and every write about goals — create, edit, delete with
 * undo, tick a step, log progress. Reads the unlocked store from the injected Session and re-reads on
 * every change (its own writes included); while locked everything is empty.
 *
 * Errors: a write that fails returns false (createGoal: an empty id) and emits
 * failed(message) with a translated sentence; nothing is written then.
 *
 * Goals are identified in QML by their record id in hex. Dates cross as Date values at the
 * start of the local day; a date argument may also be an ISO "yyyy-MM-dd" string.
 *
 * Built by AppServices; published to QML as the singleton `GoalsController` (qmlsingletons.h).
 */
class GoalsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasData READ hasData NOTIFY hasDataChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(cc::app::GoalListModel *goals READ goals CONSTANT)
    Q_PROPERTY(cc::app::ProgressHistoryModel *progress READ progress CONSTANT)
    /** The newest RecentProgress entries of progress, and more on request: what the goal page
     *  lists (years of daily entries are in the chart, not each a row). */
    Q_PROPERTY(cc::app::FirstRowsModel *recentProgress READ recentProgress CONSTANT)
    Q_PROPERTY(cc::app::GoalCommentModel *comments READ comments CONSTANT)
    /** "active" (default), "done" or "all". */
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filtersChanged)
    /** A goal domain code, or "" for every domain. */
    Q_PROPERTY(QString domainFilter READ domainFilter WRITE setDomainFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString selectedGoalId READ selectedGoalId WRITE setSelectedGoalId NOTIFY selectedGoalChanged)
    /** goal(selectedGoalId): empty while nothing (or a goal that no longer exists) is selected. */
    Q_PROPERTY(QVariantMap selectedGoal READ selectedGoal NOTIFY selectedGoalChanged)
    /** selectedGoal is not empty. */
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectedGoalChanged)
    /** A goal was removed and can still be brought back with undoRemove(). */
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)
    /** What the open circle's role allows (Session::mayEdit / mayAdd): all in the own circle. */
    Q_PROPERTY(bool mayEdit READ mayEdit NOTIFY circleChanged)
    Q_PROPERTY(bool mayAdd READ mayAdd NOTIFY circleChanged)
    Q_PROPERTY(QStringList kindCodes READ kindCodes CONSTANT)
    Q_PROPERTY(QStringList domainCodes READ domainCodes CONSTANT)
    Q_PROPERTY(QStringList statusCodes READ statusCodes CONSTANT)
    Q_PROPERTY(QStringList achievementCodes READ achievementCodes CONSTANT)

public:
    bool mayEdit() const;
    bool mayAdd() const;
    static constexpr int MinimumRating = 0;
    static constexpr int MaximumRating = 10;

    explicit GoalsController(Session *session, QObject *parent = nullptr);
    ~GoalsController() override;

    bool hasData() const;
    int totalCount() const;
    GoalListModel *goals() const { return m_goals; }
    ProgressHistoryModel *progress() const { return m_progress; }
    FirstRowsModel *recentProgress() const { return m_recentProgress; }
    static constexpr int RecentProgress = 10;
    GoalCommentModel *comments() const { return m_comments; }
    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &group);
    QString domainFilter() const { return m_domainFilter; }
    void setDomainFilter(const QString &domain);
    QString selectedGoalId() const { return m_selectedGoalId; }
    void setSelectedGoalId(const QString &id);
    QVariantMap selectedGoal() const { return m_selectedGoal; }
    bool hasSelection() const { return !m_selectedGoal.isEmpty(); }
    bool canUndo() const;
    QStringList kindCodes() const;
    QStringList domainCodes() const;
    QStringList statusCodes() const;
    QStringList achievementCodes() const;

    /**
     * Creates a goal from {whatMattersToMe (required), kind, domain (required), target,
     * targetDate, priority 1–3, status, achievement, steps: [text | {text, done}]}, expressed by
     * the patient. Returns its id, or "" after emitting failed().
     */
    Q_INVOKABLE QString createGoal(const QVariantMap &fields);
    /** Changes the keys present in @p fields (same keys as createGoal); the others stay. */
    Q_INVOKABLE bool updateGoal(const QString &id, const QVariantMap &fields);
    /** Deletes the goal; undoRemove() brings it back until the next removal or lock. */
    Q_INVOKABLE bool removeGoal(const QString &id);
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE bool setStepDone(const QString &goalId, int index, bool done);
    /** Appends a progress entry by the patient: @p rating 0–10 (-1: none, then a note is
     *  needed), an optional note, on @p date (invalid or empty: today). */
    Q_INVOKABLE bool logProgress(const QString &goalId, int rating, const QString &note, const QVariant &date = {});
    /**
     * {id, kind, whatMattersToMe, domain, target, targetDate (Date, invalid if none),
     * targetDateIso, priority, status, achievement, steps: [{text, done}], stepsDone,
     * expressedByName, expressedByRole, changedBy ("Els Peeters for Maria" after a member
     * of her space changed it, "" after her own edit)}; empty for an unknown id or while locked.
     */
    Q_INVOKABLE QVariantMap goal(const QString &id) const;

Q_SIGNALS:
    void circleChanged();
    void hasDataChanged();
    void totalCountChanged();
    void filtersChanged();
    void selectedGoalChanged();
    void canUndoChanged();
    /** A write was refused or failed; @p message is translated and names no health data. */
    void failed(const QString &message);
    /** Goal @p id was removed (the page offers Undo). */
    void goalRemoved(const QString &id);

private:
    Session *m_session;
    void reload();
    void reloadList();
    void reloadSelection();
    /** Progress entries or comments changed (not the goals or members): only their rows. */
    void followSelection(const domain::ChangeSet &changes);
    /** hasData and totalCount. */
    void reloadCounts();
    bool fail(const QString &message);
    struct Private;
    std::unique_ptr<Private> d;
    GoalListModel *m_goals;
    ProgressHistoryModel *m_progress;
    FirstRowsModel *m_recentProgress;
    GoalCommentModel *m_comments;
    QString m_statusFilter;
    QString m_domainFilter;
    QString m_selectedGoalId;
    QVariantMap m_selectedGoal;
};

} // namespace cc::app
