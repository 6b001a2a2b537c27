// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity.h"

#include "codes.h"
#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"
#include "recordid.h"

namespace cc::domain {

namespace {
const QLatin1StringView KeyTitle("t");
const QLatin1StringView KeyKind("k");
const QLatin1StringView KeyGoals("g");
const QLatin1StringView KeyAssignees("as");
const QLatin1StringView KeySchedule("sc");
const QLatin1StringView KeyStatus("s");
const QLatin1StringView KeyDoneLog("dl");
const QLatin1StringView KeyDoneDate("dt");
const QLatin1StringView KeyDoneBy("by");
const QLatin1StringView KeyDoneNote("nt");
} // namespace

std::optional<QDate> Activity::nextOccurrence(const QDate &from) const
{
    if (status == QLatin1String("done") || status == QLatin1String("cancelled"))
        return std::nullopt;
    return schedule.nextOccurrence(from);
}

QCborMap Activity::toFields() const
{
    detail::FieldWriter writer;
    writer.localized(KeyTitle, title);
    writer.text(KeyKind, kind);
    writer.ids(KeyGoals, goalIds);
    writer.ids(KeyAssignees, assigneeIds);
    writer.map(KeySchedule, schedule.toCbor());
    writer.text(KeyStatus, status);
    QCborArray items;
    for (const Done &done : doneLog) {
        detail::FieldWriter item;
        item.date(KeyDoneDate, done.date);
        item.bytes(KeyDoneBy, done.byId);
        item.localized(KeyDoneNote, done.note);
        items.append(item.fields());
    }
    writer.array(KeyDoneLog, items);
    writer.map(Actor::FieldKey, lastChangedBy.toMap());
    return writer.fields();
}

Result<Activity> Activity::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    Activity activity;
    activity.title = reader.localized(KeyTitle);
    activity.kind = reader.shortText(KeyKind);
    activity.goalIds = reader.ids(KeyGoals);
    activity.assigneeIds = reader.ids(KeyAssignees);
    const QCborMap schedule = reader.map(KeySchedule);
    activity.status = reader.shortText(KeyStatus);
    const QCborArray items = reader.array(KeyDoneLog);
    for (const QCborValue &value : items) {
        detail::FieldReader item(reader.itemMap(value, KeyDoneLog));
        Done done;
        done.date = item.date(KeyDoneDate);
        done.byId = item.id(KeyDoneBy);
        done.note = item.localized(KeyDoneNote);
        reader.adopt(item);
        activity.doneLog.append(done);
    }
    auto actor = Actor::fromFields(fields);
    if (!actor)
        return actor.error();
    activity.lastChangedBy = std::move(*actor);
    if (!reader.ok())
        return reader.error();
    Result<Schedule> parsed = Schedule::fromCbor(schedule);
    if (!parsed)
        return parsed.error();
    activity.schedule = std::move(parsed).value();
    if (Status check = activity.validate(); !check)
        return check.error();
    return activity;
}

Status Activity::validate() const
{
    if (Status check = lastChangedBy.validate(); !check)
        return check;
    if (title.text.trimmed().isEmpty() || !title.isValid())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "An activity needs a title."));
    if (!codes::isValidActivityKind(kind))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The kind of activity is not one CareCircle knows."));
    if (!codes::isValidActivityStatus(status))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The activity's status is not one CareCircle knows."));
    if (Status check = schedule.validate(); !check)
        return check;
    if (goalIds.size() > detail::FieldReader::MaxListItems || assigneeIds.size() > detail::FieldReader::MaxListItems
        || doneLog.size() > detail::FieldReader::MaxListItems)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The activity has too many entries."));
    for (const QByteArray &goalId : goalIds) {
        if (!isValidRecordId(goalId))
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The activity refers to an invalid goal."));
    }
    for (const QByteArray &assigneeId : assigneeIds) {
        if (!isValidRecordId(assigneeId))
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The activity refers to an invalid person."));
    }
    for (const Done &done : doneLog) {
        if (!done.date.isValid() || !detail::isStorableDate(done.date)
            || !(done.byId.isEmpty() || isValidRecordId(done.byId)) || !done.note.isValid())
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "An entry of the activity's log is invalid."));
    }
    return {};
}

} // namespace cc::domain
