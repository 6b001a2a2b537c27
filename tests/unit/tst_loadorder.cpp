// SPDX-License-Identifier: GPL-3.0-or-later
// The recent-first unlock of a large vault (CareStore::loadRecentFirst, loadMore; LoadOrder):
// what comes first is what Home shows; the rest follows part by part, each record noted as a
// change; writes and pulls meanwhile win; and whatever the order says, right, stale, wrong or
// garbage, the store ends holding exactly what a whole load holds.
#include "demo/demohistory.h"
#include "demo/demostory.h"
#include "domain/attentionflags.h"
#include "domain/carestore.h"
#include "domain/loadorder.h"
#include "domain/ownspaces.h"
#include "vault/vault.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cc;
using namespace cc::domain;

namespace {

constexpr int Records = 9000;

std::unique_ptr<vault::Vault> demoVault(const QTemporaryDir &dir)
{
    auto created = vault::Vault::create(
        dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("load order passphrase"), {1, 1024, 1});
    if (!created)
        return nullptr;
    CareStore writer(*created->vault);
    if (!writer.load())
        return nullptr;
    const Status written = demo::demohistory::write(demo::generateDemoStory(QDate(2026, 11, 20)), Records,
        [&](const CareRecords &batch) { return writer.importRecords(batch); });
    return written ? std::move(created->vault) : nullptr;
}

template<typename Record>
QList<Record> byId(QList<Record> records)
{
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return records;
}

QList<OrderedIds::Entry> entries(const OrderedIds &ids)
{
    return QList<OrderedIds::Entry>(ids.begin(), ids.end());
}

/** @p store holds exactly what @p whole holds, in the same orders. */
void verifySameAs(const CareStore &store, const CareStore &whole)
{
    QVERIFY(store.isComplete());
    QCOMPARE(byId(store.checkIns()), byId(whole.checkIns()));
    QCOMPARE(byId(store.progress()), byId(whole.progress()));
    QCOMPARE(byId(store.comments()), byId(whole.comments()));
    QCOMPARE(byId(store.goals()), byId(whole.goals()));
    QCOMPARE(byId(store.members()), byId(whole.members()));
    QCOMPARE(byId(store.activities()), byId(whole.activities()));
    QCOMPARE(store.plan(), whole.plan());
    QCOMPARE(store.profile(), whole.profile());
    QCOMPARE(store.countsByKind(), whole.countsByKind());
    QCOMPARE(entries(store.index().checkIns()), entries(whole.index().checkIns()));
    QCOMPARE(entries(store.index().comments()), entries(whole.index().comments()));
    for (const Goal &goal : whole.goals()) {
        const OrderedIds *mine = store.index().progressOf(goal.id);
        const OrderedIds *theirs = whole.index().progressOf(goal.id);
        QCOMPARE(bool(mine), bool(theirs));
        if (mine)
            QCOMPARE(entries(*mine), entries(*theirs));
    }
}

/** Reads the rest @p rows at a time; returns how many records the parts noted as changes. */
qsizetype readRest(CareStore &store, qsizetype rows, int *parts = nullptr)
{
    qsizetype noted = 0;
    int count = 0;
    while (!store.isComplete() && count < 10000) {
        if (!store.loadMore(rows))
            return -1;
        noted += store.takeChanges().changes().size();
        ++count;
    }
    if (parts)
        *parts = count;
    return noted;
}

/** The newest progress entry of @p goalId with a rating, as the goal list shows it. */
std::optional<ProgressEntry> latestRated(const CareStore &store, const QByteArray &goalId)
{
    const ProgressEntry *rated = store.latestRatedProgress(goalId);
    return rated ? std::optional<ProgressEntry>(*rated) : std::nullopt;
}

qsizetype historyHeld(const CareStore &store)
{
    return store.progress().size() + qsizetype(store.checkInsById().size());
}

qsizetype recordsHeld(const CareStore &store)
{
    qsizetype n = 0;
    for (int count : store.countsByKind())
        n += count;
    return n;
}

} // namespace

class TestLoadOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theOrderReadsBackAndRefusesWhatItDidNotMake()
    {
        // The newest 3 of 8 history rows lie above the cut; early rows above it are dropped
        // (they are read anyway), the rest sorted once each.
        const LoadOrder order = LoadOrder::from({40, 3, 3, 90, 17}, {5, 9, 12, 20, 33, 50, 70, 80}, 3);
        QCOMPARE(order.cut, 33);
        QCOMPARE(order.early, QList<qint64>({3, 17}));
        const std::optional<LoadOrder> back = LoadOrder::decode(order.encode());
        QVERIFY(back);
        QCOMPARE(back->cut, order.cut);
        QCOMPARE(back->early, order.early);
        // No more history than comes first anyway: cut 0, nothing left for later.
        QCOMPARE(LoadOrder::from({1, 2}, {3, 4}, 2).cut, 0);

        LoadOrder big;
        big.cut = qint64(1) << 40;
        for (qint64 row = 1; row < 5000; row += 3)
            big.early.append(row * 1000);
        const QByteArray bytes = big.encode();
        QVERIFY(LoadOrder::decode(bytes));
        QCOMPARE(LoadOrder::decode(bytes)->early, big.early);
        // Anything else is no order at all (the vault is then read whole).
        QVERIFY(!LoadOrder::decode({}));
        QVERIFY(!LoadOrder::decode(QByteArray(1, '\x02') + bytes.mid(1))); // another version
        QVERIFY(!LoadOrder::decode(bytes.chopped(1))); // cut short
        QVERIFY(!LoadOrder::decode(bytes + '\0')); // trailing bytes
        QVERIFY(!LoadOrder::decode(QByteArray::fromHex("01"
                                                       "0a"
                                                       "02"
                                                       "03"
                                                       "00"))); // not ascending
        QVERIFY(!LoadOrder::decode(QByteArray::fromHex("01"
                                                       "0a"
                                                       "01"
                                                       "0b"))); // above the cut
        QVERIFY(!LoadOrder::decode(QByteArray::fromHex("01"
                                                       "0a"
                                                       "ffffffff0f"
                                                       "01"))); // count the bytes cannot hold
        QVERIFY(!LoadOrder::decode(QByteArray::fromHex("01"
                                                       "ffffffffffffffffff01"
                                                       "00"))); // over 63 bits
    }

    void theRecentComeFirstAndTheRestEndsAsAWholeLoad()
    {
        QTemporaryDir dir;
        auto vault = demoVault(dir);
        QVERIFY(vault);
        vault::Vault &v = *vault;
        CareStore whole(v);
        QVERIFY(whole.load().ok());

        // No order yet: read whole, and the order is made for the next time.
        QVERIFY(!v.localCache(LoadOrder::EntryName));
        {
            CareStore first(v);
            QVERIFY(first.loadRecentFirst(v.ownSpaces(), 0).ok());
            verifySameAs(first, whole);
        }
        const std::optional<QByteArray> entry = v.localCache(LoadOrder::EntryName);
        QVERIFY(entry);
        const std::optional<LoadOrder> order = LoadOrder::decode(*entry);
        QVERIFY(order && order->cut > 0);

        CareStore store(v);
        QVERIFY(store.loadRecentFirst(v.ownSpaces(), 0).ok());
        QVERIFY(!store.isComplete());
        QVERIFY(store.takeChanges().isEmpty()); // the first rows are a load: views start afresh
        // What Home shows is there: everything but history, each goal's latest progress, the
        // newest check-ins, the comments.
        QCOMPARE(byId(store.goals()), byId(whole.goals()));
        QCOMPARE(byId(store.members()), byId(whole.members()));
        QCOMPARE(byId(store.activities()), byId(whole.activities()));
        QCOMPARE(byId(store.comments()), byId(whole.comments()));
        QCOMPARE(store.plan(), whole.plan());
        QCOMPARE(store.profile(), whole.profile());
        QVERIFY(store.latestPatientCheckIn() && whole.latestPatientCheckIn());
        QCOMPARE(*store.latestPatientCheckIn(), *whole.latestPatientCheckIn());
        for (const Goal &goal : whole.goals()) {
            const QList<const ProgressEntry *> all = whole.progressOf(goal.id);
            const QList<const ProgressEntry *> held = store.progressOf(goal.id);
            QCOMPARE(all.isEmpty(), held.isEmpty());
            if (!all.isEmpty())
                QCOMPARE(*held.constLast(), *all.constLast());
        }
        const qsizetype first = historyHeld(store);
        QVERIFY2(first < historyHeld(whole) / 2, qPrintable(QString::number(first)));
        QVERIFY(first >= 2048);

        // The rest, 1,000 rows at a time: each record kept is noted once, as a pull's are.
        int parts = 0;
        const qsizetype noted = readRest(store, 1000, &parts);
        QCOMPARE(noted, historyHeld(whole) - first);
        QVERIFY(parts > 3);
        verifySameAs(store, whole);
        QVERIFY(store.loadMore(1000).ok()); // nothing left: nothing happens
        QVERIFY(store.takeChanges().isEmpty());
    }

    /** The goal list shows each goal's latest rating: it comes first even when notes without a
     *  rating were written after it, more of them than the recent rows read first. */
    void eachGoalsLatestRatingComesFirst()
    {
        QTemporaryDir dir;
        auto vault = demoVault(dir);
        QVERIFY(vault);
        vault::Vault &v = *vault;
        QByteArray goalId;
        {
            CareStore writer(v);
            QVERIFY(writer.load().ok());
            for (const Goal &goal : writer.goals())
                goalId = goalId.isEmpty() && latestRated(writer, goal.id) ? goal.id : goalId;
            QVERIFY(!goalId.isEmpty());
            const QByteArray author = writer.progressOf(goalId).constLast()->authorId;
            for (int i = 0; i < 2100; ++i) {
                ProgressEntry note;
                note.goalId = goalId;
                note.date = QDate(2026, 11, 21);
                note.authorId = author;
                note.note = {QStringLiteral("Walked with my neighbour, no score today."), QStringLiteral("en")};
                QVERIFY(writer.save(note).ok());
            }
        }
        CareStore whole(v);
        QVERIFY(whole.load().ok());
        QVERIFY(whole.progressOf(goalId).constLast()->rating == std::nullopt);
        {
            CareStore first(v); // no order yet: reads whole and makes one
            QVERIFY(first.loadRecentFirst(v.ownSpaces(), 0).ok());
        }
        CareStore store(v);
        QVERIFY(store.loadRecentFirst(v.ownSpaces(), 0).ok());
        QVERIFY(!store.isComplete());
        for (const Goal &goal : whole.goals())
            QCOMPARE(latestRated(store, goal.id), latestRated(whole, goal.id));
        QVERIFY(readRest(store, 4096) > 0);
        verifySameAs(store, whole);
    }

    /** What Home shows of her check-ins is right from the first moment: her latest check-in and
     *  the flags her team sees, also when many newer check-ins of another kind (hers as a
     *  caregiver) lie before them and everything was written long ago. */
    void homesCheckInsAndFlagsComeFirstBehindOtherCheckIns()
    {
        QTemporaryDir dir;
        auto vault = demoVault(dir);
        QVERIFY(vault);
        vault::Vault &v = *vault;
        const QDate today(2026, 12, 1);
        {
            CareStore writer(v);
            QVERIFY(writer.load().ok());
            const auto team = ownspaces::create(
                writer, QStringLiteral("Care team"), QStringLiteral("teal"), [&v] { return v.createSpace(); });
            QVERIFY(team.ok());
            // In her care team's space (after the demo's days), "mind" worse lately: the flags
            // read back past 100 check-ins that did not answer it …
            const auto inTeam = [&](QDateTime time, const QString &domain, int rating) {
                CheckIn c;
                c.completedById = QByteArray(16, 'p');
                c.time = time.toUTC();
                c.answers.insert(domain, {rating, {}, false, {}});
                return writer.saveInSpace(c, *team).ok();
            };
            const QDateTime start(QDate(2026, 11, 21), QTime(9, 0));
            for (int i = 0; i < 3; ++i)
                QVERIFY(inTeam(start.addSecs(i * 60), QStringLiteral("mind"), 8));
            for (int i = 0; i < 100; ++i)
                QVERIFY(inTeam(start.addDays(1).addSecs(i * 60), QStringLiteral("body"), 6));
            QVERIFY(inTeam(start.addDays(3), QStringLiteral("mind"), 4));
            // … and her latest own check-in she kept private …
            CheckIn own;
            own.completedById = QByteArray(16, 'p');
            own.time = QDateTime(QDate(2026, 11, 27), QTime(9, 0)).toUTC();
            own.answers.insert(QStringLiteral("participation"), {7, {}, false, {}});
            QVERIFY(writer.save(own).ok());
            // … then many check-ins of her own strain as a caregiver, newer still, and more
            // than the rows read first: hers are read neither as recent nor as newest.
            for (int i = 0; i < 2100; ++i) {
                CheckIn c;
                c.completedById = QByteArray(16, 'p');
                c.time = QDateTime(QDate(2026, 11, 28), QTime(8, 0)).toUTC().addSecs(i * 60);
                c.answers.insert(QStringLiteral("caregiver_load"), {5, {}, false, {}});
                QVERIFY(writer.save(c).ok());
            }
        }
        CareStore whole(v);
        QVERIFY(whole.load().ok());
        const AttentionFlags wholeFlags = AttentionFlags::compute(whole, today, raisedToHerTeam(whole));
        QCOMPARE(wholeFlags.worsening.size(), 1);
        {
            CareStore first(v); // no order yet: reads whole and makes one
            QVERIFY(first.loadRecentFirst(v.ownSpaces(), 0).ok());
        }
        CareStore store(v);
        QVERIFY(store.loadRecentFirst(v.ownSpaces(), 0).ok());
        QVERIFY(!store.isComplete());
        QVERIFY(store.latestPatientCheckIn());
        QCOMPARE(store.latestPatientCheckIn()->answers.firstKey(), QStringLiteral("participation"));
        QCOMPARE(*store.latestPatientCheckIn(), *whole.latestPatientCheckIn());
        const AttentionFlags flags = AttentionFlags::compute(store, today, raisedToHerTeam(store));
        QCOMPARE(flags.worsening.size(), 1);
        QCOMPARE(flags.worsening.constFirst().domain, wholeFlags.worsening.constFirst().domain);
        QCOMPARE(flags.worsening.constFirst().latest, wholeFlags.worsening.constFirst().latest);
        QCOMPARE(flags.worsening.constFirst().previousMean, wholeFlags.worsening.constFirst().previousMean);
        QVERIFY(readRest(store, 4096) > 0);
        verifySameAs(store, whole);
    }

    void writesAndPullsMeanwhileWinOverTheRowsReadLater()
    {
        QTemporaryDir dir;
        auto vault = demoVault(dir);
        QVERIFY(vault);
        vault::Vault &v = *vault;
        CareStore whole(v);
        QVERIFY(whole.loadRecentFirst(v.ownSpaces(), 0).ok()); // makes the order
        CareStore store(v);
        QVERIFY(store.loadRecentFirst(v.ownSpaces(), 0).ok());
        QVERIFY(!store.isComplete());

        // Two old check-ins not read yet: another writer of the vault deletes one (a pull
        // would), which this store hears of through refresh(); the other stays.
        QList<QByteArray> notYet;
        for (const CheckIn &c : whole.checkInsById()) {
            if (!store.checkIn(c.id))
                notYet.append(c.id);
        }
        QVERIFY(notYet.size() > 2);
        const QByteArray deleted = notYet.at(0);
        QVERIFY(whole.remove(deleted).ok());
        QVERIFY(store.refresh({deleted}).ok());
        QVERIFY(!store.checkIn(deleted));
        // A new progress entry written here.
        ProgressEntry entry;
        entry.goalId = whole.goals().constFirst().id;
        entry.date = QDate::currentDate();
        entry.rating = 7;
        entry.authorId = whole.members().constFirst().id;
        QVERIFY(store.save(entry).ok());
        // A pull that brings an old check-in again, unchanged: now held, it is not noted again.
        QVERIFY(store.refresh({notYet.at(1)}).ok());
        QVERIFY(store.checkIn(notYet.at(1)));
        QVERIFY(!store.isComplete());
        (void)store.takeChanges();

        const qsizetype beforeRest = historyHeld(store);
        const qsizetype noted = readRest(store, 700);
        QCOMPARE(noted, historyHeld(store) - beforeRest);
        QVERIFY(!store.checkIn(deleted)); // the row read later is a tombstone now, and known
        QVERIFY(store.checkIn(notYet.at(1)));
        QVERIFY(store.progressEntry(entry.id));
        CareStore after(v);
        QVERIFY(after.load().ok());
        verifySameAs(store, after);

        // Deleting a record the load has not reached reads the rest first.
        CareStore again(v);
        QVERIFY(again.loadRecentFirst(v.ownSpaces(), 0).ok());
        QVERIFY(!again.isComplete());
        QVERIFY(!again.checkIn(notYet.at(2)));
        QVERIFY(again.remove(notYet.at(2)).ok());
        QVERIFY(again.isComplete());
        QVERIFY(!again.checkIn(notYet.at(2)));
        QVERIFY(again.checkIn(notYet.at(1)));
    }

    /** With an order that leaves the plan and the profile for later (a wrong or forged one), a
     *  plan pulled and a profile saved meanwhile still win over the older rows read after. */
    void aPlanOrProfileWrittenMeanwhileWinsOverAnOlderRowReadLater()
    {
        QTemporaryDir dir;
        auto vault = demoVault(dir);
        QVERIFY(vault);
        vault::Vault &v = *vault;
        CareStore writer(v);
        QVERIFY(writer.load().ok());
        LoadOrder everythingLater;
        everythingLater.cut = *v.tableExtent();
        QVERIFY(v.putLocalCache(QByteArray(LoadOrder::EntryName), everythingLater.encode()).ok());
        CareStore store(v);
        QVERIFY(store.loadRecentFirst(v.ownSpaces(), 0).ok());
        QVERIFY(!store.isComplete());
        QVERIFY(!store.plan() && !store.profile());

        // Another device's plan, pulled (a second plan: two made offline), and a profile
        // written here: both in rows after the ones the load reads later.
        CarePlan second = *writer.plan();
        second.id.clear();
        second.title = {QStringLiteral("Second plan"), QStringLiteral("en")};
        QVERIFY(writer.save(second).ok());
        QVERIFY(store.refresh({second.id}).ok());
        PatientProfile profile = *writer.profile();
        profile.id.clear();
        profile.preferredName = QStringLiteral("Made while loading");
        QVERIFY(store.save(profile).ok());
        QVERIFY(readRest(store, 500) >= 0);

        CareStore whole(v);
        QVERIFY(whole.load().ok());
        QCOMPARE(whole.plan()->title.text, QStringLiteral("Second plan"));
        QCOMPARE(whole.profile()->preferredName, QStringLiteral("Made while loading"));
        verifySameAs(store, whole);
    }

    /** Pulled changes of check-ins not read yet (an edit re-sealed in place, a delete) and a
     *  check-in written here, with a cut beyond the table's end so that new rows land below
     *  it: the later parts note none of them again, and the load finishes holding the edit
     *  and the new one, not the deleted one, as a whole load does. */
    void pulledChangesOfUnreadRecordsWithACutBeyondTheEnd()
    {
        QTemporaryDir dir;
        auto vault = demoVault(dir);
        QVERIFY(vault);
        vault::Vault &v = *vault;
        CareStore writer(v);
        QVERIFY(writer.loadRecentFirst(v.ownSpaces(), 0).ok()); // makes a right order
        LoadOrder order = *LoadOrder::decode(*v.localCache(LoadOrder::EntryName));
        order.cut = *v.tableExtent() + 500; // beyond the end: new rows land below it
        QVERIFY(v.putLocalCache(QByteArray(LoadOrder::EntryName), order.encode()).ok());
        CareStore store(v);
        QVERIFY(store.loadRecentFirst(v.ownSpaces(), 0).ok());
        QVERIFY(!store.isComplete());
        QList<QByteArray> notYet;
        for (const CheckIn &c : writer.checkInsById()) {
            if (!store.checkIn(c.id))
                notYet.append(c.id);
        }
        QVERIFY(notYet.size() > 3);
        // An edit of an unread check-in (same id, re-sealed in place) and a delete, pulled.
        CheckIn edited = *writer.checkIn(notYet.at(0));
        edited.answers.begin()->note = {QStringLiteral("edited elsewhere"), QStringLiteral("en")};
        QVERIFY(writer.save(edited).ok());
        QVERIFY(writer.remove(notYet.at(1)).ok());
        QVERIFY(store.refresh({notYet.at(0), notYet.at(1)}).ok());
        // A check-in written here: its row is below the cut.
        CheckIn mine = *writer.checkIn(notYet.at(2));
        mine.id.clear();
        QVERIFY(store.save(mine).ok());
        QVERIFY(*v.rowidOf(mine.id) <= order.cut);
        CareStore whole(v);
        QVERIFY(whole.load().ok());
        // The later parts note only what the store did not hold yet: not the edit, nor the
        // one written here, again.
        const ChangeSet meanwhile = store.takeChanges(); // what the views hear of at once
        QVERIFY(meanwhile.contains(notYet.at(0)) && meanwhile.contains(mine.id));
        const qsizetype held = recordsHeld(store);
        QCOMPARE(readRest(store, 333), recordsHeld(whole) - held);
        QVERIFY(store.checkIn(notYet.at(0)));
        QCOMPARE(store.checkIn(notYet.at(0))->answers.begin()->note.text, QStringLiteral("edited elsewhere"));
        QVERIFY(!store.checkIn(notYet.at(1)));
        QVERIFY(store.checkIn(mine.id));
        verifySameAs(store, whole);
    }

    void aWrongStaleOrGarbageOrderStillReadsEveryRecordOnce()
    {
        QTemporaryDir dir;
        auto vault = demoVault(dir);
        QVERIFY(vault);
        vault::Vault &v = *vault;
        CareStore whole(v);
        QVERIFY(whole.load().ok());
        const qint64 extent = *v.tableExtent();
        QCOMPARE(extent, qint64(Records));

        // An order that names history first, rows that do not exist, and puts the cut
        // in the middle: goals and the plan come later, yet nothing is lost or doubled.
        LoadOrder wrong;
        wrong.cut = extent / 2;
        for (qint64 row = 7; row < extent / 2; row += 13)
            wrong.early.append(row);
        wrong.early.append(extent / 2); // the cut row itself
        QVERIFY(v.putLocalCache(QByteArray(LoadOrder::EntryName), wrong.encode()).ok());
        CareStore store(v);
        QVERIFY(store.loadRecentFirst(v.ownSpaces(), 0).ok());
        QVERIFY(!store.isComplete());
        QVERIFY(readRest(store, 997) >= 0);
        verifySameAs(store, whole);
        // Its complete load wrote a right order again.
        const std::optional<LoadOrder> remade = LoadOrder::decode(*v.localCache(LoadOrder::EntryName));
        QVERIFY(remade && remade->cut > wrong.cut);

        // Bytes that are no order: the vault is read whole at once.
        QVERIFY(v.putLocalCache(QByteArray(LoadOrder::EntryName), QByteArray("\x01\x05\x09", 3)).ok());
        CareStore garbage(v);
        QVERIFY(garbage.loadRecentFirst(v.ownSpaces(), 0).ok());
        verifySameAs(garbage, whole);

        // Two plans (made offline on two devices): a whole load shows the one in the later row,
        // and so does a load whose order brings the earlier one first or the later one first.
        const QByteArray firstPlanId = whole.plan()->id;
        CarePlan second = *whole.plan();
        second.id.clear();
        second.title = {QStringLiteral("Second plan"), QStringLiteral("en")};
        QVERIFY(whole.save(second).ok());
        CareStore reread(v);
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.plan()->title.text, QStringLiteral("Second plan"));
        const qint64 firstRow = *v.rowidOf(firstPlanId);
        const qint64 secondRow = *v.rowidOf(second.id);
        QVERIFY(firstRow > 0 && secondRow > firstRow);
        LoadOrder everythingLater; // no early rows, the cut at the end: all comes in later parts
        everythingLater.cut = *v.tableExtent();
        LoadOrder newerFirst = everythingLater;
        newerFirst.early = {secondRow};
        LoadOrder olderFirst = everythingLater;
        olderFirst.early = {firstRow};
        for (const LoadOrder &order : {everythingLater, newerFirst, olderFirst}) {
            QVERIFY(v.putLocalCache(QByteArray(LoadOrder::EntryName), order.encode()).ok());
            CareStore plans(v);
            QVERIFY(plans.loadRecentFirst(v.ownSpaces(), 0).ok());
            QVERIFY(!plans.isComplete());
            QVERIFY(readRest(plans, 500) >= 0);
            QVERIFY(plans.plan());
            QCOMPARE(plans.plan()->title.text, QStringLiteral("Second plan"));
            QCOMPARE(plans.countsByKind(), reread.countsByKind());
            QCOMPARE(plans.spaceOf(firstPlanId), reread.spaceOf(firstPlanId)); // known, not shown
        }

        // A small vault is always read whole.
        CareStore small(v);
        QVERIFY(small.loadRecentFirst(v.ownSpaces(), extent + 100).ok());
        QVERIFY(small.isComplete());
        verifySameAs(small, reread);
    }
};

QTEST_GUILESS_MAIN(TestLoadOrder)
#include "tst_loadorder.moc"
