// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "crypto/hkdf.h"
#include "crypto/keypair.h"
#include "crypto/random.h"
#include "hinthub.h"
#include "loginthrottle.h"
#include "metrics.h"
#include "protocol/proofs.h"
#include "protocol/sealedrecord.h"
#include "protocol/sharing.h"
#include "protocol/wire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

#include <numeric>
#include <vector>

namespace cc::server {

namespace errors = protocol::errors;
namespace sharing = protocol::sharing;
using protocol::JsonReader;
using protocol::toBase64Url;

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

HttpResponse json(int status, const QJsonObject &body)
{
    return HttpResponse {status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", -1};
}

HttpResponse fail(int status, QLatin1StringView code, const QString &message, int retryAfter = -1)
{
    return HttpResponse {status, protocol::errorBody(code, message), "application/json", retryAfter};
}

HttpResponse badRequest(const QString &message)
{
    return fail(400, errors::BadRequest, message);
}

HttpResponse serverError()
{
    return fail(500, errors::ServerError, QStringLiteral("The server's storage failed; try again."));
}

HttpResponse noContent()
{
    return HttpResponse {204, {}, "application/json", -1};
}

HttpResponse created(Storage::Put put)
{
    switch (put) {
    case Storage::Put::Created:
        return json(201, {});
    case Storage::Put::Same:
        return json(200, {});
    case Storage::Put::Conflict:
        return fail(409, errors::Conflict, QStringLiteral("This id is taken."));
    case Storage::Put::Forbidden:
        return fail(403, errors::Forbidden, QStringLiteral("This device was revoked and cannot come back."));
    }
    return serverError();
}

/** Reads the request body as a JSON object; *error is set when it is not one. */
JsonReader readBody(const HttpRequest &request)
{
    return JsonReader::parse(request.body);
}

std::optional<QByteArray> idParam(const QString &text, int size)
{
    std::optional<QByteArray> bytes = protocol::fromBase64Url(text);
    if (!bytes || bytes->size() != size)
        return std::nullopt;
    return bytes;
}

QJsonValue nullable(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

constexpr qint64 DefaultAccessLimit = 200;
constexpr qint64 MaxAccessLimit = 1000;

QString clientKey(const HttpRequest &r)
{
    return r.remote.toString();
}

} // namespace

Api::Api(const ServerConfig &config, Storage *storage, HintHub *hints, Metrics *metrics, LoginThrottle *throttle)
    : m_config(config), m_storage(storage), m_hints(hints), m_metrics(metrics), m_throttle(throttle)
{
    route("POST", "/v1/accounts", &Api::createAccount, false);
    route("POST", "/v1/accounts/{account}/devices", &Api::addDevice, false);
    route("POST", "/v1/auth/challenge", &Api::challenge, false);
    route("POST", "/v1/auth/session", &Api::login, false);
    route("DELETE", "/v1/auth/session", &Api::logout, true);
    route("GET", "/v1/account", &Api::getAccount, true);
    route("PUT", "/v1/account/bundle", &Api::putBundle, true);
    route("DELETE", "/v1/account/devices/{device}", &Api::revokeDevice, true);
    route("GET", "/v1/recovery/{locator}", &Api::recovery, false);
    route("POST", "/v1/spaces", &Api::createSpace, true);
    route("GET", "/v1/spaces", &Api::listSpaces, true);
    route("GET", "/v1/spaces/{space}/records", &Api::pull, true);
    route("POST", "/v1/spaces/{space}/records", &Api::push, true);
    route("PUT", "/v1/spaces/{space}/members", &Api::putMembers, true);
    route("GET", "/v1/spaces/{space}/members", &Api::getMembers, true);
    route("GET", "/v1/spaces/{space}/keys", &Api::getKeys, true);
    route("GET", "/v1/spaces/{space}/devices", &Api::getSpaceDevices, true);
    route("GET", "/v1/spaces/{space}/access", &Api::getAccess, true);
    route("POST", "/v1/invites", &Api::createInvite, true);
    route("GET", "/v1/invites/{invite}", &Api::getInvite, true);
    route("POST", "/v1/invites/{invite}/accept", &Api::acceptInvite, true);
    route("DELETE", "/v1/invites/{invite}", &Api::deleteInvite, true);
    route("POST", "/v1/links", &Api::createLink, true);
    route("POST", "/v1/links/{link}/accept", &Api::acceptLink, false);
    route("GET", "/v1/links/{link}", &Api::getLink, false);
    route("PUT", "/v1/links/{link}/bundle", &Api::putLinkBundle, true);
}

void Api::route(const char *method, const char *pattern, AuthedHandler handler, bool auth)
{
    m_router.add(QByteArray(method), QString::fromLatin1(pattern),
        [this, handler, auth](const HttpRequest &request, const QStringList &params) -> HttpResponse {
            Context c {request, params, {}};
            if (auth) {
                const QByteArray header = request.header("authorization");
                std::optional<QByteArray> token;
                if (header.startsWith("Bearer "))
                    token = protocol::fromBase64Url(QString::fromLatin1(header.mid(7).trimmed()));
                std::optional<Storage::Session> session;
                if (token && token->size() == 32)
                    session = sessionOf(*token);
                if (!session)
                    return fail(401, errors::Unauthorized, QStringLiteral("No valid session token; log in again."));
                c.session = *session;
                m_currentDevice = session->device;
            }
            return (this->*handler)(c);
        });
}

std::optional<Storage::Session> Api::sessionOf(const QByteArray &token)
{
    auto s = m_storage->session(crypto::sha256(token), now());
    if (!s)
        return std::nullopt;
    return *s;
}

HttpResponse Api::handle(const HttpRequest &request, QString *route, QByteArray *device)
{
    m_currentDevice.clear();
    HttpResponse r = m_router.dispatch(request, route);
    *device = m_currentDevice;
    return r;
}

// ---- accounts and devices ----

HttpResponse Api::createAccount(Context &c)
{
    JsonReader r = readBody(c.request);
    Storage::Account a;
    a.account = r.bytes(QStringLiteral("account"), protocol::IdSize);
    a.signPub = r.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
    a.boxPub = r.bytes(QStringLiteral("boxPub"), protocol::PublicKeySize);
    a.locator = r.bytes(QStringLiteral("locator"), protocol::LocatorSize);
    a.bundle = r.bytes(QStringLiteral("bundle"));
    a.proof = r.bytes(QStringLiteral("proof"), protocol::SignatureSize);
    JsonReader d(r.object(QStringLiteral("device")));
    Storage::Device dev;
    dev.account = a.account;
    dev.id = d.bytes(QStringLiteral("id"), protocol::IdSize);
    dev.signPub = d.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
    dev.certificate = d.bytes(QStringLiteral("certificate"), protocol::SignatureSize);
    dev.label = d.bytes(QStringLiteral("label"), 0, protocol::MaxLabelSize);
    dev.created = now();
    if (!r.ok())
        return badRequest(r.problem());
    if (!d.ok())
        return badRequest(QStringLiteral("device: ") + d.problem());
    if (!protocol::proofs::verify(
            a.signPub, protocol::proofs::accountProofMessage(a.account, a.signPub, a.boxPub, a.locator), a.proof))
        return fail(400, errors::BadSignature, QStringLiteral("The account proof does not verify."));
    if (!protocol::proofs::verify(
            a.signPub, protocol::proofs::deviceCertificateMessage(a.account, dev.id, dev.signPub), dev.certificate))
        return fail(400, errors::BadSignature, QStringLiteral("The device certificate does not verify."));
    auto put = m_storage->createAccount(a, dev);
    if (!put)
        return serverError();
    return created(*put);
}

HttpResponse Api::addDevice(Context &c)
{
    const std::optional<QByteArray> accountId = idParam(c.params.at(0), protocol::IdSize);
    if (!accountId)
        return badRequest(QStringLiteral("The account id in the URL is not 16 bytes of base64url."));
    JsonReader r = readBody(c.request);
    Storage::Device dev;
    dev.account = *accountId;
    dev.id = r.bytes(QStringLiteral("id"), protocol::IdSize);
    dev.signPub = r.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
    dev.certificate = r.bytes(QStringLiteral("certificate"), protocol::SignatureSize);
    dev.label = r.bytes(QStringLiteral("label"), 0, protocol::MaxLabelSize);
    dev.created = now();
    if (!r.ok())
        return badRequest(r.problem());
    auto account = m_storage->account(*accountId);
    if (!account)
        return serverError();
    if (!account->has_value())
        return fail(404, errors::NotFound, QStringLiteral("No such account."));
    if (!protocol::proofs::verify((*account)->signPub,
            protocol::proofs::deviceCertificateMessage(dev.account, dev.id, dev.signPub), dev.certificate))
        return fail(400, errors::BadSignature, QStringLiteral("The device certificate does not verify."));
    auto put = m_storage->addDevice(dev);
    if (!put)
        return serverError();
    return created(*put);
}

HttpResponse Api::challenge(Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray deviceId = r.bytes(QStringLiteral("device"), protocol::IdSize);
    if (!r.ok())
        return badRequest(r.problem());
    auto dev = m_storage->device(deviceId);
    if (!dev)
        return serverError();
    if (!dev->has_value())
        return fail(404, errors::NotFound, QStringLiteral("No such device."));
    if ((*dev)->revoked)
        return fail(403, errors::Forbidden, QStringLiteral("This device was revoked."));
    const QByteArray challenge = crypto::randomBytes(protocol::ChallengeSize);
    if (!m_storage->putChallenge(challenge, deviceId, now() + qint64(m_config.challengeSeconds) * 1000))
        return serverError();
    return json(200,
        {{QStringLiteral("challenge"), toBase64Url(challenge)},
            {QStringLiteral("expiresIn"), m_config.challengeSeconds}});
}

HttpResponse Api::login(Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray deviceId = r.bytes(QStringLiteral("device"), protocol::IdSize);
    const QByteArray challenge = r.bytes(QStringLiteral("challenge"), protocol::ChallengeSize);
    const QByteArray signature = r.bytes(QStringLiteral("signature"), protocol::SignatureSize);
    if (!r.ok())
        return badRequest(r.problem());
    const qint64 t = now();
    const QByteArray deviceKey = "device:" + deviceId;
    const QByteArray addressKey = "address:" + clientKey(c.request).toLatin1();
    int retryAfter = 0;
    if (m_throttle->blocked(deviceKey, t, &retryAfter) || m_throttle->blocked(addressKey, t, &retryAfter)) {
        m_metrics->countRateLimited();
        return fail(
            429, errors::RateLimited, QStringLiteral("Too many failed logins; wait and try again."), retryAfter);
    }
    auto failed = [&] {
        m_throttle->fail(deviceKey, t);
        m_throttle->fail(addressKey, t);
        return fail(401, errors::Unauthorized, QStringLiteral("Login failed."));
    };
    auto dev = m_storage->device(deviceId);
    if (!dev)
        return serverError();
    if (!dev->has_value())
        return failed();
    if ((*dev)->revoked)
        return fail(403, errors::Forbidden, QStringLiteral("This device was revoked."));
    // Consume the challenge first: it is single-use whether or not the signature holds.
    auto taken = m_storage->takeChallenge(challenge, deviceId, t);
    if (!taken)
        return serverError();
    if (!*taken)
        return failed();
    if (!protocol::proofs::verify((*dev)->signPub, protocol::proofs::loginMessage(challenge, deviceId), signature))
        return failed();
    const QByteArray token = crypto::randomBytes(32);
    if (!m_storage->putSession(crypto::sha256(token), Storage::Session {deviceId, (*dev)->account},
            t + qint64(m_config.sessionSeconds) * 1000))
        return serverError();
    m_currentDevice = deviceId;
    return json(
        200, {{QStringLiteral("token"), toBase64Url(token)}, {QStringLiteral("expiresIn"), m_config.sessionSeconds}});
}

HttpResponse Api::logout(Context &c)
{
    const QByteArray header = c.request.header("authorization");
    const std::optional<QByteArray> token = protocol::fromBase64Url(QString::fromLatin1(header.mid(7).trimmed()));
    const QByteArray hash = crypto::sha256(token.value_or(QByteArray()));
    if (!m_storage->deleteSession(hash))
        return serverError();
    m_hints->publishSessionEnded(hash);
    return noContent();
}

HttpResponse Api::getAccount(Context &c)
{
    auto account = m_storage->account(c.session.account);
    auto devices = m_storage->devices(c.session.account);
    if (!account || !devices || !account->has_value())
        return serverError();
    QJsonArray list;
    for (const Storage::Device &d : *devices) {
        list.append(
            QJsonObject {{QStringLiteral("id"), toBase64Url(d.id)}, {QStringLiteral("signPub"), toBase64Url(d.signPub)},
                {QStringLiteral("certificate"), toBase64Url(d.certificate)},
                {QStringLiteral("label"), toBase64Url(d.label)}, {QStringLiteral("created"), double(d.created)},
                {QStringLiteral("revoked"), nullable(d.revoked)}});
    }
    return json(200,
        {{QStringLiteral("account"), toBase64Url((*account)->account)},
            {QStringLiteral("signPub"), toBase64Url((*account)->signPub)},
            {QStringLiteral("boxPub"), toBase64Url((*account)->boxPub)}, {QStringLiteral("devices"), list}});
}

HttpResponse Api::putBundle(Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray bundle = r.bytes(QStringLiteral("bundle"));
    if (!r.ok())
        return badRequest(r.problem());
    if (!m_storage->setBundle(c.session.account, bundle))
        return serverError();
    return noContent();
}

HttpResponse Api::revokeDevice(Context &c)
{
    const std::optional<QByteArray> deviceId = idParam(c.params.at(0), protocol::IdSize);
    if (!deviceId)
        return badRequest(QStringLiteral("The device id in the URL is not 16 bytes of base64url."));
    auto revoked = m_storage->revokeDevice(c.session.account, *deviceId, now());
    if (!revoked)
        return serverError();
    if (!*revoked)
        return fail(404, errors::NotFound, QStringLiteral("No such device in this account."));
    m_hints->publishDeviceRevoked(*deviceId);
    return noContent();
}

HttpResponse Api::recovery(Context &c)
{
    const qint64 t = now();
    const QByteArray addressKey = "recovery:" + clientKey(c.request).toLatin1();
    int retryAfter = 0;
    if (m_throttle->blocked(addressKey, t, &retryAfter)) {
        m_metrics->countRateLimited();
        return fail(
            429, errors::RateLimited, QStringLiteral("Too many recovery lookups; wait and try again."), retryAfter);
    }
    const std::optional<QByteArray> locator = idParam(c.params.at(0), protocol::LocatorSize);
    if (!locator)
        return badRequest(QStringLiteral("The locator in the URL is not 32 bytes of base64url."));
    auto account = m_storage->accountByLocator(*locator);
    if (!account)
        return serverError();
    if (!account->has_value()) {
        m_throttle->fail(addressKey, t);
        return fail(404, errors::NotFound, QStringLiteral("No account has this recovery locator."));
    }
    return json(200,
        {{QStringLiteral("account"), toBase64Url((*account)->account)},
            {QStringLiteral("bundle"), toBase64Url((*account)->bundle)}});
}

// ---- spaces and records ----

HttpResponse Api::createSpace(Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray space = r.bytes(QStringLiteral("space"), protocol::IdSize);
    if (!r.ok())
        return badRequest(r.problem());
    auto put = m_storage->createSpace(space, c.session.account, now());
    if (!put)
        return serverError();
    return created(*put);
}

HttpResponse Api::listSpaces(Context &c)
{
    auto rows = m_storage->spaces(c.session.account, now());
    if (!rows)
        return serverError();
    QJsonArray list;
    for (const Storage::SpaceRow &s : *rows) {
        list.append(QJsonObject {{QStringLiteral("space"), toBase64Url(s.space)},
            {QStringLiteral("owner"), toBase64Url(s.owner)}, {QStringLiteral("role"), s.role},
            {QStringLiteral("seq"), double(s.seq)}, {QStringLiteral("keyVersion"), double(s.keyVersion)},
            {QStringLiteral("listVersion"), double(s.listVersion)}, {QStringLiteral("expires"), nullable(s.expires)},
            {QStringLiteral("removed"), nullable(s.removed)}});
    }
    return json(200, {{QStringLiteral("spaces"), list}});
}

std::optional<HttpResponse> Api::denied(
    const QByteArray &space, const QByteArray &account, Need need, Storage::Membership *membership)
{
    auto row = m_storage->membership(space, account);
    if (!row)
        return serverError();
    // An account that never was a member learns nothing, not even that the space exists.
    if (!row->has_value())
        return fail(404, errors::NotFound, QStringLiteral("No such space, or not yours."));
    const Storage::Membership &m = **row;
    if (!m.activeAt(now()))
        return fail(403, errors::Forbidden, QStringLiteral("This account is no longer a member of this space."));
    const auto role = sharing::roleFromCode(m.role);
    if (!role)
        return serverError();
    if (need == Need::Writer && !sharing::mayWrite(*role))
        return fail(403, errors::Forbidden, QStringLiteral("This account may not write to this space."));
    if (need == Need::Owner && *role != sharing::Role::Owner)
        return fail(403, errors::Forbidden, QStringLiteral("Only the space's owner may do this."));
    if (membership)
        *membership = m;
    return std::nullopt;
}

HttpResponse Api::pull(Context &c)
{
    const std::optional<QByteArray> space = idParam(c.params.at(0), protocol::IdSize);
    if (!space)
        return badRequest(QStringLiteral("The space id in the URL is not 16 bytes of base64url."));
    qint64 since = 0;
    qint64 limit = protocol::DefaultPullLimit;
    bool ok = true;
    if (c.request.query.hasQueryItem(QStringLiteral("since")))
        since = c.request.query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
    if (!ok || since < 0)
        return badRequest(QStringLiteral("since must be a sequence number ≥ 0."));
    if (c.request.query.hasQueryItem(QStringLiteral("limit")))
        limit = c.request.query.queryItemValue(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || limit < 1 || limit > protocol::MaxRecordsPerRequest)
        return badRequest(QStringLiteral("limit must be between 1 and 1000."));
    if (auto refusal = denied(*space, c.session.account, Need::Member))
        return *refusal;
    bool done = true;
    auto records = m_storage->pull(*space, since, int(limit), &done);
    if (!records)
        return serverError();
    if (!records->isEmpty()
        && !m_storage->logAccess(
            *space, Storage::AccessEvent {c.session.account, c.session.device, now(), qint64(records->size())}))
        return serverError();
    QJsonArray list;
    qint64 next = since;
    for (const Storage::StoredRecord &rec : *records) {
        list.append(QJsonObject {{QStringLiteral("record"), toBase64Url(rec.sealed)},
            {QStringLiteral("sig"), toBase64Url(rec.signature)}, {QStringLiteral("seq"), double(rec.seq)}});
        next = rec.seq;
    }
    m_metrics->addPulled(records->size());
    return json(200,
        {{QStringLiteral("records"), list}, {QStringLiteral("next"), double(next)}, {QStringLiteral("done"), done}});
}

HttpResponse Api::push(Context &c)
{
    const std::optional<QByteArray> space = idParam(c.params.at(0), protocol::IdSize);
    if (!space)
        return badRequest(QStringLiteral("The space id in the URL is not 16 bytes of base64url."));
    JsonReader r = readBody(c.request);
    const QJsonArray records = r.array(QStringLiteral("records"), std::numeric_limits<int>::max());
    if (!r.ok())
        return badRequest(r.problem());
    if (records.size() > protocol::MaxRecordsPerRequest)
        return fail(413, errors::TooLarge, QStringLiteral("At most 1000 records per push."));
    if (records.isEmpty())
        return badRequest(QStringLiteral("key 'records': empty"));
    QList<Storage::PushItem> items;
    items.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records.at(i).isObject())
            return badRequest(QStringLiteral("records[%1]: not an object").arg(i));
        JsonReader item(records.at(i).toObject());
        Storage::PushItem p;
        p.sealed = item.bytes(QStringLiteral("record"), 0, std::numeric_limits<int>::max());
        p.signature = item.bytes(QStringLiteral("sig"), protocol::SignatureSize);
        p.base = item.optionalBytes(QStringLiteral("base"), protocol::TagSize);
        if (!item.ok())
            return badRequest(QStringLiteral("records[%1]: %2").arg(i).arg(item.problem()));
        if (p.sealed.size() > protocol::MaxRecordSize)
            return fail(413, errors::TooLarge, QStringLiteral("records[%1] is over 1 MiB.").arg(i));
        auto header = protocol::sealedrecord::parseHeader(p.sealed);
        if (!header)
            return badRequest(QStringLiteral("records[%1]: not a sealed record").arg(i));
        if (header->spaceId != *space)
            return fail(400, errors::WrongSpace, QStringLiteral("records[%1] belongs to another space.").arg(i));
        if (header->authorDevice != c.session.device)
            return fail(403, errors::Forbidden, QStringLiteral("records[%1] was written by another device.").arg(i));
        p.record = header->recordId;
        p.keyVersion = header->keyVersion;
        p.deleted = header->deleted;
        p.author = header->authorDevice;
        p.tag = protocol::sealedrecord::revisionTag(p.sealed);
        items.append(std::move(p));
    }
    Storage::Membership membership;
    if (auto refusal = denied(*space, c.session.account, Need::Writer, &membership))
        return *refusal;
    std::optional<QByteArray> editorAccount;
    if (const auto role = sharing::roleFromCode(membership.role); role && !sharing::mayEditOthers(*role))
        editorAccount = c.session.account;
    auto dev = m_storage->device(c.session.device);
    if (!dev || !dev->has_value())
        return serverError();
    // Ed25519 verification is most of a push's CPU time: spread it over the cores for
    // large pushes. Each check is independent and touches only its own item.
    const QByteArray signPub = (*dev)->signPub;
    std::vector<char> valid(size_t(items.size()), 0);
    auto check = [&](qsizetype i) {
        valid[size_t(i)] = protocol::proofs::verify(
            signPub, protocol::proofs::recordSignatureMessage(items.at(i).sealed), items.at(i).signature);
    };
    if (items.size() >= 32) {
        std::vector<qsizetype> indexes(size_t(items.size()));
        std::iota(indexes.begin(), indexes.end(), 0);
        QtConcurrent::blockingMap(indexes, check);
    } else {
        for (qsizetype i = 0; i < items.size(); ++i)
            check(i);
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!valid[size_t(i)])
            return fail(
                400, errors::BadSignature, QStringLiteral("The signature of records[%1] does not verify.").arg(i));
    }
    auto outcome = m_storage->push(*space, items, editorAccount);
    if (!outcome)
        return outcome.code() == ErrorCode::NotFound ? fail(404, errors::NotFound, QStringLiteral("No such space."))
                                                     : serverError();
    if (outcome->forbidden) {
        return fail(403, errors::Forbidden,
            QStringLiteral("records[%1]: this role may only edit records its own devices wrote.")
                .arg(*outcome->forbidden));
    }
    if (outcome->staleKey) {
        return json(409,
            {{QStringLiteral("error"), QString(errors::StaleKey)},
                {QStringLiteral("message"),
                    QStringLiteral("A record is sealed with a replaced space key; seal it with the current one.")},
                {QStringLiteral("keyVersion"), double(*outcome->staleKey)}});
    }
    if (!outcome->conflicts.isEmpty()) {
        m_metrics->countConflict();
        QJsonArray conflicts;
        for (const Storage::Conflict &k : outcome->conflicts) {
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
    QJsonArray stored;
    for (qsizetype i = 0; i < items.size(); ++i) {
        stored.append(QJsonObject {{QStringLiteral("id"), toBase64Url(items.at(i).record)},
            {QStringLiteral("seq"), double(outcome->seqs.at(i))}});
    }
    m_metrics->addPushed(outcome->stored);
    if (outcome->stored > 0)
        m_hints->publishChanged(*space, outcome->spaceSeq);
    return json(200, {{QStringLiteral("records"), stored}, {QStringLiteral("seq"), double(outcome->spaceSeq)}});
}

// ---- sharing: member lists, keys, devices, access log ----

namespace {

std::optional<QByteArray> spaceParam(const QStringList &params, HttpResponse *error)
{
    const std::optional<QByteArray> space = idParam(params.at(0), protocol::IdSize);
    if (!space)
        *error = badRequest(QStringLiteral("The space id in the URL is not 16 bytes of base64url."));
    return space;
}

QJsonValue nullableBytes(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(toBase64Url(bytes));
}

} // namespace

HttpResponse Api::putMembers(Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    JsonReader r = readBody(c.request);
    const QByteArray listBytes = r.bytes(QStringLiteral("list"));
    const QByteArray sig = r.bytes(QStringLiteral("sig"), protocol::SignatureSize);
    const QJsonArray wrapArray = r.array(QStringLiteral("wraps"));
    if (!r.ok())
        return badRequest(r.problem());
    QList<Storage::KeyWrapRow> wraps;
    for (qsizetype i = 0; i < wrapArray.size(); ++i) {
        if (!wrapArray.at(i).isObject())
            return badRequest(QStringLiteral("wraps[%1]: not an object").arg(i));
        JsonReader w(wrapArray.at(i).toObject());
        Storage::KeyWrapRow row;
        row.account = w.bytes(QStringLiteral("account"), protocol::IdSize);
        row.keyVersion = w.integer(QStringLiteral("keyVersion"), 1, std::numeric_limits<quint32>::max());
        row.wrap = w.bytes(QStringLiteral("wrap"), crypto::sealedbox::Overhead + 32);
        row.sig = w.bytes(QStringLiteral("sig"), protocol::SignatureSize);
        if (!w.ok())
            return badRequest(QStringLiteral("wraps[%1]: %2").arg(i).arg(w.problem()));
        wraps.append(row);
    }
    if (auto refusal = denied(*space, c.session.account, Need::Owner))
        return *refusal;
    auto owner = m_storage->account(c.session.account);
    if (!owner || !owner->has_value())
        return serverError();
    const QByteArray ownerSignPub = (*owner)->signPub;
    if (!sharing::verifyMemberList(ownerSignPub, listBytes, sig))
        return fail(400, errors::BadSignature, QStringLiteral("The member list is not signed by the space's owner."));
    const auto list = sharing::decodeMemberList(listBytes);
    if (!list)
        return badRequest(QStringLiteral("The member list is malformed."));
    if (list->space != *space || list->owner != c.session.account)
        return badRequest(QStringLiteral("The member list names another space or owner."));
    QList<Storage::MemberUpdate> members;
    for (const sharing::MemberEntry &entry : list->members) {
        auto account = m_storage->account(entry.account);
        if (!account)
            return serverError();
        if (!account->has_value())
            return fail(404, errors::NotFound, QStringLiteral("The member list names an unknown account."));
        if ((*account)->signPub != entry.signPub || (*account)->boxPub != entry.boxPub)
            return badRequest(QStringLiteral("The member list names an account with other keys than its own."));
        members.append(Storage::MemberUpdate {entry.account, sharing::roleCode(entry.role),
            entry.expires ? std::optional<qint64>(entry.expires) : std::nullopt});
    }
    for (qsizetype i = 0; i < wraps.size(); ++i) {
        const Storage::KeyWrapRow &w = wraps.at(i);
        const sharing::MemberEntry *entry = list->find(w.account);
        if (!entry || entry->role == sharing::Role::Owner || w.keyVersion > qint64(list->keyVersion))
            return badRequest(
                QStringLiteral("wraps[%1] names no listed member or a key version after the list's.").arg(i));
        if (!sharing::verifyKeyWrap(
                ownerSignPub, *space, sharing::KeyWrap {w.account, quint32(w.keyVersion), w.wrap, w.sig}))
            return fail(400, errors::BadSignature, QStringLiteral("wraps[%1] is not signed by the owner.").arg(i));
    }
    QList<QByteArray> affected;
    auto outcome = m_storage->putMembers(
        *space, qint64(list->version), qint64(list->keyVersion), listBytes, sig, members, wraps, now(), &affected);
    if (!outcome)
        return serverError();
    switch (*outcome) {
    case Storage::MembersOutcome::Stored:
        break;
    case Storage::MembersOutcome::NotNewer:
        return fail(409, errors::Conflict, QStringLiteral("The member list is not newer than the stored one."));
    case Storage::MembersOutcome::KeyVersionLower:
        return badRequest(QStringLiteral("The member list's key version is lower than the stored one."));
    case Storage::MembersOutcome::MissingWrap:
        return badRequest(QStringLiteral("A listed member has no key wrap for the list's key version."));
    case Storage::MembersOutcome::NoSuchSpace:
        return fail(404, errors::NotFound, QStringLiteral("No such space."));
    }
    m_hints->publishMembers(*space, affected);
    return noContent();
}

HttpResponse Api::getMembers(Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    if (auto refusal = denied(*space, c.session.account, Need::Member))
        return *refusal;
    auto row = m_storage->memberList(*space);
    if (!row || !row->has_value())
        return serverError();
    return json(200,
        {{QStringLiteral("list"), nullableBytes((*row)->list)}, {QStringLiteral("sig"), nullableBytes((*row)->sig)},
            {QStringLiteral("version"), double((*row)->version)},
            {QStringLiteral("keyVersion"), double((*row)->keyVersion)}});
}

HttpResponse Api::getKeys(Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    if (auto refusal = denied(*space, c.session.account, Need::Member))
        return *refusal;
    auto wraps = m_storage->keyWraps(*space, c.session.account);
    if (!wraps)
        return serverError();
    QJsonArray keys;
    for (const Storage::KeyWrapRow &w : *wraps) {
        keys.append(QJsonObject {{QStringLiteral("keyVersion"), double(w.keyVersion)},
            {QStringLiteral("wrap"), toBase64Url(w.wrap)}, {QStringLiteral("sig"), toBase64Url(w.sig)}});
    }
    return json(200, {{QStringLiteral("keys"), keys}});
}

HttpResponse Api::getSpaceDevices(Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    if (auto refusal = denied(*space, c.session.account, Need::Member))
        return *refusal;
    auto accounts = m_storage->everMemberAccounts(*space);
    if (!accounts)
        return serverError();
    QJsonArray list;
    for (const QByteArray &id : *accounts) {
        auto account = m_storage->account(id);
        auto devices = m_storage->devices(id);
        if (!account || !devices)
            return serverError();
        if (!account->has_value())
            continue;
        QJsonArray devs;
        for (const Storage::Device &d : *devices) {
            devs.append(QJsonObject {{QStringLiteral("id"), toBase64Url(d.id)},
                {QStringLiteral("signPub"), toBase64Url(d.signPub)},
                {QStringLiteral("certificate"), toBase64Url(d.certificate)},
                {QStringLiteral("revoked"), nullable(d.revoked)}});
        }
        list.append(QJsonObject {{QStringLiteral("account"), toBase64Url(id)},
            {QStringLiteral("signPub"), toBase64Url((*account)->signPub)}, {QStringLiteral("devices"), devs}});
    }
    return json(200, {{QStringLiteral("accounts"), list}});
}

HttpResponse Api::getAccess(Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    qint64 before = std::numeric_limits<qint64>::max();
    qint64 limit = DefaultAccessLimit;
    bool ok = true;
    if (c.request.query.hasQueryItem(QStringLiteral("before")))
        before = c.request.query.queryItemValue(QStringLiteral("before")).toLongLong(&ok);
    if (!ok || before < 0)
        return badRequest(QStringLiteral("before must be a time in ms ≥ 0."));
    if (c.request.query.hasQueryItem(QStringLiteral("limit")))
        limit = c.request.query.queryItemValue(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || limit < 1 || limit > MaxAccessLimit)
        return badRequest(QStringLiteral("limit must be between 1 and 1000."));
    if (auto refusal = denied(*space, c.session.account, Need::Owner))
        return *refusal;
    auto events = m_storage->accessLog(*space, before, int(limit));
    if (!events)
        return serverError();
    QJsonArray list;
    for (const Storage::AccessEvent &e : *events) {
        list.append(QJsonObject {{QStringLiteral("account"), toBase64Url(e.account)},
            {QStringLiteral("device"), toBase64Url(e.device)}, {QStringLiteral("time"), double(e.time)},
            {QStringLiteral("count"), double(e.count)}});
    }
    return json(200, {{QStringLiteral("events"), list}});
}

// ---- invitations ----

HttpResponse Api::createInvite(Context &c)
{
    JsonReader r = readBody(c.request);
    Storage::Invite invite;
    invite.invite = r.bytes(QStringLiteral("invite"), protocol::IdSize);
    invite.space = r.bytes(QStringLiteral("space"), protocol::IdSize);
    invite.role = r.string(QStringLiteral("role"), 32);
    invite.expires = r.integer(QStringLiteral("expires"), 0, qint64(1) << 53);
    invite.card = r.bytes(QStringLiteral("card"), 0, int(sharing::MaxCardSize));
    if (!r.ok())
        return badRequest(r.problem());
    if (auto refusal = denied(invite.space, c.session.account, Need::Owner))
        return *refusal;
    const auto role = sharing::roleFromCode(invite.role);
    if (!role || *role == sharing::Role::Owner)
        return badRequest(QStringLiteral("role must be editor, contributor or viewer."));
    const qint64 t = now();
    if (invite.expires <= t || invite.expires > t + sharing::MaxInviteLifetimeMs)
        return badRequest(QStringLiteral("expires must be in the future and at most 7 days ahead."));
    auto put = m_storage->createInvite(invite);
    if (!put)
        return serverError();
    if (*put != Storage::Put::Created)
        return fail(409, errors::Conflict, QStringLiteral("This invitation id is taken."));
    return json(201, {});
}

std::optional<Storage::Invite> Api::inviteOf(Context &c, HttpResponse *error)
{
    const std::optional<QByteArray> id = idParam(c.params.at(0), protocol::IdSize);
    if (!id) {
        *error = badRequest(QStringLiteral("The invitation id in the URL is not 16 bytes of base64url."));
        return std::nullopt;
    }
    auto invite = m_storage->invite(*id);
    if (!invite) {
        *error = serverError();
        return std::nullopt;
    }
    if (!invite->has_value()) {
        *error = fail(404, errors::NotFound, QStringLiteral("No such invitation."));
        return std::nullopt;
    }
    if ((*invite)->expires <= now()) {
        (void)m_storage->deleteInvite(*id);
        *error = fail(410, errors::Gone, QStringLiteral("This invitation has expired."));
        return std::nullopt;
    }
    return **invite;
}

HttpResponse Api::getInvite(Context &c)
{
    HttpResponse error;
    const std::optional<Storage::Invite> invite = inviteOf(c, &error);
    if (!invite)
        return error;
    const bool party = c.session.account == invite->owner || c.session.account == invite->acceptAccount;
    if (invite->accepted() && !party)
        return fail(410, errors::Gone, QStringLiteral("This invitation was already used."));
    QJsonObject body {{QStringLiteral("space"), toBase64Url(invite->space)}, {QStringLiteral("role"), invite->role},
        {QStringLiteral("expires"), double(invite->expires)}, {QStringLiteral("card"), toBase64Url(invite->card)},
        {QStringLiteral("state"), invite->accepted() ? QStringLiteral("accepted") : QStringLiteral("open")}};
    if (invite->accepted()) {
        body.insert(QStringLiteral("accept"),
            QJsonObject {{QStringLiteral("account"), toBase64Url(invite->acceptAccount)},
                {QStringLiteral("signPub"), toBase64Url(invite->acceptSignPub)},
                {QStringLiteral("boxPub"), toBase64Url(invite->acceptBoxPub)},
                {QStringLiteral("card"), toBase64Url(invite->acceptCard)},
                {QStringLiteral("mac"), toBase64Url(invite->acceptMac)}});
    }
    return json(200, body);
}

HttpResponse Api::acceptInvite(Context &c)
{
    JsonReader r = readBody(c.request);
    Storage::Invite accept;
    accept.acceptAccount = c.session.account;
    accept.acceptSignPub = r.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
    accept.acceptBoxPub = r.bytes(QStringLiteral("boxPub"), protocol::PublicKeySize);
    accept.acceptCard = r.bytes(QStringLiteral("card"), 0, int(sharing::MaxCardSize));
    accept.acceptMac = r.bytes(QStringLiteral("mac"), 32);
    if (!r.ok())
        return badRequest(r.problem());
    HttpResponse error;
    const std::optional<Storage::Invite> invite = inviteOf(c, &error);
    if (!invite)
        return error;
    if (invite->accepted())
        return fail(409, errors::Conflict, QStringLiteral("This invitation was already accepted."));
    if (c.session.account == invite->owner)
        return badRequest(QStringLiteral("The owner cannot accept her own invitation."));
    auto membership = m_storage->membership(invite->space, c.session.account);
    if (!membership)
        return serverError();
    if (membership->has_value() && (*membership)->activeAt(now()))
        return badRequest(QStringLiteral("This account is already a member of the space."));
    auto account = m_storage->account(c.session.account);
    if (!account || !account->has_value())
        return serverError();
    if ((*account)->signPub != accept.acceptSignPub || (*account)->boxPub != accept.acceptBoxPub)
        return badRequest(QStringLiteral("signPub and boxPub must be the session account's keys."));
    accept.invite = invite->invite;
    auto put = m_storage->acceptInvite(accept);
    if (!put)
        return serverError();
    if (*put != Storage::Put::Created)
        return fail(409, errors::Conflict, QStringLiteral("This invitation was already accepted."));
    return json(202, {});
}

HttpResponse Api::deleteInvite(Context &c)
{
    HttpResponse error;
    const std::optional<Storage::Invite> invite = inviteOf(c, &error);
    if (!invite)
        return error;
    if (c.session.account != invite->owner)
        return fail(403, errors::Forbidden, QStringLiteral("Only the space's owner may cancel an invitation."));
    if (!m_storage->deleteInvite(invite->invite))
        return serverError();
    return noContent();
}

// ---- link mailbox ----

HttpResponse Api::createLink(Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray link = r.bytes(QStringLiteral("link"), protocol::IdSize);
    if (!r.ok())
        return badRequest(r.problem());
    auto put = m_storage->createLink(link, c.session.account, now() + qint64(m_config.linkExpirySeconds) * 1000);
    if (!put)
        return serverError();
    if (*put != Storage::Put::Created)
        return fail(409, errors::Conflict, QStringLiteral("This link id is taken."));
    return json(201, {{QStringLiteral("expiresIn"), m_config.linkExpirySeconds}});
}

std::optional<Storage::Link> Api::linkOf(Context &c, HttpResponse *error)
{
    const std::optional<QByteArray> id = idParam(c.params.at(0), protocol::IdSize);
    if (!id) {
        *error = badRequest(QStringLiteral("The link id in the URL is not 16 bytes of base64url."));
        return std::nullopt;
    }
    auto link = m_storage->link(*id);
    if (!link) {
        *error = serverError();
        return std::nullopt;
    }
    if (!link->has_value()) {
        *error = fail(404, errors::NotFound, QStringLiteral("No such link."));
        return std::nullopt;
    }
    if ((*link)->expires <= now()) {
        (void)m_storage->deleteLink(*id);
        *error = fail(410, errors::Gone, QStringLiteral("This link has expired."));
        return std::nullopt;
    }
    return **link;
}

HttpResponse Api::acceptLink(Context &c)
{
    JsonReader r = readBody(c.request);
    Storage::Link accept;
    accept.acceptDevice = r.bytes(QStringLiteral("device"), protocol::IdSize);
    accept.acceptSignPub = r.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
    accept.acceptBoxPub = r.bytes(QStringLiteral("boxPub"), protocol::PublicKeySize);
    accept.acceptMac = r.bytes(QStringLiteral("mac"), 32);
    if (!r.ok())
        return badRequest(r.problem());
    HttpResponse error;
    const std::optional<Storage::Link> link = linkOf(c, &error);
    if (!link)
        return error;
    accept.link = link->link;
    auto put = m_storage->acceptLink(accept);
    if (!put)
        return serverError();
    if (*put != Storage::Put::Created)
        return fail(409, errors::Conflict, QStringLiteral("This link was already accepted."));
    return json(202, {});
}

HttpResponse Api::getLink(Context &c)
{
    HttpResponse error;
    const std::optional<Storage::Link> link = linkOf(c, &error);
    if (!link)
        return error;
    QJsonObject body;
    if (link->accepted()) {
        body.insert(QStringLiteral("accept"),
            QJsonObject {{QStringLiteral("device"), toBase64Url(link->acceptDevice)},
                {QStringLiteral("signPub"), toBase64Url(link->acceptSignPub)},
                {QStringLiteral("boxPub"), toBase64Url(link->acceptBoxPub)},
                {QStringLiteral("mac"), toBase64Url(link->acceptMac)}});
    }
    if (link->completed()) {
        body.insert(QStringLiteral("state"), QStringLiteral("completed"));
        body.insert(QStringLiteral("bundle"), toBase64Url(link->bundle));
        // Fetched once: the mailbox is gone afterwards.
        if (!m_storage->deleteLink(link->link))
            return serverError();
    } else {
        body.insert(QStringLiteral("state"), link->accepted() ? QStringLiteral("accepted") : QStringLiteral("waiting"));
    }
    return json(200, body);
}

HttpResponse Api::putLinkBundle(Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray bundle = r.bytes(QStringLiteral("bundle"));
    if (!r.ok())
        return badRequest(r.problem());
    HttpResponse error;
    const std::optional<Storage::Link> link = linkOf(c, &error);
    if (!link)
        return error;
    if (link->account != c.session.account)
        return fail(403, errors::Forbidden, QStringLiteral("This link belongs to another account."));
    if (!link->accepted())
        return fail(409, errors::Conflict, QStringLiteral("No device has accepted this link yet."));
    if (!m_storage->completeLink(link->link, bundle))
        return serverError();
    return noContent();
}

} // namespace cc::server
