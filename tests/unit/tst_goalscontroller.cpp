// SPDX-License-Identifier: GPL-3.0-or-later
// GoalsController and its models over a real (demo) vault: what the Goals pages rely on —
// writing a goal in the person's words, editing, deleting with undo, ticking steps, logging
// progress, refusals with a message, filters, and forgetting everything on lock.
#include "app/goals/goalscontroller.h"
#include "app/goals/progresshistorymodel.h"
#include "app/session/session.h"
#include "demo/demovault.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
QByteArray fromHex(const QString &id)
{
    return QByteArray::fromHex(id.toLatin1());
}
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
QVariantMap marketGoal()
{
    return {{key("whatMattersToMe"), QStringLiteral("Walking to the Saturday market again")},
        {key("kind"), QStringLiteral("life_goal")}, {key("domain"), QStringLiteral("participation")},
        {key("target"), QStringLiteral("Walk there and back with my rollator")},
        {key("targetDate"), QStringLiteral("2027-05-01")}, {key("priority"), 1},
        {key("status"), QStringLiteral("active")},
        {key("steps"), QStringList {QStringLiteral("To the corner"), QStringLiteral("To the bakery"), QString()}}};
}
} // namespace

class TestGoalsController : public QObject
{
    Q_OBJECT

    app::Session m_session;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<domain::CareStore> m_store;

    app::Session *context() { return &m_session; }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("vault"));
        QVERIFY(demo::demovault::create(path, QDate::currentDate(), {1, 1024, 1}).ok());
        auto opened = vault::Vault::open(path);
        QVERIFY(opened.ok());
        m_vault = std::move(*opened);
        QByteArray pass = demo::demovault::passphrase().toUtf8();
        QVERIFY(m_vault->unlockWithPassphrase(crypto::SecureBuffer::takeFrom(pass)).ok());
        m_store = std::make_unique<domain::CareStore>(*m_vault);
        QVERIFY(m_store->load().ok());
        context()->setStore(m_store.get());
    }

    void cleanupTestCase() { context()->setStore(nullptr); }

    void everyModelPassesTheModelTesterThroughLoadFilterSelectAndLock()
    {
        app::GoalsController c(&m_session);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        QAbstractItemModelTester goals(c.goals(), Mode::QtTest);
        QAbstractItemModelTester progress(c.progress(), Mode::QtTest);
        QAbstractItemModelTester comments(c.comments(), Mode::QtTest);
        QVERIFY(c.hasData());
        QVERIFY(c.goals()->count() > 0);
        // The demo goal with progress and comments.
        QString withProgress;
        for (const domain::ProgressEntry &p : m_store->progress())
            withProgress = QString::fromLatin1(p.goalId.toHex());
        c.setSelectedGoalId(withProgress);
        QVERIFY(c.progress()->count() > 0);
        QCOMPARE(c.selectedGoal().value(key("id")).toString(), withProgress);
        c.setStatusFilter(key("all"));
        c.setDomainFilter(key("body"));
        c.setDomainFilter(QString());

        QSignalSpy dataSpy(&c, &app::GoalsController::hasDataChanged);
        context()->setStore(nullptr);
        QCOMPARE(dataSpy.count(), 1);
        QVERIFY(!c.hasData());
        QCOMPARE(c.goals()->count(), 0);
        QCOMPARE(c.progress()->count(), 0);
        QCOMPARE(c.comments()->count(), 0);
        QVERIFY(c.progress()->ratings().isEmpty());
        QVERIFY(c.selectedGoal().isEmpty());
        QCOMPARE(c.totalCount(), 0);
        context()->setStore(m_store.get());
        QVERIFY(c.hasData());
        QVERIFY(c.progress()->count() > 0);
    }

    void aNewGoalIsSavedInThePatientsOwnWordsWithItsSteps()
    {
        app::GoalsController c(&m_session);
        QSignalSpy failed(&c, &app::GoalsController::failed);
        const int before = c.totalCount();
        const QString id = c.createGoal(marketGoal());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(id.size(), 32);
        QCOMPARE(c.totalCount(), before + 1);

        const domain::Goal *saved = m_store->goal(fromHex(id));
        QVERIFY(saved);
        QCOMPARE(saved->whatMattersToMe.text, QStringLiteral("Walking to the Saturday market again"));
        QVERIFY(!saved->whatMattersToMe.lang.isEmpty());
        QCOMPARE(saved->targetDate, QDate(2027, 5, 1));
        QCOMPARE(saved->steps.size(), 2); // the empty line is no step
        const domain::CareTeamMember *author = m_store->member(saved->expressedBy);
        QVERIFY(author);
        QCOMPARE(author->role, QStringLiteral("patient"));

        bool listed = false;
        for (int row = 0; row < c.goals()->count(); ++row)
            listed = listed || c.goals()->get(row).value(key("recordId")).toString() == id;
        QVERIFY(listed);
        const QVariantMap detail = c.goal(id);
        QCOMPARE(detail.value(key("targetDateIso")).toString(), QStringLiteral("2027-05-01"));
        QCOMPARE(detail.value(key("steps")).toList().size(), 2);
        QCOMPARE(detail.value(key("expressedByRole")).toString(), QStringLiteral("patient"));
    }

    void anEmptyWhatMattersIsRefusedWithAClearMessage()
    {
        app::GoalsController c(&m_session);
        QSignalSpy failed(&c, &app::GoalsController::failed);
        const int before = c.totalCount();
        QVariantMap fields = marketGoal();
        fields.insert(key("whatMattersToMe"), QStringLiteral("   "));
        QVERIFY(c.createGoal(fields).isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("what matters")));
        QCOMPARE(c.totalCount(), before);
    }

    void badCodesPrioritiesAndDatesAreRefusedAndWriteNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown domain") << key("domain") << QVariant(QStringLiteral("nonsense"));
        QTest::newRow("no domain") << key("domain") << QVariant(QString());
        QTest::newRow("unknown kind") << key("kind") << QVariant(QStringLiteral("wish"));
        QTest::newRow("priority 7") << key("priority") << QVariant(7);
        QTest::newRow("30 February") << key("targetDate") << QVariant(QStringLiteral("2027-02-30"));
        QTest::newRow("unknown status") << key("status") << QVariant(QStringLiteral("maybe"));
    }
    void badCodesPrioritiesAndDatesAreRefusedAndWriteNothing()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        app::GoalsController c(&m_session);
        QSignalSpy failed(&c, &app::GoalsController::failed);
        const int before = c.totalCount();
        QVariantMap fields = marketGoal();
        fields.insert(field, value);
        QVERIFY(c.createGoal(fields).isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(c.totalCount(), before);
    }

    void anUpdateChangesOnlyTheFieldsGiven()
    {
        app::GoalsController c(&m_session);
        const QString id = c.createGoal(marketGoal());
        QVERIFY(c.updateGoal(id, {{key("achievement"), QStringLiteral("improving")}}));
        const domain::Goal *goal = m_store->goal(fromHex(id));
        QCOMPARE(goal->achievement, QStringLiteral("improving"));
        QCOMPARE(goal->whatMattersToMe.text, QStringLiteral("Walking to the Saturday market again"));
        QCOMPARE(goal->steps.size(), 2);

        QSignalSpy failed(&c, &app::GoalsController::failed);
        QVERIFY(!c.updateGoal(id, {{key("whatMattersToMe"), QString()}}));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(
            m_store->goal(fromHex(id))->whatMattersToMe.text, QStringLiteral("Walking to the Saturday market again"));
        QVERIFY(!c.updateGoal(QStringLiteral("00"), {{key("priority"), 1}}));
        QCOMPARE(failed.count(), 2);
    }

    void aDeletedGoalComesBackWithUndoOnlyOnce()
    {
        app::GoalsController c(&m_session);
        const QString id = c.createGoal(marketGoal());
        const domain::Goal original = *m_store->goal(fromHex(id));
        QSignalSpy removed(&c, &app::GoalsController::goalRemoved);
        const int before = c.totalCount();
        QVERIFY(c.removeGoal(id));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!m_store->goal(fromHex(id)));
        QCOMPARE(c.totalCount(), before - 1);
        QVERIFY(c.canUndo());

        QVERIFY(c.undoRemove());
        QVERIFY(!c.canUndo());
        QVERIFY(m_store->goal(fromHex(id)));
        QCOMPARE(*m_store->goal(fromHex(id)), original);
        QCOMPARE(c.totalCount(), before);
        QSignalSpy failed(&c, &app::GoalsController::failed);
        QVERIFY(!c.undoRemove());
        QCOMPARE(failed.count(), 1);
    }

    void lockingForgetsTheDeletedGoal()
    {
        app::GoalsController c(&m_session);
        const QString id = c.createGoal(marketGoal());
        QVERIFY(c.removeGoal(id));
        QVERIFY(c.canUndo());
        context()->setStore(nullptr);
        QVERIFY(!c.canUndo());
        context()->setStore(m_store.get());
        QVERIFY(!c.undoRemove());
        QVERIFY(!m_store->goal(fromHex(id)));
    }

    void tickingAStepIsSaved()
    {
        app::GoalsController c(&m_session);
        const QString id = c.createGoal(marketGoal());
        c.setSelectedGoalId(id);
        QVERIFY(c.setStepDone(id, 1, true));
        QVERIFY(m_store->goal(fromHex(id))->steps.at(1).done);
        QVERIFY(!m_store->goal(fromHex(id))->steps.at(0).done);
        QCOMPARE(c.selectedGoal().value(key("stepsDone")).toInt(), 1);
        QSignalSpy failed(&c, &app::GoalsController::failed);
        QVERIFY(!c.setStepDone(id, 5, true));
        QCOMPARE(failed.count(), 1);
    }

    void loggedProgressShowsNewestFirstWithItsAuthorAndInTheChart()
    {
        app::GoalsController c(&m_session);
        const QString id = c.createGoal(marketGoal());
        c.setSelectedGoalId(id);
        QCOMPARE(c.progress()->count(), 0);
        QVERIFY(c.logProgress(id, 4, QStringLiteral("To the corner, slowly"), QDate::currentDate().addDays(-7)));
        QVERIFY(c.logProgress(id, 7, QStringLiteral("Made it to the bakery!"), QString()));
        QCOMPARE(c.progress()->count(), 2);
        const QVariantMap newest = c.progress()->get(0);
        QCOMPARE(newest.value(key("rating")).toInt(), 7);
        QCOMPARE(newest.value(key("note")).toString(), QStringLiteral("Made it to the bakery!"));
        QCOMPARE(newest.value(key("authorRole")).toString(), QStringLiteral("patient"));
        QCOMPARE(newest.value(key("day")).toDateTime().date(), QDate::currentDate());
        // The chart's series, oldest first: each rating on its calendar day, counted from
        // 1 January 1970 (the chart spaces them by day; no time zone is involved).
        const QVariantList ratings = c.progress()->ratings();
        QCOMPARE(ratings.size(), 2);
        const QDate epoch(1970, 1, 1);
        QCOMPARE(ratings.first().toMap().value(key("rating")).toInt(), 4);
        QCOMPARE(
            ratings.first().toMap().value(key("day")).toLongLong(), epoch.daysTo(QDate::currentDate().addDays(-7)));
        QCOMPARE(ratings.last().toMap().value(key("rating")).toInt(), 7);
        QCOMPARE(ratings.last().toMap().value(key("day")).toLongLong(), epoch.daysTo(QDate::currentDate()));

        QSignalSpy failed(&c, &app::GoalsController::failed);
        QVERIFY(!c.logProgress(id, 11, QString(), QString()));
        QVERIFY(!c.logProgress(id, -1, QStringLiteral("  "), QString())); // neither rating nor note
        QVERIFY(!c.logProgress(id, 5, QString(), QStringLiteral("2026-13-01")));
        QCOMPARE(failed.count(), 3);
        QCOMPARE(c.progress()->count(), 2);
    }

    void progressArrivingAndGoingChangesOnlyItsRowsAndTheChart()
    {
        app::GoalsController c(&m_session);
        QAbstractItemModelTester tester(c.progress(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = c.createGoal(marketGoal());
        const QString other = c.createGoal(marketGoal());
        c.setSelectedGoalId(id);
        const QDate today = QDate::currentDate();
        QVERIFY(c.logProgress(id, 5, QString(), today.addDays(-3).toString(Qt::ISODate)));
        QVERIFY(c.logProgress(id, 6, QString(), QString()));
        QSignalSpy resets(c.progress(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(c.progress(), &QAbstractItemModel::rowsInserted);
        QSignalSpy ratingsChanged(c.progress(), &app::ProgressHistoryModel::ratingsChanged);

        // An older entry goes in its place, a note without a rating stays out of the chart, an
        // entry on another goal changes nothing here; a removed one goes.
        QVERIFY(c.logProgress(id, 2, QString(), today.addDays(-10).toString(Qt::ISODate)));
        QVERIFY(c.logProgress(id, -1, QStringLiteral("Rained all day"), today.addDays(-1).toString(Qt::ISODate)));
        QVERIFY(c.logProgress(other, 9, QString(), QString()));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(c.progress()->count(), 4);
        const QByteArray removed =
            QByteArray::fromHex(c.progress()->get(0).value(key("recordId")).toString().toLatin1());
        QVERIFY(m_store->remove(removed).ok());
        m_session.notifyChanged();
        QCOMPARE(c.progress()->count(), 3);
        QCOMPARE(resets.count(), 0);
        QVERIFY(ratingsChanged.count() >= 3);

        // The rows and the chart are what a whole read of the goal gives.
        app::ProgressHistoryModel whole;
        whole.reload(m_store.get(), QByteArray::fromHex(id.toLatin1()));
        QCOMPARE(c.progress()->count(), whole.count());
        for (int i = 0; i < whole.count(); ++i)
            QCOMPARE(c.progress()->get(i), whole.get(i));
        QCOMPARE(c.progress()->ratings(), whole.ratings());
        QCOMPARE(c.progress()->ratings().size(), 2);
        QCOMPARE(c.progress()->get(0).value(key("note")).toString(), QStringLiteral("Rained all day"));
    }

    void filtersNarrowTheListByStatusGroupAndDomain()
    {
        app::GoalsController c(&m_session);
        QVariantMap done = marketGoal();
        done.insert(key("status"), QStringLiteral("completed"));
        done.insert(key("domain"), QStringLiteral("practical"));
        const QString doneId = c.createGoal(done);
        const auto ids = [&c] {
            QStringList list;
            for (int row = 0; row < c.goals()->count(); ++row)
                list.append(c.goals()->get(row).value(key("recordId")).toString());
            return list;
        };
        const auto statuses = [&c] {
            QStringList list;
            for (int row = 0; row < c.goals()->count(); ++row)
                list.append(c.goals()->get(row).value(key("status")).toString());
            return list;
        };
        QCOMPARE(c.statusFilter(), key("active"));
        QVERIFY(!ids().contains(doneId));
        QVERIFY(!statuses().contains(key("completed")) && !statuses().contains(key("cancelled")));
        c.setStatusFilter(key("done"));
        QVERIFY(ids().contains(doneId));
        QVERIFY(!statuses().contains(key("active")));
        c.setStatusFilter(key("all"));
        QCOMPARE(c.goals()->count(), c.totalCount());
        c.setDomainFilter(key("practical"));
        QVERIFY(ids().contains(doneId));
        for (int row = 0; row < c.goals()->count(); ++row)
            QCOMPARE(c.goals()->get(row).value(key("domain")).toString(), key("practical"));
        c.setDomainFilter(key("meaning"));
        QVERIFY(!ids().contains(doneId));
    }

    void aNewVaultGetsThePatientAsAuthorOnTheFirstWrite()
    {
        QTemporaryDir dir;
        auto created = vault::Vault::create(
            dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("a new vault"), {1, 1024, 1});
        QVERIFY(created.ok());
        domain::CareStore store(*created->vault);
        QVERIFY(store.load().ok());
        QVERIFY(store.members().isEmpty());
        context()->setStore(&store);
        {
            app::GoalsController c(&m_session);
            QCOMPARE(c.totalCount(), 0);
            const QString id = c.createGoal(marketGoal());
            QVERIFY(!id.isEmpty());
            QVERIFY(c.logProgress(id, 6, QString(), QString()));
            QCOMPARE(store.members().size(), 1); // created once, used twice
            QCOMPARE(store.members().first().role, QStringLiteral("patient"));
            QCOMPARE(store.members().first().displayName, QStringLiteral("Me"));
            QCOMPARE(store.goal(fromHex(id))->expressedBy, store.members().first().id);
        }
        context()->setStore(m_store.get());
    }
};

QTEST_GUILESS_MAIN(TestGoalsController)
#include "tst_goalscontroller.moc"
