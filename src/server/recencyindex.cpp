// SPDX-License-Identifier: GPL-3.0-or-later
#include "recencyindex.h"

namespace cc::server {

void RecencyIndex::unlink(const QByteArray &key, qint64 time)
{
    auto [first, last] = m_byTime.equal_range(time);
    for (auto it = first; it != last; ++it) {
        if (it->second == key) {
            m_byTime.erase(it);
            return;
        }
    }
}

void RecencyIndex::touch(const QByteArray &key, qint64 nowMs)
{
    auto it = m_lastUse.find(key);
    if (it != m_lastUse.end()) {
        if (*it == nowMs)
            return;
        unlink(key, *it);
        *it = nowMs;
    } else {
        m_lastUse.insert(key, nowMs);
    }
    m_byTime.emplace(nowMs, key);
}

void RecencyIndex::remove(const QByteArray &key)
{
    auto it = m_lastUse.find(key);
    if (it == m_lastUse.end())
        return;
    unlink(key, *it);
    m_lastUse.erase(it);
}

std::optional<std::pair<QByteArray, qint64>> RecencyIndex::oldest() const
{
    if (m_byTime.empty())
        return std::nullopt;
    return std::make_pair(m_byTime.begin()->second, m_byTime.begin()->first);
}

} // namespace cc::server
