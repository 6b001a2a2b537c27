// SPDX-License-Identifier: GPL-3.0-or-later
// JSON bodies as the relay reads requests and the client reads answers (src/protocol/wire.cpp):
// JsonReader::parse, every typed accessor on every key, base64url, and WireRecord (a record
// in a push, a pulled page or a conflict). Oracles: strict base64url decodes only canonical
// text (encoding it again gives the same text); a WireRecord survives toJson → fromJson; a
// pull page read from bytes (PullPage::fromJsonBytes, whose one-pass reader takes the compact
// form) is the page fromJson reads from the same JSON, or refused by both; a push body the
// relay reads in one pass (PushBody::fromCompactJson) is what its JSON holds.
#include "fuzzsupport.h"
#include "protocol/recordproof.h"
#include "protocol/wire.h"

#include <QJsonDocument>

using namespace cc;
using namespace cc::protocol;

namespace {

void base64RoundTrip(const QString &text)
{
    if (const auto decoded = fromBase64Url(text))
        fuzz::check(toBase64Url(*decoded) == text, "base64url decodes only canonical text");
}

void wireRecordRoundTrip(const QJsonObject &object)
{
    JsonReader reader(object);
    const auto record = WireRecord::fromJson(reader);
    fuzz::check(record.has_value() == reader.ok(), "fromJson() fails exactly when the reader does");
    if (!record)
        return;
    fuzz::check(!record->sealed.isEmpty() && record->sealed.size() <= MaxRecordSize && !record->signature.isEmpty()
            && record->signature.size() <= recordproof::MaxProofSize && record->seq >= 1,
        "a WireRecord holds what the protocol allows");
    const QByteArray json = QJsonDocument(record->toJson()).toJson(QJsonDocument::Compact);
    JsonReader again = JsonReader::parse(json);
    const auto copy = WireRecord::fromJson(again);
    fuzz::check(
        copy && copy->sealed == record->sealed && copy->signature == record->signature && copy->seq == record->seq,
        "a WireRecord survives toJson() and fromJson()");
}

/** Every accessor on every key, as the request handlers use them, on fresh readers. */
void everyAccessor(const QJsonObject &object)
{
    for (const QString &key : object.keys()) {
        JsonReader r(object);
        const QByteArray exact = r.bytes(key, IdSize);
        fuzz::check(!r.ok() || exact.size() == IdSize, "bytes(key, size) has that size");
        JsonReader s(object);
        const QByteArray any = s.optionalBytes(key, 0, 64);
        fuzz::check(!s.ok() || any.size() <= 64, "bytes(key, 0, max) is at most max");
        JsonReader t(object);
        const QString text = t.string(key, 16);
        fuzz::check(!t.ok() || text.size() <= 16, "string(key, max) is at most max");
        JsonReader u(object);
        const qint64 n = u.integer(key, -5, 1000);
        fuzz::check(n >= -5 && n <= 1000, "integer() stays in range, failed or not");
        JsonReader v(object);
        Q_UNUSED(v.optionalInteger(key, 0, qint64(1) << 52));
        Q_UNUSED(v.boolean(key));
        const QJsonArray items = v.array(key, 3);
        fuzz::check(items.size() <= 3, "array(key, max) has at most max items");
        Q_UNUSED(v.object(key));
        if (object.value(key).isString())
            base64RoundTrip(object.value(key).toString());
        if (object.value(key).isArray()) {
            for (const QJsonValue &item : object.value(key).toArray()) {
                if (item.isObject())
                    wireRecordRoundTrip(item.toObject());
            }
        }
    }
}

bool samePage(const std::optional<PullPage> &a, const std::optional<PullPage> &b)
{
    if (!a || !b)
        return !a && !b;
    if (a->done != b->done || a->next != b->next || a->records.size() != b->records.size())
        return false;
    for (qsizetype i = 0; i < a->records.size(); ++i) {
        const WireRecord &x = a->records.at(i), &y = b->records.at(i);
        if (x.sealed != y.sealed || x.signature != y.signature || x.seq != y.seq)
            return false;
    }
    return true;
}

void pullPageFromBytes(const QByteArray &input)
{
    constexpr qint64 Since = 5;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    const std::optional<PullPage> viaDocument = error.error == QJsonParseError::NoError && document.isObject()
        ? PullPage::fromJson(document.object(), Since)
        : std::nullopt;
    const std::optional<PullPage> fromBytes = PullPage::fromJsonBytes(input, Since);
    fuzz::check(samePage(fromBytes, viaDocument), "a page read from bytes is the page its JSON reads to");
    if (fromBytes)
        fuzz::check(samePage(PullPage::fromJsonBytes(fromBytes->toJsonBytes(), Since), fromBytes),
            "a page survives toJsonBytes() and fromJsonBytes()");
}

/** Whatever the relay's one-pass reader takes from a push body, its JSON holds as read. */
void pushBodyFromBytes(const QByteArray &input)
{
    const std::optional<PushBody> body = PushBody::fromCompactJson(input);
    if (!body)
        return;
    JsonReader reader = JsonReader::parse(input);
    const QJsonArray records = reader.array(QStringLiteral("records"));
    const QByteArray signature = reader.bytes(QStringLiteral("sig"), recordproof::SignatureSize);
    bool same = reader.ok() && signature == body->signature && records.size() == body->items.size();
    for (qsizetype i = 0; same && i < records.size(); ++i) {
        JsonReader item(records.at(i).toObject());
        same = item.bytes(QStringLiteral("record")) == body->items.at(i).sealed
            && item.optionalBytes(QStringLiteral("base"), TagSize) == body->items.at(i).base && item.ok()
            && !item.has(QStringLiteral("sig"));
    }
    fuzz::check(same, "a push body read in one pass is the body its JSON reads to");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    base64RoundTrip(QString::fromUtf8(input));
    pullPageFromBytes(input);
    pushBodyFromBytes(input);
    JsonReader reader = JsonReader::parse(input);
    if (!reader.ok())
        return 0;
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    wireRecordRoundTrip(object);
    everyAccessor(object);
    return 0;
}
