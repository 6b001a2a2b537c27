// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerules.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc::domain::schedulerules {

namespace {
/** Translation context of schedules in words (lupdate reads ScheduleInWords::tr calls). */
struct ScheduleInWords {
    Q_DECLARE_TR_FUNCTIONS(ScheduleInWords)
};

/** "a", "a and b", "a, b and c" (translatable, unlike QLocale's list pattern, which is
 *  "a, b, and c" in en_US). */
QString joinList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString text = items.constFirst();
    for (qsizetype i = 1; i < items.size(); ++i) {
        text = i + 1 == items.size() ? ScheduleInWords::tr("%1 and %2", "@info list, last item").arg(text, items.at(i))
                                     : ScheduleInWords::tr("%1, %2", "@info list").arg(text, items.at(i));
    }
    return text;
}

QString dayText(const QDate &day, const QDate &today, const QLocale &locale)
{
    const QString pattern = day.year() == today.year()
        ? ScheduleInWords::tr("dddd d MMMM", "@info:date format, Qt date pattern")
        : ScheduleInWords::tr("dddd d MMMM yyyy", "@info:date format, Qt date pattern");
    return locale.toString(day, pattern);
}
} // namespace

QString scheduleInWords(const Schedule &schedule, const QDate &today, const QLocale &locale)
{
    QString text;
    switch (schedule.type) {
    case Schedule::Type::Unscheduled:
        return ScheduleInWords::tr("When needed", "@info schedule");
    case Schedule::Type::Once:
        text =
            ScheduleInWords::tr("Once, on %1", "@info schedule, %1 a day").arg(dayText(schedule.date, today, locale));
        break;
    case Schedule::Type::Recurring: {
        QStringList days;
        const quint8 mask = schedule.weekdays != 0 || schedule.unit == Schedule::Unit::Days
            ? schedule.weekdays
            : Schedule::weekdayBit(schedule.start);
        for (int d = 1; d <= 7; ++d) {
            if (mask & (1u << (d - 1)))
                days.append(locale.dayName(d, QLocale::LongFormat));
        }
        const QString dayList = joinList(days);
        const bool everyDay = mask == 0 || mask == Schedule::AllWeekdays;
        if (schedule.unit == Schedule::Unit::Days) {
            text = schedule.every == 1 ? ScheduleInWords::tr("Every day", "@info schedule")
                                       : ScheduleInWords::tr("Every %n days", "@info schedule, n ≥ 2", schedule.every);
            if (!everyDay)
                text = ScheduleInWords::tr("%1, only on %2", "@info schedule, %2 weekdays").arg(text, dayList);
        } else if (schedule.every == 1) {
            text = everyDay ? ScheduleInWords::tr("Every day", "@info schedule")
                            : ScheduleInWords::tr("Every %1", "@info schedule, %1 weekdays").arg(dayList);
        } else {
            text = ScheduleInWords::tr("Every %n weeks on %1", "@info schedule, n ≥ 2, %1 weekdays", schedule.every)
                       .arg(dayList);
        }
        if (schedule.start > today)
            text = ScheduleInWords::tr("%1, from %2", "@info schedule, %2 a day")
                       .arg(text, dayText(schedule.start, today, locale));
        break;
    }
    }
    if (schedule.time)
        text = ScheduleInWords::tr("%1 at %2", "@info schedule, %2 a time of day")
                   .arg(text, locale.toString(*schedule.time, QStringLiteral("HH:mm")));
    if (schedule.type == Schedule::Type::Recurring && schedule.end.isValid())
        text = ScheduleInWords::tr("%1, until %2", "@info schedule, %2 a day")
                   .arg(text, dayText(schedule.end, today, locale));
    return text;
}

std::optional<QDate> nextOpenOccurrence(const Activity &activity, const QDate &today)
{
    if (activity.schedule.type == Schedule::Type::Once && !activity.doneLog.isEmpty())
        return std::nullopt;
    std::optional<QDate> next = activity.nextOccurrence(today);
    // A handful of steps: each done entry can skip at most one occurrence.
    for (qsizetype step = 0; next && step <= activity.doneLog.size(); ++step) {
        const bool done = std::any_of(activity.doneLog.cbegin(), activity.doneLog.cend(),
            [&](const Activity::Done &d) { return d.date == *next; });
        if (!done)
            return next;
        next = activity.nextOccurrence(next->addDays(1));
    }
    return next;
}

bool offersDoneToday(const Activity &activity, const QDate &today)
{
    if (activity.status == QLatin1String("done") || activity.status == QLatin1String("cancelled"))
        return false;
    if (std::any_of(activity.doneLog.cbegin(), activity.doneLog.cend(),
            [&](const Activity::Done &d) { return d.date == today; }))
        return false;
    const Schedule &schedule = activity.schedule;
    switch (schedule.type) {
    case Schedule::Type::Unscheduled:
        return true;
    case Schedule::Type::Once:
        return activity.doneLog.isEmpty() && schedule.date <= today;
    case Schedule::Type::Recurring:
        return schedule.start <= today && (schedule.end.isNull() || today <= schedule.end);
    }
    return false;
}

} // namespace cc::domain::schedulerules
