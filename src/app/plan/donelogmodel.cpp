// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plan/donelogmodel.h"

#include "domain/carestore.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc::app {

DoneLogModel::DoneLogModel(QObject *parent) : RowModel({"date", "byName", "note"}, parent)
{ }

void DoneLogModel::reload(const domain::CareStore *store, const QByteArray &activityId)
{
    QList<domain::Activity::Done> log;
    if (store && !activityId.isEmpty()) {
        for (const domain::Activity &activity : store->activities()) {
            if (activity.id == activityId) {
                log = activity.doneLog;
                break;
            }
        }
    }
    // Newest first; entries of one day keep the order they were written in, newest first too.
    std::reverse(log.begin(), log.end());
    std::stable_sort(log.begin(), log.end(), [](const auto &a, const auto &b) { return a.date > b.date; });
    QList<Row> rows;
    rows.reserve(log.size());
    for (const domain::Activity::Done &done : log) {
        const domain::CareTeamMember *by = store->member(done.byId);
        rows.append({done.date,
            by ? by->displayName
               : QCoreApplication::translate("DoneLogModel", "Someone no longer in the care team", "@info done by"),
            done.note.text});
    }
    m_rows.set(std::move(rows));
}

} // namespace cc::app
