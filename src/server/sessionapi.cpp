// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionapi.h"

#include "apiutil.h"
#include "crypto/hkdf.h"
#include "crypto/random.h"
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

HttpResponse SessionApi::challenge(Api::Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray deviceId = r.bytes(QStringLiteral("device"), protocol::IdSize);
    if (!r.ok())
        return badRequest(r.problem());
    auto dev = m_api.storage().device(deviceId);
    if (!dev)
        return serverError();
    if (!dev->has_value())
        return fail(404, errors::NotFound, QStringLiteral("No such device."));
    if ((*dev)->revoked)
        return fail(403, errors::Forbidden, QStringLiteral("This device was revoked."));
    const QByteArray challenge = crypto::randomBytes(protocol::ChallengeSize);
    if (!m_api.storage().putChallenge(challenge, deviceId, now() + qint64(m_api.config().challengeSeconds) * 1000))
        return serverError();
    return json(200,
        {{QStringLiteral("challenge"), toBase64Url(challenge)},
            {QStringLiteral("expiresIn"), m_api.config().challengeSeconds}});
}

HttpResponse SessionApi::login(Api::Context &c)
{
    JsonReader r = readBody(c.request);
    const QByteArray deviceId = r.bytes(QStringLiteral("device"), protocol::IdSize);
    const QByteArray challenge = r.bytes(QStringLiteral("challenge"), protocol::ChallengeSize);
    const QByteArray signature = r.bytes(QStringLiteral("signature"), protocol::SignatureSize);
    if (!r.ok())
        return badRequest(r.problem());
    const qint64 t = now();
    // The proof is checked first and a valid one always logs in: guessing an Ed25519
    // signature is hopeless anyway, and this way nobody can lock a device's holder out by
    // failing in her name. Failures are counted per address and per device *at* that
    // address, and only shape the answer to further failures (429 instead of 401).
    const QByteArray address = clientKey(c.request).toLatin1();
    const QByteArray deviceKey = "device:" + deviceId + '@' + address;
    const QByteArray addressKey = "address:" + address;
    auto failed = [&] {
        LoginThrottle &throttle = m_api.throttle();
        throttle.fail(deviceKey, t);
        throttle.fail(addressKey, t);
        int retryAfter = 0;
        if (throttle.blocked(deviceKey, t, &retryAfter) || throttle.blocked(addressKey, t, &retryAfter)) {
            m_api.metrics().countRateLimited();
            return fail(
                429, errors::RateLimited, QStringLiteral("Too many failed logins; wait and try again."), retryAfter);
        }
        return fail(401, errors::Unauthorized, QStringLiteral("Login failed."));
    };
    auto dev = m_api.storage().device(deviceId);
    if (!dev)
        return serverError();
    if (!dev->has_value())
        return failed();
    if ((*dev)->revoked)
        return fail(403, errors::Forbidden, QStringLiteral("This device was revoked."));
    // Consume the challenge first: it is single-use whether or not the signature holds.
    auto taken = m_api.storage().takeChallenge(challenge, deviceId, t);
    if (!taken)
        return serverError();
    if (!*taken)
        return failed();
    if (!protocol::proofs::verify((*dev)->signPub, protocol::proofs::loginMessage(challenge, deviceId), signature))
        return failed();
    const QByteArray token = crypto::randomBytes(32);
    if (!m_api.storage().putSession(crypto::sha256(token), Storage::Session {deviceId, (*dev)->account},
            t + qint64(m_api.config().sessionSeconds) * 1000))
        return serverError();
    m_api.setCurrentDevice(deviceId);
    return json(200,
        {{QStringLiteral("token"), toBase64Url(token)}, {QStringLiteral("expiresIn"), m_api.config().sessionSeconds}});
}

HttpResponse SessionApi::logout(Api::Context &c)
{
    const QByteArray header = c.request.header("authorization");
    const std::optional<QByteArray> token = protocol::fromBase64Url(QString::fromLatin1(header.mid(7).trimmed()));
    const QByteArray hash = crypto::sha256(token.value_or(QByteArray()));
    if (!m_api.storage().deleteSession(hash))
        return serverError();
    m_api.hints().publishSessionEnded(hash);
    return noContent();
}

} // namespace cc::server
