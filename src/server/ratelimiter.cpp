// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

namespace cc::server {

bool RateLimiter::allow(const QByteArray &key, qint64 nowMs, int *retryAfter)
{
    if (m_buckets.size() > 100000) {
        // Forget full buckets so that many distinct clients cannot grow memory forever.
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokens + double(nowMs - it->updated) / 1000.0 * m_rate >= m_burst)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {m_burst, nowMs});
    it->tokens = std::min(m_burst, it->tokens + double(nowMs - it->updated) / 1000.0 * m_rate);
    it->updated = nowMs;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return true;
    }
    *retryAfter = std::max(1, int(std::ceil((1.0 - it->tokens) / m_rate)));
    return false;
}

} // namespace cc::server
