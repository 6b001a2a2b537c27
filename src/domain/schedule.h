// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QCborMap>
#include <QDate>
#include <QTime>

#include <optional>

namespace cc::domain {

/**
 * When an activity of the care plan happens: not at a fixed time ("when needed"), once
 * on a date, or recurring from a start date every N days or every N weeks on chosen
 * weekdays, until an optional end date (inclusive). An optional local time of day is
 * carried for display and reminders; occurrences are whole dates.
 *
 * Persisted as a CBOR map: once {"o": date, "tm"?}; recurring {"s": start, "n": every,
 * "u": "d" | "w", "wd"?: weekday mask, "tm"?: "HH:mm", "e"?: end}. Unscheduled has no
 * map at all (the activity leaves the field out).
 */
struct Schedule {
    enum class Type { Unscheduled, Once, Recurring };
    enum class Unit { Days, Weeks };

    /** Weekday bits for #weekdays; bit (QDate::dayOfWeek() - 1). */
    enum Weekday : quint8 {
        Monday = 1 << 0,
        Tuesday = 1 << 1,
        Wednesday = 1 << 2,
        Thursday = 1 << 3,
        Friday = 1 << 4,
        Saturday = 1 << 5,
        Sunday = 1 << 6,
    };
    static constexpr quint8 AllWeekdays = 0x7f;
    static constexpr int MaxEveryDays = 365;
    static constexpr int MaxEveryWeeks = 52;

    Type type = Type::Unscheduled;
    QDate date; ///< Once: the date.
    QDate start; ///< Recurring: the first possible date.
    int every = 1;
    Unit unit = Unit::Weeks;
    /**
     * Recurring: the weekdays it falls on. Weeks: 0 means the weekday of #start. Days: a
     * non-zero mask skips occurrences on other weekdays; 0 keeps them all.
     */
    quint8 weekdays = 0;
    std::optional<QTime> time; ///< Local time of day, minutes precision.
    QDate end; ///< Recurring: last possible date (inclusive); null = open-ended.

    static Schedule once(const QDate &date, std::optional<QTime> time = std::nullopt);
    static Schedule daily(const QDate &start, int everyDays = 1);
    static Schedule weekly(const QDate &start, quint8 weekdays, int everyWeeks = 1);

    /** The first occurrence on or after @p from, or nullopt if there is none (any more). */
    std::optional<QDate> nextOccurrence(const QDate &from) const;
    bool occursOn(const QDate &day) const;

    /** The CBOR map; empty for Unscheduled. */
    QCborMap toCbor() const;
    /** Reads toCbor()'s map (an empty map is Unscheduled) and validates it. */
    static Result<Schedule> fromCbor(const QCborMap &map);
    Status validate() const;

    static quint8 weekdayBit(const QDate &day) { return static_cast<quint8>(1u << (day.dayOfWeek() - 1)); }

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

} // namespace cc::domain
