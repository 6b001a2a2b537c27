// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/rowmodel.h"

namespace cc::app {

RowModel::RowModel(QList<QByteArray> roleNames, QObject *parent)
    : QAbstractListModel(parent), m_roleNames(std::move(roleNames))
{ }

int RowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RowModel::data(const QModelIndex &index, int role) const
{
    if (!m_rowSource || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - Qt::UserRole;
    if (column < 0 || column >= m_roleNames.size())
        return {};
    return m_rowSource->value(index.row(), column);
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
    if (!m_rowSource || row < 0 || row >= m_rowSource->size())
        return {};
    return namedValues(m_roleNames, [this, row](int i) { return m_rowSource->value(row, i); });
}

} // namespace cc::app
