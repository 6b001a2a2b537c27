// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/firstrowsmodel.h"

#include "app/core/recordlistmodel.h"

#include <algorithm>

namespace cc::app {

namespace {

/** @p model's role names in the order of its roles (from Qt::UserRole on). */
QList<QByteArray> orderedRoleNames(const QAbstractItemModel &model)
{
    const QHash<int, QByteArray> names = model.roleNames();
    QList<QByteArray> ordered;
    for (int role = Qt::UserRole; names.contains(role); ++role)
        ordered.append(names.value(role));
    return ordered;
}

} // namespace

FirstRowsModel::FirstRowsModel(QAbstractItemModel *source, int step, QObject *parent)
    : RowModel(orderedRoleNames(*source), parent), m_source(source), m_step(std::max(step, 1)), m_limit(m_step)
{
    // A record list reads its rows from the store: halfway through a change, a row may name
    // a record that is already gone. It says when its rows have settled.
    if (auto *records = qobject_cast<RecordListModel *>(source)) {
        connect(records, &RecordListModel::rowsSettled, this, &FirstRowsModel::follow);
        follow();
        return;
    }
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(source, signal, this, &FirstRowsModel::follow);
    connect(source, &QAbstractItemModel::rowsMoved, this, &FirstRowsModel::follow);
    connect(source, &QAbstractItemModel::modelReset, this, &FirstRowsModel::follow);
    connect(source, &QAbstractItemModel::layoutChanged, this, &FirstRowsModel::follow);
    connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() < m_limit)
            follow();
    });
    follow();
}

void FirstRowsModel::follow()
{
    // A record list model builds a row's values when asked: these few rows are all it builds.
    const int shown = std::min(m_source->rowCount(), m_limit);
    const int roles = int(m_source->roleNames().size());
    QList<Row> rows;
    rows.reserve(shown);
    for (int row = 0; row < shown; ++row) {
        const QModelIndex at = m_source->index(row, 0);
        QVariantList values;
        values.reserve(roles);
        for (int role = Qt::UserRole; role < Qt::UserRole + roles; ++role)
            values.append(m_source->data(at, role));
        rows.append({std::move(values)});
    }
    m_rows.set(std::move(rows));
    const int hidden = m_source->rowCount() - shown;
    if (hidden != m_hidden) {
        m_hidden = hidden;
        Q_EMIT hiddenCountChanged();
    }
}

void FirstRowsModel::showMore()
{
    if (m_hidden > 0)
        setLimit(m_limit + m_step);
}

void FirstRowsModel::showFirst()
{
    setLimit(m_step);
}

void FirstRowsModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    follow();
}

} // namespace cc::app
