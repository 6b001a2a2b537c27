// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordapi.h"

#include "apiutil.h"
#include "hinthub.h"
#include "metrics.h"
#include "protocol/recordproof.h"
#include "protocol/sealedrecord.h"
#include "protocol/sharing.h"
#include "signaturecheck.h"

#include <limits>

namespace cc::server {

namespace errors = protocol::errors;
namespace sharing = protocol::sharing;
using namespace apiutil;
using protocol::JsonReader;
using protocol::toBase64Url;

HttpResponse RecordApi::pull(Api::Context &c)
{
    const std::optional<QByteArray> space = idParam(c.params.at(0), protocol::IdSize);
    if (!space)
        return badRequest(QStringLiteral("The space id in the URL is not 16 bytes of base64url."));
    const std::optional<qint64> cursor =
        queryInteger(c.request.query, QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    if (!cursor)
        return badRequest(QStringLiteral("since must be a sequence number ≥ 0."));
    const std::optional<qint64> limit = queryInteger(
        c.request.query, QStringLiteral("limit"), protocol::DefaultPullLimit, 1, protocol::MaxRecordsPerRequest);
    if (!limit)
        return badRequest(QStringLiteral("limit must be between 1 and 1000."));
    const qint64 since = *cursor;
    if (auto refusal = m_api.denied(*space, c.session.account, Api::Need::Member))
        return *refusal;
    bool done = true;
    auto records = m_api.storage().pull(*space, since, int(*limit), &done);
    if (!records)
        return serverError();
    if (!records->isEmpty()
        && !m_api.storage().logAccess(
            *space, Storage::AccessEvent {c.session.account, c.session.device, now(), qint64(records->size())}))
        return serverError();
    protocol::PullPage page;
    page.done = done;
    page.next = since;
    page.records.reserve(records->size());
    for (const Storage::StoredRecord &rec : std::as_const(*records)) {
        page.records.append({rec.sealed, rec.signature, rec.seq});
        page.next = rec.seq;
    }
    m_api.metrics().addPulled(records->size());
    return HttpResponse {200, page.toJsonBytes(), "application/json", -1};
}

HttpResponse RecordApi::push(Api::Context &c)
{
    const std::optional<QByteArray> space = idParam(c.params.at(0), protocol::IdSize);
    if (!space)
        return badRequest(QStringLiteral("The space id in the URL is not 16 bytes of base64url."));
    QList<Storage::PushItem> items;
    QByteArray pushSignature;
    if (auto refusal = readPushItems(c, *space, &items, &pushSignature))
        return *refusal;
    Storage::Membership membership;
    if (auto refusal = m_api.denied(*space, c.session.account, Api::Need::Writer, &membership))
        return *refusal;
    std::optional<QByteArray> editorAccount;
    if (const auto role = sharing::roleFromCode(membership.role); role && !sharing::mayEditOthers(*role))
        editorAccount = c.session.account;
    if (!pushSignature.isEmpty()) {
        if (auto refusal = signedOnce(c.session.device, pushSignature, &items))
            return *refusal;
        return store(*space, items, editorAccount, {});
    }
    if (!m_api.config().verifyRecordSignatures)
        return store(*space, items, editorAccount, {});
    const std::optional<crypto::Ed25519Verifier> verifier = verifierFor(c.session.device);
    if (!verifier)
        return serverError();
    // The signatures are checked while the transaction runs; it commits only if all verify,
    // and a bad signature is the answer whatever else the push would have met.
    SignatureCheck signatures(*verifier, items);
    HttpResponse answer = store(*space, items, editorAccount, [&signatures] { return signatures.firstInvalid() < 0; });
    if (const qsizetype bad = signatures.firstInvalid(); bad >= 0)
        return fail(
            400, errors::BadSignature, QStringLiteral("The signature of records[%1] does not verify.").arg(bad));
    return answer;
}

HttpResponse RecordApi::store(const QByteArray &space, const QList<Storage::PushItem> &items,
    const std::optional<QByteArray> &editorAccount, const std::function<bool()> &confirm)
{
    auto outcome = m_api.storage().push(space, items, editorAccount, confirm);
    if (!outcome)
        return outcome.code() == ErrorCode::NotFound ? fail(404, errors::NotFound, QStringLiteral("No such space."))
                                                     : serverError();
    if (outcome->refused)
        return serverError(); // not sent: the caller answers the bad signature instead
    return pushAnswer(space, items, *outcome);
}

std::optional<crypto::Ed25519Verifier> RecordApi::verifierFor(const QByteArray &device)
{
    // A device's signing key never changes (its id is bound to it at registration), so the
    // parsed key is kept; revocation is the session check's business, not this cache's.
    if (const auto it = m_verifiers.constFind(device); it != m_verifiers.cend())
        return *it;
    auto dev = m_api.storage().device(device);
    if (!dev || !dev->has_value())
        return std::nullopt;
    std::optional<crypto::Ed25519Verifier> verifier = crypto::Ed25519Verifier::create((*dev)->signPub);
    if (!verifier)
        return std::nullopt;
    if (m_verifiers.size() >= MaxCachedVerifiers)
        m_verifiers.clear(); // a cache: starting over costs one look-up per device
    m_verifiers.insert(device, *verifier);
    return verifier;
}

std::optional<HttpResponse> RecordApi::signedOnce(
    const QByteArray &device, const QByteArray &signature, QList<Storage::PushItem> *items)
{
    QList<QByteArray> sealed;
    sealed.reserve(items->size());
    for (const Storage::PushItem &item : std::as_const(*items))
        sealed.append(item.sealed);
    const std::optional<protocol::recordproof::PushTree> tree = protocol::recordproof::PushTree::of(sealed);
    if (!tree)
        return badRequest(QStringLiteral("key 'records': not 1 to 1000 records"));
    if (m_api.config().verifyRecordSignatures) {
        const std::optional<crypto::Ed25519Verifier> verifier = verifierFor(device);
        if (!verifier)
            return serverError();
        if (!verifier->verify(tree->message(), signature))
            return fail(400, errors::BadSignature, QStringLiteral("The signature of the push does not verify."));
    }
    const QList<QByteArray> proofs = tree->proofs(signature);
    for (qsizetype i = 0; i < items->size(); ++i)
        (*items)[i].signature = proofs.at(i);
    return std::nullopt;
}

std::optional<HttpResponse> RecordApi::readPushItems(
    const Api::Context &c, const QByteArray &space, QList<Storage::PushItem> *items, QByteArray *pushSignature)
{
    if (std::optional<protocol::PushBody> body = protocol::PushBody::fromCompactJson(c.request.body)) {
        // The app's own spelling, read without a JSON document (docs/server.md).
        *pushSignature = std::move(body->signature);
        items->reserve(body->items.size());
        for (qsizetype i = 0; i < body->items.size(); ++i) {
            Storage::PushItem p;
            p.sealed = std::move(body->items[i].sealed);
            p.base = std::move(body->items[i].base);
            if (auto refusal = checkPushItem(c, space, i, &p))
                return refusal;
            items->append(std::move(p));
        }
        return std::nullopt;
    }
    JsonReader r = readBody(c.request);
    const QJsonArray records = r.array(QStringLiteral("records"), std::numeric_limits<int>::max());
    if (r.has(QStringLiteral("sig")))
        *pushSignature = r.bytes(QStringLiteral("sig"), protocol::recordproof::SignatureSize);
    if (!r.ok())
        return badRequest(r.problem());
    if (records.size() > protocol::MaxRecordsPerRequest)
        return fail(413, errors::TooLarge, QStringLiteral("At most 1000 records per push."));
    if (records.isEmpty())
        return badRequest(QStringLiteral("key 'records': empty"));
    items->reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        Storage::PushItem p;
        if (auto refusal = readPushItem(i, records.at(i), !pushSignature->isEmpty(), &p))
            return refusal;
        if (auto refusal = checkPushItem(c, space, i, &p))
            return refusal;
        items->append(std::move(p));
    }
    return std::nullopt;
}

std::optional<HttpResponse> RecordApi::readPushItem(
    qsizetype i, const QJsonValue &value, bool signedOnce, Storage::PushItem *p)
{
    if (!value.isObject())
        return badRequest(QStringLiteral("records[%1]: not an object").arg(i));
    JsonReader item(value.toObject());
    p->sealed = item.bytes(QStringLiteral("record"), 0, std::numeric_limits<int>::max());
    if (!signedOnce)
        p->signature = item.bytes(QStringLiteral("sig"), 0, protocol::recordproof::MaxProofSize);
    else if (item.has(QStringLiteral("sig")))
        item.fail(QStringLiteral("key 'sig': the push is signed once"));
    p->base = item.optionalBytes(QStringLiteral("base"), protocol::TagSize);
    if (!item.ok())
        return badRequest(QStringLiteral("records[%1]: %2").arg(i).arg(item.problem()));
    return std::nullopt;
}

std::optional<HttpResponse> RecordApi::checkPushItem(
    const Api::Context &c, const QByteArray &space, qsizetype i, Storage::PushItem *p)
{
    if (p->sealed.size() > protocol::MaxRecordSize)
        return fail(413, errors::TooLarge, QStringLiteral("records[%1] is over 1 MiB.").arg(i));
    auto header = protocol::sealedrecord::parseHeader(p->sealed);
    if (!header)
        return badRequest(QStringLiteral("records[%1]: not a sealed record").arg(i));
    if (header->spaceId != space)
        return fail(400, errors::WrongSpace, QStringLiteral("records[%1] belongs to another space.").arg(i));
    if (header->authorDevice != c.session.device)
        return fail(403, errors::Forbidden, QStringLiteral("records[%1] was written by another device.").arg(i));
    p->record = header->recordId;
    p->keyVersion = header->keyVersion;
    p->deleted = header->deleted;
    p->author = header->authorDevice;
    p->tag = protocol::sealedrecord::revisionTag(p->sealed);
    return std::nullopt;
}

HttpResponse RecordApi::pushAnswer(
    const QByteArray &space, const QList<Storage::PushItem> &items, const Storage::PushOutcome &outcome)
{
    if (outcome.forbidden) {
        return fail(403, errors::Forbidden,
            QStringLiteral("records[%1]: this role may only edit records its own devices wrote.")
                .arg(*outcome.forbidden));
    }
    if (outcome.staleKey) {
        return json(409,
            {{QStringLiteral("error"), QString(errors::StaleKey)},
                {QStringLiteral("message"),
                    QStringLiteral("A record is sealed with a replaced space key; seal it with the current one.")},
                {QStringLiteral("keyVersion"), double(*outcome.staleKey)}});
    }
    if (!outcome.conflicts.isEmpty())
        return conflictAnswer(outcome);
    m_api.metrics().addPushed(outcome.stored);
    if (outcome.stored > 0)
        m_api.hints().publishChanged(space, outcome.spaceSeq);
    // {"records":[{"id":"…","seq":n},…],"seq":n}, written straight into bytes (up to 1,000
    // items: no JSON object per item). Base64url needs no JSON escape.
    constexpr auto Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    QByteArray out;
    out.reserve(32 + items.size() * 56);
    out.append("{\"records\":[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        out.append(i == 0 ? "{\"id\":\"" : ",{\"id\":\"");
        out.append(items.at(i).record.toBase64(Url));
        out.append("\",\"seq\":");
        out.append(QByteArray::number(outcome.seqs.at(i)));
        out.append('}');
    }
    out.append("],\"seq\":");
    out.append(QByteArray::number(outcome.spaceSeq));
    out.append('}');
    return HttpResponse {200, out, "application/json", -1};
}

HttpResponse RecordApi::conflictAnswer(const Storage::PushOutcome &outcome)
{
    m_api.metrics().countConflict();
    QJsonArray conflicts;
    for (const Storage::Conflict &k : outcome.conflicts) {
        QJsonValue current = QJsonValue::Null;
        if (k.current) {
            current = QJsonObject {{QStringLiteral("record"), toBase64Url(k.current->sealed)},
                {QStringLiteral("sig"), toBase64Url(k.current->signature)},
                {QStringLiteral("seq"), double(k.current->seq)}};
        }
        conflicts.append(
            QJsonObject {{QStringLiteral("id"), toBase64Url(k.record)}, {QStringLiteral("current"), current}});
    }
    return json(409,
        {{QStringLiteral("error"), QString(errors::Conflict)},
            {QStringLiteral("message"),
                QStringLiteral("A base revision is not the current one; merge and push again.")},
            {QStringLiteral("conflicts"), conflicts}});
}

} // namespace cc::server
