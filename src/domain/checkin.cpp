// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkin.h"

#include "codes.h"
#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"
#include "recordid.h"

#include <algorithm>
#include <cmath>

namespace cc::domain {

namespace {
const QLatin1StringView KeyBy("by");
const QLatin1StringView KeyProxy("px");
const QLatin1StringView KeyTime("tm");
const QLatin1StringView KeyAnswers("d");
const QLatin1StringView KeyRating("r");
const QLatin1StringView KeyWish("w");
const QLatin1StringView KeyDiscuss("q");
const QLatin1StringView KeyNote("nt");
const QLatin1StringView KeyInstruments("i");
const QLatin1StringView KeyInstrument("id");
const QLatin1StringView KeyVersion("v");
const QLatin1StringView KeyLanguage("l");
const QLatin1StringView KeyRaw("raw");
const QLatin1StringView KeyDerived("der");

bool isRating(int value)
{
    return value >= 0 && value <= 10;
}
} // namespace

bool CheckIn::isCaregiverCheckIn() const
{
    return !answers.isEmpty() && codes::isValidCaregiverDomain(answers.firstKey());
}

bool CheckIn::wantsToDiscuss() const
{
    return std::any_of(answers.cbegin(), answers.cend(), [](const DomainAnswer &a) { return a.wantToDiscuss; });
}

std::pair<int, int> CheckIn::rawScoreRange(QStringView instrument)
{
    if (instrument == QLatin1String("who5"))
        return {0, 25};
    if (instrument == QLatin1String("phq2") || instrument == QLatin1String("gad2"))
        return {0, 6};
    return {0, -1};
}

std::pair<double, double> CheckIn::derivedScoreRange(QStringView instrument)
{
    if (instrument == QLatin1String("who5"))
        return {0, 100};
    if (instrument == QLatin1String("phq2") || instrument == QLatin1String("gad2"))
        return {0, 6};
    return {0, -1};
}

QCborMap CheckIn::toFields() const
{
    detail::FieldWriter writer;
    writer.bytes(KeyBy, completedById);
    writer.boolean(KeyProxy, byProxy);
    writer.utcTime(KeyTime, time);
    QCborMap domains;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        detail::FieldWriter answer;
        answer.integer(KeyRating, it->rating);
        answer.integer(KeyWish, it->wish);
        answer.boolean(KeyDiscuss, it->wantToDiscuss);
        answer.localized(KeyNote, it->note);
        domains.insert(it.key(), answer.fields());
    }
    writer.map(KeyAnswers, domains);
    QCborArray items;
    for (const InstrumentResult &result : instruments) {
        detail::FieldWriter item;
        item.text(KeyInstrument, result.instrument);
        item.text(KeyVersion, result.version);
        item.text(KeyLanguage, result.language);
        item.integer(KeyRaw, result.rawScore);
        item.number(KeyDerived, result.derivedScore);
        items.append(item.fields());
    }
    writer.array(KeyInstruments, items);
    writer.map(Actor::FieldKey, actor->toMap());
    return writer.fields();
}

Result<CheckIn> CheckIn::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    CheckIn checkIn;
    checkIn.completedById = reader.id(KeyBy);
    checkIn.byProxy = reader.boolean(KeyProxy);
    checkIn.time = reader.utcTime(KeyTime);
    const QCborMap domains = reader.map(KeyAnswers);
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        if (!it.key().isString()) {
            reader.fail(
                detail::invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” has the wrong type."), KeyAnswers));
            break;
        }
        detail::FieldReader item(reader.itemMap(it.value(), KeyAnswers));
        DomainAnswer answer;
        const std::optional<int> rating = item.integer(KeyRating);
        answer.wish = item.integer(KeyWish);
        answer.wantToDiscuss = item.boolean(KeyDiscuss);
        answer.note = item.localized(KeyNote);
        if (item.ok() && !rating)
            item.fail(detail::invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is missing."), KeyRating));
        answer.rating = rating.value_or(0);
        reader.adopt(item);
        const QString domain = it.key().toString();
        const QStringList &known =
            codes::isValidCheckInDomain(domain) ? codes::checkInDomains() : codes::caregiverDomains();
        checkIn.answers.insert(codes::shared(domain, known), answer);
    }
    const QCborArray items = reader.array(KeyInstruments);
    for (const QCborValue &value : items) {
        detail::FieldReader item(reader.itemMap(value, KeyInstruments));
        InstrumentResult result;
        result.instrument = codes::shared(item.shortText(KeyInstrument), codes::instruments());
        result.version = item.shortText(KeyVersion);
        result.language = item.shortText(KeyLanguage);
        const std::optional<int> raw = item.integer(KeyRaw);
        const std::optional<double> derived = item.number(KeyDerived);
        if (item.ok() && (!raw || !derived))
            item.fail(detail::invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is missing."), KeyInstruments));
        result.rawScore = raw.value_or(0);
        result.derivedScore = derived.value_or(0);
        reader.adopt(item);
        checkIn.instruments.append(result);
    }
    auto actor = Actor::fromFields(fields);
    if (!actor)
        return actor.error();
    checkIn.actor = std::move(*actor);
    if (!reader.ok())
        return reader.error();
    if (Status check = checkIn.validate(); !check)
        return check.error();
    return checkIn;
}

Status CheckIn::validate() const
{
    if (Status check = actor->validate(); !check)
        return check;
    if (!isValidRecordId(completedById) && actor->isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A check-in needs the person who completed it."));
    if (!detail::isStorableUtcTime(time))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A check-in needs a valid time."));
    if (answers.isEmpty() && instruments.isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A check-in needs at least one answer."));
    const bool caregiver = isCaregiverCheckIn();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const bool known = caregiver ? codes::isValidCaregiverDomain(it.key()) : codes::isValidCheckInDomain(it.key());
        if (!known)
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A check-in domain is not one CareCircle knows."));
        if (!isRating(it->rating) || (it->wish && !isRating(*it->wish)))
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A rating must be between 0 and 10."));
        if (!it->note.isValid())
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A note of the check-in is invalid."));
    }
    if (instruments.size() > codes::instruments().size())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A check-in holds too many instrument results."));
    for (const InstrumentResult &result : instruments) {
        if (!codes::isValidInstrument(result.instrument))
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The questionnaire is not one CareCircle knows."));
        if (result.version.trimmed().isEmpty() || result.version.size() > detail::FieldReader::MaxShortText
            || !LocalizedText::isValidLanguageTag(result.language))
            return detail::invalidInput(
                QT_TRANSLATE_NOOP("Domain", "A questionnaire result needs its version and language."));
        const auto [rawMin, rawMax] = rawScoreRange(result.instrument);
        const auto [derivedMin, derivedMax] = derivedScoreRange(result.instrument);
        if (result.rawScore < rawMin || result.rawScore > rawMax || !std::isfinite(result.derivedScore)
            || result.derivedScore < derivedMin || result.derivedScore > derivedMax)
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A questionnaire score is out of range."));
    }
    return {};
}

} // namespace cc::domain
