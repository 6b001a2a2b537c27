// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QDate>
#include <QDateTime>
#include <QLatin1StringView>
#include <QList>

#include <optional>

namespace cc::domain::detail {

/**
 * Builds a record's CBOR field map, for the records' toFields(). Empty optional values
 * (empty text, null date, empty list, nullopt) are left out, so that clearing a field
 * removes its key and RecordEnvelope::update() turns it into a tombstone; FieldReader
 * reads an absent key back as the same empty value.
 */
class FieldWriter
{
public:
    void text(QLatin1StringView key, const QString &value);
    void localized(QLatin1StringView key, const LocalizedText &value);
    void localizedList(QLatin1StringView key, const QList<LocalizedText> &values);
    void integer(QLatin1StringView key, std::optional<int> value);
    void number(QLatin1StringView key, std::optional<double> value);
    /** Always written, false included. */
    void boolean(QLatin1StringView key, bool value);
    void date(QLatin1StringView key, const QDate &value);
    void utcTime(QLatin1StringView key, const QDateTime &value);
    void bytes(QLatin1StringView key, const QByteArray &value);
    void ids(QLatin1StringView key, const QList<QByteArray> &values);
    void array(QLatin1StringView key, const QCborArray &value);
    void map(QLatin1StringView key, const QCborMap &value);

    const QCborMap &fields() const { return m_fields; }

private:
    QCborMap m_fields;
};

} // namespace cc::domain::detail
