// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

namespace cc::server {

/**
 * Token buckets keyed by client (address): @p rate requests per second on average, bursts
 * up to @p burst. allow() answers how many seconds to wait when the bucket is empty.
 */
class RateLimiter
{
public:
    RateLimiter(double rate, double burst) : m_rate(rate), m_burst(burst) { }
    /** Takes one token; false and *retryAfter (whole seconds, ≥ 1) when none is left. */
    bool allow(const QByteArray &key, qint64 nowMs, int *retryAfter);

private:
    struct Bucket {
        double tokens = 0;
        qint64 updated = 0;
    };
    double m_rate;
    double m_burst;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace cc::server
