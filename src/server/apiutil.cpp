// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiutil.h"

#include "crypto/keyvalidation.h"

#include <QDateTime>
#include <QJsonDocument>

namespace cc::server::apiutil {

namespace errors = protocol::errors;
using protocol::toBase64Url;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

HttpResponse json(int status, const QJsonObject &body)
{
    return HttpResponse {status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", -1};
}

HttpResponse fail(int status, QLatin1StringView code, const QString &message, int retryAfter)
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

HttpResponse created(Put put)
{
    switch (put) {
    case Put::Created:
        return json(201, {});
    case Put::Same:
        return json(200, {});
    case Put::Conflict:
        return fail(409, errors::Conflict, QStringLiteral("This id is taken."));
    case Put::Forbidden:
        return fail(403, errors::Forbidden, QStringLiteral("This device was revoked and cannot come back."));
    }
    return serverError();
}

HttpResponse accepted(const Result<Put> &put, const QString &alreadyAccepted)
{
    if (!put)
        return serverError();
    if (*put != Put::Created)
        return fail(409, protocol::errors::Conflict, alreadyAccepted);
    return json(202, {});
}

protocol::JsonReader readBody(const HttpRequest &request)
{
    return protocol::JsonReader::parse(request.body);
}

std::optional<QByteArray> idParam(const QString &text, int size)
{
    std::optional<QByteArray> bytes = protocol::fromBase64Url(text);
    if (!bytes || bytes->size() != size)
        return std::nullopt;
    return bytes;
}

std::optional<qint64> queryInteger(const QUrlQuery &query, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<QByteArray> spaceParam(const QStringList &params, HttpResponse *error)
{
    const std::optional<QByteArray> space = idParam(params.at(0), protocol::IdSize);
    if (!space)
        *error = badRequest(QStringLiteral("The space id in the URL is not 16 bytes of base64url."));
    return space;
}

QJsonValue nullable(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableBytes(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(toBase64Url(bytes));
}

std::optional<HttpResponse> weakKeys(const QString &what, const QByteArray &signPub, const QByteArray &boxPub)
{
    if (!crypto::isAcceptableEd25519PublicKey(signPub))
        return badRequest(QStringLiteral("%1: signPub is not an acceptable Ed25519 public key.").arg(what));
    if (!boxPub.isNull() && !crypto::isAcceptableX25519PublicKey(boxPub))
        return badRequest(QStringLiteral("%1: boxPub is not an acceptable X25519 public key.").arg(what));
    return std::nullopt;
}

QString clientKey(const HttpRequest &r)
{
    return r.remote.toString();
}

} // namespace cc::server::apiutil
