// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plan/activitymodel.h"

#include "domain/carestore.h"

#include <QLocale>

#include <algorithm>

namespace cc::app {

ActivityModel::ActivityModel(QObject *parent)
    : RowModel({"recordId", "title", "kind", "nextDate", "timeText", "assignees", "recurring", "status"}, parent)
{ }

void ActivityModel::reload(const domain::CareStore *store, QDate today)
{
    if (!store) {
        m_rows.set({});
        return;
    }
    QList<Row> rows;
    const QList<domain::Activity> activities = store->activities();
    for (const domain::Activity &activity : activities) {
        const std::optional<QDate> next = activity.nextOccurrence(today);
        if (!next || today.daysTo(*next) > HorizonDays)
            continue;
        QStringList names;
        for (const QByteArray &assignee : activity.assigneeIds) {
            if (const domain::CareTeamMember *m = store->member(assignee))
                names.append(m->displayName);
        }
        const QString time =
            activity.schedule.time ? activity.schedule.time->toString(QStringLiteral("HH:mm")) : QString();
        rows.append({QString::fromLatin1(activity.id.toHex()), activity.title.text, activity.kind, *next, time,
            QLocale().createSeparatedList(names), activity.schedule.type == domain::Schedule::Type::Recurring,
            activity.status});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.nextDate != b.nextDate ? a.nextDate < b.nextDate : a.timeText < b.timeText;
    });
    m_rows.set(std::move(rows));
}

} // namespace cc::app
