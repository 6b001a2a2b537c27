// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientprofile.h"

#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"

#include <QDate>

namespace cc::domain {

namespace {
const QLatin1StringView KeyName("n");
const QLatin1StringView KeyLanguage("l");
const QLatin1StringView KeyBirthYear("by");
const QLatin1StringView KeyConditions("c");
const QLatin1StringView KeyText("t");
const QLatin1StringView KeyCode("cd");
const QLatin1StringView KeySystem("sy");
const QLatin1StringView KeyEmergency("ec");
const QLatin1StringView KeyPhone("p");
constexpr qsizetype MaxCodeLength = 100;
} // namespace

QCborMap PatientProfile::toFields() const
{
    detail::FieldWriter writer;
    writer.text(KeyName, preferredName);
    writer.text(KeyLanguage, language);
    writer.integer(KeyBirthYear, birthYear);
    QCborArray items;
    for (const Condition &condition : conditions) {
        detail::FieldWriter item;
        item.localized(KeyText, condition.text);
        item.text(KeyCode, condition.code);
        item.text(KeySystem, condition.system);
        items.append(item.fields());
    }
    writer.array(KeyConditions, items);
    if (!emergencyContact.isEmpty()) {
        detail::FieldWriter contact;
        contact.text(KeyName, emergencyContact.name);
        contact.text(KeyPhone, emergencyContact.phone);
        writer.map(KeyEmergency, contact.fields());
    }
    return writer.fields();
}

Result<PatientProfile> PatientProfile::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    PatientProfile profile;
    profile.preferredName = reader.shortText(KeyName);
    profile.language = reader.shortText(KeyLanguage);
    profile.birthYear = reader.integer(KeyBirthYear);
    const QCborArray items = reader.array(KeyConditions);
    for (const QCborValue &value : items) {
        detail::FieldReader item(reader.itemMap(value, KeyConditions));
        Condition condition;
        condition.text = item.localized(KeyText);
        condition.code = item.shortText(KeyCode);
        condition.system = item.shortText(KeySystem);
        reader.adopt(item);
        profile.conditions.append(condition);
    }
    detail::FieldReader contact(reader.map(KeyEmergency));
    profile.emergencyContact.name = contact.shortText(KeyName);
    profile.emergencyContact.phone = contact.shortText(KeyPhone);
    reader.adopt(contact);
    if (!reader.ok())
        return reader.error();
    if (Status check = profile.validate(); !check)
        return check.error();
    return profile;
}

Status PatientProfile::validate() const
{
    if (preferredName.trimmed().isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The profile needs a name."));
    if (preferredName.size() > detail::FieldReader::MaxShortText)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The name is too long."));
    if (!LocalizedText::isValidLanguageTag(language))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The profile needs a valid language."));
    if (birthYear && (*birthYear < 1900 || *birthYear > QDate::currentDate().year()))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The birth year is out of range."));
    if (conditions.size() > detail::FieldReader::MaxListItems)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "There are too many conditions."));
    for (const Condition &condition : conditions) {
        if (condition.text.isEmpty() || !condition.text.isValid())
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "Each condition needs a description."));
        if (condition.code.size() > MaxCodeLength || condition.system.size() > detail::FieldReader::MaxShortText
            || (!condition.system.isEmpty() && condition.code.isEmpty()))
            return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A condition's code is invalid."));
    }
    if (emergencyContact.name.size() > detail::FieldReader::MaxShortText
        || emergencyContact.phone.size() > detail::FieldReader::MaxShortText)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The emergency contact is too long."));
    return {};
}

} // namespace cc::domain
