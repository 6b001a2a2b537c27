// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/recordlistmodel.h"

#include "app/core/rowmodel.h"

#include <algorithm>
#include <iterator>

namespace cc::app {

RecordListModel::RecordListModel(const QList<QByteArray> &valueRoleNames, QObject *parent)
    : QAbstractListModel(parent), m_roleNames(QList<QByteArray> {"recordId"} + valueRoleNames)
{ }

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - Qt::UserRole;
    if (column < 0 || column >= m_roleNames.size())
        return {};
    return rowValue(m_rows.at(std::size_t(index.row())), column);
}

QVariant RecordListModel::rowValue(const Row &row, int column) const
{
    // The row's own: never empty, even for a record no longer there.
    if (column == 0)
        return QString::fromLatin1(row.id.toHex());
    return value(row, column);
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    return RowModel::numberedRoles(m_roleNames);
}

QVariantMap RecordListModel::get(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return RowModel::namedValues(m_roleNames, [this, row](int i) { return rowValue(m_rows.at(std::size_t(row)), i); });
}

std::size_t RecordListModel::runsTo(const std::vector<Row> &rows) const
{
    // The same walk as applyRuns(), counting its signals: a run ends where a row stays or
    // where removals turn into insertions or back.
    enum class Kind { None, Removal, Insertion };
    std::size_t runs = 0;
    Kind last = Kind::None;
    std::size_t at = 0;
    std::size_t next = 0;
    while (at < m_rows.size() || next < rows.size()) {
        Kind kind = Kind::None;
        if (at < m_rows.size() && next < rows.size() && m_rows[at] == rows[next]) {
            ++at;
            ++next;
        } else if (at < m_rows.size() && (next == rows.size() || listedBefore(m_rows[at], rows[next]))) {
            kind = Kind::Removal;
            ++at;
        } else {
            kind = Kind::Insertion;
            ++next;
        }
        if (kind != Kind::None && kind != last)
            ++runs;
        last = kind;
    }
    return runs;
}

void RecordListModel::replaceAll(std::vector<Row> rows)
{
    if (!m_rows.empty()) {
        beginRemoveRows({}, 0, count() - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (!rows.empty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    }
}

void RecordListModel::setRows(std::vector<Row> rows, bool valuesChanged)
{
    Q_ASSERT(std::adjacent_find(rows.cbegin(), rows.cend(), [](const Row &a, const Row &b) {
        return !listedBefore(a, b);
    }) == rows.cend());
    const std::size_t countBefore = m_rows.size();
    if (runsTo(rows) > MaxRuns) {
        // Each run shifts the rows after it: two lists that interleave (two goals' days) would
        // cost a shift per row.
        replaceAll(std::move(rows));
    } else {
        applyRuns(rows);
        if (valuesChanged && !m_rows.empty())
            Q_EMIT dataChanged(index(0), index(count() - 1));
    }
    if (countBefore != m_rows.size())
        Q_EMIT countChanged();
    Q_EMIT rowsSettled();
}

void RecordListModel::applyRuns(std::vector<Row> &rows)
{
    // Both lists are in the same order: one walk finds the runs that go and the runs that
    // come. m_rows[0, at) is final; m_rows[at] is the next row held, rows[next] the next wanted.
    std::size_t at = 0;
    std::size_t next = 0;
    while (at < m_rows.size() || next < rows.size()) {
        if (at < m_rows.size() && next < rows.size() && m_rows[at] == rows[next]) {
            ++at;
            ++next;
            continue;
        }
        const bool holdsFirst = at < m_rows.size() && (next == rows.size() || listedBefore(m_rows[at], rows[next]));
        if (holdsFirst) {
            // Held rows listed before the next wanted one are no longer listed.
            std::size_t end = at + 1;
            while (end < m_rows.size() && (next == rows.size() || listedBefore(m_rows[end], rows[next])))
                ++end;
            beginRemoveRows({}, int(at), int(end - 1));
            m_rows.erase(m_rows.begin() + qsizetype(at), m_rows.begin() + qsizetype(end));
            endRemoveRows();
            continue;
        }
        std::size_t end = next + 1;
        while (end < rows.size() && (at == m_rows.size() || listedBefore(rows[end], m_rows[at])))
            ++end;
        beginInsertRows({}, int(at), int(at + (end - next) - 1));
        m_rows.insert(m_rows.begin() + qsizetype(at), std::make_move_iterator(rows.begin() + qsizetype(next)),
            std::make_move_iterator(rows.begin() + qsizetype(end)));
        endInsertRows();
        at += end - next;
        next = end;
    }
}

bool RecordListModel::updateRows(const QList<QByteArray> &ids, const RowOf &now)
{
    const std::size_t countBefore = m_rows.size();
    const bool changed = updateEach(ids, now);
    if (countBefore != m_rows.size())
        Q_EMIT countChanged();
    Q_EMIT rowsSettled();
    return changed;
}

bool RecordListModel::followChanges(const QList<QByteArray> &newIds, const QList<QByteArray> &knownIds,
    const RowOf &now, const std::function<std::vector<Row>()> &allRows)
{
    if (knownIds.size() > FewChanges) {
        // A pull's page of hundreds of changed records: one walk over every row is cheaper
        // than a search per record.
        setRows(allRows(), false);
        return true;
    }
    const std::size_t countBefore = m_rows.size();
    std::vector<Row> rows;
    rows.reserve(std::size_t(newIds.size()));
    for (const QByteArray &id : newIds) {
        if (std::optional<Row> row = now(id))
            rows.push_back(std::move(*row));
    }
    std::sort(rows.begin(), rows.end(), listedBefore);
    bool changed = insertNew(std::move(rows));
    changed = updateEach(knownIds, now) || changed;
    if (countBefore != m_rows.size())
        Q_EMIT countChanged();
    Q_EMIT rowsSettled();
    return changed;
}

bool RecordListModel::updateEach(const QList<QByteArray> &ids, const RowOf &now)
{
    bool changed = false;
    for (const QByteArray &id : ids) {
        const auto held = std::find_if(m_rows.begin(), m_rows.end(), [&id](const Row &r) { return r.id == id; });
        const std::optional<Row> row = now(id);
        if (held != m_rows.end() && row && *held == *row) {
            // Still listed where it was; what it shows may have changed (a record rewritten).
            const QModelIndex changedAt = index(int(held - m_rows.begin()));
            Q_EMIT dataChanged(changedAt, changedAt);
            changed = true;
            continue;
        }
        if (held != m_rows.end()) {
            const int from = int(held - m_rows.begin());
            beginRemoveRows({}, from, from);
            m_rows.erase(held);
            endRemoveRows();
            changed = true;
        }
        if (!row)
            continue;
        const auto to = std::lower_bound(m_rows.begin(), m_rows.end(), *row, listedBefore);
        const int position = int(to - m_rows.begin());
        beginInsertRows({}, position, position);
        m_rows.insert(to, *row);
        endInsertRows();
        changed = true;
    }
    return changed;
}

bool RecordListModel::insertNew(std::vector<Row> rows)
{
    Q_ASSERT(std::adjacent_find(rows.cbegin(), rows.cend(), [](const Row &a, const Row &b) {
        return !listedBefore(a, b);
    }) == rows.cend());
    // Rows come in listed order, so each one's place is at or after the one before it.
    std::vector<Row> coming;
    std::vector<std::size_t> places;
    coming.reserve(rows.size());
    places.reserve(rows.size());
    std::size_t runs = 0;
    auto from = m_rows.cbegin();
    for (Row &row : rows) {
        from = std::lower_bound(from, m_rows.cend(), row, listedBefore);
        if (from != m_rows.cend() && *from == row)
            continue;
        const auto place = std::size_t(from - m_rows.cbegin());
        if (places.empty() || places.back() != place)
            ++runs;
        places.push_back(place);
        coming.push_back(std::move(row));
    }
    if (runs > MaxRuns) {
        // Interleaved with what is held (records pulled from a space read later): one merge
        // and two signals, not a shift of the rows after each of many runs.
        std::vector<Row> merged;
        merged.reserve(m_rows.size() + coming.size());
        std::merge(m_rows.cbegin(), m_rows.cend(), std::make_move_iterator(coming.begin()),
            std::make_move_iterator(coming.end()), std::back_inserter(merged), listedBefore);
        replaceAll(std::move(merged));
    } else {
        insertAt(coming, places);
    }
    return !coming.empty();
}

void RecordListModel::insertAt(std::vector<Row> &rows, const std::vector<std::size_t> &places)
{
    std::size_t shift = 0; // rows inserted before the run at hand
    for (std::size_t first = 0; first < rows.size();) {
        std::size_t end = first + 1;
        while (end < rows.size() && places[end] == places[first])
            ++end;
        const std::size_t at = places[first] + shift;
        beginInsertRows({}, int(at), int(at + (end - first) - 1));
        m_rows.insert(m_rows.begin() + qsizetype(at), std::make_move_iterator(rows.begin() + qsizetype(first)),
            std::make_move_iterator(rows.begin() + qsizetype(end)));
        endInsertRows();
        shift += end - first;
        first = end;
    }
}

} // namespace cc::app
