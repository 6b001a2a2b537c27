// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

/**
 * The end of a membership of a sharing space, between the two ways of saying it. The server
 * stores the first instant that is no longer allowed (exclusive, sync::SpaceMember::expires);
 * people choose and read the last day that still is (inclusive, local time). Every place that
 * converts or shows it goes through here, so the confirmation and the member line cannot
 * disagree by a day again (issue 15).
 */
namespace cc::domain::membershipend {

/** The instant after @p lastDay ends, local time: what to send to the server. */
QDateTime expiryFor(const QDate &lastDay);
/** The last local day @p expires still allows; invalid for "no end". */
QDate lastDayOf(const QDateTime &expires);
/** @p day in the current locale's long format, e.g. "Sunday 3 January 2027". */
QString dayText(const QDate &day);
/** The end-date presets offered, in days from today. */
QList<int> presetDays();
/** The last day of a membership that lasts @p days from @p today. */
QDate presetDay(const QDate &today, int days);

} // namespace cc::domain::membershipend
