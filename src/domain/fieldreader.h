// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
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

/** 9999-12-31T23:59:59.999Z: the last instant an ISO 8601 four-digit year can name. */
constexpr qint64 MaxEpochMs = 253402300799999LL;

/** The UTC times a record can hold: what utcTime() reads back (1970 … 9999). Validators use
 *  it so that a record that validates is a record that can be read again. */
bool isStorableUtcTime(const QDateTime &time);

/**
 * Reads typed values out of a record's CBOR field map, for the records' fromFields().
 *
 * Every getter returns an empty value when the key is absent or null (a tombstone), and
 * records the first error when the value has the wrong CBOR type or cannot be
 * represented (a too-long text, a malformed date, an id of the wrong size). The reader
 * checks shape only; the record's validate() checks meaning (codes, ranges, required
 * fields), so values built in code and values read from bytes pass the same rules.
 * Once an error is recorded, later getters keep returning empty values.
 */
class FieldReader
{
public:
    explicit FieldReader(const QCborMap &fields);

    /** Most items accepted in one list field (steps, agreements, done log, …). */
    static constexpr qsizetype MaxListItems = 1000;
    /** Longest accepted code, name, unit or other short text. */
    static constexpr qsizetype MaxShortText = 500;

    QString shortText(QLatin1StringView key);
    LocalizedText localized(QLatin1StringView key);
    std::optional<int> integer(QLatin1StringView key);
    /** An integer or a finite floating-point number. */
    std::optional<double> number(QLatin1StringView key);
    /** false when absent. */
    bool boolean(QLatin1StringView key);
    /** An ISO 8601 calendar date "yyyy-MM-dd" stored as text; null QDate when absent. */
    QDate date(QLatin1StringView key);
    /** Milliseconds since the epoch, UTC; an invalid QDateTime when absent. */
    QDateTime utcTime(QLatin1StringView key);
    /** A record id (exactly 16 bytes); empty when absent. */
    QByteArray id(QLatin1StringView key);
    QList<QByteArray> ids(QLatin1StringView key);
    QByteArray bytes(QLatin1StringView key, qsizetype maxSize);
    QCborArray array(QLatin1StringView key);
    QCborMap map(QLatin1StringView key);
    /** A list of LocalizedText. */
    QList<LocalizedText> localizedList(QLatin1StringView key);

    /** @p value as a map, for a list item; records a type error against @p key otherwise. */
    QCborMap itemMap(const QCborValue &value, QLatin1StringView key);

    /** Takes over the first error of a reader used for a nested map. */
    void adopt(const FieldReader &nested);
    void fail(Error error);

    bool ok() const { return !m_failed; }
    const Error &error() const { return m_error; }

private:
    /** The value at @p key, or undefined when absent, null or after an error. */
    QCborValue take(QLatin1StringView key);
    void wrongType(QLatin1StringView key);

    QCborMap m_fields;
    Error m_error;
    bool m_failed = false;
};

} // namespace cc::domain::detail
