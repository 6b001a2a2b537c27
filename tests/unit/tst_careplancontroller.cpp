// SPDX-License-Identifier: GPL-3.0-or-later
// The care plan page's controller over a real vault that starts empty, as a new user's:
// creating the plan, its agreements, activities with once and recurring schedules, marking
// one done (the log grows, the next date moves), schedules in words, remove and undo, lock.
#include "app/plan/careplancontroller.h"
#include "app/plan/planwrites.h"
#include "app/session/session.h"
#include "domain/carestore.h"
#include "i18n/translations.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestCarePlanController : public QObject
{
    Q_OBJECT

    app::Session m_session;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<domain::CareStore> m_store;
    const QDate m_today = QDate(2026, 11, 22); // a Sunday

    static QVariantMap recurringWeekly(const QString &title, int weekdays, int every, const QString &time = {})
    {
        return {{QStringLiteral("title"), title}, {QStringLiteral("kind"), QStringLiteral("self_management")},
            {QStringLiteral("scheduleType"), QStringLiteral("recurring")},
            {QStringLiteral("start"), QStringLiteral("2026-11-01")}, {QStringLiteral("unit"), QStringLiteral("weeks")},
            {QStringLiteral("every"), every}, {QStringLiteral("weekdays"), weekdays}, {QStringLiteral("time"), time}};
    }

    static QVariantMap rowOf(const app::CarePlanController &plan, const QString &id)
    {
        const int row = plan.activities()->indexOf(id);
        return row < 0 ? QVariantMap() : plan.activities()->get(row);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray pass("a passphrase for this test only");
        auto created = vault::Vault::create(
            m_dir.filePath(QStringLiteral("vault")), crypto::SecureBuffer::takeFrom(pass), {1, 1024, 1});
        QVERIFY(created.ok());
        m_vault = std::move(created->vault);
        m_store = std::make_unique<domain::CareStore>(*m_vault);
        QVERIFY(m_store->load().ok());
        m_session.setStore(m_store.get());
    }

    void cleanupTestCase() { m_session.setStore(nullptr); }

    void aNewVaultHasNoPlanUntilOneIsStarted()
    {
        app::CarePlanController plan(&m_session);
        plan.setToday(m_today);
        QVERIFY(plan.available());
        QVERIFY(!plan.hasPlan());
        QCOMPARE(plan.activities()->count(), 0);
        QVERIFY(!plan.addAgreement(QStringLiteral("Too early")).isEmpty());

        QVERIFY(!plan.savePlan(QStringLiteral("  "), QStringLiteral("active"), {}, {}, {}, {}).isEmpty());
        QVERIFY(!plan.savePlan(QStringLiteral("Plan"), QStringLiteral("active"), QStringLiteral("2026-12-01"),
                         QStringLiteral("2026-11-01"), {}, {})
                     .isEmpty());
        QVERIFY(
            !plan.savePlan(QStringLiteral("Plan"), QStringLiteral("active"), QStringLiteral("next tuesday"), {}, {}, {})
                 .isEmpty());
        QVERIFY(!plan.savePlan(QStringLiteral("Plan"), QStringLiteral("nonsense"), {}, {}, {}, {}).isEmpty());
        QVERIFY(!plan.hasPlan());

        QSignalSpy changed(&plan, &app::CarePlanController::changed);
        QCOMPARE(plan.savePlan(QStringLiteral("Thuiszorgplan Maria"), QStringLiteral("active"),
                     QStringLiteral("2026-11-01"), QStringLiteral("2027-04-30"), QStringLiteral("2026-12-10"), {}),
            QString());
        QVERIFY(changed.count() >= 1);
        QVERIFY(plan.hasPlan());
        QCOMPARE(plan.title(), QStringLiteral("Thuiszorgplan Maria"));
        QCOMPARE(plan.status(), QStringLiteral("active"));
        QCOMPARE(plan.nextReview().date(), QDate(2026, 12, 10));
        QCOMPARE(plan.periodEnd().date(), QDate(2027, 4, 30));
        QVERIFY(m_store->plan()->title.isValid());
        QVERIFY(!m_store->plan()->title.lang.isEmpty());
    }

    void agreementsAreAddedEditedMovedAndRemovedWithUndo()
    {
        app::CarePlanController plan(&m_session);
        QVERIFY(plan.hasPlan());
        QCOMPARE(plan.addAgreement(QStringLiteral("The nurse comes at 8, not later.")), QString());
        QCOMPARE(plan.addAgreement(QStringLiteral("Call Jan if I fall.")), QString());
        QVERIFY(!plan.addAgreement(QStringLiteral("   ")).isEmpty());
        QCOMPARE(plan.agreements().size(), 2);
        QCOMPARE(plan.editAgreement(1, QStringLiteral("Call Jan first if I fall.")), QString());
        QVERIFY(!plan.editAgreement(5, QStringLiteral("x")).isEmpty());
        QVERIFY(!plan.editAgreement(0, QString()).isEmpty());
        QCOMPARE(plan.moveAgreement(1, 0), QString());
        QCOMPARE(plan.agreements(),
            QStringList(
                {QStringLiteral("Call Jan first if I fall."), QStringLiteral("The nurse comes at 8, not later.")}));

        QCOMPARE(plan.removeAgreement(0), QString());
        QCOMPARE(plan.agreements().size(), 1);
        QVERIFY(!plan.undoText().isEmpty());
        QCOMPARE(plan.undo(), QString());
        QVERIFY(plan.undoText().isEmpty());
        QCOMPARE(plan.agreements().constFirst(), QStringLiteral("Call Jan first if I fall."));
        QCOMPARE(plan.agreements().size(), 2);
        // Written to the vault, not only held in memory.
        domain::CareStore reread(*m_vault);
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.plan()->agreements.size(), 2);
    }

    void schedulesReadAsWords()
    {
        using domain::Schedule;
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        Schedule mwf = Schedule::weekly(QDate(2026, 11, 2), Schedule::Monday | Schedule::Wednesday | Schedule::Friday);
        mwf.time = QTime(8, 0);
        QCOMPARE(app::planwrites::scheduleInWords(mwf, m_today, english),
            QStringLiteral("Every Monday, Wednesday and Friday at 08:00"));
        QCOMPARE(app::planwrites::scheduleInWords(Schedule::once(QDate(2026, 11, 27)), m_today, english),
            QStringLiteral("Once, on Friday 27 November"));
        QCOMPARE(app::planwrites::scheduleInWords(Schedule::weekly(QDate(2026, 11, 3), 0, 2), m_today, english),
            QStringLiteral("Every 2 weeks on Tuesday"));
        QCOMPARE(app::planwrites::scheduleInWords(Schedule::daily(QDate(2026, 11, 1)), m_today, english),
            QStringLiteral("Every day"));
        Schedule ending = Schedule::daily(QDate(2026, 11, 1), 3);
        ending.end = QDate(2026, 12, 24);
        QCOMPARE(app::planwrites::scheduleInWords(ending, m_today, english),
            QStringLiteral("Every 3 days, until Thursday 24 December"));
        QCOMPARE(app::planwrites::scheduleInWords(Schedule(), m_today, english), QStringLiteral("When needed"));
    }

    void activitiesAreCreatedWithOnceAndRecurringSchedules()
    {
        app::CarePlanController plan(&m_session);
        plan.setToday(m_today);
        QAbstractItemModelTester tester(plan.activities(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = plan.activities()->count();

        QVariantMap once {{QStringLiteral("title"), QStringLiteral("Blood test at the GP")},
            {QStringLiteral("kind"), QStringLiteral("appointment")},
            {QStringLiteral("scheduleType"), QStringLiteral("once")},
            {QStringLiteral("date"), QStringLiteral("2026-11-27")}, {QStringLiteral("time"), QStringLiteral("9:15")}};
        QCOMPARE(plan.saveActivity({}, once), QString());
        const QString onceId = plan.lastSavedId();
        QCOMPARE(onceId.size(), 32);
        QVariantMap row = rowOf(plan, onceId);
        QCOMPARE(row.value(QStringLiteral("nextDate")).toDate(), QDate(2026, 11, 27));
        QCOMPARE(row.value(QStringLiteral("timeText")).toString(), QStringLiteral("09:15"));
        QVERIFY(row.value(QStringLiteral("scheduleText")).toString().contains(QStringLiteral("27")));
        QCOMPARE(row.value(QStringLiteral("recurring")).toBool(), false);

        QCOMPARE(plan.saveActivity({},
                     recurringWeekly(QStringLiteral("Walk to the park"),
                         domain::Schedule::Monday | domain::Schedule::Thursday, 1, QStringLiteral("10:00"))),
            QString());
        const QString walkId = plan.lastSavedId();
        row = rowOf(plan, walkId);
        QCOMPARE(row.value(QStringLiteral("nextDate")).toDate(), QDate(2026, 11, 23)); // the Monday after
        QVERIFY(row.value(QStringLiteral("recurring")).toBool());
        QCOMPARE(plan.activities()->count(), before + 2);
        // Soonest first.
        QVERIFY(plan.activities()->indexOf(walkId) < plan.activities()->indexOf(onceId));

        // The editor reads back what it wrote.
        const QVariantMap fields = plan.activity(walkId);
        QCOMPARE(fields.value(QStringLiteral("scheduleType")).toString(), QStringLiteral("recurring"));
        QCOMPARE(fields.value(QStringLiteral("weekdays")).toInt(),
            int(domain::Schedule::Monday | domain::Schedule::Thursday));
        QCOMPARE(fields.value(QStringLiteral("time")).toString(), QStringLiteral("10:00"));

        // Bad input is refused with a reason and writes nothing.
        QVariantMap bad = once;
        bad[QStringLiteral("date")] = QStringLiteral("someday");
        QVERIFY(!plan.saveActivity({}, bad).isEmpty());
        bad = recurringWeekly(QStringLiteral("No days"), 0, 1);
        QVERIFY(!plan.saveActivity({}, bad).isEmpty());
        bad = recurringWeekly(QStringLiteral("Too often"), 1, 0);
        QVERIFY(!plan.saveActivity({}, bad).isEmpty());
        bad = recurringWeekly(QStringLiteral("Ends early"), 1, 1);
        bad[QStringLiteral("end")] = QStringLiteral("2026-10-01");
        QVERIFY(!plan.saveActivity({}, bad).isEmpty());
        bad = once;
        bad[QStringLiteral("title")] = QString();
        QVERIFY(!plan.saveActivity({}, bad).isEmpty());
        bad = once;
        bad[QStringLiteral("kind")] = QStringLiteral("party");
        QVERIFY(!plan.saveActivity({}, bad).isEmpty());
        QCOMPARE(plan.activities()->count(), before + 2);

        // Editing keeps the id and changes the schedule.
        QVariantMap edited = plan.activity(walkId);
        edited[QStringLiteral("every")] = 2;
        edited[QStringLiteral("weekdays")] = int(domain::Schedule::Tuesday);
        QCOMPARE(plan.saveActivity(walkId, edited), QString());
        QCOMPARE(plan.activities()->count(), before + 2);
        QVERIFY(rowOf(plan, walkId)
                    .value(QStringLiteral("scheduleText"))
                    .toString()
                    .startsWith(QStringLiteral("Every 2 weeks")));
    }

    void markingDoneLogsItByThePatientAndMovesTheNextDate()
    {
        app::CarePlanController plan(&m_session);
        plan.setToday(m_today);
        QAbstractItemModelTester activities(plan.activities(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester log(plan.doneLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(app::planwrites::patientMemberId(*m_store).isEmpty()); // a new vault: nobody yet

        QVariantMap daily {{QStringLiteral("title"), QStringLiteral("Exercises from the physio")},
            {QStringLiteral("kind"), QStringLiteral("self_management")},
            {QStringLiteral("scheduleType"), QStringLiteral("recurring")},
            {QStringLiteral("start"), QStringLiteral("2026-11-20")}, {QStringLiteral("unit"), QStringLiteral("days")},
            {QStringLiteral("every"), 1}};
        QCOMPARE(plan.saveActivity({}, daily), QString());
        const QString id = plan.lastSavedId();
        plan.showDoneLog(id);
        QCOMPARE(plan.doneLog()->count(), 0);
        QCOMPARE(rowOf(plan, id).value(QStringLiteral("nextDate")).toDate(), m_today);

        QVERIFY(!plan.markDone(id, {}, m_today.addDays(1)).isEmpty()); // not in the future
        QCOMPARE(plan.markDone(id, QStringLiteral("Knees a bit stiff")), QString());
        QVariantMap row = rowOf(plan, id);
        QCOMPARE(row.value(QStringLiteral("doneCount")).toInt(), 1);
        QVERIFY(row.value(QStringLiteral("doneToday")).toBool());
        QCOMPARE(row.value(QStringLiteral("lastDone")).toDate(), m_today);
        QCOMPARE(row.value(QStringLiteral("nextDate")).toDate(), m_today.addDays(1));

        // By the patient's own member, made on first use.
        const QByteArray me = app::planwrites::patientMemberId(*m_store);
        QVERIFY(!me.isEmpty());
        QCOMPARE(m_store->member(me)->role, QStringLiteral("patient"));
        QCOMPARE(m_store->member(me)->displayName, QStringLiteral("Me"));
        QCOMPARE(plan.doneLog()->count(), 1);
        QCOMPARE(plan.doneLog()->get(0).value(QStringLiteral("byName")).toString(), QStringLiteral("Me"));
        QCOMPARE(plan.doneLog()->get(0).value(QStringLiteral("note")).toString(), QStringLiteral("Knees a bit stiff"));
        QCOMPARE(plan.doneLog()->get(0).value(QStringLiteral("date")).toDate(), m_today);

        // An earlier day goes into the log too, newest first; the patient member is reused.
        QCOMPARE(plan.markDone(id, {}, m_today.addDays(-1)), QString());
        QCOMPARE(plan.doneLog()->count(), 2);
        QCOMPARE(plan.doneLog()->get(1).value(QStringLiteral("date")).toDate(), m_today.addDays(-1));
        QCOMPARE(app::planwrites::patientMemberId(*m_store), me);

        // Undo takes back the last mark only.
        QVERIFY(!plan.undoText().isEmpty());
        QCOMPARE(plan.undo(), QString());
        QCOMPARE(plan.doneLog()->count(), 1);

        // A one-off activity, once done, has no next date.
        QVariantMap once {{QStringLiteral("title"), QStringLiteral("Pick up the new glasses")},
            {QStringLiteral("kind"), QStringLiteral("appointment")},
            {QStringLiteral("scheduleType"), QStringLiteral("once")},
            {QStringLiteral("date"), m_today.toString(Qt::ISODate)}};
        QCOMPARE(plan.saveActivity({}, once), QString());
        const QString onceId = plan.lastSavedId();
        QCOMPARE(plan.markDone(onceId), QString());
        QVERIFY(!rowOf(plan, onceId).value(QStringLiteral("nextDate")).toDate().isValid());
    }

    /** A daily activity's log holds up to 1,000 days: the page lists the newest few, and more
     *  when asked; another activity's log starts with its newest few again. */
    void aLongDoneLogListsItsNewestFewAndMoreOnRequest()
    {
        app::CarePlanController plan(&m_session);
        plan.setToday(m_today);
        QAbstractItemModelTester recent(plan.recentDoneLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVariantMap daily {{QStringLiteral("title"), QStringLiteral("Breathing exercises")},
            {QStringLiteral("kind"), QStringLiteral("self_management")},
            {QStringLiteral("scheduleType"), QStringLiteral("recurring")},
            {QStringLiteral("start"), m_today.addDays(-40).toString(Qt::ISODate)},
            {QStringLiteral("unit"), QStringLiteral("days")}, {QStringLiteral("every"), 1}};
        QCOMPARE(plan.saveActivity({}, daily), QString());
        const QString id = plan.lastSavedId();
        const int days = app::CarePlanController::RecentDoneLog * 2 + 5;
        for (int d = days - 1; d >= 0; --d)
            QCOMPARE(plan.markDone(id, QStringLiteral("day %1").arg(d), m_today.addDays(-d)), QString());
        QCOMPARE(plan.saveActivity({}, daily), QString());
        const QString other = plan.lastSavedId();

        plan.showDoneLog(id);
        QCOMPARE(plan.doneLog()->count(), days);
        QCOMPARE(plan.recentDoneLog()->count(), app::CarePlanController::RecentDoneLog);
        QCOMPARE(plan.recentDoneLog()->hiddenCount(), days - app::CarePlanController::RecentDoneLog);
        QCOMPARE(plan.recentDoneLog()->get(0).value(QStringLiteral("date")).toDate(), m_today); // newest first
        plan.recentDoneLog()->showMore();
        plan.recentDoneLog()->showMore();
        QCOMPARE(plan.recentDoneLog()->count(), days);
        QCOMPARE(plan.recentDoneLog()->hiddenCount(), 0);
        const QVariantMap oldest = plan.recentDoneLog()->get(days - 1);
        QCOMPARE(oldest.value(QStringLiteral("date")).toDate(), m_today.addDays(-(days - 1)));
        QCOMPARE(oldest.value(QStringLiteral("note")).toString(), QStringLiteral("day %1").arg(days - 1));

        // Marked again while all are shown: the new entry shows on top, nothing is hidden.
        QCOMPARE(plan.markDone(id, {}, m_today.addDays(-days)), QString());
        QCOMPARE(plan.recentDoneLog()->count(), days + 1);
        QCOMPARE(plan.recentDoneLog()->hiddenCount(), 0);

        plan.showDoneLog(other);
        QCOMPARE(plan.recentDoneLog()->count(), 0);
        QCOMPARE(plan.recentDoneLog()->limit(), app::CarePlanController::RecentDoneLog);
        plan.showDoneLog(id);
        QCOMPARE(plan.recentDoneLog()->count(), app::CarePlanController::RecentDoneLog);
    }

    void aRemovedActivityComesBackWithUndo()
    {
        app::CarePlanController plan(&m_session);
        plan.setToday(m_today);
        QAbstractItemModelTester tester(plan.activities(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(plan.activities()->count() > 0);
        const int before = plan.activities()->count();
        const QVariantMap first = plan.activities()->get(0);
        const QString id = first.value(QStringLiteral("recordId")).toString();
        QCOMPARE(plan.removeActivity(id), QString());
        QCOMPARE(plan.activities()->count(), before - 1);
        QCOMPARE(plan.activities()->indexOf(id), -1);
        QVERIFY(plan.undoText().contains(first.value(QStringLiteral("title")).toString()));
        QVERIFY(!plan.removeActivity(id).isEmpty());
        QCOMPARE(plan.undo(), QString());
        QCOMPARE(plan.activities()->count(), before);
        QCOMPARE(rowOf(plan, id).value(QStringLiteral("doneCount")), first.value(QStringLiteral("doneCount")));
        QCOMPARE(plan.undo(), QString()); // nothing left to undo: no change
        QCOMPARE(plan.activities()->count(), before);
    }

    void lockingClearsEverythingAndUnlockingShowsItAgain()
    {
        app::CarePlanController plan(&m_session);
        plan.setToday(m_today);
        QAbstractItemModelTester activities(plan.activities(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester log(plan.doneLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        plan.showDoneLog(plan.activities()->get(0).value(QStringLiteral("recordId")).toString());
        QVERIFY(plan.activities()->count() > 0);
        plan.removeAgreement(0);
        QVERIFY(!plan.undoText().isEmpty());

        m_session.setStore(nullptr);
        QVERIFY(!plan.available());
        QVERIFY(!plan.hasPlan());
        QVERIFY(plan.title().isEmpty());
        QVERIFY(plan.agreements().isEmpty());
        QCOMPARE(plan.activities()->count(), 0);
        QCOMPARE(plan.doneLog()->count(), 0);
        QVERIFY(plan.undoText().isEmpty());
        QVERIFY(!plan.markDone(QStringLiteral("00000000000000000000000000000000")).isEmpty());

        m_session.setStore(m_store.get());
        QVERIFY(plan.hasPlan());
        QVERIFY(plan.activities()->count() > 0);
    }

    void aLanguageSwitchRetranslatesTheSchedulesAtOnce()
    {
        // Issue 15: after a switch the schedules stayed in the old language until the next
        // write. The rows are words made in C++, so the model must re-read on the switch.
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        app::CarePlanController plan(&m_session);
        plan.setToday(m_today);
        QVERIFY(plan.activities()->count() > 0);
        const QVariantMap before = plan.activities()->get(0);
        const QString english = before.value(QStringLiteral("scheduleText")).toString();
        QVERIFY(!english.isEmpty());
        QVERIFY(i18n::setLanguage(QStringLiteral("nl")));
        const QString dutch = plan.activities()->get(0).value(QStringLiteral("scheduleText")).toString();
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QVERIFY2(dutch != english, qPrintable(dutch));
    }
};

QTEST_GUILESS_MAIN(TestCarePlanController)
#include "tst_careplancontroller.moc"
