// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>
#include <optional>
#include <vector>

namespace cc::app {

/**
 * A read-only list of records that reads their values when a view asks. A row is a struct of
 * two values, the record's place in the list and its id (about 40 bytes), not the values it
 * shows: a history of thousands of check-ins of which a page shows five holds 40 bytes per
 * check-in, and builds the values of those five only. Subclasses say which roles they have
 * and how a record gives a role's value (value()).
 *
 * Rows are listed by descending place, ties by descending id: the newest first, in the order
 * the store's index keeps (domain::OrderedIds read from its newest end). setRows() applies the
 * difference to the rows shown as runs of removals and insertions, so views keep their
 * delegates, scroll position and focus when records arrive or go.
 */
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    struct Row {
        qint64 place = 0; ///< e.g. a time in milliseconds or a day number: greater is listed first
        QByteArray id;
        friend bool operator==(const Row &, const Row &) = default;
    };
    /** Whether @p a is listed before @p b. */
    static bool listedBefore(const Row &a, const Row &b)
    {
        return a.place != b.place ? a.place > b.place : a.id > b.id;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    /** Row @p row as {roleName: value} for QML and tests. */
    Q_INVOKABLE QVariantMap get(int row) const;
    /** Row @p row's record id. */
    const QByteArray &idAt(int row) const { return m_rows.at(std::size_t(row)).id; }

Q_SIGNALS:
    void countChanged();
    /** Once after setRows() or updateRows() applied all its row signals: a follower that reads
     *  rows (FirstRowsModel) reads them then, never halfway through a change. */
    void rowsSettled();

protected:
    using RowOf = std::function<std::optional<Row>(const QByteArray &)>;
    /** The roles are "recordId" (Qt::UserRole, the record id's hex), then @p valueRoleNames in
     *  the order of the subclass's role enum. */
    RecordListModel(const QList<QByteArray> &valueRoleNames, QObject *parent);

    /**
     * The rows now, in listed order (listedBefore(), no id twice). Rows whose place and id
     * were shown already stay, with their delegates; the others go or come in runs. When the
     * two lists share little (another goal, another person's circle: more than MaxRuns runs),
     * all rows go and the new ones come in two signals instead. With @p valuesChanged, the
     * rows that stay are announced as changed too (a name they show changed, or the language).
     */
    void setRows(std::vector<Row> rows, bool valuesChanged);
    /**
     * For a change of a few records in a list of thousands: each of @p ids is taken out where
     * it is, and put back where its @p now place lists it (nullopt: no longer listed). The
     * other rows must already be in order. Returns whether any row changed.
     */
    bool updateRows(const QList<QByteArray> &ids, const RowOf &now);

    /**
     * Follows a change of records (domain::ChangeSet::newIds() and knownIds() of the model's
     * kind). Records new to the store (@p newIds: a part of the history read after unlock, a
     * pull's new records, a record saved here for the first time) go where their @p now place
     * lists them, in a run per place, with no search for a row they had: a binary search each
     * and a shift of the rows after each run (a history part older than every row held is one
     * run at the end). A row already listed at its place (the list was read again meanwhile)
     * is not listed twice; beyond MaxRuns runs, the list is replaced as setRows() replaces it.
     * The others (@p knownIds) change as updateRows() changes them, or, beyond FewChanges of
     * them, the list becomes @p allRows().
     * Returns whether any row changed.
     */
    bool followChanges(const QList<QByteArray> &newIds, const QList<QByteArray> &knownIds, const RowOf &now,
        const std::function<std::vector<Row>()> &allRows);
    /** The value of role Qt::UserRole + @p column (1 or more) for @p row's record (an invalid
     *  QVariant if the record is no longer there). Column 0 is the record id's hex, which this
     *  class gives from the row itself. */
    virtual QVariant value(const Row &row, int column) const = 0;

    /** Beyond this many runs of rows that go or come, setRows() replaces the list. */
    static constexpr std::size_t MaxRuns = 64;
    /** Up to this many changed records, updateRows() (a search and a shift per record) beats
     *  building every row and setRows() (one pass); beyond it, a model rebuilds. */
    static constexpr qsizetype FewChanges = 32;

private:
    /** The runs of rows that go or come between the rows shown and @p rows. */
    std::size_t runsTo(const std::vector<Row> &rows) const;
    void replaceAll(std::vector<Row> rows);
    /** Column 0 from the row, the others from value(). */
    QVariant rowValue(const Row &row, int column) const;
    /** updateRows() without its closing signals (countChanged, rowsSettled). */
    bool updateEach(const QList<QByteArray> &ids, const RowOf &now);
    /** followChanges() for the new records' rows, in listed order, without its closing signals. */
    bool insertNew(std::vector<Row> rows);
    /** Inserts @p rows at @p places (a place per row, in m_rows before any insertion, not
     *  descending), in a signal per run of rows that share a place. */
    void insertAt(std::vector<Row> &rows, const std::vector<std::size_t> &places);
    /** Turns the rows shown into @p rows by the runs that go and come. */
    void applyRuns(std::vector<Row> &rows);

    QList<QByteArray> m_roleNames;
    std::vector<Row> m_rows;
};

} // namespace cc::app
