// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/rowmodel.h"

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

QHash<int, QByteArray> RowModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roleNames.size(); ++i)
        names.insert(Qt::UserRole + i, m_roleNames.at(i));
    return names;
}

QVariantMap RowModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_rows.size())
        return map;
    for (int i = 0; i < m_roleNames.size(); ++i)
        map.insert(QString::fromLatin1(m_roleNames.at(i)), m_rows.at(row).value(i));
    return map;
}

void RowModel::setRows(QList<QVariantList> rows)
{
    for (const QVariantList &row : rows)
        Q_ASSERT(row.size() == m_roleNames.size());
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

} // namespace cc::app
