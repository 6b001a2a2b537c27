// SPDX-License-Identifier: GPL-3.0-or-later
#include "fastdecode.h"

#include "codes.h"
#include "envelope.h"
#include "fieldreader.h"
#include "recordid.h"

#include <QDate>
#include <QDateTime>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace cc::domain::fastdecode {

namespace {

enum Major : uint8_t { Unsigned = 0, Negative, Bytes, Text, Array, Map, Tag, Simple };

/** A bounds-checked reader of definite-length CBOR items; every failure is final. */
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_at(reinterpret_cast<const uint8_t *>(bytes.data())), m_end(m_at + bytes.size())
    { }

    bool atEnd() const { return m_at == m_end; }

    /** The next head if it is of @p major with a definite argument. */
    bool head(uint8_t major, uint64_t &argument)
    {
        if (m_at == m_end || (*m_at >> 5) != major)
            return false;
        const uint8_t info = *m_at++ & 31;
        if (info < 24) {
            argument = info;
            return true;
        }
        if (info > 27)
            return false;
        const int width = 1 << (info - 24);
        if (m_end - m_at < width)
            return false;
        argument = 0;
        for (int i = 0; i < width; ++i)
            argument = (argument << 8) | *m_at++;
        return true;
    }

    /** A string of @p major: its bytes, within the input. */
    bool string(uint8_t major, QByteArrayView &out)
    {
        uint64_t length = 0;
        if (!head(major, length) || length > uint64_t(m_end - m_at))
            return false;
        out = QByteArrayView(reinterpret_cast<const char *>(m_at), qsizetype(length));
        m_at += length;
        return true;
    }

    /** A text string of ASCII only (so UTF-8 needs no check and Latin-1 reads it). */
    bool ascii(QByteArrayView &out)
    {
        if (!string(Text, out))
            return false;
        for (char c : out) {
            if (uchar(c) >= 0x80)
                return false;
        }
        return true;
    }

    bool key(QByteArrayView &out) { return ascii(out); }

    bool expectKey(const char *expected)
    {
        QByteArrayView key;
        return ascii(key) && key == QByteArrayView(expected);
    }

    bool mapHeader(uint64_t &pairs) { return head(Map, pairs) && pairs <= uint64_t(m_end - m_at) / 2; }

    bool boolean(bool &out)
    {
        if (m_at == m_end || (*m_at != 0xf4 && *m_at != 0xf5))
            return false;
        out = *m_at++ == 0xf5;
        return true;
    }

    /** A non-negative integer up to @p max. */
    bool natural(uint64_t max, uint64_t &out) { return head(Unsigned, out) && out <= max; }

    /** An unsigned integer or a finite float, as FieldReader::number() reads it. */
    bool number(double &out)
    {
        if (m_at == m_end)
            return false;
        if ((*m_at >> 5) == Unsigned) {
            uint64_t n = 0;
            if (!head(Unsigned, n) || n > uint64_t(std::numeric_limits<qint64>::max()))
                return false;
            out = double(qint64(n));
            return true;
        }
        const uint8_t first = *m_at;
        const int width = first == 0xf9 ? 2 : first == 0xfa ? 4 : first == 0xfb ? 8 : 0;
        if (width == 0 || m_end - m_at < 1 + width)
            return false;
        ++m_at;
        uint64_t bits = 0;
        for (int i = 0; i < width; ++i)
            bits = (bits << 8) | *m_at++;
        if (width == 2) {
            // RFC 8949, appendix D; exponent 31 (infinity, NaN) is refused below.
            const int exponent = int(bits >> 10) & 0x1f;
            const int mantissa = int(bits) & 0x3ff;
            out = exponent == 0x1f ? std::numeric_limits<double>::infinity()
                : exponent == 0    ? std::ldexp(mantissa, -24)
                                   : std::ldexp(mantissa + 1024, exponent - 25);
            if (bits & 0x8000)
                out = -out;
        } else if (width == 4) {
            const auto single = quint32(bits);
            float value = 0;
            std::memcpy(&value, &single, sizeof single);
            out = double(value);
        } else {
            std::memcpy(&out, &bits, sizeof out);
        }
        return std::isfinite(out);
    }

private:
    const uint8_t *m_at;
    const uint8_t *m_end;
};

/** One key of a record's fields, at most once each. */
class Seen
{
public:
    bool first(int bit)
    {
        if (m_bits & (1u << bit))
            return false;
        m_bits |= 1u << bit;
        return true;
    }
    bool has(int bit) const { return m_bits & (1u << bit); }

private:
    uint32_t m_bits = 0;
};

bool readId(Reader &in, QByteArray &out)
{
    QByteArrayView id;
    if (!in.string(Bytes, id) || !isValidRecordId(id))
        return false;
    out = id.toByteArray();
    return true;
}

/** A note {"t", "l"} as LocalizedText::toCbor writes it; FieldReader::localized()'s checks. */
bool readNote(Reader &in, LocalizedText &note)
{
    uint64_t pairs = 0;
    QByteArrayView text;
    QByteArrayView lang;
    if (!in.mapHeader(pairs) || pairs != 2 || !in.expectKey("t") || !in.ascii(text) || !in.expectKey("l")
        || !in.ascii(lang))
        return false;
    note = {QString::fromLatin1(text), QString::fromLatin1(lang)};
    return note.text.size() <= LocalizedText::MaxLength && note.isValid();
}

/** A short text of FieldReader::shortText(), ASCII only. */
bool readShortText(Reader &in, QString &out)
{
    QByteArrayView text;
    if (!in.ascii(text) || text.size() > detail::FieldReader::MaxShortText)
        return false;
    out = QString::fromLatin1(text);
    return true;
}

bool readProgressField(Reader &in, QByteArrayView key, Seen &seen, ProgressEntry &entry)
{
    if (key == "g")
        return seen.first(0) && readId(in, entry.goalId);
    if (key == "by")
        return seen.first(1) && readId(in, entry.authorId);
    if (key == "dt") {
        QByteArrayView text;
        if (!seen.first(2) || !in.ascii(text) || text.size() != 10)
            return false;
        entry.date = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
        return entry.date.isValid();
    }
    if (key == "r") {
        uint64_t rating = 0;
        if (!seen.first(3) || !in.natural(std::numeric_limits<int>::max(), rating))
            return false;
        entry.rating = int(rating);
        return true;
    }
    if (key == "v") {
        double value = 0;
        if (!seen.first(4) || !in.number(value))
            return false;
        entry.value = value;
        return true;
    }
    if (key == "u")
        return seen.first(5) && readShortText(in, entry.unit);
    if (key == "nt")
        return seen.first(6) && readNote(in, entry.note);
    return false; // an actor, or a field this path does not read
}

bool readAnswer(Reader &in, CheckIn::DomainAnswer &answer)
{
    uint64_t pairs = 0;
    if (!in.mapHeader(pairs))
        return false;
    Seen seen;
    bool rated = false;
    for (uint64_t i = 0; i < pairs; ++i) {
        QByteArrayView key;
        if (!in.key(key))
            return false;
        uint64_t n = 0;
        if (key == "r") {
            if (!seen.first(0) || !in.natural(std::numeric_limits<int>::max(), n))
                return false;
            answer.rating = int(n);
            rated = true;
        } else if (key == "w") {
            if (!seen.first(1) || !in.natural(std::numeric_limits<int>::max(), n))
                return false;
            answer.wish = int(n);
        } else if (key == "q") {
            if (!seen.first(2) || !in.boolean(answer.wantToDiscuss))
                return false;
        } else if (key == "nt") {
            if (!seen.first(3) || !readNote(in, answer.note))
                return false;
        } else {
            return false; // a field this path does not read
        }
    }
    return rated;
}

bool readAnswers(Reader &in, CheckIn &checkIn)
{
    uint64_t domains = 0;
    if (!in.mapHeader(domains))
        return false;
    for (uint64_t i = 0; i < domains; ++i) {
        QByteArrayView key;
        if (!in.key(key))
            return false;
        const QString domain = QString::fromLatin1(key);
        if (checkIn.answers.contains(domain))
            return false;
        CheckIn::DomainAnswer answer;
        if (!readAnswer(in, answer))
            return false;
        const QStringList &known =
            codes::isValidCheckInDomain(domain) ? codes::checkInDomains() : codes::caregiverDomains();
        checkIn.answers.insert(codes::shared(domain, known), answer);
    }
    return true;
}

bool readInstrument(Reader &in, CheckIn::InstrumentResult &result)
{
    uint64_t pairs = 0;
    if (!in.mapHeader(pairs))
        return false;
    Seen seen;
    for (uint64_t i = 0; i < pairs; ++i) {
        QByteArrayView key;
        if (!in.key(key))
            return false;
        uint64_t raw = 0;
        bool read = false;
        if (key == "id")
            read = seen.first(0) && readShortText(in, result.instrument);
        else if (key == "v")
            read = seen.first(1) && readShortText(in, result.version);
        else if (key == "l")
            read = seen.first(2) && readShortText(in, result.language);
        else if (key == "raw")
            read = seen.first(3) && in.natural(std::numeric_limits<int>::max(), raw);
        else if (key == "der")
            read = seen.first(4) && in.number(result.derivedScore);
        if (!read)
            return false;
        if (key == "raw")
            result.rawScore = int(raw);
    }
    // Both scores are required; the rest is validate()'s.
    result.instrument = codes::shared(result.instrument, codes::instruments());
    return seen.has(3) && seen.has(4);
}

bool readInstruments(Reader &in, QList<CheckIn::InstrumentResult> &results)
{
    uint64_t count = 0;
    if (!in.head(Array, count) || count > uint64_t(codes::instruments().size()))
        return false;
    for (uint64_t i = 0; i < count; ++i) {
        CheckIn::InstrumentResult result;
        if (!readInstrument(in, result))
            return false;
        results.append(result);
    }
    return true;
}

bool readCheckInField(Reader &in, QByteArrayView key, Seen &seen, CheckIn &checkIn)
{
    if (key == "by")
        return seen.first(0) && readId(in, checkIn.completedById);
    if (key == "px")
        return seen.first(1) && in.boolean(checkIn.byProxy);
    if (key == "tm") {
        uint64_t ms = 0;
        if (!seen.first(2) || !in.natural(uint64_t(detail::MaxEpochMs), ms))
            return false;
        checkIn.time = QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
        return true;
    }
    if (key == "d")
        return seen.first(3) && readAnswers(in, checkIn);
    if (key == "i")
        return seen.first(4) && readInstruments(in, checkIn.instruments);
    return false; // an actor, or a field this path does not read
}

template<typename Record, typename ReadField>
std::optional<Record> readFields(Reader &in, ReadField readField)
{
    uint64_t pairs = 0;
    if (!in.mapHeader(pairs))
        return std::nullopt;
    Record record;
    Seen seen;
    for (uint64_t i = 0; i < pairs; ++i) {
        QByteArrayView key;
        if (!in.key(key) || !readField(in, key, seen, record))
            return std::nullopt;
    }
    if (!in.atEnd() || !record.validate())
        return std::nullopt;
    return record;
}

} // namespace

std::optional<Decoded> decode(QByteArrayView bytes, const QByteArray &id)
{
    if (bytes.size() > RecordEnvelope::MaxEncodedSize)
        return std::nullopt;
    Reader in(bytes);
    uint64_t pairs = 0;
    uint64_t version = 0;
    QByteArrayView kind;
    QByteArrayView created;
    if (!in.head(Map, pairs) || pairs != 4 || !in.expectKey("v") || !in.natural(64, version)
        || version != RecordEnvelope::FormatVersion || !in.expectKey("k") || !in.ascii(kind) || !in.expectKey("c")
        || !in.string(Bytes, created) || !in.expectKey("f"))
        return std::nullopt;
    Result<Hlc> stamp = Hlc::fromBytes(created);
    if (!stamp || !stamp->isValid())
        return std::nullopt;
    // The fields are the envelope's last item: readFields() checks that nothing follows them.
    const auto decoded = [&](auto record) -> std::optional<Decoded> {
        if (!record)
            return std::nullopt;
        record->id = id;
        return Decoded {std::move(*record), std::move(*stamp)};
    };
    if (kind == QByteArrayView(ProgressEntry::Kind))
        return decoded(readFields<ProgressEntry>(in, readProgressField));
    if (kind == QByteArrayView(CheckIn::Kind))
        return decoded(readFields<CheckIn>(in, readCheckInField));
    return std::nullopt;
}

} // namespace cc::domain::fastdecode
