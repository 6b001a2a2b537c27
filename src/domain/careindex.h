// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QtGlobal>

#include <vector>

namespace cc::domain {

struct CheckIn;
struct Comment;
struct ProgressEntry;

/**
 * Record ids in the order views list them: by a 64-bit key (a time in milliseconds or a day
 * number), ties by id. Kept as records come and go, so that a view asks for the newest few
 * or one goal's entries without sorting or even visiting the rest of the vault.
 */
class OrderedIds
{
public:
    struct Entry {
        qint64 key = 0;
        QByteArray id;
        friend bool operator<(const Entry &a, const Entry &b) { return a.key != b.key ? a.key < b.key : a.id < b.id; }
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    /** Puts @p id in its place (an id already there at the same key is not added twice).
     *  Not while appended entries wait for sort(). */
    void insert(qint64 key, const QByteArray &id);
    /** Takes @p id out; nothing happens if it is not there at @p key. */
    void remove(qint64 key, const QByteArray &id);
    /** Adds without ordering, for a load that adds thousands; sort() once after. */
    void append(qint64 key, const QByteArray &id) { m_entries.push_back({key, id}); }
    /** Orders what was appended since the last sort() and merges it in, leaving out one
     *  appended twice or held already. Nothing appended: nothing done. Else the appended
     *  ones' own sort and a binary search each, and the held entries after the first of
     *  them move (all of them for older records, as a part of the history read after unlock). */
    void sort();
    void clear()
    {
        m_entries.clear();
        m_sorted = 0;
    }

    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    /** Oldest (smallest key) first. */
    std::vector<Entry>::const_iterator begin() const { return m_entries.cbegin(); }
    std::vector<Entry>::const_iterator end() const { return m_entries.cend(); }
    std::vector<Entry>::const_reverse_iterator rbegin() const { return m_entries.crbegin(); }
    std::vector<Entry>::const_reverse_iterator rend() const { return m_entries.crend(); }

private:
    std::vector<Entry> m_entries;
    std::size_t m_sorted = 0; ///< entries [0, m_sorted) are in order; the rest were appended
};

/**
 * The orders a CareStore keeps beside its records: check-ins (all, and per space) and comments
 * by time, and per goal its progress entries by day, per record the comments on it by time. The store calls
 * add() for every record it takes and remove() with the record it drops, so the orders always
 * hold exactly the live records. While a load adopts a whole vault, entries are appended and
 * sorted once at endBulk() instead of placed one by one.
 */
class CareIndex
{
public:
    /** The key a record is ordered by: a time in milliseconds since the epoch, a day's
     *  Julian day number (0 for an invalid one). */
    static qint64 keyOf(const QDateTime &time);
    static qint64 keyOf(const QDate &day);

    /** @p space: the space the check-in is in (the flags count some spaces only). */
    void add(const CheckIn &checkIn, const QByteArray &space);
    void add(const ProgressEntry &entry);
    void add(const Comment &comment);
    void remove(const CheckIn &checkIn);
    void remove(const ProgressEntry &entry);
    void remove(const Comment &comment);
    void clear();

    void beginBulk() { m_bulk = true; }
    void endBulk();

    /** Every check-in (the patient's and caregivers' own), oldest first. */
    const OrderedIds &checkIns() const { return m_checkIns; }
    /** The check-ins in @p space, oldest first; nullptr if it holds none. */
    const OrderedIds *checkInsIn(const QByteArray &space) const;
    /** The spaces that hold check-ins. */
    QList<QByteArray> checkInSpaces() const { return m_checkInsBySpace.keys(); }
    /** Every comment, oldest first. */
    const OrderedIds &comments() const { return m_comments; }
    /** The progress entries of @p goalId by day (oldest first); nullptr if it has none. */
    const OrderedIds *progressOf(const QByteArray &goalId) const;
    /** The comments on @p targetId, oldest first; nullptr if there are none. */
    const OrderedIds *commentsOn(const QByteArray &targetId) const;

private:
    void put(OrderedIds &order, qint64 key, const QByteArray &id) const;

    OrderedIds m_checkIns;
    QHash<QByteArray, OrderedIds> m_checkInsBySpace;
    OrderedIds m_comments;
    QHash<QByteArray, OrderedIds> m_progressByGoal;
    QHash<QByteArray, OrderedIds> m_commentsByTarget;
    bool m_bulk = false;
};

} // namespace cc::domain
