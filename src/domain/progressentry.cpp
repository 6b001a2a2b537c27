// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressentry.h"

#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"
#include "recordid.h"

#include <cmath>

namespace cc::domain {

namespace {
const QLatin1StringView KeyGoal("g");
const QLatin1StringView KeyDate("dt");
const QLatin1StringView KeyRating("r");
const QLatin1StringView KeyValue("v");
const QLatin1StringView KeyUnit("u");
const QLatin1StringView KeyNote("nt");
const QLatin1StringView KeyAuthor("by");
} // namespace

QCborMap ProgressEntry::toFields() const
{
    detail::FieldWriter writer;
    writer.bytes(KeyGoal, goalId);
    writer.date(KeyDate, date);
    writer.integer(KeyRating, rating);
    writer.number(KeyValue, value);
    writer.text(KeyUnit, unit);
    writer.localized(KeyNote, note);
    writer.bytes(KeyAuthor, authorId);
    writer.map(Actor::FieldKey, actor->toMap());
    return writer.fields();
}

Result<ProgressEntry> ProgressEntry::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    ProgressEntry entry;
    entry.goalId = reader.id(KeyGoal);
    entry.date = reader.date(KeyDate);
    entry.rating = reader.integer(KeyRating);
    entry.value = reader.number(KeyValue);
    entry.unit = reader.shortText(KeyUnit);
    entry.note = reader.localized(KeyNote);
    entry.authorId = reader.id(KeyAuthor);
    auto actor = Actor::fromFields(fields);
    if (!actor)
        return actor.error();
    entry.actor = std::move(*actor);
    if (!reader.ok())
        return reader.error();
    if (Status check = entry.validate(); !check)
        return check.error();
    return entry;
}

Status ProgressEntry::validate() const
{
    if (Status check = actor->validate(); !check)
        return check;
    if (!isValidRecordId(goalId))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A progress note must belong to a goal."));
    if (!date.isValid() || !detail::isStorableDate(date))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A progress note needs a date."));
    if (!isValidRecordId(authorId) && actor->isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A progress note needs an author."));
    if (rating && (*rating < 0 || *rating > 10))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A rating must be between 0 and 10."));
    if (value && !std::isfinite(*value))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The measured value is not a number."));
    if (!unit.isEmpty() && (!value || unit.size() > MaxUnitLength))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A unit needs a value and must be short."));
    if (!note.isValid())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The note is invalid."));
    if (!rating && !value && note.text.trimmed().isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A progress note needs a rating, a value or a note."));
    return {};
}

} // namespace cc::domain
