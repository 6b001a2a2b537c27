// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/rowmodel.h"

#include <algorithm>
#include <optional>

namespace cc::app {

RowModel::RowModel(QList<QByteArray> roleNames, QObject *parent)
    : QAbstractListModel(parent), m_roleNames(std::move(roleNames))
{ }

int RowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - Qt::UserRole;
    const QVariantList &row = m_rows.at(index.row());
    if (column < 0 || column >= row.size())
        return {};
    return row.at(column);
}

QHash<int, QByteArray> RowModel::numberedRoles(const QList<QByteArray> &names)
{
    QHash<int, QByteArray> numbered;
    for (int i = 0; i < names.size(); ++i)
        numbered.insert(Qt::UserRole + i, names.at(i));
    return numbered;
}

QVariantMap RowModel::namedValues(const QList<QByteArray> &names, const std::function<QVariant(int)> &valueAt)
{
    QVariantMap map;
    for (int i = 0; i < names.size(); ++i)
        map.insert(QString::fromLatin1(names.at(i)), valueAt(i));
    return map;
}

QHash<int, QByteArray> RowModel::roleNames() const
{
    return numberedRoles(m_roleNames);
}

QVariantMap RowModel::get(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return namedValues(m_roleNames, [this, row](int i) { return m_rows.at(row).value(i); });
}

void RowModel::setRows(QList<QVariantList> rows)
{
    for (const QVariantList &row : rows)
        Q_ASSERT(row.size() == m_roleNames.size());
    const bool countChanges = rows.size() != m_rows.size();
    if (!applyByKey(rows)) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    if (countChanges)
        Q_EMIT countChanged();
}

namespace {

QString keyOf(const QVariantList &row)
{
    return row.isEmpty() ? QString() : row.constFirst().toString();
}

/** Key → position, or nullopt if a key is empty or repeats. */
std::optional<QHash<QString, qsizetype>> uniqueKeys(const QList<QVariantList> &rows)
{
    QHash<QString, qsizetype> keys;
    keys.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString key = keyOf(rows.at(i));
        if (key.isEmpty() || keys.contains(key))
            return std::nullopt;
        keys.insert(key, i);
    }
    return keys;
}

/** Beyond this many moves a reset is cheaper for the view than row-by-row moves. */
constexpr int MaxMoves = 32;

} // namespace

void RowModel::replaceRow(qsizetype at, const QVariantList &row)
{
    if (m_rows.at(at) == row)
        return;
    m_rows[at] = row;
    const QModelIndex changed = index(int(at));
    Q_EMIT dataChanged(changed, changed);
}

void RowModel::moveRow(qsizetype from, qsizetype to)
{
    beginMoveRows({}, int(from), int(from), {}, int(to));
    m_rows.move(from, to);
    endMoveRows();
}

bool RowModel::applyByKey(const QList<QVariantList> &rows)
{
    const auto wanted = uniqueKeys(rows);
    const auto held = uniqueKeys(m_rows);
    if (!wanted || !held)
        return false;
    // Removals, back to front, a contiguous run at a time.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (wanted->contains(keyOf(m_rows.at(i))))
            continue;
        const qsizetype last = i;
        while (i > 0 && !wanted->contains(keyOf(m_rows.at(i - 1))))
            --i;
        beginRemoveRows({}, int(i), int(last));
        m_rows.remove(i, last - i + 1);
        endRemoveRows();
    }
    // What is left is in the new list: walk it, inserting new rows and moving the others up.
    int moves = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString key = keyOf(rows.at(i));
        if (i < m_rows.size() && keyOf(m_rows.at(i)) == key) {
            replaceRow(i, rows.at(i));
            continue;
        }
        if (!held->contains(key)) {
            qsizetype end = i;
            while (end + 1 < rows.size() && !held->contains(keyOf(rows.at(end + 1))))
                ++end;
            beginInsertRows({}, int(i), int(end));
            for (qsizetype t = i; t <= end; ++t)
                m_rows.insert(t, rows.at(t));
            endInsertRows();
            i = end;
            continue;
        }
        if (++moves > MaxMoves) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return true;
        }
        qsizetype from = i + 1;
        while (keyOf(m_rows.at(from)) != key)
            ++from;
        moveRow(from, i);
        replaceRow(i, rows.at(i));
    }
    return true;
}

bool RowModel::updateRows(const QStringList &keys, const RowOf &rowOf, const RowOrder &order)
{
    const qsizetype countBefore = m_rows.size();
    bool changed = false;
    for (const QString &key : keys) {
        const auto held =
            std::find_if(m_rows.cbegin(), m_rows.cend(), [&key](const QVariantList &row) { return keyOf(row) == key; });
        const qsizetype at = held == m_rows.cend() ? -1 : held - m_rows.cbegin();
        const std::optional<QVariantList> row = rowOf(key);
        Q_ASSERT(!row || row->size() == m_roleNames.size());
        if (at >= 0 && row && (at == 0 || !order(*row, m_rows.at(at - 1)))
            && (at + 1 == m_rows.size() || !order(m_rows.at(at + 1), *row))) {
            changed |= m_rows.at(at) != *row;
            replaceRow(at, *row); // still in its place
            continue;
        }
        changed |= at >= 0 || row;
        if (at >= 0) {
            beginRemoveRows({}, int(at), int(at));
            m_rows.remove(at);
            endRemoveRows();
        }
        if (!row)
            continue;
        const qsizetype to = std::lower_bound(m_rows.cbegin(), m_rows.cend(), *row, order) - m_rows.cbegin();
        beginInsertRows({}, int(to), int(to));
        m_rows.insert(to, *row);
        endInsertRows();
    }
    if (countBefore != m_rows.size())
        Q_EMIT countChanged();
    return changed;
}

} // namespace cc::app
