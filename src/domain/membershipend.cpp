// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/membershipend.h"

#include <QLocale>

namespace cc::domain::membershipend {

QDateTime expiryFor(const QDate &lastDay)
{
    return lastDay.isValid() ? lastDay.addDays(1).startOfDay() : QDateTime();
}

QDate lastDayOf(const QDateTime &expires)
{
    // The instant itself is no longer allowed: the millisecond before it is.
    return expires.isValid() ? expires.toLocalTime().addMSecs(-1).date() : QDate();
}

QString dayText(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : QString();
}

QList<int> presetDays()
{
    return {7, 30, 90};
}

QDate presetDay(const QDate &today, int days)
{
    return today.addDays(days);
}

} // namespace cc::domain::membershipend
