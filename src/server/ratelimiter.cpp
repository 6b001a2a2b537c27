// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

namespace cc::server {

void RateLimiter::evict(qint64 nowMs)
{
    // The stalest buckets first: one that has refilled is the same as none; past the cap
    // the oldest goes even if not full (its client only gets a fresh burst).
    while (auto oldest = m_recency.oldest()) {
        const Bucket &b = m_buckets[oldest->first];
        const bool full = b.tokens + double(nowMs - b.updated) / 1000.0 * m_rate >= m_burst;
        if (!full && m_buckets.size() <= m_maxKeys)
            break;
        m_buckets.remove(oldest->first);
        m_recency.remove(oldest->first);
    }
}

bool RateLimiter::allow(const QByteArray &key, qint64 nowMs, int *retryAfter)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {m_burst, nowMs});
    it->tokens = std::min(m_burst, it->tokens + double(nowMs - it->updated) / 1000.0 * m_rate);
    it->updated = nowMs;
    m_recency.touch(key, nowMs);
    bool allowed = it->tokens >= 1.0;
    if (allowed)
        it->tokens -= 1.0;
    else
        *retryAfter = std::max(1, int(std::ceil((1.0 - it->tokens) / m_rate)));
    evict(nowMs);
    return allowed;
}

} // namespace cc::server
