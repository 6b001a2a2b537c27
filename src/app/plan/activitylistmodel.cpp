// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plan/activitylistmodel.h"

#include "app/plan/planwrites.h"
#include "domain/carestore.h"
#include "domain/schedulerules.h"

#include <QLocale>

#include <algorithm>

namespace cc::app {

ActivityListModel::ActivityListModel(QObject *parent)
    : RowModel({"recordId", "title", "kind", "scheduleText", "nextDate", "timeText", "assignees", "assigneeIds",
                   "goals", "status", "doneCount", "lastDone", "doneToday", "recurring", "offersDoneToday"},
        parent)
{ }

void ActivityListModel::reload(const domain::CareStore *store, QDate today)
{
    if (!store) {
        m_rows.set({});
        return;
    }
    struct Entry {
        std::optional<QDate> next;
        QString time;
        QString title;
        Row row;
    };
    QList<Entry> entries;
    const QList<domain::Activity> activities = store->activities();
    for (const domain::Activity &activity : activities) {
        QStringList names;
        QStringList ids;
        for (const QByteArray &assignee : activity.assigneeIds) {
            if (const domain::CareTeamMember *m = store->member(assignee)) {
                names.append(m->displayName);
                ids.append(planwrites::hexId(assignee));
            }
        }
        QStringList goals;
        for (const QByteArray &goalId : activity.goalIds) {
            if (const domain::Goal *g = store->goal(goalId))
                goals.append(g->whatMattersToMe.text);
        }
        QDate lastDone;
        bool doneToday = false;
        for (const domain::Activity::Done &done : activity.doneLog) {
            if (!lastDone.isValid() || done.date > lastDone)
                lastDone = done.date;
            doneToday |= done.date == today;
        }
        const std::optional<QDate> next = planwrites::nextOpenOccurrence(activity, today);
        const QString time =
            activity.schedule.time ? activity.schedule.time->toString(QStringLiteral("HH:mm")) : QString();
        entries.append({next, time, activity.title.text,
            {planwrites::hexId(activity.id), activity.title.text, activity.kind,
                planwrites::scheduleInWords(activity.schedule, today), next ? *next : QDate(), time,
                QLocale().createSeparatedList(names), ids, goals, activity.status, int(activity.doneLog.size()),
                lastDone, doneToday, activity.schedule.type == domain::Schedule::Type::Recurring,
                domain::schedulerules::offersDoneToday(activity, today)}});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.next.has_value() != b.next.has_value())
            return a.next.has_value();
        if (a.next && *a.next != *b.next)
            return *a.next < *b.next;
        if (a.time != b.time)
            return a.time < b.time;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    QList<Row> rows;
    rows.reserve(entries.size());
    for (Entry &e : entries)
        rows.append(std::move(e.row));
    m_rows.set(std::move(rows));
}

int ActivityListModel::indexOf(const QString &recordId) const
{
    return m_rows.indexOf(recordId);
}

} // namespace cc::app
