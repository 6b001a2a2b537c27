// SPDX-License-Identifier: GPL-3.0-or-later
// The list models apply a change as the rows it touches (inserted, changed, moved, removed),
// never as a reset, under QAbstractItemModelTester in Fatal mode; and a record a pull stored
// reaches the open page's model through the sync engine's signal without the store reading
// the whole vault again.
#include "app/checkin/checkinhistorymodel.h"
#include "app/core/appservices.h"
#include "app/core/firstrowsmodel.h"
#include "app/core/recordlistmodel.h"
#include "app/goals/goalcommentmodel.h"
#include "app/goals/goallistmodel.h"
#include "app/goals/goalscontroller.h"
#include "app/goals/progresshistorymodel.h"
#include "app/plan/activitylistmodel.h"
#include "app/session/session.h"
#include "app/session/vaultcontroller.h"
#include "app/sharing/commentmodel.h"
#include "app/sync/syncstatus.h"
#include "demo/demovault.h"
#include "domain/carestore.h"
#include "sync/syncengine.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <tuple>

using namespace cc;

namespace {

/** Every signal a view reacts to, counted, with the model checked after each. */
struct Watch {
    explicit Watch(QAbstractItemModel *model)
        : tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal),
          resets(model, &QAbstractItemModel::modelReset), inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved), moved(model, &QAbstractItemModel::rowsMoved),
          changed(model, &QAbstractItemModel::dataChanged)
    { }
    void clear()
    {
        resets.clear();
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
    }
    QAbstractItemModelTester tester;
    QSignalSpy resets;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
};

QString hexOf(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

/** The row of record @p id in @p model (a RowModel or a RecordListModel), or -1. */
int rowOf(const QAbstractItemModel &model, const QByteArray &id)
{
    const int recordIdRole = int(model.roleNames().key("recordId", -1));
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, 0), recordIdRole).toString() == hexOf(id))
            return row;
    }
    return -1;
}

/**
 * A record list with two roles, the record id and a label read from "the store" (@c live):
 * what setRows() and updateRows() do to rows, and what a follower sees while they do it.
 */
class IdList : public app::RecordListModel
{
public:
    IdList() : RecordListModel({"label"}, nullptr) { }
    void set(std::vector<Row> rows) { setRows(std::move(rows), false); }
    bool update(const QList<QByteArray> &ids, const std::map<QByteArray, Row> &now)
    {
        return updateRows(ids, [&now](const QByteArray &id) -> std::optional<Row> {
            const auto found = now.find(id);
            return found == now.end() ? std::nullopt : std::optional<Row>(found->second);
        });
    }
    bool follow(
        const QList<QByteArray> &newIds, const QList<QByteArray> &knownIds, const std::map<QByteArray, Row> &now)
    {
        return followChanges(
            newIds, knownIds,
            [&now](const QByteArray &id) -> std::optional<Row> {
                const auto found = now.find(id);
                return found == now.end() ? std::nullopt : std::optional<Row>(found->second);
            },
            [&now] {
                std::vector<Row> rows;
                for (const auto &entry : now)
                    rows.push_back(entry.second);
                std::sort(rows.begin(), rows.end(), listedBefore);
                return rows;
            });
    }
    static constexpr std::size_t maxRuns() { return MaxRuns; }
    /** Records "in the store"; a row of any other one has no label (it is gone). */
    QSet<QByteArray> live;
    bool everyLive = true;

protected:
    QVariant value(const Row &row, int column) const override
    {
        Q_ASSERT(column == 1); // the record id is the base class's
        return everyLive || live.contains(row.id) ? QVariant(QStringLiteral("label ") + QString::fromLatin1(row.id))
                                                  : QVariant();
    }
};

/** What a view that follows only the row signals holds: the ids, as the signals said. */
struct Mirror {
    explicit Mirror(QAbstractItemModel *model)
    {
        const auto readAll = [this, model] {
            ids.clear();
            for (int row = 0; row < model->rowCount(); ++row)
                ids.append(model->index(row, 0).data(Qt::UserRole).toString());
        };
        readAll();
        QObject::connect(
            model, &QAbstractItemModel::rowsInserted, [this, model](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    ids.insert(row, model->index(row, 0).data(Qt::UserRole).toString());
                inserted += last - first + 1;
            });
        QObject::connect(
            model, &QAbstractItemModel::rowsAboutToBeRemoved, [this](const QModelIndex &, int first, int last) {
                ids.remove(first, last - first + 1);
                removed += last - first + 1;
            });
        QObject::connect(model, &QAbstractItemModel::modelReset, [this, readAll] {
            readAll();
            resets++;
        });
    }
    QStringList ids;
    int inserted = 0;
    int removed = 0;
    int resets = 0;
};

/** Some of 80 records, with places that repeat (ties go by id) and change, newest first. */
std::vector<app::RecordListModel::Row> someRows(QRandomGenerator &random)
{
    std::vector<app::RecordListModel::Row> rows;
    for (int i = 0; i < 80; ++i) {
        if (random.bounded(3) == 0)
            rows.push_back({qint64(random.bounded(20)), QByteArray::number(1000 + i)});
    }
    std::sort(rows.begin(), rows.end(), app::RecordListModel::listedBefore);
    return rows;
}

/** How many of @p rows are not in @p others (same place and id). */
int notIn(const std::vector<app::RecordListModel::Row> &rows, const std::vector<app::RecordListModel::Row> &others)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [&others](const app::RecordListModel::Row &row) {
        return std::find(others.cbegin(), others.cend(), row) == others.cend();
    }));
}

QStringList idsOf(const std::vector<app::RecordListModel::Row> &rows)
{
    QStringList ids;
    for (const auto &row : rows)
        ids.append(QString::fromLatin1(row.id.toHex()));
    return ids;
}

/** A short list whose rows are a key and a number (the first role is the key). */
class PairList : public app::RowModel
{
public:
    struct Row {
        QString key;
        int number = 0;
        auto fields() const { return std::tie(key, number); }
    };
    PairList() : RowModel({"key", "number"}, nullptr) { }
    void set(QList<Row> rows) { m_rows.set(std::move(rows)); }

private:
    app::Rows<Row> m_rows {this};
};

/** What a view that follows every row signal of a PairList holds: "key=number" per row. */
struct PairMirror {
    explicit PairMirror(QAbstractItemModel *model) : m(model)
    {
        readAll();
        QObject::connect(model, &QAbstractItemModel::rowsInserted, [this](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                rows.insert(row, at(row));
        });
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved,
            [this](const QModelIndex &, int first, int last) { rows.remove(first, last - first + 1); });
        QObject::connect(model, &QAbstractItemModel::rowsMoved,
            [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
                const QStringList moving = rows.mid(first, last - first + 1);
                rows.remove(first, moving.size());
                const int at = to > last ? to - int(moving.size()) : to;
                for (int i = 0; i < moving.size(); ++i)
                    rows.insert(at + i, moving.at(i));
                ++moves;
            });
        QObject::connect(
            model, &QAbstractItemModel::dataChanged, [this](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    rows[row] = at(row);
            });
        QObject::connect(model, &QAbstractItemModel::modelReset, [this] {
            readAll();
            ++resets;
        });
    }
    QString at(int row) const
    {
        const QModelIndex index = m->index(row, 0);
        return index.data(Qt::UserRole).toString() + u'=' + QString::number(index.data(Qt::UserRole + 1).toInt());
    }
    void readAll()
    {
        rows.clear();
        for (int row = 0; row < m->rowCount(); ++row)
            rows.append(at(row));
    }
    QAbstractItemModel *m;
    QStringList rows;
    int moves = 0;
    int resets = 0;
};

QStringList pairsOf(const QList<PairList::Row> &rows)
{
    QStringList pairs;
    for (const auto &row : rows)
        pairs.append(row.key + u'=' + QString::number(row.number));
    return pairs;
}

} // namespace

class TestAppChanges : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_recoveryKey;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<domain::CareStore> m_store;
    const QDate m_today = QDate(2026, 11, 22);

private:
    /**
     * The first rows of a record list, as the check-in page shows them, follow it: they read
     * rows only once a change has settled, so they never show, or reset over, a row whose
     * record is already gone while the list is still taking it out.
     */
    void verifyFirstRowsFollowSettledRows(IdList &model, const Mirror &mirror, QRandomGenerator &random)
    {
        std::vector<app::RecordListModel::Row> rows;
        while (rows.size() < 8)
            rows = someRows(random);
        model.everyLive = true;
        model.set(rows);
        app::FirstRowsModel first(&model, 5, nullptr);
        Mirror firstMirror(&first);
        QCOMPARE(firstMirror.ids, mirror.ids.first(first.count()));
        int unlabelled = 0;
        const auto checkLabels = [&] {
            for (int row = 0; row < first.count(); ++row)
                unlabelled += first.get(row).value(QStringLiteral("label")).isValid() ? 0 : 1;
        };
        QObject::connect(&first, &QAbstractItemModel::rowsInserted, checkLabels);
        QObject::connect(&first, &QAbstractItemModel::dataChanged, checkLabels);

        // The store drops the three newest records; the list then hears of all three at once.
        std::map<QByteArray, app::RecordListModel::Row> now;
        for (const auto &row : rows) {
            now[row.id] = row;
            model.live.insert(row.id);
        }
        model.everyLive = false;
        const QList<QByteArray> gone {rows[0].id, rows[1].id, rows[2].id};
        for (const QByteArray &id : gone) {
            model.live.remove(id);
            now.erase(id);
        }
        QVERIFY(model.update(gone, now));
        QCOMPARE(model.count(), int(rows.size()) - 3);
        QCOMPARE(unlabelled, 0);
        QCOMPARE(firstMirror.resets, 0);
        QCOMPARE(firstMirror.ids, mirror.ids.first(first.count()));
        for (int row = 0; row < first.count(); ++row)
            QCOMPARE(first.get(row), model.get(row));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("vault"));
        auto created = demo::demovault::create(m_path, m_today, {1, 1024, 1});
        QVERIFY(created.ok());
        m_recoveryKey = *created;
        auto opened = vault::Vault::open(m_path);
        QVERIFY(opened.ok());
        m_vault = std::move(*opened);
        QVERIFY(m_vault->unlockWithRecoveryKey(m_recoveryKey).ok());
        m_store = std::make_unique<domain::CareStore>(*m_vault);
        QVERIFY(m_store->load().ok());
    }

    void theStoreSaysWhatEachWriteChanged()
    {
        domain::Goal goal = m_store->goals().constFirst();
        goal.whatMattersToMe.text = QStringLiteral("Walk to the market and back");
        QVERIFY(m_store->save(goal).ok());
        domain::ChangeSet changes = m_store->takeChanges();
        QCOMPARE(changes.changes().size(), 1);
        QCOMPARE(changes.ids(domain::Goal::Kind), QList<QByteArray> {goal.id});
        QCOMPARE(changes.changes().constFirst().space, m_store->spaceOf(goal.id));
        QVERIFY(!changes.changes().constFirst().removed);
        QVERIFY(changes.touches({domain::Goal::Kind}));
        QVERIFY(!changes.touches({domain::CheckIn::Kind}));
        QCOMPARE(changes.knownIds(domain::Goal::Kind), QList<QByteArray> {goal.id}); // an edit
        QVERIFY(m_store->takeChanges().isEmpty());

        // A record saved for the first time is new to the store; gone again within the same
        // set, it is known: a view may have listed it meanwhile.
        domain::ProgressEntry entry = m_store->progress().constFirst();
        entry.id.clear();
        QVERIFY(m_store->save(entry).ok());
        QCOMPARE(m_store->pendingChanges().newIds(domain::ProgressEntry::Kind), QList<QByteArray> {entry.id});
        QVERIFY(m_store->remove(entry.id).ok());
        QCOMPARE(m_store->pendingChanges().newIds(domain::ProgressEntry::Kind), QList<QByteArray>());
        QCOMPARE(m_store->pendingChanges().knownIds(domain::ProgressEntry::Kind), QList<QByteArray> {entry.id});
        changes = m_store->takeChanges();
        QCOMPARE(changes.changes().size(), 1); // the later change of the same id wins
        QCOMPARE(changes.ids(domain::ProgressEntry::Kind), QList<QByteArray> {entry.id});
        QVERIFY(changes.changes().constFirst().removed);
    }

    void refreshReadsOnlyTheGivenRecords()
    {
        // Another writer (as a pull would) changes two records; only one is announced.
        domain::CareStore other(*m_vault);
        QVERIFY(other.load().ok());
        domain::Comment announced = other.comments().constFirst();
        announced.id.clear();
        announced.text.text = QStringLiteral("Announced");
        QVERIFY(other.save(announced).ok());
        domain::Comment unannounced = announced;
        unannounced.id.clear();
        QVERIFY(other.save(unannounced).ok());
        const domain::Goal gone = other.goals().constLast();
        QVERIFY(other.remove(gone.id).ok());

        QVERIFY(m_store->refresh({announced.id, gone.id}).ok());
        const domain::ChangeSet changes = m_store->takeChanges();
        QCOMPARE(changes.ids(domain::Comment::Kind), QList<QByteArray> {announced.id});
        QCOMPARE(changes.ids(domain::Goal::Kind), QList<QByteArray> {gone.id});
        // The comment is new to the store (no view can list it yet); the goal was held.
        QCOMPARE(changes.newIds(domain::Comment::Kind), QList<QByteArray> {announced.id});
        QCOMPARE(changes.knownIds(domain::Comment::Kind), QList<QByteArray>());
        QCOMPARE(changes.newIds(domain::Goal::Kind), QList<QByteArray>());
        QCOMPARE(changes.knownIds(domain::Goal::Kind), QList<QByteArray> {gone.id});
        QVERIFY(!m_store->goal(gone.id));
        const QList<domain::Comment> comments = m_store->comments();
        QVERIFY(std::any_of(
            comments.cbegin(), comments.cend(), [&](const domain::Comment &c) { return c.id == announced.id; }));
        QVERIFY(std::none_of(
            comments.cbegin(), comments.cend(), [&](const domain::Comment &c) { return c.id == unannounced.id; }));
        // Bring the goal back for the tests that follow.
        domain::Goal back = gone;
        QVERIFY(m_store->save(back).ok());
        QVERIFY(m_store->refresh({unannounced.id}).ok());
        const domain::ChangeSet later = m_store->takeChanges();
        QCOMPARE(later.newIds(domain::Comment::Kind), QList<QByteArray> {unannounced.id});
        // Read again, unchanged: held now, so no longer new.
        QVERIFY(m_store->refresh({unannounced.id}).ok());
        QCOMPARE(m_store->takeChanges().knownIds(domain::Comment::Kind), QList<QByteArray> {unannounced.id});
    }

    /**
     * A record is new to the store (no view needs to look for a row of it) only while its
     * coming is its one change in the set: after any later change (saved again, moved,
     * removed) a view that read the store in between may list it, so it is known.
     */
    void aChangeSetSaysWhichRecordsNoViewHasListed()
    {
        const QString kind(domain::CheckIn::Kind);
        domain::ChangeSet changes;
        changes.add("came", kind, "s", false, true);
        changes.add("moved", kind, "s", false, true);
        changes.add("moved", kind, "s", false, false); // saved again: a view may list it where it was
        changes.add("back", kind, "s", true, false);
        changes.add("back", kind, "s", false, true); // removed and brought back: listed before
        changes.add("went", kind, "s", false, true);
        changes.add("went", kind, "s", true, false); // a view may have listed it meanwhile
        QCOMPARE(changes.newIds(domain::CheckIn::Kind), QList<QByteArray> {"came"});
        QCOMPARE(changes.knownIds(domain::CheckIn::Kind), (QList<QByteArray> {"moved", "back", "went"}));
        QCOMPARE(changes.ids(domain::CheckIn::Kind).size(), 4);

        // A later set merged in: new only if new in both.
        domain::ChangeSet later;
        later.add("came", kind, "s", false, false);
        later.add("back", kind, "s", false, true);
        later.add("new", QString(domain::Goal::Kind), "s", false, true);
        domain::ChangeSet merged = changes;
        merged.merge(later);
        QCOMPARE(merged.newIds(domain::CheckIn::Kind), QList<QByteArray>());
        QCOMPARE(merged.knownIds(domain::CheckIn::Kind), (QList<QByteArray> {"came", "moved", "back", "went"}));
        QCOMPARE(merged.newIds(domain::Goal::Kind), QList<QByteArray> {"new"});
        QVERIFY(merged.touches({domain::Comment::Kind, domain::Goal::Kind}));
        QVERIFY(!changes.touches({domain::Comment::Kind, domain::Goal::Kind}));
        QVERIFY(!domain::ChangeSet().touches({domain::CheckIn::Kind}));
        QVERIFY(domain::ChangeSet::everything().touches({domain::CheckIn::Kind}));
    }

    void goalListInsertsChangesMovesAndRemovesRows()
    {
        app::GoalListModel model;
        model.reload(m_store.get(), QString(app::GoalListModel::AllGroup), {});
        Watch watch(&model);
        const int before = model.count();

        domain::Goal goal = m_store->goals().constFirst();
        goal.id.clear();
        goal.priority = 3;
        goal.whatMattersToMe.text = QStringLiteral("Garden again");
        QVERIFY(m_store->save(goal).ok());
        model.reload(m_store.get(), QString(app::GoalListModel::AllGroup), {});
        QCOMPARE(model.count(), before + 1);
        QCOMPARE(watch.inserted.count(), 1);
        QVERIFY(rowOf(model, goal.id) >= 0);

        goal.whatMattersToMe.text = QStringLiteral("Garden every week");
        QVERIFY(m_store->save(goal).ok());
        watch.clear();
        model.reload(m_store.get(), QString(app::GoalListModel::AllGroup), {});
        QCOMPARE(watch.changed.count(), 1);
        QCOMPARE(model.get(rowOf(model, goal.id)).value(QStringLiteral("whatMattersToMe")).toString(),
            goal.whatMattersToMe.text);

        // Highest priority first: priority 1 moves it up to the top.
        goal.priority = 1;
        QVERIFY(m_store->save(goal).ok());
        watch.clear();
        model.reload(m_store.get(), QString(app::GoalListModel::AllGroup), {});
        QVERIFY(watch.moved.count() + watch.inserted.count() + watch.changed.count() > 0);
        QCOMPARE(watch.inserted.count(), 0);
        QCOMPARE(watch.removed.count(), 0);

        QVERIFY(m_store->remove(goal.id).ok());
        watch.clear();
        model.reload(m_store.get(), QString(app::GoalListModel::AllGroup), {});
        QCOMPARE(watch.removed.count(), 1);
        QCOMPARE(model.count(), before);
        QCOMPARE(watch.resets.count(), 0);
    }

    void progressHistoryInsertsAndRemovesOneRow()
    {
        const domain::ProgressEntry first = m_store->progress().constFirst();
        app::ProgressHistoryModel model;
        model.reload(m_store.get(), first.goalId);
        Watch watch(&model);
        const int before = model.count();

        domain::ProgressEntry entry = first;
        entry.id.clear();
        entry.date = m_today;
        entry.rating = 9;
        QVERIFY(m_store->save(entry).ok());
        model.reload(m_store.get(), first.goalId);
        QCOMPARE(watch.inserted.count(), 1);
        QCOMPARE(model.count(), before + 1);
        QCOMPARE(rowOf(model, entry.id), 0); // newest first

        QVERIFY(m_store->remove(entry.id).ok());
        model.reload(m_store.get(), first.goalId);
        QCOMPARE(watch.removed.count(), 1);
        QCOMPARE(model.count(), before);
        QCOMPARE(watch.resets.count(), 0);
    }

    void activityListInsertsChangesAndRemovesRows()
    {
        app::ActivityListModel model;
        model.reload(m_store.get(), m_today);
        Watch watch(&model);
        const int before = model.count();

        domain::Activity activity = m_store->activities().constFirst();
        activity.id.clear();
        activity.title.text = QStringLiteral("Water the plants");
        QVERIFY(m_store->save(activity).ok());
        model.reload(m_store.get(), m_today);
        QCOMPARE(watch.inserted.count(), 1);
        QCOMPARE(model.count(), before + 1);

        activity.title.text = QStringLiteral("Water the tomatoes");
        QVERIFY(m_store->save(activity).ok());
        watch.clear();
        model.reload(m_store.get(), m_today);
        QVERIFY(watch.changed.count() >= 1);
        QCOMPARE(watch.inserted.count() + watch.removed.count(), 0);

        QVERIFY(m_store->remove(activity.id).ok());
        model.reload(m_store.get(), m_today);
        QCOMPARE(watch.removed.count(), 1);
        QCOMPARE(model.count(), before);
        QCOMPARE(watch.resets.count(), 0);
    }

    /**
     * A record list model turns any list into any other by removing what went and inserting
     * what came, and nothing else: a view following only its signals ends with the new list,
     * and a row that stays is never taken out (its delegate stays).
     */
    void recordListRowsChangeByWhatCameAndWent()
    {
        QRandomGenerator random(20261206);
        IdList model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Mirror mirror(&model);
        QSignalSpy counts(&model, &app::RecordListModel::countChanged);
        std::vector<app::RecordListModel::Row> shown;
        for (int trial = 0; trial < 300; ++trial) {
            const std::vector<app::RecordListModel::Row> next = someRows(random);
            mirror.inserted = mirror.removed = 0;
            counts.clear();
            model.set(next);
            QCOMPARE(mirror.ids, idsOf(next));
            // A record whose place changed goes and comes; one that kept it stays.
            QCOMPARE(mirror.inserted, notIn(next, shown));
            QCOMPARE(mirror.removed, notIn(shown, next));
            QCOMPARE(counts.count(), next.size() == shown.size() ? 0 : 1);
            shown = next;
        }
        QCOMPARE(mirror.resets, 0);

        // Two lists that share nothing and interleave (two goals' days): replaced in two
        // signals, not a run per row.
        std::vector<app::RecordListModel::Row> evens;
        std::vector<app::RecordListModel::Row> odds;
        for (int day = 400; day > 0; --day)
            (day % 2 ? odds : evens).push_back({qint64(day), QByteArray::number(5000 + day)});
        model.set(evens);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        model.set(odds);
        QCOMPARE(mirror.ids, idsOf(odds));
        QCOMPARE(inserts.count() + removals.count(), 2);
        QCOMPARE(mirror.resets, 0);

        // A few records at a time: each goes where its place lists it, or goes.
        model.set(shown);
        std::map<QByteArray, app::RecordListModel::Row> now;
        for (const auto &row : shown)
            now[row.id] = row;
        for (int trial = 0; trial < 300; ++trial) {
            QList<QByteArray> ids;
            bool touchesListed = false; // a row listed before or after: update() says it changed
            for (int i = 0; i < 3; ++i) {
                const QByteArray id = QByteArray::number(1000 + random.bounded(80));
                ids.append(id);
                touchesListed = touchesListed || now.count(id) != 0;
                if (random.bounded(3) == 0)
                    now.erase(id);
                else
                    now[id] = {qint64(random.bounded(20)), id};
                touchesListed = touchesListed || now.count(id) != 0;
            }
            QCOMPARE(model.update(ids, now), touchesListed);
            std::vector<app::RecordListModel::Row> expected;
            for (const auto &entry : now)
                expected.push_back(entry.second);
            std::sort(expected.begin(), expected.end(), app::RecordListModel::listedBefore);
            QCOMPARE(mirror.ids, idsOf(expected));
            QCOMPARE(model.count(), int(expected.size()));
        }
        verifyFirstRowsFollowSettledRows(model, mirror, random);
    }

    /**
     * Records new to the store go where they are listed, as insertions only, a signal per
     * place: a part of the history older than every row held is one signal at the end. One
     * the list already shows at its place (it was read again) is not listed twice; records it
     * knows change as update() changes them; new ones between more rows than MaxRuns replace
     * the list in two signals, as setRows() does.
     */
    void newRecordsGoInPlaceAndNoRowIsTakenOut()
    {
        using Row = app::RecordListModel::Row;
        QRandomGenerator random(20261207);
        IdList model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Mirror mirror(&model);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy counts(&model, &app::RecordListModel::countChanged);
        QSignalSpy settled(&model, &app::RecordListModel::rowsSettled);
        std::map<QByteArray, Row> now;
        int made = 0;
        const auto make = [&](qint64 place) {
            const Row row {place, QByteArray::number(100000 + made++)};
            now[row.id] = row;
            return row.id;
        };
        const auto expected = [&now] {
            std::vector<Row> rows;
            for (const auto &entry : now)
                rows.push_back(entry.second);
            std::sort(rows.begin(), rows.end(), app::RecordListModel::listedBefore);
            return rows;
        };
        const auto clearCounts = [&] {
            mirror.inserted = mirror.removed = 0;
            for (QSignalSpy *spy : {&inserts, &removals, &counts, &settled})
                spy->clear();
        };
        for (int i = 0; i < 200; ++i)
            (void)make(1000 + random.bounded(200));
        model.set(expected());

        // A part of the history, older than every row held, in the order it was read.
        QList<QByteArray> part;
        for (int i = 0; i < 300; ++i)
            part.append(make(random.bounded(1000)));
        clearCounts();
        QVERIFY(model.follow(part, {}, now));
        QCOMPARE(mirror.ids, idsOf(expected()));
        QCOMPARE(mirror.inserted, 300);
        QCOMPARE(removals.count(), 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(settled.count(), 1);

        // A few new records anywhere, with known ones moved or gone: only those go.
        for (int trial = 0; trial < 200; ++trial) {
            QList<QByteArray> known;
            for (int i = random.bounded(3); i > 0; --i) {
                auto held = now.begin();
                std::advance(held, random.bounded(int(now.size())));
                known.append(held->first);
                if (random.bounded(2) == 0)
                    now.erase(held);
                else
                    held->second.place = random.bounded(1300);
            }
            QList<QByteArray> added;
            for (int i = 1 + random.bounded(6); i > 0; --i)
                added.append(make(random.bounded(1300)));
            clearCounts();
            QVERIFY(model.follow(added, known, now));
            QCOMPARE(mirror.ids, idsOf(expected()));
            QVERIFY(mirror.removed <= known.size());
            QCOMPARE(settled.count(), 1);
        }

        // Already listed at its place: the list was read again before it heard of the change.
        const QByteArray again = make(500);
        model.set(expected());
        clearCounts();
        QVERIFY(!model.follow({again}, {}, now));
        QCOMPARE(mirror.ids, idsOf(expected()));
        QCOMPARE(mirror.inserted, 0);

        // One new record before each of more rows than MaxRuns: replaced in two signals.
        QList<QByteArray> between;
        const std::vector<Row> held = expected();
        for (std::size_t i = 0; i <= IdList::maxRuns(); ++i) {
            const Row row {held[i].place, held[i].id + 'b'}; // listed just before held[i]
            now[row.id] = row;
            between.append(row.id);
        }
        clearCounts();
        QVERIFY(model.follow(between, {}, now));
        QCOMPARE(mirror.ids, idsOf(expected()));
        QCOMPARE(inserts.count() + removals.count(), 2);
        QCOMPARE(mirror.resets, 0);
    }

    /**
     * A short list's rows turn any list into any other by row signals alone (inserts, removals,
     * moves, changes of a row that stays): a view that follows them ends with the new rows and
     * values, and is never reset while every row has its own key. Rows without one (an empty
     * or a repeated key) are replaced by a reset.
     */
    void shortListsChangeByRowSignals()
    {
        QRandomGenerator random(20261207);
        PairList model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        PairMirror mirror(&model);
        QSignalSpy counts(&model, &app::RowModel::countChanged);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        qsizetype shown = 0;
        for (int trial = 0; trial < 300; ++trial) {
            QList<PairList::Row> next;
            for (int i = 0; i < 30; ++i) {
                if (random.bounded(2) == 0)
                    next.append({QStringLiteral("k%1").arg(i), int(random.bounded(3))});
            }
            std::shuffle(next.begin(), next.end(), random);
            counts.clear();
            model.set(next);
            QCOMPARE(mirror.rows, pairsOf(next));
            QCOMPARE(model.count(), int(next.size()));
            QCOMPARE(counts.count(), next.size() == shown ? 0 : 1);
            shown = next.size();
            for (int row = 0; row < model.count(); ++row)
                QCOMPARE(model.get(row).value(QStringLiteral("number")).toInt(), next.at(row).number);
        }
        QCOMPARE(mirror.resets, 0);
        QVERIFY(mirror.moves > 0);
        QVERIFY(changes.count() > 0); // rows that stayed and changed their number

        // The same rows again: no signal at all.
        QList<PairList::Row> rows;
        for (int i = 0; i < 40; ++i)
            rows.append({QStringLiteral("r%1").arg(i), i % 3});
        model.set(rows);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        changes.clear();
        model.set(rows);
        QCOMPARE(inserts.count() + removals.count() + moves.count() + changes.count(), 0);
        QCOMPARE(mirror.resets, 0);
        // Up to 32 moves go row by row (each row that comes up is moved to its place); a list
        // turned round (39 moves) is replaced by a reset.
        QList<PairList::Row> turned = rows;
        for (int i = 0; i < 3; ++i)
            turned.move(39, 0);
        model.set(turned);
        QCOMPARE(moves.count(), 3);
        QCOMPARE(mirror.resets, 0);
        QCOMPARE(mirror.rows, pairsOf(turned));
        std::reverse(rows.begin(), rows.end());
        model.set(rows);
        QCOMPARE(mirror.resets, 1);
        QCOMPARE(mirror.rows, pairsOf(rows));

        // A repeated key, before or after: replaced by a reset, and shown as given.
        const QList<PairList::Row> twice {{QStringLiteral("a"), 1}, {QStringLiteral("a"), 2}};
        model.set(twice);
        QCOMPARE(mirror.resets, 2);
        QCOMPARE(mirror.rows, pairsOf(twice));
        const QList<PairList::Row> once {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
        model.set(once);
        QCOMPARE(mirror.resets, 3);
        QCOMPARE(mirror.rows, pairsOf(once));
        model.set({{QStringLiteral("b"), 1}, {QString(), 2}});
        QCOMPARE(mirror.resets, 4);
        QCOMPARE(model.get(1).value(QStringLiteral("number")).toInt(), 2);
        QCOMPARE(model.get(2), QVariantMap());
        QCOMPARE(model.data(model.index(0), Qt::UserRole + 2), QVariant());
    }

    /**
     * A long history shows its first few rows, and a few more each time the person asks
     * (showMore), by row inserts below the rows shown: their delegates, and the focus on the
     * button under them, stay. A change of the source while more are shown keeps that many.
     */
    void aLongHistoryShowsItsFirstRowsAndMoreOnRequest()
    {
        PairList model;
        QList<PairList::Row> rows;
        for (int i = 0; i < 25; ++i)
            rows.append({QStringLiteral("r%1").arg(i), i});
        model.set(rows);
        app::FirstRowsModel first(&model, 10, nullptr);
        QAbstractItemModelTester tester(&first, QAbstractItemModelTester::FailureReportingMode::Fatal);
        PairMirror mirror(&first);
        QSignalSpy hidden(&first, &app::FirstRowsModel::hiddenCountChanged);
        QCOMPARE(first.count(), 10);
        QCOMPARE(first.hiddenCount(), 15);

        first.showMore();
        QCOMPARE(first.count(), 20);
        QCOMPARE(first.limit(), 20);
        QCOMPARE(first.hiddenCount(), 5);
        QCOMPARE(hidden.count(), 1);
        QCOMPARE(mirror.rows, pairsOf(rows.first(20)));
        first.showMore();
        QCOMPARE(first.count(), 25);
        QCOMPARE(first.hiddenCount(), 0);
        first.showMore(); // nothing more to show: nothing changes
        QCOMPARE(first.limit(), 30);
        QCOMPARE(first.count(), 25);
        QCOMPARE(hidden.count(), 2);

        // A new row on top while all are shown: it shows, the oldest goes under the limit.
        rows.prepend({QStringLiteral("new"), 0});
        rows.append({QStringLiteral("old"), 0});
        rows.append({QStringLiteral("older"), 0});
        rows.append({QStringLiteral("oldest"), 0});
        rows.append({QStringLiteral("first"), 0});
        model.set(rows);
        QCOMPARE(first.count(), 30);
        QCOMPARE(first.hiddenCount(), 0);
        QCOMPARE(mirror.rows, pairsOf(rows.first(30)));

        // Back to the first few, by removals.
        first.showFirst();
        QCOMPARE(first.limit(), 10);
        QCOMPARE(first.count(), 10);
        QCOMPARE(first.hiddenCount(), 20);
        QCOMPARE(mirror.rows, pairsOf(rows.first(10)));
        QCOMPARE(mirror.resets, 0);
    }

    void checkInHistoryInsertsTheNewestOnTop()
    {
        app::CheckInHistoryModel model;
        model.reload(m_store.get());
        Watch watch(&model);
        const int before = model.count();

        domain::CheckIn checkIn = *m_store->latestPatientCheckIn();
        checkIn.id.clear();
        checkIn.time = checkIn.time.addDays(1);
        QVERIFY(m_store->save(checkIn).ok());
        model.reload(m_store.get());
        QCOMPARE(watch.inserted.count(), 1);
        QCOMPARE(rowOf(model, checkIn.id), 0);
        QCOMPARE(model.count(), before + 1);

        QVERIFY(m_store->remove(checkIn.id).ok());
        model.reload(m_store.get());
        QCOMPARE(watch.removed.count(), 1);
        QCOMPARE(model.count(), before);
        QCOMPARE(watch.resets.count(), 0);
    }

    /** A list read again from the store between a new check-in's save and the set's delivery
     *  lists it already; when the check-in moved or went meanwhile, the set says the list
     *  may hold it, and the list ends as a fresh reading, never with it twice or stale. */
    void aCheckInListedBeforeItsChangeIsHeardOfEndsWhereTheStoreHasIt()
    {
        app::CheckInHistoryModel model;
        model.reload(m_store.get());
        Watch watch(&model);
        (void)m_store->takeChanges();
        const auto sameAsAFreshReading = [&] {
            app::CheckInHistoryModel fresh;
            fresh.reload(m_store.get());
            QCOMPARE(model.count(), fresh.count());
            for (int row = 0; row < fresh.count(); ++row)
                QCOMPARE(model.idAt(row), fresh.idAt(row));
        };
        domain::CheckIn moving = *m_store->latestPatientCheckIn();
        moving.id.clear();
        moving.time = moving.time.addDays(1);
        QVERIFY(m_store->save(moving).ok());
        domain::CheckIn going = moving;
        going.id.clear();
        going.time = moving.time.addDays(1);
        QVERIFY(m_store->save(going).ok());
        model.reload(m_store.get()); // lists both, before hearing of them
        moving.time = moving.time.addDays(-40);
        QVERIFY(m_store->save(moving).ok());
        QVERIFY(m_store->remove(going.id).ok());
        const domain::ChangeSet changes = m_store->takeChanges();
        QCOMPARE(changes.newIds(domain::CheckIn::Kind), QList<QByteArray>());
        QCOMPARE(changes.knownIds(domain::CheckIn::Kind), (QList<QByteArray> {moving.id, going.id}));
        model.update(changes);
        sameAsAFreshReading();
        QCOMPARE(watch.resets.count(), 0);

        // Saved and listed, then heard of with nothing changed since: listed once.
        domain::CheckIn once = moving;
        once.id.clear();
        QVERIFY(m_store->save(once).ok());
        model.reload(m_store.get());
        model.update(m_store->takeChanges());
        sameAsAFreshReading();
        QVERIFY(m_store->remove(moving.id).ok());
        QVERIFY(m_store->remove(once.id).ok());
        model.update(m_store->takeChanges());
        sameAsAFreshReading();
    }

    void commentModelsInsertAndRemoveOneRow()
    {
        const domain::Comment first = m_store->comments().constFirst();
        app::CommentModel recent;
        recent.reload(m_store.get());
        app::GoalCommentModel onGoal;
        const QByteArray goalId = m_store->goals().constFirst().id;
        onGoal.reload(m_store.get(), goalId);
        Watch recentWatch(&recent);
        Watch goalWatch(&onGoal);
        const int goalBefore = onGoal.count();

        domain::Comment comment = first;
        comment.id.clear();
        comment.targetId = goalId;
        comment.targetKind = QStringLiteral("goal");
        comment.time = QDateTime::currentDateTimeUtc();
        comment.text.text = QStringLiteral("Well done this week");
        QVERIFY(m_store->save(comment).ok());
        recent.reload(m_store.get());
        onGoal.reload(m_store.get(), goalId);
        QCOMPARE(onGoal.count(), goalBefore + 1);
        QCOMPARE(goalWatch.inserted.count(), 1);
        QVERIFY(recentWatch.inserted.count() >= 1);

        QVERIFY(m_store->remove(comment.id).ok());
        recent.reload(m_store.get());
        onGoal.reload(m_store.get(), goalId);
        QCOMPARE(onGoal.count(), goalBefore);
        QCOMPARE(goalWatch.removed.count(), 1);
        QCOMPARE(goalWatch.resets.count(), 0);
        QCOMPARE(recentWatch.resets.count(), 0);
    }

    void aReceivedRecordReachesTheOpenGoalWithoutReadingTheWholeVault()
    {
        m_store.reset();
        m_vault.reset();
        QTemporaryDir settings;
        qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
        app::AppServices services({m_path, false, app::AppServices::PatientFeed::None, false});
        app::VaultController *vaults = services.vault();
        vaults->unlockWithRecoveryKey(m_recoveryKey);
        QCOMPARE(vaults->state(), app::VaultController::Unlocked);
        app::GoalsController *goals = services.goals();
        domain::CareStore other(*vaults->vault());
        QVERIFY(other.load().ok());
        const QByteArray goalId = other.goals().constFirst().id;
        goals->setSelectedGoalId(hexOf(goalId));
        Watch watch(goals->comments());
        const int before = goals->comments()->count();

        // Another device's comment arrives, and one more record is written that no pull
        // announced: a whole re-read would show both.
        domain::Comment received = other.comments().constFirst();
        received.id.clear();
        received.targetId = goalId;
        received.targetKind = QStringLiteral("goal");
        received.time = QDateTime::currentDateTimeUtc();
        received.text.text = QStringLiteral("Seen on my phone");
        QVERIFY(other.save(received).ok());
        domain::Comment unannounced = received;
        unannounced.id.clear();
        QVERIFY(other.save(unannounced).ok());

        sync::SyncEngine *engine = services.syncStatus()->engine();
        QVERIFY(engine);
        Q_EMIT engine->recordsChanged({received.id});
        QCOMPARE(goals->comments()->count(), before + 1);
        QCOMPARE(rowOf(*goals->comments(), unannounced.id), -1);
        QVERIFY(rowOf(*goals->comments(), received.id) >= 0);
        QCOMPARE(watch.inserted.count(), 1);
        QCOMPARE(watch.resets.count(), 0);
    }
};

QTEST_MAIN(TestAppChanges)
#include "tst_appchanges.moc"
