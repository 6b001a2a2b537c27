// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

namespace cc::server {

/** Counters and gauges of one server process, rendered in the Prometheus text format. */
class Metrics
{
public:
    void countRequest(const QString &route, int status);
    void addPushed(qint64 n) { m_pushed += n; }
    void addPulled(qint64 n) { m_pulled += n; }
    void countConflict() { ++m_conflicts; }
    void countRateLimited() { ++m_rateLimited; }
    /** Gauges read at render time. */
    std::function<qint64()> openHintSockets;
    std::function<qint64()> activeSessions;

    QByteArray render() const;

private:
    QMap<std::pair<QString, int>, qint64> m_requests;
    qint64 m_pushed = 0;
    qint64 m_pulled = 0;
    qint64 m_conflicts = 0;
    qint64 m_rateLimited = 0;
};

} // namespace cc::server
