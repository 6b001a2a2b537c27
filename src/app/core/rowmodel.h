// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantList>

namespace cc::app {

/**
 * A read-only list model whose rows are fixed-width value lists, one value per role. The
 * concept models (goals, activities, comments) subclass it and only say which roles they
 * have and how a domain record becomes a row. Rows are replaced whole on reload.
 */
class RowModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    /** Row @p row as {roleName: value} for QML and tests. */
    Q_INVOKABLE QVariantMap get(int row) const;

    /** Replaces all rows; each row holds one value per role name, in order. */
    void setRows(QList<QVariantList> rows);

Q_SIGNALS:
    void countChanged();

protected:
    /** @p roleNames in the order of the subclass's role enum, which starts at Qt::UserRole. */
    RowModel(QList<QByteArray> roleNames, QObject *parent);

private:
    QList<QByteArray> m_roleNames;
    QList<QVariantList> m_rows;
};

} // namespace cc::app
