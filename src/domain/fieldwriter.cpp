// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldwriter.h"

namespace cc::domain::detail {

void FieldWriter::text(QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        m_fields.insert(key, value);
}

void FieldWriter::localized(QLatin1StringView key, const LocalizedText &value)
{
    if (!value.isEmpty())
        m_fields.insert(key, value.toCbor());
}

void FieldWriter::localizedList(QLatin1StringView key, const QList<LocalizedText> &values)
{
    if (values.isEmpty())
        return;
    QCborArray items;
    for (const LocalizedText &value : values)
        items.append(value.toCbor());
    m_fields.insert(key, items);
}

void FieldWriter::integer(QLatin1StringView key, std::optional<int> value)
{
    if (value)
        m_fields.insert(key, qint64(*value));
}

void FieldWriter::number(QLatin1StringView key, std::optional<double> value)
{
    if (value)
        m_fields.insert(key, *value);
}

void FieldWriter::boolean(QLatin1StringView key, bool value)
{
    m_fields.insert(key, value);
}

void FieldWriter::date(QLatin1StringView key, const QDate &value)
{
    if (value.isValid())
        m_fields.insert(key, value.toString(Qt::ISODate));
}

void FieldWriter::utcTime(QLatin1StringView key, const QDateTime &value)
{
    if (value.isValid())
        m_fields.insert(key, value.toMSecsSinceEpoch());
}

void FieldWriter::bytes(QLatin1StringView key, const QByteArray &value)
{
    if (!value.isEmpty())
        m_fields.insert(key, value);
}

void FieldWriter::ids(QLatin1StringView key, const QList<QByteArray> &values)
{
    if (values.isEmpty())
        return;
    QCborArray items;
    for (const QByteArray &value : values)
        items.append(value);
    m_fields.insert(key, items);
}

void FieldWriter::array(QLatin1StringView key, const QCborArray &value)
{
    if (!value.isEmpty())
        m_fields.insert(key, value);
}

void FieldWriter::map(QLatin1StringView key, const QCborMap &value)
{
    if (!value.isEmpty())
        m_fields.insert(key, value);
}

} // namespace cc::domain::detail
