// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "protocol/wire.h"

namespace cc::server {

void Router::add(QByteArray method, QString pattern, Handler handler)
{
    QStringList segments = pattern.split(u'/', Qt::SkipEmptyParts);
    m_routes.append(Route {std::move(method), std::move(pattern), std::move(segments), std::move(handler)});
}

HttpResponse Router::dispatch(const HttpRequest &request, QString *route) const
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QStringList params;
        bool match = true;
        for (qsizetype i = 0; i < parts.size() && match; ++i) {
            const QString &s = r.segments.at(i);
            if (s.startsWith(u'{'))
                params.append(parts.at(i));
            else
                match = s == parts.at(i);
        }
        if (!match)
            continue;
        pathKnown = true;
        if (r.method != request.method)
            continue;
        *route = r.pattern;
        return r.handler(request, params);
    }
    *route = QStringLiteral("unmatched");
    // The contract has one answer for both: 404 not_found.
    return HttpResponse {404,
        protocol::errorBody(protocol::errors::NotFound,
            pathKnown ? QStringLiteral("This route does not take this method.") : QStringLiteral("No such route.")),
        "application/json", -1};
}

} // namespace cc::server
