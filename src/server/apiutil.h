// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "httpadapter.h"
#include "protocol/wire.h"
#include "storagetypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUrlQuery>

#include <optional>

// The answers and request readers every endpoint shares (docs/sync-protocol.md: errors are
// {"error", "message"} bodies).
namespace cc::server::apiutil {

qint64 now();
HttpResponse json(int status, const QJsonObject &body);
HttpResponse fail(int status, QLatin1StringView code, const QString &message, int retryAfter = -1);
HttpResponse badRequest(const QString &message);
/** The generic 500: the cause is in the server's log, never in the answer. */
HttpResponse serverError();
HttpResponse noContent();
/** The answer for a create-or-same id (201, 200, 409 or 403). */
HttpResponse created(Put put);
/** The answer to accepting a one-time mailbox (an invitation, a device link): 202 the first
 *  time, 409 with @p alreadyAccepted after that, 500 when the store failed. */
HttpResponse accepted(const Result<Put> &put, const QString &alreadyAccepted);
/** Reads the request body as a JSON object (the reader records any problem). */
protocol::JsonReader readBody(const HttpRequest &request);
/** A base64url id of exactly @p size bytes, or nothing. */
std::optional<QByteArray> idParam(const QString &text, int size);
/** The space id of the URL's first parameter, or nothing with *error set (400). */
std::optional<QByteArray> spaceParam(const QStringList &params, HttpResponse *error);
/** The integer query item @p name within [@p min, @p max], @p fallback when absent, or
 *  nothing (then answer 400) when it is not such an integer. */
std::optional<qint64> queryInteger(
    const QUrlQuery &query, const QString &name, qint64 fallback, qint64 min, qint64 max);
QJsonValue nullable(const std::optional<qint64> &v);
/** base64url, or null for empty bytes. */
QJsonValue nullableBytes(const QByteArray &bytes);
/**
 * 400 bad_request when @p signPub is not an acceptable Ed25519 key or @p boxPub (if given) not
 * an acceptable X25519 key (small order, non-canonical: crypto/keyvalidation.h); @p what
 * names the keys' owner in the message.
 */
std::optional<HttpResponse> weakKeys(const QString &what, const QByteArray &signPub, const QByteArray &boxPub = {});
/** The client's address, as the login throttle keys it. */
QString clientKey(const HttpRequest &r);

} // namespace cc::server::apiutil
