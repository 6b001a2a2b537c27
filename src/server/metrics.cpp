// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

namespace cc::server {

void Metrics::countRequest(const QString &route, int status)
{
    ++m_requests[{route, status}];
}

QByteArray Metrics::render() const
{
    QByteArray out;
    auto counter = [&out](const char *name, const char *help, qint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' '
            + QByteArray::number(value) + '\n';
    };
    auto gauge = [&out](const char *name, const char *help, qint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name + ' '
            + QByteArray::number(value) + '\n';
    };
    out += "# HELP carecircle_http_requests_total HTTP requests by route pattern and status.\n"
           "# TYPE carecircle_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        out += "carecircle_http_requests_total{route=\"" + it.key().first.toUtf8() + "\",status=\""
            + QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    counter("carecircle_records_pushed_total", "Record revisions stored by pushes.", m_pushed);
    counter("carecircle_records_pulled_total", "Records sent by pulls.", m_pulled);
    counter("carecircle_push_conflicts_total", "Pushes answered 409 conflict.", m_conflicts);
    counter("carecircle_rate_limited_total", "Requests answered 429.", m_rateLimited);
    gauge("carecircle_hint_sockets", "Open authenticated hint WebSockets.", openHintSockets ? openHintSockets() : 0);
    gauge("carecircle_active_sessions", "Unexpired session tokens.", activeSessions ? activeSessions() : 0);
    return out;
}

} // namespace cc::server
