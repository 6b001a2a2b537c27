// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountapi.h"

#include "apiutil.h"
#include "crypto/random.h"
#include "crypto/sha256.h"
#include "hinthub.h"
#include "loginthrottle.h"
#include "metrics.h"
#include "protocol/proofs.h"

#include <QJsonArray>

namespace cc::server {

namespace errors = protocol::errors;
using namespace apiutil;
using protocol::JsonReader;
using protocol::toBase64Url;

AccountApi::AccountApi(Api &api)
    : m_api(api), m_registrations(double(api.config().accountsPerHour) / 3600.0, double(api.config().accountsPerHour))
{ }

namespace {
HttpResponse bundleTooLarge(qsizetype limit)
{
    return fail(413, errors::TooLarge, QStringLiteral("The bundle is over the limit of %1 bytes.").arg(limit));
}
} // namespace

HttpResponse AccountApi::createAccount(Api::Context &c)
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
    if (auto weak = weakKeys(QStringLiteral("account"), a.signPub, a.boxPub))
        return *weak;
    if (auto weak = weakKeys(QStringLiteral("device"), dev.signPub))
        return *weak;
    if (a.bundle.size() > MaxNewBundle)
        return bundleTooLarge(MaxNewBundle);
    if (!protocol::proofs::verify(
            a.signPub, protocol::proofs::accountProofMessage(a.account, a.signPub, a.boxPub, a.locator), a.proof))
        return fail(400, errors::BadSignature, QStringLiteral("The account proof does not verify."));
    if (!protocol::proofs::verify(
            a.signPub, protocol::proofs::deviceCertificateMessage(a.account, dev.id, dev.signPub), dev.certificate))
        return fail(400, errors::BadSignature, QStringLiteral("The device certificate does not verify."));
    // Anyone can make up a key pair and sign for it: only a per-address quota bounds what
    // unauthenticated callers can store.
    int retryAfter = 0;
    if (!m_registrations.allow(clientKey(c.request).toLatin1(), now(), &retryAfter)) {
        m_api.metrics().countRateLimited();
        return fail(
            429, errors::RateLimited, QStringLiteral("Too many new accounts from this address; wait."), retryAfter);
    }
    auto put = m_api.storage().createAccount(a, dev);
    if (!put)
        return serverError();
    return created(*put);
}

HttpResponse AccountApi::addDevice(Api::Context &c)
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
    if (auto weak = weakKeys(QStringLiteral("device"), dev.signPub))
        return *weak;
    auto account = m_api.storage().account(*accountId);
    if (!account)
        return serverError();
    if (!account->has_value())
        return fail(404, errors::NotFound, QStringLiteral("No such account."));
    if (!protocol::proofs::verify((*account)->signPub,
            protocol::proofs::deviceCertificateMessage(dev.account, dev.id, dev.signPub), dev.certificate))
        return fail(400, errors::BadSignature, QStringLiteral("The device certificate does not verify."));
    auto put = m_api.storage().addDevice(dev);
    if (!put)
        return serverError();
    return created(*put);
}

HttpResponse AccountApi::getAccount(Api::Context &c)
{
    auto account = m_api.storage().account(c.session.account);
    auto devices = m_api.storage().devices(c.session.account);
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

HttpResponse AccountApi::putBundle(Api::Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray bundle = r.bytes(QStringLiteral("bundle"));
    std::optional<QByteArray> replaces;
    if (r.has(QStringLiteral("replaces")))
        replaces = r.bytes(QStringLiteral("replaces"), crypto::Sha256Size);
    if (!r.ok())
        return badRequest(r.problem());
    if (bundle.size() > MaxBundle)
        return bundleTooLarge(MaxBundle);
    const Result<bool> replaced = m_api.storage().setBundle(c.session.account, bundle, replaces);
    if (!replaced)
        return serverError();
    if (!*replaced) {
        return fail(409, errors::Conflict,
            QStringLiteral("The bundle changed since it was fetched: fetch it again and add your keys to it."));
    }
    return noContent();
}

HttpResponse AccountApi::revokeDevice(Api::Context &c)
{
    const std::optional<QByteArray> deviceId = idParam(c.params.at(0), protocol::IdSize);
    if (!deviceId)
        return badRequest(QStringLiteral("The device id in the URL is not 16 bytes of base64url."));
    auto revoked = m_api.storage().revokeDevice(c.session.account, *deviceId, now());
    if (!revoked)
        return serverError();
    if (!*revoked)
        return fail(404, errors::NotFound, QStringLiteral("No such device in this account."));
    m_api.hints().publishDeviceRevoked(*deviceId);
    return noContent();
}

HttpResponse AccountApi::recovery(Api::Context &c)
{
    const qint64 t = now();
    const QByteArray addressKey = "recovery:" + clientKey(c.request).toLatin1();
    int retryAfter = 0;
    if (m_api.throttle().blocked(addressKey, t, &retryAfter)) {
        m_api.metrics().countRateLimited();
        return fail(
            429, errors::RateLimited, QStringLiteral("Too many recovery lookups; wait and try again."), retryAfter);
    }
    const std::optional<QByteArray> locator = idParam(c.params.at(0), protocol::LocatorSize);
    if (!locator)
        return badRequest(QStringLiteral("The locator in the URL is not 32 bytes of base64url."));
    auto account = m_api.storage().accountByLocator(*locator);
    if (!account)
        return serverError();
    if (!account->has_value()) {
        m_api.throttle().fail(addressKey, t);
        return fail(404, errors::NotFound, QStringLiteral("No account has this recovery locator."));
    }
    return json(200,
        {{QStringLiteral("account"), toBase64Url((*account)->account)},
            {QStringLiteral("bundle"), toBase64Url((*account)->bundle)}});
}

} // namespace cc::server
