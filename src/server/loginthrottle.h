// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recencyindex.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace cc::server {

/**
 * Counts failed logins (and failed recovery lookups) per key — a client address, or a
 * device id together with the address — in a sliding minute: more than @p maxPerMinute
 * failures block the key until the oldest failure is a minute old. Keys whose failures
 * all left the window are dropped one by one; beyond @p maxKeys the least recently
 * failing key goes first, so memory is bounded without ever clearing everything.
 */
class LoginThrottle
{
public:
    explicit LoginThrottle(int maxPerMinute = 5, qsizetype maxKeys = 100000) : m_max(maxPerMinute), m_maxKeys(maxKeys)
    { }
    void fail(const QByteArray &key, qint64 nowMs);
    /** True (with *retryAfter seconds) while @p key is blocked. */
    bool blocked(const QByteArray &key, qint64 nowMs, int *retryAfter);
    qsizetype size() const { return m_failures.size(); }

private:
    void prune(QList<qint64> &times, qint64 nowMs) const;
    void evict(qint64 nowMs);
    int m_max;
    qsizetype m_maxKeys;
    QHash<QByteArray, QList<qint64>> m_failures;
    RecencyIndex m_recency;
};

} // namespace cc::server
