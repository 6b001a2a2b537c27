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

void LoginThrottle::evict(qint64 nowMs)
{
    while (auto oldest = m_recency.oldest()) {
        // A key's last failure out of the window means all of them are: nothing to keep.
        if (oldest->second > nowMs - WindowMs && m_failures.size() <= m_maxKeys)
            break;
        m_failures.remove(oldest->first);
        m_recency.remove(oldest->first);
    }
}

void LoginThrottle::fail(const QByteArray &key, qint64 nowMs)
{
    QList<qint64> &times = m_failures[key];
    prune(times, nowMs);
    times.append(nowMs);
    if (times.size() > m_max + 1)
        times.removeFirst(); // more than this never changes the answer
    m_recency.touch(key, nowMs);
    evict(nowMs);
}

bool LoginThrottle::blocked(const QByteArray &key, qint64 nowMs, int *retryAfter)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return false;
    prune(*it, nowMs);
    if (it->isEmpty()) {
        m_failures.erase(it);
        m_recency.remove(key);
        return false;
    }
    if (it->size() <= m_max)
        return false;
    *retryAfter = int(std::max<qint64>(1, (it->first() + WindowMs - nowMs + 999) / 1000));
    return true;
}

} // namespace cc::server
