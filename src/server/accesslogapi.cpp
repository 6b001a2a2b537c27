// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslogapi.h"

#include "apiutil.h"

#include <QJsonArray>

#include <limits>

namespace cc::server {

namespace errors = protocol::errors;
using namespace apiutil;
using protocol::JsonReader;
using protocol::toBase64Url;

namespace {

constexpr qint64 DefaultAccessLimit = 200;
constexpr qint64 MaxAccessLimit = 1000;

} // namespace

HttpResponse AccessLogApi::getAccess(Api::Context &c)
{
    HttpResponse error;
    const std::optional<QByteArray> space = spaceParam(c.params, &error);
    if (!space)
        return error;
    constexpr qint64 Latest = std::numeric_limits<qint64>::max();
    const std::optional<qint64> before = queryInteger(c.request.query, QStringLiteral("before"), Latest, 0, Latest);
    if (!before)
        return badRequest(QStringLiteral("before must be a time in ms ≥ 0."));
    const std::optional<qint64> limit =
        queryInteger(c.request.query, QStringLiteral("limit"), DefaultAccessLimit, 1, MaxAccessLimit);
    if (!limit)
        return badRequest(QStringLiteral("limit must be between 1 and 1000."));
    if (auto refusal = m_api.denied(*space, c.session.account, Api::Need::Owner))
        return *refusal;
    auto events = m_api.storage().accessLog(*space, *before, int(*limit));
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

} // namespace cc::server
