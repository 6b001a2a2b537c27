// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/goals/goalmodel.h"

#include "domain/carestore.h"

#include <algorithm>

namespace cc::app {

GoalModel::GoalModel(QObject *parent) : RowModel(goalRoleNames(), parent)
{ }

QList<QByteArray> GoalModel::goalRoleNames()
{
    return {"recordId", "whatMattersToMe", "kind", "domain", "status", "achievement", "targetDate", "priority",
        "stepCount", "stepsDone", "lastRating", "lastProgressDate"};
}

void GoalModel::reload(const domain::CareStore *store)
{
    m_rows.set(goalRows(store));
}

QList<GoalModel::Row> GoalModel::goalRows(
    const domain::CareStore *store, const std::function<bool(const domain::Goal &)> &keep)
{
    if (!store)
        return {};
    QList<domain::Goal> goals = store->goals();
    std::stable_sort(goals.begin(), goals.end(), [](const domain::Goal &a, const domain::Goal &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.targetDate < b.targetDate;
    });
    QList<Row> rows;
    rows.reserve(goals.size());
    for (const domain::Goal &goal : std::as_const(goals)) {
        if (keep && !keep(goal))
            continue;
        const int stepsDone = int(
            std::count_if(goal.steps.cbegin(), goal.steps.cend(), [](const domain::Goal::Step &s) { return s.done; }));
        const domain::ProgressEntry *last = store->latestRatedProgress(goal.id);
        rows.append({QString::fromLatin1(goal.id.toHex()),
            goal.whatMattersToMe.text.isEmpty() ? goal.target.text : goal.whatMattersToMe.text, goal.kind, goal.domain,
            goal.status, goal.achievement, goal.targetDate, goal.priority, int(goal.steps.size()), stepsDone,
            last ? *last->rating : -1, last ? last->date : QDate()});
    }
    return rows;
}

} // namespace cc::app
