// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpadapter.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace cc::server {

/**
 * Matches a request to a route pattern such as "/v1/spaces/{space}/records" and hands
 * the {…} segments to the route's handler in order. The pattern doubles as the route's
 * name in logs and metrics (it never contains ids).
 */
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &, const QStringList &params)>;
    void add(QByteArray method, QString pattern, Handler handler);
    /** The handler's answer, or 404; *route is the matched pattern or "unmatched". */
    HttpResponse dispatch(const HttpRequest &request, QString *route) const;

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace cc::server
