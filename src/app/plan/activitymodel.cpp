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
        setRows({});
        return;
    }
    struct Upcoming {
        QDate date;
        QVariantList row;
    };
    QList<Upcoming> upcoming;
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
        upcoming.append({*next,
            {QString::fromLatin1(activity.id.toHex()), activity.title.text, activity.kind, *next, time,
                QLocale().createSeparatedList(names), activity.schedule.type == domain::Schedule::Type::Recurring,
                activity.status}});
    }
    std::stable_sort(upcoming.begin(), upcoming.end(), [](const Upcoming &a, const Upcoming &b) {
        constexpr int time = int(TimeTextRole) - int(Qt::UserRole);
        return a.date != b.date ? a.date < b.date : a.row.at(time).toString() < b.row.at(time).toString();
    });
    QList<QVariantList> rows;
    rows.reserve(upcoming.size());
    for (Upcoming &u : upcoming)
        rows.append(std::move(u.row));
    setRows(std::move(rows));
}

} // namespace cc::app
