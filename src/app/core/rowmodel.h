// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>
#include <optional>

namespace cc::app {

/**
 * A read-only list model whose rows are fixed-width value lists, one value per role. The
 * concept models (goals, activities, comments) subclass it and only say which roles they
 * have and how a domain record becomes a row. When the first role is a unique key (the record
 * id), setRows() applies the difference to the rows shown as removals, inserts, moves and
 * dataChanged of the rows that differ, so views keep their delegates, scroll position and
 * focus after a change; otherwise (no unique key) it resets.
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

    /** Replaces all rows; each row holds one value per role name, in order. Emits the
     *  granular signals of the difference when every row has a unique key (first value). */
    void setRows(QList<QVariantList> rows);

    /** Up to this many changed keys, updateRows() (a search and a shift per key) beats
     *  building every row and setRows() (one pass); beyond it, a model rebuilds. */
    static constexpr qsizetype FewChanges = 32;
    /** Where a row goes among the others: true if @p a is listed before @p b. */
    using RowOrder = std::function<bool(const QVariantList &a, const QVariantList &b)>;
    /** The row of a key now, or nullopt if it is no longer listed. */
    using RowOf = std::function<std::optional<QVariantList>(const QString &key)>;
    /**
     * For a change of a few records in a list of thousands: only the rows of @p keys are
     * looked at. Each is replaced where it is, or taken out, and put back where @p order places
     * it if @p rowOf still gives it; the other rows must already be in that order. Emits the
     * row signals of the difference, as setRows() does, without building every row. Returns
     * whether any row changed.
     */
    bool updateRows(const QStringList &keys, const RowOf &rowOf, const RowOrder &order);

    /** @p names as role numbers from Qt::UserRole on (this model's and RecordListModel's roles). */
    static QHash<int, QByteArray> numberedRoles(const QList<QByteArray> &names);
    /** {name: @p valueAt(i)} for each of @p names, in order (get() of both kinds of model). */
    static QVariantMap namedValues(const QList<QByteArray> &names, const std::function<QVariant(int)> &valueAt);

Q_SIGNALS:
    void countChanged();

protected:
    /** @p roleNames in the order of the subclass's role enum, which starts at Qt::UserRole. */
    RowModel(QList<QByteArray> roleNames, QObject *parent);

private:
    /** Turns m_rows into @p rows by row signals; false (nothing changed) without unique keys. */
    bool applyByKey(const QList<QVariantList> &rows);
    /** Row @p row moves to @p to (< row), or is replaced where it is. */
    void moveRow(qsizetype from, qsizetype to);
    void replaceRow(qsizetype at, const QVariantList &row);

    QList<QByteArray> m_roleNames;
    QList<QVariantList> m_rows;
};

} // namespace cc::app
