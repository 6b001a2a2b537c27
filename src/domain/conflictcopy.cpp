// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictcopy.h"

#include "codes.h"
#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"
#include "recordid.h"

#include <QCborArray>
#include <QCryptographicHash>

namespace cc::domain {

namespace {
const QLatin1StringView KeyTarget("tg");
const QLatin1StringView KeyTargetKind("tk");
const QLatin1StringView KeyField("fd");
const QLatin1StringView KeyText("t");
const QLatin1StringView KeyLosingTime("ls");
const QLatin1StringView KeyWinningTime("ws");

bool isCode(const QString &text)
{
    for (const QStringList *list : {&codes::roles(), &codes::planStatuses(), &codes::goalKinds(),
             &codes::goalStatuses(), &codes::achievements(), &codes::goalDomains(), &codes::caregiverDomains(),
             &codes::activityKinds(), &codes::activityStatuses(), &codes::instruments(), &codes::recordKinds()}) {
        if (list->contains(text))
            return true;
    }
    return false;
}

std::optional<LocalizedText> localizedOf(const QCborValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.trimmed().isEmpty() || isCode(text))
            return std::nullopt;
        return LocalizedText {text, {}};
    }
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        const QCborValue text = map.value(QLatin1StringView("t"));
        if (text.isString() && !text.toString().trimmed().isEmpty()) {
            const QCborValue lang = map.value(QLatin1StringView("l"));
            return LocalizedText {text.toString(), lang.isString() ? lang.toString() : QString()};
        }
        if (text.isMap()) // a list item holding a LocalizedText, e.g. a goal's step
            return localizedOf(text);
    }
    return std::nullopt;
}
} // namespace

QCborMap ConflictCopy::toFields() const
{
    detail::FieldWriter writer;
    writer.bytes(KeyTarget, targetId);
    writer.text(KeyTargetKind, targetKind);
    writer.text(KeyField, field);
    writer.localized(KeyText, text);
    writer.utcTime(KeyLosingTime, losingTime);
    writer.utcTime(KeyWinningTime, winningTime);
    return writer.fields();
}

Result<ConflictCopy> ConflictCopy::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    ConflictCopy copy;
    copy.targetId = reader.id(KeyTarget);
    copy.targetKind = reader.shortText(KeyTargetKind);
    copy.field = reader.shortText(KeyField);
    copy.text = reader.localized(KeyText);
    copy.losingTime = reader.utcTime(KeyLosingTime);
    copy.winningTime = reader.utcTime(KeyWinningTime);
    if (!reader.ok())
        return reader.error();
    if (Status check = copy.validate(); !check)
        return check.error();
    return copy;
}

Status ConflictCopy::validate() const
{
    if (!isValidRecordId(targetId) || !codes::isValidRecordKind(targetKind) || field.isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A kept text must belong to a record."));
    if (text.text.trimmed().isEmpty() || text.text.size() > LocalizedText::MaxLength)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A kept text cannot be empty."));
    if (!detail::isStorableUtcTime(losingTime) || !detail::isStorableUtcTime(winningTime))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A kept text needs valid times."));
    return {};
}

std::optional<LocalizedText> ConflictCopy::textOf(const QCborValue &value)
{
    auto tagged = [](std::optional<LocalizedText> text) {
        // A plain string carries no language: "und" (undetermined) keeps it a valid LocalizedText.
        if (text && !LocalizedText::isValidLanguageTag(text->lang))
            text->lang = QStringLiteral("und");
        return text;
    };
    if (!value.isArray())
        return tagged(localizedOf(value));
    QStringList lines;
    QString lang;
    for (const QCborValue &item : value.toArray()) {
        if (auto text = localizedOf(item)) {
            lines.append(text->text);
            if (lang.isEmpty())
                lang = text->lang;
        }
    }
    if (lines.isEmpty())
        return std::nullopt;
    return tagged(LocalizedText {lines.join(QLatin1Char('\n')), lang});
}

QByteArray ConflictCopy::idFor(const QByteArray &targetId, const QString &field, const QByteArray &losingStamp)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("carecircle/conflict-copy/v1");
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(targetId);
    hash.addData(field.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(losingStamp);
    return hash.result().left(16);
}

} // namespace cc::domain
