// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <map>
#include <optional>
#include <utility>

namespace cc::server {

/**
 * The keys of an in-memory table ordered by when each was last touched, so that a table
 * keyed by client input (addresses, device ids) can drop its stalest entries one at a
 * time instead of growing without bound or being cleared wholesale. O(log n) per call.
 */
class RecencyIndex
{
public:
    /** Records that @p key was used at @p nowMs (inserting it if new). */
    void touch(const QByteArray &key, qint64 nowMs);
    void remove(const QByteArray &key);
    /** The least recently touched key and its time, if any. */
    std::optional<std::pair<QByteArray, qint64>> oldest() const;
    qsizetype size() const { return m_lastUse.size(); }

private:
    QHash<QByteArray, qint64> m_lastUse;
    std::multimap<qint64, QByteArray> m_byTime;
    void unlink(const QByteArray &key, qint64 time);
};

} // namespace cc::server
