// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

namespace cc::server {

namespace {
constexpr qint64 WindowMs = 60 * 1000;
}

void LoginThrottle::prune(QList<qint64> &times, qint64 nowMs) const
{
    while (!times.isEmpty() && times.first() <= nowMs - WindowMs)
        times.removeFirst();
}

void LoginThrottle::fail(const QByteArray &key, qint64 nowMs)
{
    if (m_failures.size() > 100000)
        m_failures.clear(); // bounded memory under a flood of distinct keys
    QList<qint64> &times = m_failures[key];
    prune(times, nowMs);
    times.append(nowMs);
}

bool LoginThrottle::blocked(const QByteArray &key, qint64 nowMs, int *retryAfter)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return false;
    prune(*it, nowMs);
    if (it->isEmpty()) {
        m_failures.erase(it);
        return false;
    }
    if (it->size() <= m_max)
        return false;
    *retryAfter = int(std::max<qint64>(1, (it->first() + WindowMs - nowMs + 999) / 1000));
    return true;
}

} // namespace cc::server
