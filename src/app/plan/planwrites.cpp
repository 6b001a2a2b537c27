// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plan/planwrites.h"

#include "domain/carestore.h"

#include <QCoreApplication>

namespace cc::app::planwrites {

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

QByteArray patientMemberId(const domain::CareStore &store)
{
    QByteArray found;
    for (const domain::CareTeamMember &member : store.members()) {
        // The oldest is not known; the smallest id makes the choice stable across reloads.
        if (member.role == QLatin1String("patient") && (found.isEmpty() || member.id < found))
            found = member.id;
    }
    return found;
}

Result<QByteArray> ensurePatientMember(domain::CareStore &store)
{
    if (QByteArray id = patientMemberId(store); !id.isEmpty())
        return id;
    domain::CareTeamMember me;
    me.role = QStringLiteral("patient");
    me.displayName = store.profile() && !store.profile()->preferredName.trimmed().isEmpty()
        ? store.profile()->preferredName
        : QCoreApplication::translate("CarePlanController", "Me", "@label the patient's own entry in the care team");
    if (Status saved = store.save(me); !saved)
        return saved.error();
    return me.id;
}

Status applyCoordinator(domain::CareStore &store, const QByteArray &memberId)
{
    if (!memberId.isEmpty() && !store.member(memberId))
        return makeError(
            ErrorCode::NotFound, trNoop("CareTeamController", "This person is no longer in the care team."));
    for (domain::CareTeamMember member : store.members()) {
        const bool coordinates = member.id == memberId;
        if (member.isCoordinator == coordinates)
            continue;
        member.isCoordinator = coordinates;
        if (Status saved = store.save(member); !saved)
            return saved;
    }
    if (store.plan() && store.plan()->coordinatorId != memberId) {
        domain::CarePlan plan = *store.plan();
        plan.coordinatorId = memberId;
        if (Status saved = store.save(plan); !saved)
            return saved;
    }
    return {};
}

QString textLanguage(const domain::CareStore &store)
{
    if (store.profile() && domain::LocalizedText::isValidLanguageTag(store.profile()->language))
        return store.profile()->language;
    const QString ui = QLocale().bcp47Name();
    return domain::LocalizedText::isValidLanguageTag(ui) ? ui : QStringLiteral("und");
}

domain::LocalizedText localized(const domain::CareStore &store, const QString &text)
{
    const QString trimmed = text.trimmed();
    return {trimmed, trimmed.isEmpty() ? QString() : textLanguage(store)};
}

std::optional<QDate> parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(trimmed, QLocale::ShortFormat);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QByteArray idFromHex(const QString &hex)
{
    if (hex.size() != 32)
        return {};
    for (QChar c : hex) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString hexId(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

QString scheduleInWords(const domain::Schedule &schedule, const QDate &today, const QLocale &locale)
{
    using domain::Schedule;
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

std::optional<QDate> nextOpenOccurrence(const domain::Activity &activity, const QDate &today)
{
    if (activity.schedule.type == domain::Schedule::Type::Once && !activity.doneLog.isEmpty())
        return std::nullopt;
    std::optional<QDate> next = activity.nextOccurrence(today);
    // A handful of steps: each done entry can skip at most one occurrence.
    for (qsizetype step = 0; next && step <= activity.doneLog.size(); ++step) {
        const bool done = std::any_of(activity.doneLog.cbegin(), activity.doneLog.cend(),
            [&](const domain::Activity::Done &d) { return d.date == *next; });
        if (!done)
            return next;
        next = activity.nextOccurrence(next->addDays(1));
    }
    return next;
}

} // namespace cc::app::planwrites
