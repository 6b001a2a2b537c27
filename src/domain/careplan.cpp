// SPDX-License-Identifier: GPL-3.0-or-later
#include "careplan.h"

#include "codes.h"
#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"
#include "recordid.h"

namespace cc::domain {

namespace {
const QLatin1StringView KeyTitle("t");
const QLatin1StringView KeyStatus("s");
const QLatin1StringView KeyPeriodStart("ps");
const QLatin1StringView KeyPeriodEnd("pe");
const QLatin1StringView KeyCoordinator("co");
const QLatin1StringView KeyNextReview("nr");
const QLatin1StringView KeyAgreements("a");
} // namespace

QCborMap CarePlan::toFields() const
{
    detail::FieldWriter writer;
    writer.localized(KeyTitle, title);
    writer.text(KeyStatus, status);
    writer.date(KeyPeriodStart, periodStart);
    writer.date(KeyPeriodEnd, periodEnd);
    writer.bytes(KeyCoordinator, coordinatorId);
    writer.date(KeyNextReview, nextReview);
    writer.localizedList(KeyAgreements, agreements);
    writer.map(Actor::FieldKey, lastChangedBy.toMap());
    return writer.fields();
}

Result<CarePlan> CarePlan::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    CarePlan plan;
    plan.title = reader.localized(KeyTitle);
    plan.status = reader.shortText(KeyStatus);
    plan.periodStart = reader.date(KeyPeriodStart);
    plan.periodEnd = reader.date(KeyPeriodEnd);
    plan.coordinatorId = reader.id(KeyCoordinator);
    plan.nextReview = reader.date(KeyNextReview);
    plan.agreements = reader.localizedList(KeyAgreements);
    auto actor = Actor::fromFields(fields);
    if (!actor)
        return actor.error();
    plan.lastChangedBy = std::move(*actor);
    if (!reader.ok())
        return reader.error();
    if (Status check = plan.validate(); !check)
        return check.error();
    return plan;
}

Status CarePlan::validate() const
{
    if (Status check = lastChangedBy.validate(); !check)
        return check;
    if (title.text.trimmed().isEmpty() || !title.isValid())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The care plan needs a title."));
    if (!codes::isValidPlanStatus(status))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The care plan's status is not one CareCircle knows."));
    if (!detail::isStorableDate(periodStart) || !detail::isStorableDate(periodEnd)
        || !detail::isStorableDate(nextReview))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A date of the care plan is out of range."));
    if (periodStart.isValid() && periodEnd.isValid() && periodEnd < periodStart)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The care plan's period ends before it starts."));
    if (!coordinatorId.isEmpty() && !isValidRecordId(coordinatorId))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The care plan's coordinator is invalid."));
    if (agreements.size() > detail::FieldReader::MaxListItems)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The care plan has too many agreements."));
    for (const LocalizedText &agreement : agreements) {
        if (agreement.isEmpty() || !agreement.isValid())
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "An agreement is empty or invalid."));
    }
    return {};
}

} // namespace cc::domain
