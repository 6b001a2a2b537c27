// SPDX-License-Identifier: GPL-3.0-or-later
// The domain store over the vault: typed records in and out, edits without duplicates,
// undecodable records reported (not dropped), demo import all-or-nothing.
#include "crypto/random.h"
#include "demo/demohistory.h"
#include "demo/demostory.h"
#include "domain/attentionflags.h"
#include "domain/carestore.h"
#include "domain/codes.h"
#include "domain/envelope.h"
#include "vault/vault.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>
#include <algorithm>
#include <random>

using namespace cc;
using namespace cc::domain;

namespace {
std::unique_ptr<vault::Vault> newVault(const QTemporaryDir &dir)
{
    auto created = vault::Vault::create(
        dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("store passphrase"), {1, 1024, 1});
    return created ? std::move(created->vault) : nullptr;
}

/** A vault holding a second space ("care team") next to the private one: made like a
 *  device of an account whose material carries that space's key. */
std::unique_ptr<vault::Vault> vaultWithTwoSpaces(const QTemporaryDir &dir, QByteArray *careTeam)
{
    auto first = newVault(dir);
    if (!first)
        return nullptr;
    auto material = first->accountMaterial();
    if (!material)
        return nullptr;
    *careTeam = crypto::randomBytes(16);
    material->spaceKeys.push_back(protocol::SpaceKey {*careTeam, 1, crypto::randomSecret(32)});
    const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf({1, 1024, 1});
    auto kek = vault::Vault::derivePassphraseKey(crypto::SecureBuffer::copyOf("store passphrase"), kdf);
    if (!kek)
        return nullptr;
    auto second = vault::Vault::createForAccount(dir.filePath(QStringLiteral("w")), kdf, *kek, *material);
    return second ? std::move(*second) : nullptr;
}

Goal walkingGoal()
{
    Goal goal;
    goal.whatMattersToMe = {QStringLiteral("Walk to the market"), QStringLiteral("en")};
    goal.domain = QStringLiteral("participation");
    return goal;
}

/** The index as it must be: recomputed from the records the store holds. */
void verifyIndexMatchesRecords(const CareStore &store)
{
    QList<OrderedIds::Entry> checkIns;
    QHash<QByteArray, QList<OrderedIds::Entry>> inSpace;
    for (const CheckIn &c : store.checkInsById()) {
        checkIns.append({c.time.toMSecsSinceEpoch(), c.id});
        inSpace[store.spaceOf(c.id)].append({c.time.toMSecsSinceEpoch(), c.id});
    }
    std::sort(checkIns.begin(), checkIns.end());
    QCOMPARE(QList<OrderedIds::Entry>(store.index().checkIns().begin(), store.index().checkIns().end()), checkIns);
    QList<QByteArray> spaces = store.index().checkInSpaces();
    std::sort(spaces.begin(), spaces.end());
    QList<QByteArray> expectedSpaces = inSpace.keys();
    std::sort(expectedSpaces.begin(), expectedSpaces.end());
    QCOMPARE(spaces, expectedSpaces);
    for (auto it = inSpace.begin(); it != inSpace.end(); ++it) {
        std::sort(it->begin(), it->end());
        const OrderedIds *order = store.index().checkInsIn(it.key());
        QVERIFY(order);
        QCOMPARE(QList<OrderedIds::Entry>(order->begin(), order->end()), *it);
    }

    QList<OrderedIds::Entry> comments;
    QHash<QByteArray, QList<QByteArray>> onTarget;
    for (const Comment &c : store.comments()) {
        comments.append({c.time.toMSecsSinceEpoch(), c.id});
        onTarget[c.targetId].append(c.id);
    }
    std::sort(comments.begin(), comments.end());
    QCOMPARE(QList<OrderedIds::Entry>(store.index().comments().begin(), store.index().comments().end()), comments);
    for (auto it = onTarget.cbegin(); it != onTarget.cend(); ++it) {
        QList<QByteArray> listed;
        QDateTime previous;
        for (const Comment *c : store.commentsOn(it.key())) {
            listed.append(c->id);
            QVERIFY(!previous.isValid() || previous <= c->time);
            previous = c->time;
        }
        QList<QByteArray> expected = it.value();
        std::sort(expected.begin(), expected.end());
        std::sort(listed.begin(), listed.end());
        QCOMPARE(listed, expected);
    }

    QHash<QByteArray, QList<QByteArray>> ofGoal;
    for (const ProgressEntry &p : store.progress())
        ofGoal[p.goalId].append(p.id);
    qsizetype indexed = 0;
    for (auto it = ofGoal.cbegin(); it != ofGoal.cend(); ++it) {
        const QList<const ProgressEntry *> listed = store.progressOf(it.key());
        indexed += listed.size();
        QList<QByteArray> listedIds;
        for (const ProgressEntry *p : listed)
            listedIds.append(p->id);
        QList<QByteArray> expectedIds = it.value();
        std::sort(listedIds.begin(), listedIds.end());
        std::sort(expectedIds.begin(), expectedIds.end());
        QCOMPARE(listedIds, expectedIds);
        for (qsizetype i = 1; i < listed.size(); ++i)
            QVERIFY(listed[i - 1]->date < listed[i]->date
                || (listed[i - 1]->date == listed[i]->date && listed[i - 1]->id < listed[i]->id));
    }
    QCOMPARE(indexed, store.progress().size());
}
} // namespace

class TestCareStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /** Parts appended to an order and sorted in, in rounds, end as one sort of everything
     *  without repeats; an entry appended twice or already held is kept once. */
    void anOrderSortsInWhatWasAppendedInRounds()
    {
        std::mt19937 random(20261207);
        OrderedIds order;
        std::vector<OrderedIds::Entry> all;
        const auto entryOf = [&] {
            const int n = int(random() % 400);
            return OrderedIds::Entry {qint64(n / 3), QByteArray::number(n)}; // equal keys, too
        };
        for (int round = 0; round < 40; ++round) {
            const int appended = round % 5 == 4 ? 0 : int(random() % 30);
            for (int i = 0; i < appended; ++i) {
                OrderedIds::Entry e = entryOf();
                if (round % 3 == 0)
                    e.key -= 200; // a part older than all held, as the history read after unlock
                order.append(e.key, e.id);
                all.push_back(e);
                if (i % 7 == 0) { // appended twice in one round
                    order.append(e.key, e.id);
                    all.push_back(e);
                }
            }
            order.sort();
            std::sort(all.begin(), all.end());
            all.erase(std::unique(all.begin(), all.end()), all.end());
            QCOMPARE(std::vector<OrderedIds::Entry>(order.begin(), order.end()), all);
            // Placed one by one after the sort, as a local write does.
            const OrderedIds::Entry one = entryOf();
            order.insert(one.key, one.id);
            all.insert(std::lower_bound(all.begin(), all.end(), one), one);
            all.erase(std::unique(all.begin(), all.end()), all.end());
            QCOMPARE(std::vector<OrderedIds::Entry>(order.begin(), order.end()), all);
        }
    }

    void editingAGoalUpdatesItInPlace()
    {
        QTemporaryDir dir;
        auto vault = newVault(dir);
        QVERIFY(vault);
        CareStore store(*vault);
        QVERIFY(store.load().ok());
        Goal goal;
        goal.whatMattersToMe = {QStringLiteral("Walk to the market"), QStringLiteral("en")};
        goal.domain = QStringLiteral("participation");
        QVERIFY(store.save(goal).ok());
        const QByteArray id = goal.id;
        goal.achievement = QStringLiteral("improving");
        QVERIFY(store.save(goal).ok());
        QCOMPARE(goal.id, id);

        CareStore reread(*vault);
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.goals().size(), 1);
        QCOMPARE(reread.goal(id)->achievement, QStringLiteral("improving"));
        QCOMPARE(reread.goal(id)->whatMattersToMe.text, QStringLiteral("Walk to the market"));
        QCOMPARE(vault->recordCount(), 1);
    }

    void invalidRecordsAreRefusedBeforeAnythingIsWritten()
    {
        QTemporaryDir dir;
        auto vault = newVault(dir);
        CareStore store(*vault);
        Goal goal;
        goal.whatMattersToMe = {QStringLiteral("x"), QStringLiteral("en")};
        goal.domain = QStringLiteral("not_a_domain");
        const Status s = store.save(goal);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(vault->recordCount(), 0);
    }

    void aRecordThatOpensButDoesNotDecodeIsReportedAndTheRestLoads()
    {
        QTemporaryDir dir;
        auto vault = newVault(dir);
        CareStore store(*vault);
        CareTeamMember gp;
        gp.displayName = QStringLiteral("dr. Claes");
        gp.role = QStringLiteral("gp");
        QVERIFY(store.save(gp).ok());
        const QByteArray bad = crypto::randomBytes(16);
        QVERIFY(vault->put({vault->privateSpaceId(), bad, "not an envelope", false}).ok());

        CareStore reread(*vault);
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.members().size(), 1);
        QCOMPARE(reread.damaged().size(), 1);
        QCOMPARE(reread.damaged().first().recordId, bad);
        QCOMPARE(reread.damaged().first().spaceId, vault->privateSpaceId());
        QCOMPARE(vault->recordCount(), 2); // kept, not dropped
    }

    void tombstonesAreNotListed()
    {
        QTemporaryDir dir;
        auto vault = newVault(dir);
        CareStore store(*vault);
        CareTeamMember nurse;
        nurse.displayName = QStringLiteral("An");
        nurse.role = QStringLiteral("home_nurse");
        QVERIFY(store.save(nurse).ok());
        auto opened = vault->get(nurse.id);
        QVERIFY(vault->put({vault->privateSpaceId(), nurse.id, opened->payload, true}).ok());
        CareStore reread(*vault);
        QVERIFY(reread.load().ok());
        QVERIFY(reread.members().isEmpty());
        QVERIFY(reread.damaged().isEmpty());
    }

    void editingKeepsFieldsAddedByANewerVersion()
    {
        QTemporaryDir dir;
        auto vault = newVault(dir);
        Goal goal;
        goal.id = crypto::randomBytes(16);
        goal.whatMattersToMe = {QStringLiteral("Walk to the market"), QStringLiteral("en")};
        goal.domain = QStringLiteral("participation");
        // As a newer app would store it: one more field this version does not know.
        QCborMap fields = goal.toFields();
        fields.insert(QStringLiteral("zz"), QStringLiteral("from the future"));
        HlcClock clock(vault->deviceId());
        const RecordEnvelope written = RecordEnvelope::make(QString(Goal::Kind), fields, clock.now());
        QVERIFY(vault->put({vault->privateSpaceId(), goal.id, written.encode(), false}).ok());

        CareStore store(*vault);
        QVERIFY(store.load().ok());
        Goal edited = *store.goal(goal.id);
        edited.achievement = QStringLiteral("improving");
        QVERIFY(store.save(edited).ok());

        auto stored = RecordEnvelope::decode(vault->get(goal.id)->payload);
        QVERIFY(stored.ok());
        QCOMPARE(stored->fields.value(QStringLiteral("zz")).toString(), QStringLiteral("from the future"));
        QCOMPARE(stored->stampOf(QStringLiteral("zz")), written.stampOf(QStringLiteral("zz")));
        QVERIFY(stored->stampOf(QStringLiteral("a")) > written.stampOf(QStringLiteral("a")));

        // A field we do know, cleared by the user, does become a tombstone.
        edited.target = {};
        edited.whatMattersToMe = {QStringLiteral("Walk to the Saturday market"), QStringLiteral("en")};
        QVERIFY(store.save(edited).ok());
        CareStore reread(*vault);
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.goal(goal.id)->whatMattersToMe.text, QStringLiteral("Walk to the Saturday market"));
    }

    void aRemovedRecordIsGoneAfterReopeningAndSavingItAgainUndoesTheRemoval()
    {
        QTemporaryDir dir;
        auto vault = newVault(dir);
        CareStore store(*vault);
        Goal goal;
        goal.whatMattersToMe = {QStringLiteral("Garden again"), QStringLiteral("en")};
        goal.domain = QStringLiteral("daily_life");
        QVERIFY(store.save(goal).ok());
        ProgressEntry entry;
        entry.goalId = goal.id;
        entry.date = QDate(2026, 11, 20);
        entry.rating = 5;
        entry.authorId = crypto::randomBytes(16);
        QVERIFY(store.save(entry).ok());

        QVERIFY(store.remove(goal.id).ok());
        QVERIFY(store.remove(entry.id).ok());
        QVERIFY(!store.goal(goal.id));
        QCOMPARE(store.remove(goal.id).code(), ErrorCode::NotFound);
        {
            CareStore reread(*vault);
            QVERIFY(reread.load().ok());
            QVERIFY(reread.goals().isEmpty());
            QVERIFY(reread.progress().isEmpty());
            QVERIFY(reread.damaged().isEmpty());
            // Nothing of the goal's text survives in the tombstone.
            auto sealed = vault->get(goal.id);
            QVERIFY(sealed->header.deleted);
            QVERIFY(!sealed->payload.contains("Garden"));
        }
        QVERIFY(store.save(goal).ok()); // undo
        CareStore reread(*vault);
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.goals().size(), 1);
        QCOMPARE(reread.goal(goal.id)->whatMattersToMe.text, QStringLiteral("Garden again"));
    }

    void aRecordThatCouldNotBeReadBackIsRefused()
    {
        // Times before 1970 cannot be stored; they must be refused when saving, not turn
        // into a damaged record at the next unlock.
        QTemporaryDir dir;
        auto vault = newVault(dir);
        CareStore store(*vault);
        CheckIn old;
        old.completedById = crypto::randomBytes(16);
        old.time = QDateTime(QDate(1960, 5, 1), QTime(10, 0), Qt::UTC);
        old.answers.insert(QStringLiteral("body"), {5, std::nullopt, false, {}});
        QCOMPARE(store.save(old).code(), ErrorCode::InvalidInput);
        QCOMPARE(vault->recordCount(), 0);
    }

    void demoImportIsAllOrNothing()
    {
        QTemporaryDir dir;
        auto vault = newVault(dir);
        CareStore store(*vault);
        demo::DemoStory story = demo::generateDemoStory(QDate(2026, 11, 22));
        story.goals.last().priority = 99; // invalid
        QCOMPARE(store.importRecords(story.records()).code(), ErrorCode::InvalidInput);
        QCOMPARE(vault->recordCount(), 0);

        story.goals.last().priority = 2;
        QVERIFY(store.importRecords(story.records()).ok());
        const QMap<QString, int> counts = store.countsByKind();
        QCOMPARE(counts.value(QStringLiteral("goal")), 3);
        QCOMPARE(counts.value(QStringLiteral("check_in")), int(story.checkIns.size() + story.caregiverCheckIns.size()));
        QCOMPARE(counts.value(QStringLiteral("profile")), 1);
        int total = 0;
        for (int n : counts)
            total += n;
        QCOMPARE(vault->recordCount(), total);
    }

    void aSpaceInfoLivesInItsOwnSpaceAndReadsBack()
    {
        QTemporaryDir dir;
        QByteArray careTeam;
        auto vault = vaultWithTwoSpaces(dir, &careTeam);
        QVERIFY(vault);
        CareStore store(*vault);
        QVERIFY(store.load().ok());
        SpaceInfo info;
        info.id = careTeam;
        info.name = QStringLiteral("Care team");
        info.colour = QStringLiteral("teal");
        info.ownerName = QStringLiteral("Maria");
        QVERIFY(store.save(info).ok());
        QCOMPARE(vault->get(careTeam)->header.spaceId, careTeam);

        SpaceInfo nameless = info;
        nameless.name = QStringLiteral("   ");
        QCOMPARE(store.save(nameless).code(), ErrorCode::InvalidInput);
        SpaceInfo oddColour = info;
        oddColour.colour = QStringLiteral("#ff0000");
        QCOMPARE(store.save(oddColour).code(), ErrorCode::InvalidInput);

        CareStore reread(*vault);
        QVERIFY(reread.load().ok());
        QVERIFY(reread.spaceInfo(careTeam));
        QCOMPARE(*reread.spaceInfo(careTeam), info);
    }

    void newRecordsGoWhereTheyBelong()
    {
        QTemporaryDir dir;
        QByteArray careTeam;
        auto vault = vaultWithTwoSpaces(dir, &careTeam);
        QVERIFY(vault);
        CareStore store(*vault);
        QVERIFY(store.load().ok());
        Goal privateGoal = walkingGoal();
        QVERIFY(store.save(privateGoal).ok());
        QCOMPARE(store.spaceOf(privateGoal.id), vault->privateSpaceId());

        Goal shared = walkingGoal();
        QVERIFY(store.saveInSpace(shared, careTeam).ok());
        QCOMPARE(vault->get(shared.id)->header.spaceId, careTeam);
        // An edit keeps the record where it is.
        shared.achievement = QStringLiteral("improving");
        QVERIFY(store.save(shared).ok());
        QCOMPARE(vault->get(shared.id)->header.spaceId, careTeam);

        // Progress and comments follow their goal.
        ProgressEntry progress;
        progress.goalId = shared.id;
        progress.date = QDate(2026, 11, 20);
        progress.rating = 7;
        progress.authorId = crypto::randomBytes(16);
        QVERIFY(store.save(progress).ok());
        QCOMPARE(vault->get(progress.id)->header.spaceId, careTeam);
        Comment fromGp;
        fromGp.targetId = shared.id;
        fromGp.targetKind = QStringLiteral("goal");
        fromGp.authorAccount = crypto::randomBytes(16);
        fromGp.authorName = QStringLiteral("dr. Claes");
        fromGp.authorRole = QStringLiteral("gp");
        fromGp.text = {QStringLiteral("Good progress."), QStringLiteral("en")};
        fromGp.time = QDateTime::currentDateTimeUtc();
        QVERIFY(store.save(fromGp).ok());
        QCOMPARE(vault->get(fromGp.id)->header.spaceId, careTeam);

        // A space this vault has no key for is refused and nothing is written.
        const int before = vault->recordCount();
        Goal nowhere = walkingGoal();
        QVERIFY(!store.saveInSpace(nowhere, crypto::randomBytes(16)).ok());
        QCOMPARE(vault->recordCount(), before);
    }

    void aCommentFromASpaceMemberNeedsTheirAccountAndName()
    {
        Comment c;
        c.targetId = crypto::randomBytes(16);
        c.targetKind = QStringLiteral("goal");
        c.text = {QStringLiteral("Noted."), QStringLiteral("en")};
        c.time = QDateTime::currentDateTimeUtc();
        QCOMPARE(c.validate().code(), ErrorCode::InvalidInput); // no author at all
        c.authorAccount = crypto::randomBytes(16);
        QCOMPARE(c.validate().code(), ErrorCode::InvalidInput); // an account without a name
        c.authorName = QStringLiteral("Els");
        QVERIFY(c.validate().ok());
        c.authorRole = QStringLiteral("wizard");
        QCOMPARE(c.validate().code(), ErrorCode::InvalidInput);
        c.authorRole = QStringLiteral("caregiver");
        auto back = Comment::fromFields(c.toFields());
        QVERIFY(back);
        back->id = c.id;
        QCOMPARE(*back, c);
    }

    void movingAGoalTakesItsProgressAndCommentsAlong()
    {
        QTemporaryDir dir;
        QByteArray careTeam;
        auto vault = vaultWithTwoSpaces(dir, &careTeam);
        QVERIFY(vault);
        CareStore store(*vault);
        QVERIFY(store.load().ok());
        Goal goal = walkingGoal();
        QVERIFY(store.save(goal).ok());
        ProgressEntry progress;
        progress.goalId = goal.id;
        progress.date = QDate(2026, 11, 20);
        progress.rating = 6;
        progress.authorId = crypto::randomBytes(16);
        QVERIFY(store.save(progress).ok());
        Goal other = walkingGoal();
        QVERIFY(store.save(other).ok());

        QVERIFY(store.moveToSpace(goal.id, careTeam).ok());
        QCOMPARE(vault->get(goal.id)->header.spaceId, careTeam);
        QCOMPARE(vault->get(progress.id)->header.spaceId, careTeam);
        QCOMPARE(vault->get(other.id)->header.spaceId, vault->privateSpaceId());

        // Back to private: still the same goal, same words.
        QVERIFY(store.moveToSpace(goal.id, vault->privateSpaceId()).ok());
        CareStore reread(*vault);
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.spaceOf(goal.id), vault->privateSpaceId());
        QCOMPARE(reread.spaceOf(progress.id), vault->privateSpaceId());
        QCOMPARE(reread.goal(goal.id)->whatMattersToMe.text, QStringLiteral("Walk to the market"));
        QCOMPARE(reread.progress().size(), 1);

        QCOMPARE(store.moveToSpace(crypto::randomBytes(16), careTeam).code(), ErrorCode::NotFound);
    }

    void reloadingForgetsWhatWasDeletedOrMovedAwayMeanwhile()
    {
        QTemporaryDir dir;
        QByteArray careTeam;
        auto vault = vaultWithTwoSpaces(dir, &careTeam);
        QVERIFY(vault);
        CareStore shown(*vault);
        shown.setSpaceFilter([&](const QByteArray &space) { return space == vault->privateSpaceId(); });
        QVERIFY(shown.load().ok());
        Goal deleted = walkingGoal();
        Goal moved = walkingGoal();
        QVERIFY(shown.save(deleted).ok());
        QVERIFY(shown.save(moved).ok());
        QCOMPARE(shown.goals().size(), 2);

        // Another writer (a pull, in the app) deletes one and moves the other out of view.
        CareStore other(*vault);
        QVERIFY(other.load().ok());
        QVERIFY(other.remove(deleted.id).ok());
        QVERIFY(other.moveToSpace(moved.id, careTeam).ok());

        QVERIFY(shown.load().ok());
        QCOMPARE(shown.goals().size(), 0);
        QVERIFY(!shown.goal(deleted.id));
        QVERIFY(!shown.goal(moved.id));
    }

    void aLoadThatFailsLeavesTheStoreAsItWasOrEmptyNeverHalf()
    {
        // A vault larger than a load's 2 MB page cache; a page of its records made unreadable
        // on disk after a store read them all: the table's first page (the read fails before
        // its first part) or one a third of the way in (after several parts, some kept, some
        // on the pool threads).
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("v"));
        const QString file = folder + QStringLiteral("/vault.db");
        {
            auto vault = newVault(dir);
            QVERIFY(vault);
            CareStore writer(*vault);
            QVERIFY(writer.load().ok());
            QVERIFY(demo::demohistory::write(
                demo::generateDemoStory(QDate(2026, 11, 20)), 9000, [&](const CareRecords &batch) {
                    return writer.importRecords(batch);
                }).ok());
        } // closed: the write-ahead log is folded into the file
        QVERIFY(QFile(file).size() > 4 * 1024 * 1024);
        qint64 pageSize = 0;
        QList<qint64> leaves; // the records table's leaf pages, in rowid order
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral(
                "SELECT pageno FROM dbstat WHERE name = 'records' AND pagetype = 'leaf' ORDER BY path")));
            while (q.next())
                leaves.append(q.value(0).toLongLong());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        QVERIFY(leaves.size() > 100);
        const QString clean = dir.filePath(QStringLiteral("clean.db"));
        QVERIFY(QFile::copy(file, clean));

        for (const bool atFirstPage : {true, false}) {
            QFile::remove(file);
            QVERIFY(QFile::copy(clean, file));
            auto opened = vault::Vault::open(folder);
            QVERIFY(opened);
            vault::Vault &v = **opened;
            QVERIFY(v.unlockWithPassphrase(crypto::SecureBuffer::copyOf("store passphrase")).ok());
            CareStore store(v);
            QVERIFY(store.load().ok());
            const QList<CheckIn> held = store.checkIns();
            QVERIFY(held.size() > 1000);

            QFile spoilt(file);
            QVERIFY(spoilt.open(QIODevice::ReadWrite));
            QVERIFY(spoilt.seek((leaves.at(atFirstPage ? 0 : leaves.size() / 3) - 1) * pageSize));
            QCOMPARE(spoilt.write(QByteArray(64, '\xff')), 64);
            spoilt.close();

            QVERIFY(!store.load().ok());
            if (atFirstPage) {
                QCOMPARE(store.checkIns(), held);
            } else {
                QVERIFY(store.checkIns().isEmpty());
                QVERIFY(store.progress().isEmpty());
                QVERIFY(store.goals().isEmpty());
                QCOMPARE(store.index().checkIns().size(), 0);
            }
            QVERIFY(store.damaged().isEmpty());
        }
    }

    void loadsInPartsHoldTheSameRecordsWithRepeatedValuesShared()
    {
        // More records than one part of a load, and more parts than a load holds in flight:
        // load() and load(spaces) each read them part by part (both in one scan here: the own
        // spaces are the whole vault; tst_vault compares the scan with the index); both must
        // end with every record written and the same records, in the same index order.
        QTemporaryDir dir;
        auto vault = newVault(dir);
        QVERIFY(vault);
        vault::Vault &v = *vault;
        {
            CareStore writer(v);
            QVERIFY(writer.load().ok());
            QVERIFY(demo::demohistory::write(
                demo::generateDemoStory(QDate(2026, 11, 20)), 9000, [&](const CareRecords &batch) {
                    return writer.importRecords(batch);
                }).ok());
        }
        CareStore parts(v);
        QVERIFY(parts.load().ok());
        CareStore whole(v);
        QVERIFY(whole.load(v.ownSpaces()).ok());
        QVERIFY(parts.progress().size() + parts.checkIns().size() + parts.comments().size() > 8000);
        QCOMPARE(v.recordCount(), 9000);
        QCOMPARE(qsizetype(parts.checkInsById().size()) + parts.progress().size() + parts.comments().size()
                + parts.goals().size() + parts.members().size() + parts.activities().size() + 2,
            9000);
        QVERIFY(parts.damaged().isEmpty() && whole.damaged().isEmpty());
        QCOMPARE(parts.checkIns(), whole.checkIns());
        QCOMPARE(parts.progress(), whole.progress());
        QCOMPARE(parts.comments(), whole.comments());
        QCOMPARE(parts.goals(), whole.goals());
        QCOMPARE(parts.members(), whole.members());
        const auto entries = [](const OrderedIds &ids) { return QList<OrderedIds::Entry>(ids.begin(), ids.end()); };
        QCOMPARE(entries(parts.index().checkIns()), entries(whole.index().checkIns()));
        QCOMPARE(entries(parts.index().comments()), entries(whole.index().comments()));
        verifyIndexMatchesRecords(parts);

        // Thousands of records name the same member, goal and domain: one copy each, shared.
        const QList<CheckIn> checkIns = parts.checkIns();
        const CheckIn &first = checkIns.constFirst();
        const CheckIn &last = checkIns.constLast();
        QCOMPARE(first.completedById, last.completedById);
        QVERIFY(first.completedById.isSharedWith(last.completedById));
        const QString domain = first.answers.firstKey();
        QVERIFY(codes::checkInDomains().contains(domain));
        QVERIFY(domain.isSharedWith(codes::checkInDomains().at(codes::checkInDomains().indexOf(domain))));
        const QList<ProgressEntry> progress = parts.progress();
        const auto sameGoal = std::find_if(progress.cbegin() + 1, progress.cend(),
            [&](const ProgressEntry &e) { return e.goalId == progress.constFirst().goalId; });
        QVERIFY(sameGoal != progress.cend());
        QVERIFY(sameGoal->goalId.isSharedWith(progress.constFirst().goalId));
        QList<QString> units;
        for (const ProgressEntry &entry : progress) {
            if (entry.unit == QLatin1String("min"))
                units.append(entry.unit);
        }
        QVERIFY(units.size() > 100);
        QVERIFY(units.constFirst().isSharedWith(units.constLast()));
    }

    void theIndexListsExactlyTheRecordsHeldInOrderThroughEveryChange()
    {
        QTemporaryDir dir;
        QByteArray careTeam;
        auto vault = vaultWithTwoSpaces(dir, &careTeam);
        QVERIFY(vault);
        CareStore store(*vault);
        QVERIFY(store.load().ok());
        QVERIFY(store.importRecords(demo::generateDemoStory(QDate(2026, 11, 20)).records()).ok());
        verifyIndexMatchesRecords(store);
        QVERIFY(!store.index().checkIns().isEmpty());
        QVERIFY(!store.index().comments().isEmpty());

        // A load builds it in one go; it lists the same.
        CareStore reread(*vault);
        QVERIFY(reread.load().ok());
        verifyIndexMatchesRecords(reread);
        QCOMPARE(QList<OrderedIds::Entry>(reread.index().checkIns().begin(), reread.index().checkIns().end()),
            QList<OrderedIds::Entry>(store.index().checkIns().begin(), store.index().checkIns().end()));

        // Saves in any order land in their place; two at the same time are ordered by id.
        const CheckIn model = store.checkIns().constFirst();
        const QDateTime middle = store.checkIns().at(1).time.addSecs(60);
        for (int i = 0; i < 3; ++i) {
            CheckIn c = model;
            c.id.clear();
            c.time = i == 2 ? store.checkIns().constLast().time.addDays(1) : middle;
            QVERIFY(store.save(c).ok());
        }
        verifyIndexMatchesRecords(store);
        QCOMPARE(store.latestPatientCheckIn()->time, store.checkIns().constLast().time);

        // Removing and moving keep it exact; so does a record deleted by another writer and
        // read again by refresh().
        const Goal goal = store.goals().constFirst();
        QVERIFY(store.moveToSpace(goal.id, careTeam).ok());
        verifyIndexMatchesRecords(store);
        // A check-in moved here, and one moved by another writer and read again by refresh().
        const QByteArray movedHere = store.checkIns().at(2).id;
        QVERIFY(store.moveToSpace(movedHere, careTeam).ok());
        verifyIndexMatchesRecords(store);
        QVERIFY(store.index().checkInsIn(careTeam));
        {
            CareStore elsewhere(*vault);
            QVERIFY(elsewhere.load().ok());
            QVERIFY(elsewhere.moveToSpace(store.checkIns().at(3).id, careTeam).ok());
            QVERIFY(elsewhere.moveToSpace(movedHere, vault->privateSpaceId()).ok());
        }
        QVERIFY(store.refresh({store.checkIns().at(3).id, movedHere}).ok());
        verifyIndexMatchesRecords(store);
        QCOMPARE(store.spaceOf(movedHere), vault->privateSpaceId());
        const QByteArray removedComment = store.comments().constFirst().id;
        QVERIFY(store.remove(removedComment).ok());
        QVERIFY(store.remove(store.checkIns().constLast().id).ok());
        verifyIndexMatchesRecords(store);
        QVERIFY(!store.comment(removedComment));
        const QByteArray progressId = store.progressOf(goal.id).constFirst()->id;
        CareStore other(*vault);
        QVERIFY(other.load().ok());
        QVERIFY(other.remove(progressId).ok());
        QVERIFY(store.refresh({progressId}).ok());
        verifyIndexMatchesRecords(store);
        QVERIFY(!store.progressEntry(progressId));
        // A pull's page naming a record twice, and one another writer added.
        CheckIn pulled = store.checkIns().constFirst();
        pulled.id.clear();
        pulled.time = pulled.time.addSecs(-3600);
        QVERIFY(other.save(pulled).ok());
        QVERIFY(store.refresh({pulled.id, progressId, pulled.id}).ok());
        verifyIndexMatchesRecords(store);
        QCOMPARE(store.checkIns().constFirst().id, pulled.id);

        // Saving the removed comment again (undo) lists it again.
        Comment back = *reread.comment(removedComment);
        QVERIFY(store.save(back).ok());
        verifyIndexMatchesRecords(store);
        QVERIFY(store.comment(removedComment));
        const QList<Comment> all = store.comments();
        QCOMPARE(store.newestComments(1).constFirst()->time,
            std::max_element(all.cbegin(), all.cend(), [](const Comment &a, const Comment &b) {
                return a.time < b.time;
            })->time);
    }

    void flagsReadOnlyTheNewestCheckInsOfTheSpacesThatCountAsAFullSortWould()
    {
        QTemporaryDir dir;
        QByteArray careTeam;
        auto vault = vaultWithTwoSpaces(dir, &careTeam);
        QVERIFY(vault);
        CareStore store(*vault);
        QVERIFY(store.load().ok());
        const QByteArray author = crypto::randomBytes(16);
        const QStringList domains = codes::checkInDomains();
        // Check-ins spread over two spaces, saved out of time order, with ratings that rise and
        // fall, some domains left out, a caregiver's own check-in among them.
        const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 60; ++i) {
            CheckIn c;
            c.completedById = author;
            c.time = start.addDays((i * 37) % 60);
            if (i == 41) {
                c.answers.insert(codes::caregiverDomains().constFirst(), {3, {}, false, {}});
            } else {
                for (int d = 0; d < domains.size(); ++d) {
                    if ((i + d) % 4 != 0)
                        c.answers.insert(domains.at(d), {(i * (d + 3)) % 11, {}, (i + d) % 7 == 0, {}});
                }
            }
            QVERIFY(store.saveInSpace(c, i % 3 == 0 ? vault->privateSpaceId() : careTeam).ok());
        }
        // The newest is shared and low, the one before it private and high.
        for (const int rating : {0, 10}) {
            CheckIn c;
            c.completedById = author;
            c.time = start.addDays(80 - rating);
            for (const QString &domain : domains)
                c.answers.insert(domain, {rating, {}, rating == 0, {}});
            QVERIFY(store.saveInSpace(c, rating == 0 ? careTeam : vault->privateSpaceId()).ok());
        }
        // What the flags must be: every counted check-in of the patient, sorted newest first.
        const auto expected = [&](const AttentionFlags::SpaceFilter &raises) {
            QList<CheckIn> all;
            for (const CheckIn &c : store.checkInsById()) {
                if (!c.isCaregiverCheckIn() && (!raises || raises(store.spaceOf(c.id))))
                    all.append(c);
            }
            std::sort(all.begin(), all.end(), [](const CheckIn &a, const CheckIn &b) { return a.time > b.time; });
            QList<std::pair<QString, double>> worsening;
            QStringList discuss;
            for (const QString &domain : domains) {
                const auto now = all.constFirst().answers.constFind(domain);
                if (now == all.constFirst().answers.cend())
                    continue;
                if (now->wantToDiscuss)
                    discuss.append(domain);
                int sum = 0;
                int count = 0;
                for (qsizetype i = 1; i < all.size() && count < AttentionFlags::WorseningWindow; ++i) {
                    if (const auto before = all[i].answers.constFind(domain); before != all[i].answers.cend()) {
                        sum += before->rating;
                        ++count;
                    }
                }
                if (count > 0 && (now->rating + AttentionFlags::WorseningDrop) * count <= sum)
                    worsening.append({domain, double(sum) / count});
            }
            return std::make_pair(worsening, discuss);
        };
        const auto computed = [&](const AttentionFlags::SpaceFilter &raises) {
            const AttentionFlags flags = AttentionFlags::compute(store, QDate(2026, 6, 1), raises);
            QList<std::pair<QString, double>> worsening;
            QStringList discuss;
            for (const AttentionFlags::Worsening &w : flags.worsening)
                worsening.append({w.domain, w.previousMean});
            for (const AttentionFlags::Discuss &d : flags.discuss)
                discuss.append(d.domain);
            return std::make_pair(worsening, discuss);
        };
        const AttentionFlags::SpaceFilter onlyCareTeam = [&](const QByteArray &space) { return space == careTeam; };
        const AttentionFlags::SpaceFilter onlyPrivate = [&](const QByteArray &space) {
            return space == vault->privateSpaceId();
        };
        const AttentionFlags::SpaceFilter everySpace = [](const QByteArray &) { return true; }; // a merge of two
        for (const AttentionFlags::SpaceFilter &raises :
            {AttentionFlags::SpaceFilter(), everySpace, onlyCareTeam, onlyPrivate})
            QCOMPARE(computed(raises), expected(raises));
        QVERIFY(!computed(onlyCareTeam).first.isEmpty()); // the data does raise flags
        QVERIFY(computed(onlyCareTeam) != computed(onlyPrivate));
        QVERIFY(AttentionFlags::compute(store, QDate(2026, 6, 1), [](const QByteArray &) { return false; }).isEmpty());
    }

    void aSpaceFilterShowsOnlyThoseSpaces()
    {
        QTemporaryDir dir;
        QByteArray careTeam;
        auto vault = vaultWithTwoSpaces(dir, &careTeam);
        QVERIFY(vault);
        CareStore store(*vault);
        QVERIFY(store.load().ok());
        Goal mine = walkingGoal();
        QVERIFY(store.save(mine).ok());
        Goal shared = walkingGoal();
        QVERIFY(store.saveInSpace(shared, careTeam).ok());

        CareStore onlyShared(*vault);
        onlyShared.setSpaceFilter([&](const QByteArray &space) { return space == careTeam; });
        onlyShared.setDefaultSpace(careTeam);
        QVERIFY(onlyShared.load().ok());
        QCOMPARE(onlyShared.goals().size(), 1);
        QCOMPARE(onlyShared.goals().constFirst().id, shared.id);
        Goal added = walkingGoal();
        QVERIFY(onlyShared.save(added).ok());
        QCOMPARE(vault->get(added.id)->header.spaceId, careTeam);
    }
};

QTEST_GUILESS_MAIN(TestCareStore)
#include "tst_carestore.moc"
