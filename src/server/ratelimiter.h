// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recencyindex.h"

#include <QByteArray>
#include <QHash>

namespace cc::server {

/**
 * Token buckets keyed by client (address): @p rate requests per second on average, bursts
 * up to @p burst. allow() answers how many seconds to wait when the bucket is empty.
 * Memory is bounded: buckets that refilled completely are forgotten (they would start
 * full anyway), and beyond @p maxKeys the least recently used bucket goes first.
 */
class RateLimiter
{
public:
    RateLimiter(double rate, double burst, qsizetype maxKeys = 100000)
        : m_rate(rate), m_burst(burst), m_maxKeys(maxKeys)
    { }
    /** Takes one token; false and *retryAfter (whole seconds, ≥ 1) when none is left. */
    bool allow(const QByteArray &key, qint64 nowMs, int *retryAfter);
    qsizetype size() const { return m_buckets.size(); }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updated = 0;
    };
    void evict(qint64 nowMs);
    double m_rate;
    double m_burst;
    qsizetype m_maxKeys;
    QHash<QByteArray, Bucket> m_buckets;
    RecencyIndex m_recency;
};

} // namespace cc::server
