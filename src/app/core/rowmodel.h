// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QQmlEngine>
#include <QVariant>

#include <functional>
#include <optional>
#include <tuple>
#include <type_traits>

namespace cc::app {

/** What a model's rows (a Rows<Row> member) tell the model they belong to. */
class RowSource
{
public:
    virtual qsizetype size() const = 0;
    /** The value of role Qt::UserRole + @p column of row @p row. */
    virtual QVariant value(qsizetype row, int column) const = 0;

protected:
    ~RowSource() = default;
};

/**
 * A read-only list model of the short lists (goals, activities, comments, members): the
 * subclass names its roles and holds its rows, one struct per concept, in a Rows<Row>
 * member. When the rows have a unique key, Rows::set() applies the difference to the rows
 * shown as removals, inserts, moves and dataChanged of the rows that differ, so views keep
 * their delegates, scroll position and focus after a change; otherwise (no unique key) it
 * resets. A QObject without template parameters, so that Qt 6.4's qmltyperegistrar sees each
 * model's base class.
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
    int count() const { return m_rowSource ? int(m_rowSource->size()) : 0; }

    /** Row @p row as {roleName: value} for QML and tests. */
    Q_INVOKABLE QVariantMap get(int row) const;

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
    template<typename Row>
    friend class Rows;

    QList<QByteArray> m_roleNames;
    const RowSource *m_rowSource = nullptr; ///< the subclass's Rows member
};

namespace rowdetail {

/** A row that lists its values as fields(): a tuple of its members in role order. */
template<typename Row>
concept HasFields = requires(const Row &row)
{
    std::tuple_size<std::decay_t<decltype(row.fields())>>::value;
};

/** The value of field @p column of @p tuple. */
template<typename Tuple>
QVariant fieldValue(const Tuple &tuple, int column)
{
    return std::apply(
        [column](const auto &...field) {
            QVariant out;
            int i = 0;
            ((i++ == column ? void(out = QVariant::fromValue(field)) : void()), ...);
            return out;
        },
        tuple);
}

} // namespace rowdetail

/**
 * The rows of a RowModel subclass, a member made with the model (`Rows<Row> m_rows {this};`).
 * A Row either has `fields()`, a std::tie of its members in role order (its key is the first, as
 * text), or, when its roles are not known until run time, `value(column)`, `key()` and `==`.
 */
template<typename Row>
class Rows final : public RowSource
{
public:
    explicit Rows(RowModel *model) : m_model(model)
    {
        if constexpr (rowdetail::HasFields<Row>) {
            constexpr int columns =
                int(std::tuple_size_v<std::decay_t<decltype(std::declval<const Row &>().fields())>>);
            if (columns != model->m_roleNames.size())
                qFatal("Rows: a row of %d fields in a model of %d roles", columns, int(model->m_roleNames.size()));
        }
        Q_ASSERT(!model->m_rowSource); // one Rows member per model
        model->m_rowSource = this;
    }
    ~Rows()
    {
        Q_ASSERT(m_model->m_rowSource == this);
        m_model->m_rowSource = nullptr;
    }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    qsizetype size() const override { return m_rows.size(); }
    QVariant value(qsizetype row, int column) const override
    {
        if constexpr (rowdetail::HasFields<Row>)
            return rowdetail::fieldValue(m_rows.at(row).fields(), column);
        else
            return m_rows.at(row).value(column);
    }
    const Row &at(qsizetype row) const { return m_rows.at(row); }
    /** Row @p row's key (its first field, as text), or "" outside the list. */
    QString keyAt(qsizetype row) const { return row >= 0 && row < m_rows.size() ? keyOf(m_rows.at(row)) : QString(); }
    /** The row whose key is @p key, or -1. */
    int indexOf(const QString &key) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (keyOf(m_rows.at(row)) == key)
                return int(row);
        }
        return -1;
    }

    /** Replaces all rows, by the granular signals of the difference when every row has a unique key. */
    void set(QList<Row> rows)
    {
        const bool countChanges = rows.size() != m_rows.size();
        if (!applyByKey(rows)) {
            m_model->beginResetModel();
            m_rows = std::move(rows);
            m_model->endResetModel();
        }
        if (countChanges)
            Q_EMIT m_model->countChanged();
    }

private:
    static QString keyOf(const Row &row)
    {
        if constexpr (rowdetail::HasFields<Row>) {
            const auto &first = std::get<0>(row.fields());
            if constexpr (std::is_same_v<std::decay_t<decltype(first)>, QString>)
                return first;
            else
                return QVariant::fromValue(first).toString();
        } else {
            return row.key();
        }
    }
    static bool same(const Row &a, const Row &b)
    {
        if constexpr (rowdetail::HasFields<Row>)
            return a.fields() == b.fields();
        else
            return a == b;
    }
    /** Key → position, or nullopt if a key is empty or repeats. */
    static std::optional<QHash<QString, qsizetype>> uniqueKeys(const QList<Row> &rows)
    {
        QHash<QString, qsizetype> keys;
        keys.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QString key = keyOf(rows.at(i));
            if (key.isEmpty() || keys.contains(key))
                return std::nullopt;
            keys.insert(std::move(key), i);
        }
        return keys;
    }

    /** Beyond this many moves a reset is cheaper for the view than row-by-row moves. */
    static constexpr int MaxMoves = 32;

    void replaceRow(qsizetype at, const Row &row)
    {
        if (same(m_rows.at(at), row))
            return;
        m_rows[at] = row;
        const QModelIndex changed = m_model->index(int(at));
        Q_EMIT m_model->dataChanged(changed, changed);
    }
    void removeRemoved(const QHash<QString, qsizetype> &wanted)
    {
        // Back to front, a contiguous run at a time.
        for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
            if (wanted.contains(keyOf(m_rows.at(i))))
                continue;
            const qsizetype last = i;
            while (i > 0 && !wanted.contains(keyOf(m_rows.at(i - 1))))
                --i;
            m_model->beginRemoveRows({}, int(i), int(last));
            m_rows.remove(i, last - i + 1);
            m_model->endRemoveRows();
        }
    }
    /** Turns the rows into @p rows by row signals; false (nothing done) without unique keys. */
    bool applyByKey(const QList<Row> &rows)
    {
        const auto wanted = uniqueKeys(rows);
        const auto held = uniqueKeys(m_rows);
        if (!wanted || !held)
            return false;
        removeRemoved(*wanted);
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
                m_model->beginInsertRows({}, int(i), int(end));
                for (qsizetype t = i; t <= end; ++t)
                    m_rows.insert(t, rows.at(t));
                m_model->endInsertRows();
                i = end;
                continue;
            }
            if (++moves > MaxMoves) {
                m_model->beginResetModel();
                m_rows = rows;
                m_model->endResetModel();
                return true;
            }
            qsizetype from = i + 1;
            while (keyOf(m_rows.at(from)) != key)
                ++from;
            m_model->beginMoveRows({}, int(from), int(from), {}, int(i));
            m_rows.move(from, i);
            m_model->endMoveRows();
            replaceRow(i, rows.at(i));
        }
        return true;
    }

    RowModel *m_model;
    QList<Row> m_rows;
};

} // namespace cc::app
