// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"

#include <algorithm>

namespace cc::domain {

namespace {
const QLatin1StringView KeyOnce("o");
const QLatin1StringView KeyStart("s");
const QLatin1StringView KeyEvery("n");
const QLatin1StringView KeyUnit("u");
const QLatin1StringView KeyWeekdays("wd");
const QLatin1StringView KeyTime("tm");
const QLatin1StringView KeyEnd("e");
const QLatin1StringView KeySchedule("sc");
} // namespace

Schedule Schedule::once(const QDate &date, std::optional<QTime> time)
{
    Schedule schedule;
    schedule.type = Type::Once;
    schedule.date = date;
    schedule.time = time;
    return schedule;
}

Schedule Schedule::daily(const QDate &start, int everyDays)
{
    Schedule schedule;
    schedule.type = Type::Recurring;
    schedule.start = start;
    schedule.every = everyDays;
    schedule.unit = Unit::Days;
    return schedule;
}

Schedule Schedule::weekly(const QDate &start, quint8 weekdays, int everyWeeks)
{
    Schedule schedule;
    schedule.type = Type::Recurring;
    schedule.start = start;
    schedule.every = everyWeeks;
    schedule.unit = Unit::Weeks;
    schedule.weekdays = weekdays;
    return schedule;
}

std::optional<QDate> Schedule::nextOccurrence(const QDate &from) const
{
    if (!from.isValid() || !validate())
        return std::nullopt;
    switch (type) {
    case Type::Unscheduled:
        return std::nullopt;
    case Type::Once:
        return date >= from ? std::optional<QDate>(date) : std::nullopt;
    case Type::Recurring:
        break;
    }

    const QDate first = std::max(from, start);
    const auto withinEnd = [this](const QDate &day) { return end.isNull() || day <= end; };
    if (!withinEnd(first))
        return std::nullopt;

    if (unit == Unit::Days) {
        const qint64 offset = start.daysTo(first);
        const qint64 steps = (offset + every - 1) / every;
        QDate candidate = start.addDays(steps * every);
        // Stepping by `every` days cycles through the weekdays within 7 steps.
        for (int i = 0; i < 7 && withinEnd(candidate); ++i, candidate = candidate.addDays(every)) {
            if (weekdays == 0 || (weekdays & weekdayBit(candidate)))
                return candidate;
        }
        return std::nullopt;
    }

    const quint8 mask = weekdays != 0 ? weekdays : weekdayBit(start);
    const QDate firstMonday = start.addDays(1 - start.dayOfWeek());
    QDate candidate = first;
    // Within 7 * every days every week of the cycle, hence every weekday of it, comes by.
    for (qint64 i = 0; i < qint64(7) * every + 7 && withinEnd(candidate); ++i, candidate = candidate.addDays(1)) {
        const qint64 week = firstMonday.daysTo(candidate) / 7;
        if (week % every == 0 && (mask & weekdayBit(candidate)))
            return candidate;
    }
    return std::nullopt;
}

bool Schedule::occursOn(const QDate &day) const
{
    return day.isValid() && nextOccurrence(day) == day;
}

QCborMap Schedule::toCbor() const
{
    detail::FieldWriter writer;
    switch (type) {
    case Type::Unscheduled:
        return {};
    case Type::Once:
        writer.date(KeyOnce, date);
        break;
    case Type::Recurring:
        writer.date(KeyStart, start);
        writer.integer(KeyEvery, every);
        writer.text(KeyUnit, unit == Unit::Days ? QStringLiteral("d") : QStringLiteral("w"));
        if (weekdays != 0)
            writer.integer(KeyWeekdays, weekdays);
        writer.date(KeyEnd, end);
        break;
    }
    if (time)
        writer.text(KeyTime, time->toString(QStringLiteral("HH:mm")));
    return writer.fields();
}

Result<Schedule> Schedule::fromCbor(const QCborMap &map)
{
    Schedule schedule;
    if (map.isEmpty())
        return schedule;

    detail::FieldReader reader(map);
    const QDate onceDate = reader.date(KeyOnce);
    const QDate startDate = reader.date(KeyStart);
    const std::optional<int> every = reader.integer(KeyEvery);
    const QString unit = reader.shortText(KeyUnit);
    const std::optional<int> weekdays = reader.integer(KeyWeekdays);
    const QString time = reader.shortText(KeyTime);
    const QDate endDate = reader.date(KeyEnd);
    if (!reader.ok())
        return reader.error();

    const auto invalid = [] {
        return detail::invalidField(
            QT_TRANSLATE_NOOP("Domain", "The field “%1” holds an invalid schedule."), KeySchedule);
    };
    if (onceDate.isValid() == startDate.isValid())
        return invalid();
    if (!time.isEmpty()) {
        const QTime parsed = time.size() == 5 ? QTime::fromString(time, QStringLiteral("HH:mm")) : QTime();
        if (!parsed.isValid())
            return invalid();
        schedule.time = parsed;
    }
    if (onceDate.isValid()) {
        if (every || !unit.isEmpty() || weekdays || endDate.isValid())
            return invalid();
        schedule.type = Type::Once;
        schedule.date = onceDate;
    } else {
        if (!every || (unit != QLatin1String("d") && unit != QLatin1String("w")))
            return invalid();
        if (weekdays && (*weekdays <= 0 || *weekdays > AllWeekdays))
            return invalid();
        schedule.type = Type::Recurring;
        schedule.start = startDate;
        schedule.every = *every;
        schedule.unit = unit == QLatin1String("d") ? Unit::Days : Unit::Weeks;
        schedule.weekdays = static_cast<quint8>(weekdays.value_or(0));
        schedule.end = endDate;
    }
    if (Status check = schedule.validate(); !check)
        return check.error();
    return schedule;
}

Status Schedule::validate() const
{
    const auto invalid = [] {
        return detail::invalidField(
            QT_TRANSLATE_NOOP("Domain", "The field “%1” holds an invalid schedule."), KeySchedule);
    };
    if (time && (!time->isValid() || time->second() != 0 || time->msec() != 0))
        return invalid();
    switch (type) {
    case Type::Unscheduled:
        return {};
    case Type::Once:
        if (!date.isValid() || !detail::isStorableDate(date))
            return invalid();
        return {};
    case Type::Recurring:
        break;
    }
    if (!start.isValid() || !detail::isStorableDate(start) || !detail::isStorableDate(end))
        return invalid();
    if (end.isValid() && end < start)
        return invalid();
    if (every < 1 || every > (unit == Unit::Days ? MaxEveryDays : MaxEveryWeeks))
        return invalid();
    if (weekdays > AllWeekdays)
        return invalid();
    return {};
}

} // namespace cc::domain
