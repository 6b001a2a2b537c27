// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldreader.h"

#include "domainerror.h"
#include "recordid.h"

#include <cmath>
#include <limits>

namespace cc::domain::detail {

FieldReader::FieldReader(const QCborMap &fields) : m_fields(fields)
{ }

QCborValue FieldReader::take(QLatin1StringView key)
{
    if (m_failed)
        return {};
    const QCborValue value = m_fields.value(key);
    if (value.isNull())
        return {};
    return value;
}

void FieldReader::wrongType(QLatin1StringView key)
{
    fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” has the wrong type."), key));
}

void FieldReader::fail(Error error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = std::move(error);
}

void FieldReader::adopt(const FieldReader &nested)
{
    if (!nested.ok())
        fail(nested.error());
}

QString FieldReader::shortText(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        wrongType(key);
        return {};
    }
    QString text = value.toString();
    if (text.size() > MaxShortText) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is too long."), key));
        return {};
    }
    return text;
}

LocalizedText FieldReader::localized(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return {};
    std::optional<LocalizedText> text = LocalizedText::fromCbor(value);
    if (!text) {
        wrongType(key);
        return {};
    }
    if (text->text.size() > LocalizedText::MaxLength) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is too long."), key));
        return {};
    }
    if (!text->isValid()) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” has an invalid language tag."), key));
        return {};
    }
    return *text;
}

std::optional<int> FieldReader::integer(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isInteger()) {
        wrongType(key);
        return std::nullopt;
    }
    const qint64 number = value.toInteger();
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is out of range."), key));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<double> FieldReader::number(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isInteger())
        return static_cast<double>(value.toInteger());
    if (!value.isDouble()) {
        wrongType(key);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is out of range."), key));
        return std::nullopt;
    }
    return number;
}

bool FieldReader::boolean(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        wrongType(key);
        return false;
    }
    return value.toBool();
}

QDate FieldReader::date(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        wrongType(key);
        return {};
    }
    const QString text = value.toString();
    // Exactly yyyy-MM-dd: QDate::fromString alone would also take a trailing time.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is not a valid date."), key));
        return {};
    }
    return date;
}

bool isStorableUtcTime(const QDateTime &time)
{
    if (!time.isValid())
        return false;
    const qint64 ms = time.toMSecsSinceEpoch();
    return ms >= 0 && ms <= MaxEpochMs;
}

QDateTime FieldReader::utcTime(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isInteger()) {
        wrongType(key);
        return {};
    }
    const qint64 ms = value.toInteger();
    if (ms < 0 || ms > MaxEpochMs) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is out of range."), key));
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QByteArray FieldReader::id(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isByteArray()) {
        wrongType(key);
        return {};
    }
    QByteArray id = value.toByteArray();
    if (!isValidRecordId(id)) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” does not hold a valid record id."), key));
        return {};
    }
    return id;
}

QList<QByteArray> FieldReader::ids(QLatin1StringView key)
{
    const QCborArray items = array(key);
    QList<QByteArray> result;
    result.reserve(items.size());
    for (const QCborValue &item : items) {
        if (!item.isByteArray() || !isValidRecordId(item.toByteArray())) {
            fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” does not hold a valid record id."), key));
            return {};
        }
        result.append(item.toByteArray());
    }
    return result;
}

QByteArray FieldReader::bytes(QLatin1StringView key, qsizetype maxSize)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isByteArray()) {
        wrongType(key);
        return {};
    }
    QByteArray bytes = value.toByteArray();
    if (bytes.size() > maxSize) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is too long."), key));
        return {};
    }
    return bytes;
}

QCborArray FieldReader::array(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        wrongType(key);
        return {};
    }
    QCborArray items = value.toArray();
    if (items.size() > MaxListItems) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is too long."), key));
        return {};
    }
    return items;
}

QCborMap FieldReader::map(QLatin1StringView key)
{
    const QCborValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isMap()) {
        wrongType(key);
        return {};
    }
    QCborMap map = value.toMap();
    if (map.size() > MaxListItems) {
        fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” is too long."), key));
        return {};
    }
    return map;
}

QList<LocalizedText> FieldReader::localizedList(QLatin1StringView key)
{
    const QCborArray items = array(key);
    QList<LocalizedText> result;
    result.reserve(items.size());
    for (const QCborValue &item : items) {
        std::optional<LocalizedText> text = LocalizedText::fromCbor(item);
        if (!text) {
            wrongType(key);
            return {};
        }
        if (text->text.size() > LocalizedText::MaxLength || !text->isValid()) {
            fail(invalidField(QT_TRANSLATE_NOOP("Domain", "The field “%1” holds an invalid text."), key));
            return {};
        }
        result.append(*text);
    }
    return result;
}

QCborMap FieldReader::itemMap(const QCborValue &value, QLatin1StringView key)
{
    if (m_failed)
        return {};
    if (!value.isMap()) {
        wrongType(key);
        return {};
    }
    return value.toMap();
}

} // namespace cc::domain::detail
