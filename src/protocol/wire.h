// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace cc::protocol {

/** Sizes fixed by the protocol (docs/sync-protocol.md). */
constexpr int IdSize = 16;
constexpr int PublicKeySize = 32;
constexpr int SignatureSize = 64;
constexpr int TagSize = 16;
constexpr int ChallengeSize = 32;
constexpr int LocatorSize = 32;
constexpr int MaxLabelSize = 256;
/** Records in one push or one pulled page. */
constexpr int MaxRecordsPerRequest = 1000;
constexpr int DefaultPullLimit = 500;
/** A sealed record on the wire. */
constexpr int MaxRecordSize = 1024 * 1024;
/** Default request body limit of the server. */
constexpr qint64 DefaultMaxBodySize = 8 * 1024 * 1024;

/** Base64url without padding, the encoding of every binary value in JSON and in URLs. */
QString toBase64Url(QByteArrayView bytes);
/** Strict decoding: rejects padding, other alphabets and stray characters (nullopt). */
std::optional<QByteArray> fromBase64Url(QStringView text);

/**
 * Reads a JSON request or answer strictly: every accessor records the first problem
 * (missing key, wrong type, bad base64, wrong size) and returns an empty value, so a
 * handler reads all fields and then checks ok() once. Unknown keys are ignored.
 */
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object) : m_object(std::move(object)) { }
    /** Parses @p body as one JSON object; a parse error or non-object makes !ok(). */
    static JsonReader parse(QByteArrayView body);

    /** Binary value of exactly @p size bytes (any size ≥ 1 if @p size is 0, at most @p maxSize). */
    QByteArray bytes(const QString &key, int size = 0, int maxSize = MaxRecordSize);
    /** As bytes(), but null or missing gives an empty array without an error. */
    QByteArray optionalBytes(const QString &key, int size = 0, int maxSize = MaxRecordSize);
    QString string(const QString &key, int maxLength = 1024);
    /** An integer in [min, max]; doubles with a fraction are refused. */
    qint64 integer(const QString &key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QJsonArray array(const QString &key, int maxSize = MaxRecordsPerRequest);
    QJsonObject object(const QString &key);
    bool has(const QString &key) const { return m_object.contains(key); }

    bool ok() const { return m_problem.isEmpty(); }
    /** English, for logs and the server's error message: "key 'x': wrong type". */
    QString problem() const { return m_problem; }
    void fail(const QString &problem);

private:
    QJsonObject m_object;
    QString m_problem;
};

/** Error codes of the protocol (docs/sync-protocol.md, "error"). */
namespace errors {
inline constexpr QLatin1StringView BadRequest {"bad_request"};
inline constexpr QLatin1StringView BadSignature {"bad_signature"};
inline constexpr QLatin1StringView WrongSpace {"wrong_space"};
inline constexpr QLatin1StringView Unauthorized {"unauthorized"};
inline constexpr QLatin1StringView Forbidden {"forbidden"};
inline constexpr QLatin1StringView NotFound {"not_found"};
inline constexpr QLatin1StringView Conflict {"conflict"};
inline constexpr QLatin1StringView StaleKey {"stale_key"};
inline constexpr QLatin1StringView Gone {"gone"};
inline constexpr QLatin1StringView TooLarge {"too_large"};
inline constexpr QLatin1StringView RateLimited {"rate_limited"};
inline constexpr QLatin1StringView ServerError {"server_error"};
inline constexpr QLatin1StringView Unavailable {"unavailable"};
} // namespace errors

/** The body of an error answer. */
QByteArray errorBody(QLatin1StringView code, const QString &message);

/**
 * A translated sentence for a server answer: what the user reads when a request fails
 * with @p httpStatus and the body's error @p code (unknown codes fall back on the status).
 * ErrorCode: Unavailable for network/5xx/429, WrongKey for 401, InvalidInput for 4xx.
 */
Error errorFromAnswer(int httpStatus, QStringView code);
/** The sentence for a network failure (no answer at all). */
Error networkError();

/** One record as pulled or conflicting: sealed bytes, author signature, server sequence. */
struct WireRecord {
    QByteArray sealed;
    QByteArray signature;
    qint64 seq = 0;
    QJsonObject toJson() const;
    static std::optional<WireRecord> fromJson(JsonReader &reader);
};

/** One answer of GET /v1/spaces/{id}/records: its records, whether the space is read to its
 *  end, and the cursor for the next page (past every record of this one). */
struct PullPage {
    QList<WireRecord> records;
    bool done = true;
    qint64 next = 0;

    /** Reads an answer asked for after @p since; nullopt if any part of it is malformed. */
    static std::optional<PullPage> fromJson(const QJsonObject &json, qint64 since);
    /**
     * The same from the answer's bytes. The compact form toJsonBytes writes is read in one
     * pass, without a JSON document (a 1,000-record page is about 1 MB); any other valid
     * JSON is read through fromJson, to the same page.
     */
    static std::optional<PullPage> fromJsonBytes(QByteArrayView body, qint64 since);
    /**
     * The answer as compact JSON, written straight into bytes (the server's pull answer of
     * up to 1,000 records: no JSON object per record, no UTF-16 copy of each base64 text).
     */
    QByteArray toJsonBytes() const;
};

/** The body of POST /v1/spaces/{id}/records as the app sends it (sync::PushBatch): its
 *  records, each with the tag it was edited from, signed once over their tree. */
struct PushBody {
    struct Item {
        QByteArray sealed;
        QByteArray base; ///< empty for a new record ("base": null)
    };
    QList<Item> items;
    QByteArray signature;

    /**
     * Reads, in one pass and without a JSON document, exactly the compact JSON the app
     * sends: {"records":[{"base":null or "…","record":"…"},…],"sig":"…"} with no spaces and
     * the keys in this (QJsonDocument's sorted) order. Only bodies the general reading
     * accepts as they are: 1..MaxRecordsPerRequest records of 1..MaxRecordSize bytes, bases
     * of TagSize, a signature of recordproof::SignatureSize. Anything else gives nullopt,
     * and the caller reads the body as any JSON, to the same items or to its refusal.
     */
    static std::optional<PushBody> fromCompactJson(QByteArrayView body);
};

} // namespace cc::protocol
