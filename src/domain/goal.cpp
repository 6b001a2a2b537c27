// SPDX-License-Identifier: GPL-3.0-or-later
#include "goal.h"

#include "codes.h"
#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"
#include "recordid.h"

namespace cc::domain {

namespace {
const QLatin1StringView KeyKind("k");
const QLatin1StringView KeyWhatMatters("wm");
const QLatin1StringView KeyDomain("d");
const QLatin1StringView KeyTarget("tg");
const QLatin1StringView KeyTargetDate("td");
const QLatin1StringView KeyPriority("p");
const QLatin1StringView KeyStatus("s");
const QLatin1StringView KeyAchievement("a");
const QLatin1StringView KeySteps("st");
const QLatin1StringView KeyStepText("t");
const QLatin1StringView KeyStepDone("d");
const QLatin1StringView KeyExpressedBy("eb");
} // namespace

QCborMap Goal::toFields() const
{
    detail::FieldWriter writer;
    writer.text(KeyKind, kind);
    writer.localized(KeyWhatMatters, whatMattersToMe);
    writer.text(KeyDomain, domain);
    writer.localized(KeyTarget, target);
    writer.date(KeyTargetDate, targetDate);
    writer.integer(KeyPriority, priority);
    writer.text(KeyStatus, status);
    writer.text(KeyAchievement, achievement);
    QCborArray items;
    for (const Step &step : steps) {
        detail::FieldWriter item;
        item.localized(KeyStepText, step.text);
        item.boolean(KeyStepDone, step.done);
        items.append(item.fields());
    }
    writer.array(KeySteps, items);
    writer.bytes(KeyExpressedBy, expressedBy);
    writer.map(Actor::FieldKey, lastChangedBy.toMap());
    return writer.fields();
}

Result<Goal> Goal::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    Goal goal;
    goal.kind = reader.shortText(KeyKind);
    goal.whatMattersToMe = reader.localized(KeyWhatMatters);
    goal.domain = reader.shortText(KeyDomain);
    goal.target = reader.localized(KeyTarget);
    goal.targetDate = reader.date(KeyTargetDate);
    goal.priority = reader.integer(KeyPriority).value_or(goal.priority);
    goal.status = reader.shortText(KeyStatus);
    goal.achievement = reader.shortText(KeyAchievement);
    const QCborArray items = reader.array(KeySteps);
    for (const QCborValue &value : items) {
        detail::FieldReader item(reader.itemMap(value, KeySteps));
        Step step;
        step.text = item.localized(KeyStepText);
        step.done = item.boolean(KeyStepDone);
        reader.adopt(item);
        goal.steps.append(step);
    }
    goal.expressedBy = reader.id(KeyExpressedBy);
    auto actor = Actor::fromFields(fields);
    if (!actor)
        return actor.error();
    goal.lastChangedBy = std::move(*actor);
    if (!reader.ok())
        return reader.error();
    if (Status check = goal.validate(); !check)
        return check.error();
    return goal;
}

Status Goal::validate() const
{
    if (Status check = lastChangedBy.validate(); !check)
        return check;
    if (!codes::isValidGoalKind(kind))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The kind of goal is not one CareCircle knows."));
    if (!codes::isValidGoalDomain(domain))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The goal's domain is not one CareCircle knows."));
    if (!codes::isValidGoalStatus(status))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The goal's status is not one CareCircle knows."));
    if (!codes::isValidAchievement(achievement))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The goal's achievement is not one CareCircle knows."));
    if (whatMattersToMe.text.trimmed().isEmpty() && target.text.trimmed().isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A goal needs what matters to you or a target."));
    if (!whatMattersToMe.isValid() || !target.isValid())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A text of the goal is invalid."));
    if (priority < HighestPriority || priority > LowestPriority)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The goal's priority must be 1, 2 or 3."));
    if (!detail::isStorableDate(targetDate))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The goal's target date is out of range."));
    if (steps.size() > detail::FieldReader::MaxListItems)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The goal has too many steps."));
    for (const Step &step : steps) {
        if (step.text.isEmpty() || !step.text.isValid())
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A step of the goal is empty or invalid."));
    }
    if (!expressedBy.isEmpty() && !isValidRecordId(expressedBy))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The goal's author is invalid."));
    return {};
}

} // namespace cc::domain
