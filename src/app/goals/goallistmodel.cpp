// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/goals/goallistmodel.h"

#include "domain/carestore.h"

namespace cc::app {

GoalListModel::GoalListModel(QObject *parent) : RowModel(GoalModel::goalRoleNames(), parent)
{ }

bool GoalListModel::inGroup(const QString &status, const QString &statusGroup)
{
    const bool done = status == QLatin1String("completed") || status == QLatin1String("cancelled");
    if (statusGroup == ActiveGroup)
        return !done;
    if (statusGroup == DoneGroup)
        return done;
    return true;
}

QString GoalListModel::recordIdAt(int row) const
{
    return m_rows.keyAt(row);
}

void GoalListModel::reload(const domain::CareStore *store, const QString &statusGroup, const QString &domain)
{
    m_rows.set(GoalModel::goalRows(store, [&](const domain::Goal &goal) {
        return inGroup(goal.status, statusGroup) && (domain.isEmpty() || goal.domain == domain);
    }));
}

} // namespace cc::app
