// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity.h"
#include "schedule.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace cc::domain {

/** Schedules as people read them, and the next occurrence still to be done. */
namespace schedulerules {

/** e.g. "Every Monday, Wednesday and Friday at 08:00", "Once, on Friday 27 November"
 *  (translation context "ScheduleInWords"). */
QString scheduleInWords(const Schedule &schedule, const QDate &today, const QLocale &locale = QLocale());

/** The first occurrence on or after @p today that is not yet in the done log (once: none once done). */
std::optional<QDate> nextOpenOccurrence(const Activity &activity, const QDate &today);

/**
 * Whether "Done today" makes sense for @p activity on @p today: it is neither finished nor
 * cancelled, not yet marked today, and due — a recurring one between its start and end, one
 * done "when needed", or a one-off whose day is today or has passed undone. A one-off
 * appointment days ahead is not: marking it done today would be a slip of the finger.
 */
bool offersDoneToday(const Activity &activity, const QDate &today);

} // namespace schedulerules

} // namespace cc::domain
