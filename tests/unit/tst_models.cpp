// SPDX-License-Identifier: GPL-3.0-or-later
// The QML-facing models over a real (demo) vault: each passes QAbstractItemModelTester
// through load, reload and clear, and holds what the Home page relies on.
#include "app/goals/goalmodel.h"
#include "app/home/caredata.h"
#include "app/plan/activitymodel.h"
#include "app/sharing/commentmodel.h"
#include "demo/demovault.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<domain::CareStore> m_store;
    const QDate m_today = QDate(2026, 11, 22);

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("vault"));
        QVERIFY(demo::demovault::create(path, m_today, {1, 1024, 1}).ok());
        auto opened = vault::Vault::open(path);
        QVERIFY(opened.ok());
        m_vault = std::move(*opened);
        QByteArray pass = demo::demovault::passphrase().toUtf8();
        QVERIFY(m_vault->unlockWithPassphrase(crypto::SecureBuffer::takeFrom(pass)).ok());
        m_store = std::make_unique<domain::CareStore>(*m_vault);
        QVERIFY(m_store->load().ok());
        QVERIFY(m_store->damaged().isEmpty());
    }

    void everyModelPassesTheModelTesterThroughLoadAndClear()
    {
        app::CareData data(nullptr);
        QAbstractItemModelTester goals(data.goals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester upcoming(data.upcoming(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester comments(
            data.recentComments(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&data, &app::CareData::changed);
        data.reload(m_store.get(), m_today);
        QCOMPARE(changed.count(), 1);
        QVERIFY(data.goals()->count() > 0);
        data.reload(m_store.get(), m_today.addDays(1));
        data.reload(nullptr);
        QCOMPARE(data.goals()->count(), 0);
        QCOMPARE(data.upcoming()->count(), 0);
        QCOMPARE(data.recentComments()->count(), 0);
        QVERIFY(!data.hasData());
        QVERIFY(data.patientName().isEmpty());
    }

    void homeShowsThePatientHerPlanAndLastCheckIn()
    {
        app::CareData data(nullptr);
        data.reload(m_store.get(), m_today);
        QVERIFY(data.hasData());
        QCOMPARE(data.patientName(), QStringLiteral("Maria"));
        QVERIFY(data.hasPlan());
        QCOMPARE(data.planStatus(), QStringLiteral("active"));
        QVERIFY(!data.coordinatorName().isEmpty());
        QVERIFY(data.nextReview().date() > m_today);
        QVERIFY(!data.agreements().isEmpty());
        const QVariantMap last = data.lastCheckIn();
        QVERIFY(last.value(QStringLiteral("date")).toDate() <= m_today);
        QVERIFY(last.value(QStringLiteral("date")).toDate() > m_today.addDays(-8));
        const QVariantMap ratings = last.value(QStringLiteral("ratings")).toMap();
        QCOMPARE(ratings.size(), 6);
        for (const QVariant &r : ratings)
            QVERIFY(r.toInt() >= 0 && r.toInt() <= 10);
    }

    void goalsComeHighestPriorityFirstWithTheirLatestRating()
    {
        app::GoalModel model;
        model.reload(m_store.get());
        QCOMPARE(model.count(), 3);
        int previous = 0;
        for (int row = 0; row < model.count(); ++row) {
            const QVariantMap g = model.get(row);
            QVERIFY(g.value(QStringLiteral("priority")).toInt() >= previous);
            previous = g.value(QStringLiteral("priority")).toInt();
            QVERIFY(!g.value(QStringLiteral("whatMattersToMe")).toString().isEmpty());
            QCOMPARE(g.value(QStringLiteral("recordId")).toString().size(), 32);
            // The latest rating is the one of the most recent rated entry for that goal.
            const QByteArray id = QByteArray::fromHex(g.value(QStringLiteral("recordId")).toString().toLatin1());
            std::optional<domain::ProgressEntry> latest;
            for (const domain::ProgressEntry &p : m_store->progress()) {
                if (p.goalId == id && p.rating && (!latest || latest->date < p.date))
                    latest = p;
            }
            QCOMPARE(g.value(QStringLiteral("lastRating")).toInt(), latest ? *latest->rating : -1);
        }
    }

    void upcomingHoldsTheNextWeekSoonestFirst()
    {
        app::ActivityModel model;
        model.reload(m_store.get(), m_today);
        QVERIFY(model.count() > 0);
        QDate previous = m_today;
        for (int row = 0; row < model.count(); ++row) {
            const QDate next = model.get(row).value(QStringLiteral("nextDate")).toDate();
            QVERIFY(next >= previous);
            QVERIFY(m_today.daysTo(next) <= app::ActivityModel::HorizonDays);
            previous = next;
        }
        // Nothing is upcoming in a week far beyond every schedule's end… or a plan with none.
        app::ActivityModel empty;
        empty.reload(nullptr, m_today);
        QCOMPARE(empty.count(), 0);
    }

    void recentCommentsAreNewestFirstAndNameTheirAuthor()
    {
        app::CommentModel model;
        model.reload(m_store.get());
        QVERIFY(model.count() > 0);
        QVERIFY(model.count() <= app::CommentModel::Limit);
        QDateTime previous = QDateTime::currentDateTimeUtc().addYears(1);
        for (int row = 0; row < model.count(); ++row) {
            const QVariantMap c = model.get(row);
            QVERIFY(c.value(QStringLiteral("time")).toDateTime() <= previous);
            previous = c.value(QStringLiteral("time")).toDateTime();
            QVERIFY(!c.value(QStringLiteral("authorName")).toString().isEmpty());
            QVERIFY(!c.value(QStringLiteral("authorRole")).toString().isEmpty());
            QVERIFY(!c.value(QStringLiteral("targetTitle")).toString().isEmpty());
        }
    }

    void aSavedGoalShowsUpAfterReload()
    {
        domain::Goal goal;
        goal.whatMattersToMe = {QStringLiteral("Weer zelf naar de bakker fietsen"), QStringLiteral("nl")};
        goal.domain = QStringLiteral("participation");
        goal.priority = 1;
        goal.status = QStringLiteral("active");
        QVERIFY(m_store->save(goal).ok());
        QCOMPARE(goal.id.size(), 16);

        // Reopen from disk: it was sealed and stored, not only kept in memory.
        domain::CareStore reread(*m_vault);
        QVERIFY(reread.load().ok());
        app::GoalModel model;
        model.reload(&reread);
        QCOMPARE(model.count(), 4);
        bool found = false;
        for (int row = 0; row < model.count(); ++row)
            found |=
                model.get(row).value(QStringLiteral("whatMattersToMe")).toString().contains(QStringLiteral("bakker"));
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
