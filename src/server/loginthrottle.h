// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

namespace cc::server {

/**
 * Counts failed logins (and failed recovery lookups) per key — a device id or a client
 * address — in a sliding minute: more than @p maxPerMinute failures block the key until
 * the oldest failure is a minute old.
 */
class LoginThrottle
{
public:
    explicit LoginThrottle(int maxPerMinute = 5) : m_max(maxPerMinute) { }
    void fail(const QByteArray &key, qint64 nowMs);
    /** True (with *retryAfter seconds) while @p key is blocked. */
    bool blocked(const QByteArray &key, qint64 nowMs, int *retryAfter);

private:
    void prune(QList<qint64> &times, qint64 nowMs) const;
    int m_max;
    QHash<QByteArray, QList<qint64>> m_failures;
};

} // namespace cc::server
