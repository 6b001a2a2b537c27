// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire.h"

#include "recordproof.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <cmath>

namespace cc::protocol {

QString toBase64Url(QByteArrayView bytes)
{
    return QString::fromLatin1(
        bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {

/** The value of a character of the base64url alphabet, -1 for any other. */
constexpr std::array<qint8, 128> Sextets = [] {
    std::array<qint8, 128> table {};
    table.fill(-1);
    for (int i = 0; i < 26; ++i) {
        table[size_t('A' + i)] = qint8(i);
        table[size_t('a' + i)] = qint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        table[size_t('0' + i)] = qint8(52 + i);
    table[size_t('-')] = 62;
    table[size_t('_')] = 63;
    return table;
}();

} // namespace

namespace {

quint32 codeOf(QChar c)
{
    return c.unicode();
}

quint32 codeOf(char c)
{
    return quint8(c);
}

/**
 * Strict: only the url-safe alphabet, no padding, a length that base64 can produce, and
 * the canonical form (no stray bits in the last character). One pass without a second
 * encoding to compare with: a pull decodes every record's bytes and proof this way.
 */
template<typename Text>
std::optional<QByteArray> decodeBase64Url(Text text)
{
    const qsizetype length = text.size();
    if (length % 4 == 1)
        return std::nullopt;
    QByteArray out(length / 4 * 3 + (length % 4 == 0 ? 0 : length % 4 - 1), Qt::Uninitialized);
    char *next = out.data();
    quint32 pending = 0;
    int bits = 0;
    for (const auto c : text) {
        const quint32 u = codeOf(c);
        const int value = u < Sextets.size() ? Sextets[u] : -1;
        if (value < 0)
            return std::nullopt;
        pending = ((pending << 6) | quint32(value)) & 0xffffu;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *next++ = char((pending >> bits) & 0xffu);
        }
    }
    if (bits > 0 && (pending & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<QByteArray> fromBase64Url(QStringView text)
{
    return decodeBase64Url(text);
}

JsonReader JsonReader::parse(QByteArrayView body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        JsonReader reader {QJsonObject()};
        reader.fail(QStringLiteral("body is not valid JSON"));
        return reader;
    }
    if (!document.isObject()) {
        JsonReader reader {QJsonObject()};
        reader.fail(QStringLiteral("body is not a JSON object"));
        return reader;
    }
    return JsonReader(document.object());
}

void JsonReader::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

QByteArray JsonReader::bytes(const QString &key, int size, int maxSize)
{
    if (!m_object.contains(key)) {
        fail(QStringLiteral("key '%1' is missing").arg(key));
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(QStringLiteral("key '%1' must be a base64url string").arg(key));
        return {};
    }
    const QString text = value.toString();
    // Bound the work before decoding: base64 is 4/3 of the bytes.
    if (text.size() > (qint64(maxSize) * 4) / 3 + 4) {
        fail(QStringLiteral("key '%1' is too long").arg(key));
        return {};
    }
    auto decoded = fromBase64Url(text);
    if (!decoded) {
        fail(QStringLiteral("key '%1' is not base64url").arg(key));
        return {};
    }
    if ((size > 0 && decoded->size() != size) || (size == 0 && (decoded->isEmpty() || decoded->size() > maxSize))) {
        fail(QStringLiteral("key '%1' has the wrong size").arg(key));
        return {};
    }
    return *decoded;
}

QByteArray JsonReader::optionalBytes(const QString &key, int size, int maxSize)
{
    if (!m_object.contains(key) || m_object.value(key).isNull())
        return {};
    return bytes(key, size, maxSize);
}

QString JsonReader::string(const QString &key, int maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(QStringLiteral("key '%1' must be a string").arg(key));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(QStringLiteral("key '%1' is too long").arg(key));
        return {};
    }
    return text;
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble()) {
        fail(QStringLiteral("key '%1' must be an integer").arg(key));
        return min;
    }
    const double number = value.toDouble();
    // JSON numbers are doubles: integers are exact up to 2^53.
    if (std::trunc(number) != number || number < double(min) || number > double(max) || std::abs(number) > 9.0e15) {
        fail(QStringLiteral("key '%1' is out of range").arg(key));
        return min;
    }
    return qint64(number);
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (!m_object.contains(key) || m_object.value(key).isNull())
        return std::nullopt;
    return integer(key, min, max);
}

bool JsonReader::boolean(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(QStringLiteral("key '%1' must be true or false").arg(key));
        return false;
    }
    return value.toBool();
}

QJsonArray JsonReader::array(const QString &key, int maxSize)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(QStringLiteral("key '%1' must be an array").arg(key));
        return {};
    }
    QJsonArray items = value.toArray();
    if (items.size() > maxSize) {
        fail(QStringLiteral("key '%1' has too many items").arg(key));
        return {};
    }
    return items;
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(QStringLiteral("key '%1' must be an object").arg(key));
        return {};
    }
    return value.toObject();
}

QByteArray errorBody(QLatin1StringView code, const QString &message)
{
    QJsonObject body;
    body.insert(QStringLiteral("error"), QString(code));
    body.insert(QStringLiteral("message"), message);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Error errorFromAnswer(int httpStatus, QStringView code)
{
    using namespace errors;
    if (code == RateLimited || httpStatus == 429)
        return makeError(ErrorCode::Unavailable,
            trNoop("Sync", "The server is busy with too many requests. CareCircle will try again shortly."));
    if (code == Unauthorized || httpStatus == 401)
        return makeError(ErrorCode::WrongKey,
            trNoop("Sync", "The server did not accept this device. It may have been removed from your account."));
    if (code == Forbidden || httpStatus == 403)
        return makeError(
            ErrorCode::InvalidInput, trNoop("Sync", "The server does not allow this device or account to do that."));
    if (code == BadSignature)
        return makeError(ErrorCode::InvalidInput,
            trNoop("Sync", "A signature did not check out. Nothing was changed; try again, or link the device anew."));
    if (code == WrongSpace)
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "A record was sent to the wrong place and refused."));
    if (code == Gone || httpStatus == 410)
        return makeError(ErrorCode::NotFound, trNoop("Sync", "The code has expired. Ask for a new one."));
    if (code == NotFound || httpStatus == 404)
        return makeError(ErrorCode::NotFound,
            trNoop("Sync", "The server does not know this account, code or address. Check what you typed."));
    if (code == StaleKey)
        return makeError(ErrorCode::AlreadyExists,
            trNoop("Sync", "The space's key has been replaced. CareCircle will fetch the new key and try again."));
    if (code == Conflict || httpStatus == 409)
        return makeError(
            ErrorCode::AlreadyExists, trNoop("Sync", "Someone else changed this at the same time. Try again."));
    if (code == TooLarge || httpStatus == 413)
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The server refused a change that is too large."));
    if (httpStatus >= 500 || code == ServerError || code == Unavailable)
        return makeError(ErrorCode::Unavailable,
            trNoop("Sync",
                "The server has a problem right now. Your changes are safe on this device and will be "
                "sent later."));
    return makeError(ErrorCode::InvalidInput,
        trNoop("Sync", "The server did not understand a request. Update CareCircle or ask its operator."));
}

Error networkError()
{
    return makeError(ErrorCode::Unavailable,
        trNoop("Sync",
            "The server cannot be reached. Your changes are safe on this device and will be sent when "
            "you are online."));
}

QJsonObject WireRecord::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("record"), toBase64Url(sealed));
    object.insert(QStringLiteral("sig"), toBase64Url(signature));
    object.insert(QStringLiteral("seq"), double(seq));
    return object;
}

std::optional<WireRecord> WireRecord::fromJson(JsonReader &reader)
{
    WireRecord record;
    record.sealed = reader.bytes(QStringLiteral("record"), 0, MaxRecordSize);
    // A record proof: a plain signature or a tree proof (recordproof.h).
    record.signature = reader.bytes(QStringLiteral("sig"), 0, recordproof::MaxProofSize);
    record.seq = reader.integer(QStringLiteral("seq"), 1, qint64(1) << 52);
    if (!reader.ok())
        return std::nullopt;
    return record;
}

std::optional<PullPage> PullPage::fromJson(const QJsonObject &json, qint64 since)
{
    PullPage page;
    for (const QJsonValue &v : json.value(QStringLiteral("records")).toArray()) {
        JsonReader item(v.toObject());
        auto wire = WireRecord::fromJson(item);
        if (!wire)
            return std::nullopt;
        page.records.append(std::move(*wire));
    }
    JsonReader reader(json);
    page.done = reader.boolean(QStringLiteral("done"));
    page.next = reader.optionalInteger(QStringLiteral("next"), 0, qint64(1) << 52).value_or(since);
    if (!reader.ok())
        return std::nullopt;
    for (const WireRecord &r : std::as_const(page.records))
        page.next = std::max(page.next, r.seq);
    return page;
}

namespace {

/**
 * The pieces of one exact compact JSON spelling, read left to right: a reader built on it
 * gives up on any other spelling (spaces, another key order, escapes), and its caller then
 * reads the text as any JSON. Whatever such a reader accepts is valid JSON that the
 * general reader reads to the same value, limits included.
 */
class CompactScanner
{
public:
    explicit CompactScanner(QByteArrayView text) : m_text(text) { }

    bool literal(QByteArrayView word)
    {
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    /** A base64url string up to its closing quote, decoded to 1..maxSize bytes (JsonReader::bytes). */
    std::optional<QByteArray> base64(int maxSize)
    {
        const qsizetype end = m_text.indexOf('"', m_pos);
        if (end < 0 || end - m_pos > (qint64(maxSize) * 4) / 3 + 4)
            return std::nullopt;
        auto decoded = decodeBase64Url(m_text.sliced(m_pos, end - m_pos));
        if (!decoded || decoded->isEmpty() || decoded->size() > maxSize)
            return std::nullopt;
        m_pos = end;
        return decoded;
    }

    /** A JSON integer in [min, 2^52] without sign, fraction, exponent or leading zero. */
    std::optional<qint64> integer(qint64 min)
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && end - m_pos <= 16 && m_text[end] >= '0' && m_text[end] <= '9')
            ++end;
        const qsizetype digits = end - m_pos;
        if (digits == 0 || digits > 16 || (digits > 1 && m_text[m_pos] == '0'))
            return std::nullopt;
        qint64 value = 0;
        for (qsizetype i = m_pos; i < end; ++i)
            value = value * 10 + (m_text[i] - '0');
        if (value < min || value > (qint64(1) << 52))
            return std::nullopt;
        m_pos = end;
        return value;
    }

    bool atEnd() const { return m_pos == m_text.size(); }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

/** Exactly the compact form PullPage::toJsonBytes writes. */
std::optional<PullPage> readCompactPage(QByteArrayView body)
{
    CompactScanner in(body);
    PullPage page;
    if (!in.literal("{\"records\":["))
        return std::nullopt;
    for (bool first = true; !in.literal("]"); first = false) {
        if ((!first && !in.literal(",")) || !in.literal("{\"record\":\""))
            return std::nullopt;
        auto sealed = in.base64(MaxRecordSize);
        if (!sealed || !in.literal("\",\"sig\":\""))
            return std::nullopt;
        auto sig = in.base64(recordproof::MaxProofSize);
        if (!sig || !in.literal("\",\"seq\":"))
            return std::nullopt;
        const auto seq = in.integer(1);
        if (!seq || !in.literal("}"))
            return std::nullopt;
        page.records.append({std::move(*sealed), std::move(*sig), *seq});
    }
    if (!in.literal(",\"next\":"))
        return std::nullopt;
    const auto next = in.integer(0);
    if (!next)
        return std::nullopt;
    if (in.literal(",\"done\":true}"))
        page.done = true;
    else if (in.literal(",\"done\":false}"))
        page.done = false;
    else
        return std::nullopt;
    if (!in.atEnd())
        return std::nullopt;
    page.next = *next; // as fromJson: a given "next" is taken, "since" only stands in for a missing one
    for (const WireRecord &r : std::as_const(page.records))
        page.next = std::max(page.next, r.seq);
    return page;
}

} // namespace

std::optional<PushBody> PushBody::fromCompactJson(QByteArrayView body)
{
    CompactScanner in(body);
    PushBody push;
    if (!in.literal("{\"records\":["))
        return std::nullopt;
    for (bool first = true; !in.literal("]"); first = false) {
        if (push.items.size() == MaxRecordsPerRequest || (!first && !in.literal(",")) || !in.literal("{\"base\":"))
            return std::nullopt;
        Item item;
        if (!in.literal("null")) {
            auto base = in.literal("\"") ? in.base64(TagSize) : std::nullopt;
            if (!base || base->size() != TagSize || !in.literal("\""))
                return std::nullopt;
            item.base = std::move(*base);
        }
        auto sealed = in.literal(",\"record\":\"") ? in.base64(MaxRecordSize) : std::nullopt;
        if (!sealed || !in.literal("\"}"))
            return std::nullopt;
        item.sealed = std::move(*sealed);
        push.items.append(std::move(item));
    }
    auto signature =
        !push.items.isEmpty() && in.literal(",\"sig\":\"") ? in.base64(recordproof::SignatureSize) : std::nullopt;
    if (!signature || signature->size() != recordproof::SignatureSize || !in.literal("\"}") || !in.atEnd())
        return std::nullopt;
    push.signature = std::move(*signature);
    return push;
}

std::optional<PullPage> PullPage::fromJsonBytes(QByteArrayView body, qint64 since)
{
    if (auto page = readCompactPage(body))
        return page;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object(), since);
}

QByteArray PullPage::toJsonBytes() const
{
    constexpr auto Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    qsizetype size = 64;
    for (const WireRecord &r : records)
        size += (r.sealed.size() + r.signature.size()) * 4 / 3 + 64;
    QByteArray out;
    out.reserve(size);
    out.append("{\"records\":[");
    for (qsizetype i = 0; i < records.size(); ++i) {
        const WireRecord &r = records.at(i);
        // Base64url has no character JSON would escape.
        out.append(i == 0 ? "{\"record\":\"" : ",{\"record\":\"");
        out.append(r.sealed.toBase64(Url));
        out.append("\",\"sig\":\"");
        out.append(r.signature.toBase64(Url));
        out.append("\",\"seq\":");
        out.append(QByteArray::number(r.seq));
        out.append('}');
    }
    out.append("],\"next\":");
    out.append(QByteArray::number(next));
    out.append(done ? ",\"done\":true}" : ",\"done\":false}");
    return out;
}

} // namespace cc::protocol
