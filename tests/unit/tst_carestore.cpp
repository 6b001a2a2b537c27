// SPDX-License-Identifier: GPL-3.0-or-later
// The domain store over the vault: typed records in and out, edits without duplicates,
// undecodable records reported (not dropped), demo import all-or-nothing.
#include "crypto/random.h"
#include "domain/carestore.h"
#include "domain/demostory.h"
#include "domain/envelope.h"
#include "vault/vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::domain;

namespace {
std::unique_ptr<vault::Vault> newVault(const QTemporaryDir &dir)
{
    auto created = vault::Vault::create(
        dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("store passphrase"), {1, 1024, 1});
    return created ? std::move(created->vault) : nullptr;
}
} // namespace

class TestCareStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        DemoStory story = generateDemoStory(QDate(2026, 11, 22));
        story.goals.last().priority = 99; // invalid
        QCOMPARE(store.importStory(story).code(), ErrorCode::InvalidInput);
        QCOMPARE(vault->recordCount(), 0);

        story.goals.last().priority = 2;
        QVERIFY(store.importStory(story).ok());
        const QMap<QString, int> counts = store.countsByKind();
        QCOMPARE(counts.value(QStringLiteral("goal")), 3);
        QCOMPARE(counts.value(QStringLiteral("check_in")), int(story.checkIns.size() + story.caregiverCheckIns.size()));
        QCOMPARE(counts.value(QStringLiteral("profile")), 1);
        int total = 0;
        for (int n : counts)
            total += n;
        QCOMPARE(vault->recordCount(), total);
    }
};

QTEST_GUILESS_MAIN(TestCareStore)
#include "tst_carestore.moc"
