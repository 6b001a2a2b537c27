// SPDX-License-Identifier: GPL-3.0-or-later
#include "careindex.h"

#include "checkin.h"
#include "comment.h"
#include "progressentry.h"

#include <algorithm>
#include <iterator>

namespace cc::domain {

qint64 CareIndex::keyOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

qint64 CareIndex::keyOf(const QDate &day)
{
    return day.isValid() ? day.toJulianDay() : 0;
}

void OrderedIds::insert(qint64 key, const QByteArray &id)
{
    Q_ASSERT(m_sorted == m_entries.size());
    const Entry entry {key, id};
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry);
    if (at == m_entries.end() || !(*at == entry)) {
        m_entries.insert(at, entry);
        ++m_sorted;
    }
}

void OrderedIds::remove(qint64 key, const QByteArray &id)
{
    const Entry entry {key, id};
    const auto sortedEnd = m_entries.begin() + std::ptrdiff_t(m_sorted);
    const auto at = std::lower_bound(m_entries.begin(), sortedEnd, entry);
    if (at != sortedEnd && *at == entry) {
        m_entries.erase(at);
        --m_sorted;
        return;
    }
    // Appended since the last sort() (a record taken and dropped within one bulk).
    const auto appended = std::find(sortedEnd, m_entries.end(), entry);
    if (appended != m_entries.end())
        m_entries.erase(appended);
}

void OrderedIds::sort()
{
    if (m_sorted == m_entries.size())
        return; // nothing appended: an order a part of the history did not touch
    const auto sortedEnd = m_entries.begin() + std::ptrdiff_t(m_sorted);
    std::sort(sortedEnd, m_entries.end());
    // One appended twice, or held already, is dropped before the merge: no pass over all.
    const auto held = [&](const Entry &e) { return std::binary_search(m_entries.begin(), sortedEnd, e); };
    const auto appendedEnd = std::remove_if(sortedEnd, std::unique(sortedEnd, m_entries.end()), held);
    m_entries.erase(appendedEnd, m_entries.end());
    const auto appended = m_entries.begin() + std::ptrdiff_t(m_sorted);
    if (appended != m_entries.end()) {
        // Only the held entries after the first appended one move.
        const auto from = std::upper_bound(m_entries.begin(), appended, *appended);
        std::inplace_merge(from, appended, m_entries.end());
    }
    m_sorted = m_entries.size();
}

void CareIndex::put(OrderedIds &order, qint64 key, const QByteArray &id) const
{
    if (m_bulk)
        order.append(key, id);
    else
        order.insert(key, id);
}

void CareIndex::add(const CheckIn &checkIn, const QByteArray &space)
{
    put(m_checkIns, keyOf(checkIn.time), checkIn.id);
    put(m_checkInsBySpace[space], keyOf(checkIn.time), checkIn.id);
}

void CareIndex::add(const ProgressEntry &entry)
{
    put(m_progressByGoal[entry.goalId], keyOf(entry.date), entry.id);
}

void CareIndex::add(const Comment &comment)
{
    put(m_comments, keyOf(comment.time), comment.id);
    put(m_commentsByTarget[comment.targetId], keyOf(comment.time), comment.id);
}

void CareIndex::remove(const CheckIn &checkIn)
{
    m_checkIns.remove(keyOf(checkIn.time), checkIn.id);
    // Its space may have changed since it was added (a move): a vault has a few spaces.
    for (auto it = m_checkInsBySpace.begin(); it != m_checkInsBySpace.end();) {
        it->remove(keyOf(checkIn.time), checkIn.id);
        it = it->isEmpty() ? m_checkInsBySpace.erase(it) : std::next(it);
    }
}

void CareIndex::remove(const ProgressEntry &entry)
{
    const auto it = m_progressByGoal.find(entry.goalId);
    if (it == m_progressByGoal.end())
        return;
    it->remove(keyOf(entry.date), entry.id);
    if (it->isEmpty())
        m_progressByGoal.erase(it);
}

void CareIndex::remove(const Comment &comment)
{
    m_comments.remove(keyOf(comment.time), comment.id);
    const auto it = m_commentsByTarget.find(comment.targetId);
    if (it == m_commentsByTarget.end())
        return;
    it->remove(keyOf(comment.time), comment.id);
    if (it->isEmpty())
        m_commentsByTarget.erase(it);
}

void CareIndex::clear()
{
    m_checkIns.clear();
    m_checkInsBySpace.clear();
    m_comments.clear();
    m_progressByGoal.clear();
    m_commentsByTarget.clear();
}

void CareIndex::endBulk()
{
    m_bulk = false;
    m_checkIns.sort();
    for (OrderedIds &order : m_checkInsBySpace)
        order.sort();
    m_comments.sort();
    for (OrderedIds &order : m_progressByGoal)
        order.sort();
    for (OrderedIds &order : m_commentsByTarget)
        order.sort();
}

const OrderedIds *CareIndex::checkInsIn(const QByteArray &space) const
{
    const auto it = m_checkInsBySpace.constFind(space);
    return it == m_checkInsBySpace.cend() ? nullptr : &*it;
}

const OrderedIds *CareIndex::progressOf(const QByteArray &goalId) const
{
    const auto it = m_progressByGoal.constFind(goalId);
    return it == m_progressByGoal.cend() ? nullptr : &*it;
}

const OrderedIds *CareIndex::commentsOn(const QByteArray &targetId) const
{
    const auto it = m_commentsByTarget.constFind(targetId);
    return it == m_commentsByTarget.cend() ? nullptr : &*it;
}

} // namespace cc::domain
