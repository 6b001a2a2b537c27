// SPDX-License-Identifier: GPL-3.0-or-later
// The Check-in page's controller over a real (new, empty) vault: a saved check-in is stored,
// completed by the patient and listed in the history; impossible ratings are refused;
// instruments are scored and described through it; a lock clears everything but the draft.
#include "app/checkin/checkincontroller.h"
#include "app/checkin/checkinhistorymodel.h"
#include "app/checkin/trendscontroller.h"
#include "app/session/session.h"
#include "domain/carestore.h"
#include "domain/careteamrules.h"
#include "domain/codes.h"
#include "i18n/translations.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestCheckInController : public QObject
{
    Q_OBJECT

    app::Session m_session;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<domain::CareStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        i18n::setLanguage(QStringLiteral("en"));
        auto created = vault::Vault::create(
            m_dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("check-in passphrase"), {1, 1024, 1});
        QVERIFY(created.ok());
        m_vault = std::move(created->vault);
        m_store = std::make_unique<domain::CareStore>(*m_vault);
        QVERIFY(m_store->load().ok());
    }

    void init() { m_session.setStore(m_store.get()); }
    void cleanup() { m_session.setStore(nullptr); }

    void theDefinitionHasTheSixDomainsInTheAppLanguage()
    {
        app::CheckInController controller(&m_session);
        const QVariantMap definition = controller.checkInDefinition();
        const QVariantList items = definition.value(QStringLiteral("items")).toList();
        QCOMPARE(items.size(), 6);
        QCOMPARE(items.first().toMap().value(QStringLiteral("domain")).toString(), QStringLiteral("body"));
        QCOMPARE(items.first().toMap().value(QStringLiteral("question")).toString(),
            QStringLiteral("How is your body doing lately?"));
        QVERIFY(definition.value(QStringLiteral("wishAllowed")).toBool());

        QVERIFY(i18n::setLanguage(QStringLiteral("nl")));
        const QVariantMap dutch = controller.checkInDefinition();
        QCOMPARE(
            dutch.value(QStringLiteral("items")).toList().first().toMap().value(QStringLiteral("question")).toString(),
            QStringLiteral("Hoe gaat het de laatste tijd met uw lichaam?"));
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));

        const QVariantList instruments = controller.instruments();
        QCOMPARE(instruments.size(), 3);
        QStringList ids;
        for (const QVariant &i : instruments)
            ids.append(i.toMap().value(QStringLiteral("id")).toString());
        QCOMPARE(ids, (QStringList {QStringLiteral("who5"), QStringLiteral("phq2"), QStringLiteral("gad2")}));
        QVERIFY(instruments.first().toMap().value(QStringLiteral("attribution")).toString().contains(u"Frederiksborg"));
        QCOMPARE(controller.instrument(QStringLiteral("who5")).value(QStringLiteral("items")).toList().size(), 5);
        QVERIFY(controller.instrument(QStringLiteral("carecircle-checkin")).isEmpty());
    }

    void ratingsOutOfRangeAreRefused()
    {
        app::CheckInController controller(&m_session);
        QVERIFY(!controller.setRating(QStringLiteral("body"), 11));
        QVERIFY(!controller.setRating(QStringLiteral("body"), -1));
        QVERIFY(!controller.setRating(QStringLiteral("knees"), 5));
        QVERIFY(!controller.setWish(QStringLiteral("mind"), 12));
        QCOMPARE(controller.ratedCount(), 0);
        QVERIFY(!controller.saveCheckIn().isEmpty()); // nothing rated: nothing saved
        // Wanting to discuss a domain without rating it is refused too, with a reason.
        QVERIFY(controller.setRating(QStringLiteral("body"), 3));
        QVERIFY(controller.setDiscuss(QStringLiteral("mind"), true));
        const int before = controller.history()->count();
        QVERIFY(!controller.saveCheckIn().isEmpty());
        QCOMPARE(controller.history()->count(), before);
    }

    void aSavedCheckInIsStoredByThePatientAndListedFirst()
    {
        app::CheckInController controller(&m_session);
        QAbstractItemModelTester tester(controller.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed((&m_session), &app::Session::dataChanged);
        const int before = controller.history()->count();
        const int storedBefore = int(m_store->checkIns().size());

        const QStringList domains {QStringLiteral("body"), QStringLiteral("mind"), QStringLiteral("meaning"),
            QStringLiteral("quality_of_life"), QStringLiteral("participation"), QStringLiteral("daily_life")};
        for (int i = 0; i < domains.size(); ++i)
            QVERIFY(controller.setRating(domains.at(i), i + 2));
        QVERIFY(controller.setWish(QStringLiteral("body"), 8));
        QVERIFY(controller.setDiscuss(QStringLiteral("mind"), true));
        QVERIFY(controller.setNote(QStringLiteral("mind"), QStringLiteral("  Sleeping badly  ")));
        QCOMPARE(controller.ratedCount(), 6);
        QCOMPARE(controller.saveCheckIn(), QString());
        QCOMPARE(controller.ratedCount(), 0); // the draft starts afresh
        QVERIFY(changed.count() >= 1);

        const QList<domain::CheckIn> stored = m_store->checkIns();
        QCOMPARE(stored.size(), storedBefore + 1);
        const domain::CheckIn &saved = stored.last();
        QCOMPARE(saved.answers.size(), 6);
        QCOMPARE(saved.answers.value(QStringLiteral("body")).rating, 2);
        QCOMPARE(saved.answers.value(QStringLiteral("body")).wish, std::optional<int>(8));
        QVERIFY(saved.answers.value(QStringLiteral("mind")).wantToDiscuss);
        QCOMPARE(saved.answers.value(QStringLiteral("mind")).note.text, QStringLiteral("Sleeping badly"));
        QCOMPARE(saved.answers.value(QStringLiteral("mind")).note.lang, QStringLiteral("en"));
        QVERIFY(!saved.byProxy);
        const domain::CareTeamMember *by = m_store->member(saved.completedById);
        QVERIFY(by);
        QCOMPARE(by->role, QStringLiteral("patient"));

        QCOMPARE(controller.history()->count(), before + 1);
        const QVariantMap first = controller.history()->get(0);
        QCOMPARE(first.value(QStringLiteral("ratings")).toMap().value(QStringLiteral("daily_life")).toInt(), 7);
        QCOMPARE(first.value(QStringLiteral("discuss")).toStringList(), QStringList {QStringLiteral("mind")});
        QCOMPARE(first.value(QStringLiteral("average")).toDouble(), 4.5);
        QVERIFY(controller.lastCheckInTime().isValid());

        // A second check-in reuses the same patient member.
        QVERIFY(controller.setRating(QStringLiteral("body"), 9));
        QCOMPARE(controller.saveCheckIn(), QString());
        QCOMPARE(m_store->checkIns().last().completedById, saved.completedById);
        QCOMPARE(controller.history()->get(0).value(QStringLiteral("ratings")).toMap().size(), 1);
    }

    void aCaregiverCheckInHoldsOnlyTheCaregiverDomains()
    {
        app::CheckInController controller(&m_session);
        QVERIFY(controller.caregiverCheckInOffered());
        QSignalSpy switched(&controller, &app::CheckInController::questionnaireChanged);
        QVERIFY(controller.setRating(QStringLiteral("body"), 4)); // a patient draft, dropped on the switch
        QVERIFY(controller.setCaregiverMode(true));
        QVERIFY(controller.caregiverMode());
        QCOMPARE(switched.count(), 1);
        QCOMPARE(controller.ratedCount(), 0);

        const QVariantMap definition = controller.checkInDefinition();
        QStringList domains;
        for (const QVariant &item : definition.value(QStringLiteral("items")).toList())
            domains.append(item.toMap().value(QStringLiteral("domain")).toString());
        QCOMPARE(domains, domain::codes::caregiverDomains());
        QStringList expected = domain::codes::caregiverDomains();
        expected.sort();
        QCOMPARE(controller.draft().keys(), expected);

        // Never a mix: a patient domain is refused while the caregiver check-in is open.
        QVERIFY(!controller.setRating(QStringLiteral("body"), 5));
        QVERIFY(!controller.setNote(QStringLiteral("mind"), QStringLiteral("x")));
        QVERIFY(!controller.setRating(QStringLiteral("caregiver_load"), 11));
        // Her questionnaire asks for a number and a note, no wish and no "to discuss".
        QVERIFY(!controller.setWish(QStringLiteral("caregiver_load"), 8));
        QVERIFY(!controller.setDiscuss(QStringLiteral("caregiver_load"), true));
        QVERIFY(controller.setRating(QStringLiteral("caregiver_load"), 3));
        QVERIFY(controller.setRating(QStringLiteral("caregiver_support"), 7));
        QVERIFY(controller.setNote(QStringLiteral("caregiver_load"), QStringLiteral("Nights are short")));
        // A note on a part without a number is refused with a reason, as in the patient check-in.
        QVERIFY(controller.setNote(QStringLiteral("caregiver_own_time"), QStringLiteral("None")));
        QVERIFY(!controller.saveCheckIn().isEmpty());
        QVERIFY(controller.setNote(QStringLiteral("caregiver_own_time"), QString()));

        const int storedBefore = int(m_store->checkIns().size());
        const QDateTime patientLast = controller.lastCheckInTime();
        app::TrendsController trends(&m_session);
        const int trendPoints = trends.checkInCount();
        QCOMPARE(controller.saveCheckIn(), QString());
        QCOMPARE(m_store->checkIns().size(), storedBefore + 1);
        const domain::CheckIn saved = m_store->checkIns().last();
        QVERIFY(saved.isCaregiverCheckIn());
        QCOMPARE(saved.answers.keys(),
            (QStringList {QStringLiteral("caregiver_load"), QStringLiteral("caregiver_support")}));
        QCOMPARE(saved.answers.value(QStringLiteral("caregiver_load")).note.text, QStringLiteral("Nights are short"));
        QCOMPARE(saved.completedById, domain::careteamrules::patientMemberId(*m_store)); // her own
        QVERIFY(!saved.byProxy);
        QCOMPARE(controller.lastCheckInTime(), patientLast); // not one of the patient's figures
        QCOMPARE(trends.checkInCount(), trendPoints);

        // Her history lists it, marked as her caregiver check-in.
        const QVariantMap first = controller.history()->get(0);
        QVERIFY(first.value(QStringLiteral("caregiver")).toBool());
        QCOMPARE(first.value(QStringLiteral("ratings")).toMap().value(QStringLiteral("caregiver_load")).toInt(), 3);
        QVERIFY(!controller.history()->get(1).value(QStringLiteral("caregiver")).toBool());

        // Back to the patient check-in: the six parts of life again.
        QVERIFY(controller.setCaregiverMode(false));
        QCOMPARE(controller.checkInDefinition().value(QStringLiteral("items")).toList().size(), 6);
        QVERIFY(controller.setRating(QStringLiteral("body"), 5));
        QVERIFY(!controller.setRating(QStringLiteral("caregiver_load"), 5));
    }

    void theCaregiverCheckInIsNotOfferedInAPatientsCircle()
    {
        app::CheckInController controller(&m_session);
        QVERIFY(controller.setCaregiverMode(true));
        QVERIFY(controller.setRating(QStringLiteral("caregiver_health"), 6));
        // Opening a patient's circle (here over the same store: only the circle matters) ends it.
        app::Circle circle;
        circle.owner = QByteArray(32, 'p');
        circle.patientName = QStringLiteral("Maria");
        circle.spaceRole = QStringLiteral("editor");
        circle.actor.name = QStringLiteral("Els");
        m_session.openCircle(m_store.get(), circle);
        QVERIFY(!controller.caregiverCheckInOffered());
        QVERIFY(!controller.caregiverMode());
        QCOMPARE(controller.ratedCount(), 0);
        QVERIFY(!controller.setCaregiverMode(true));
        QVERIFY(!controller.setRating(QStringLiteral("caregiver_health"), 6));
        QCOMPARE(controller.checkInDefinition().value(QStringLiteral("items")).toList().size(), 6);
        m_session.closeCircle();
        QVERIFY(controller.caregiverCheckInOffered());
    }

    void instrumentsAreScoredAndDescribedThroughTheController()
    {
        app::CheckInController controller(&m_session);
        const int storedBefore = int(m_store->checkIns().size());
        const QVariantMap incomplete = controller.saveInstrument(QStringLiteral("who5"), {5, 4, 3});
        QVERIFY(!incomplete.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(int(m_store->checkIns().size()), storedBefore);

        const QVariantMap result = controller.saveInstrument(QStringLiteral("who5"), {3, 3, 3, 2, 2});
        QVERIFY2(
            !result.contains(QStringLiteral("error")), qPrintable(result.value(QStringLiteral("error")).toString()));
        QCOMPARE(result.value(QStringLiteral("rawScore")).toInt(), 13);
        QCOMPARE(result.value(QStringLiteral("derivedScore")).toDouble(), 52.0);
        QCOMPARE(result.value(QStringLiteral("derivedMaximum")).toInt(), 100);
        QVERIFY(result.value(QStringLiteral("description")).toString().contains(u"care team"));
        QVERIFY(!result.value(QStringLiteral("attribution")).toString().isEmpty());
        QCOMPARE(int(m_store->checkIns().size()), storedBefore + 1);
        const domain::CheckIn::InstrumentResult stored = m_store->checkIns().last().instruments.value(0);
        QCOMPARE(stored.instrument, QStringLiteral("who5"));
        QCOMPARE(stored.version, QStringLiteral("1998"));
        QCOMPARE(stored.language, QStringLiteral("en"));
        QCOMPARE(stored.derivedScore, 52.0);
        const QVariantList listed = controller.history()->get(0).value(QStringLiteral("instruments")).toList();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(controller.history()->get(0).value(QStringLiteral("average")).toDouble(), -1.0);

        const QVariantMap phq = controller.scoreInstrument(QStringLiteral("phq2"), {2, 1});
        QCOMPARE(phq.value(QStringLiteral("rawScore")).toInt(), 3);
        QCOMPARE(phq.value(QStringLiteral("bandLabel")).toString(), QStringLiteral("These troubles were there often"));
        QVERIFY(!controller.scoreInstrument(QStringLiteral("gad2"), {4, 0})
                     .value(QStringLiteral("error"))
                     .toString()
                     .isEmpty());
        QCOMPARE(controller.describeScore(QStringLiteral("gad2"), 2).value(QStringLiteral("bandLabel")).toString(),
            QStringLiteral("Few of these troubles"));
    }

    void checkInsArrivingAndGoingChangeOnlyTheirRowsInTheHistorysOrder()
    {
        app::CheckInController controller(&m_session);
        QAbstractItemModelTester tester(controller.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(controller.setRating(QStringLiteral("body"), 5));
        QCOMPARE(controller.saveCheckIn(), QString());
        const domain::CheckIn model = *m_store->latestPatientCheckIn();
        const int before = controller.history()->count();
        QSignalSpy resets(controller.history(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(controller.history(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(controller.history(), &QAbstractItemModel::rowsRemoved);

        // As a pull brings them: one in the past, one at the same time as another (ordered by
        // id), one newest; then one goes.
        QList<QByteArray> added;
        for (const QDateTime &when : {model.time.addDays(-30), model.time.addDays(-30), model.time.addSecs(10)}) {
            domain::CheckIn c = model;
            c.id.clear();
            c.time = when;
            QVERIFY(m_store->save(c).ok());
            added.append(c.id);
        }
        m_session.notifyChanged();
        QCOMPARE(controller.history()->count(), before + 3);
        // Three rows inserted, none taken out: the two of the same time in one run.
        int rowsInserted = 0;
        for (const QList<QVariant> &signal : std::as_const(inserted))
            rowsInserted += signal.at(2).toInt() - signal.at(1).toInt() + 1;
        QCOMPARE(rowsInserted, 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(controller.history()->get(0).value(QStringLiteral("recordId")).toString(),
            QString::fromLatin1(added.last().toHex()));
        QCOMPARE(controller.lastCheckInTime(), model.time.addSecs(10).toLocalTime());
        QVERIFY(m_store->remove(added.last()).ok());
        m_session.notifyChanged();
        QCOMPARE(controller.history()->count(), before + 2);
        QCOMPARE(controller.lastCheckInTime(), model.time.toLocalTime());
        QCOMPARE(resets.count(), 0);

        // The page lists the newest few, in step with the history; more arrive at the top.
        QAbstractItemModelTester recentTester(
            controller.recentHistory(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < app::CheckInController::RecentHistory + 2; ++i) {
            domain::CheckIn c = model;
            c.id.clear();
            c.time = model.time.addDays(-40 - i);
            QVERIFY(m_store->save(c).ok());
        }
        m_session.notifyChanged();
        QVERIFY(controller.history()->count() > app::CheckInController::RecentHistory);
        QVERIFY(controller.setRating(QStringLiteral("body"), 9));
        QCOMPARE(controller.saveCheckIn(), QString());
        QCOMPARE(controller.recentHistory()->count(), app::CheckInController::RecentHistory);
        for (int i = 0; i < controller.recentHistory()->count(); ++i)
            QCOMPARE(controller.recentHistory()->get(i), controller.history()->get(i));

        // The rows and their order are what a whole read lists.
        app::CheckInHistoryModel whole;
        whole.reload(m_store.get());
        QCOMPARE(whole.count(), controller.history()->count());
        for (int i = 0; i < whole.count(); ++i)
            QCOMPARE(controller.history()->get(i), whole.get(i));
    }

    /**
     * A lock drops what the store showed, but not the check-in being filled in: an automatic
     * lock (idle, app hidden) must not lose it (issue 15). It stays in memory only and is
     * back after the unlock; resetDraft() (the page going away) drops it.
     */
    void aLockClearsTheHistoryButKeepsTheDraftForTheUnlock()
    {
        app::CheckInController controller(&m_session);
        QAbstractItemModelTester tester(controller.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(controller.available());
        QVERIFY(controller.history()->count() > 0);
        QVERIFY(controller.setRating(QStringLiteral("body"), 4));
        QVERIFY(controller.setNote(QStringLiteral("body"), QStringLiteral("knee better")));
        QSignalSpy available(&controller, &app::CheckInController::availableChanged);
        m_session.setStore(nullptr);
        QCOMPARE(available.count(), 1);
        QVERIFY(!controller.available());
        QCOMPARE(controller.history()->count(), 0);
        QVERIFY(!controller.lastCheckInTime().isValid());
        QVERIFY(!controller.saveCheckIn().isEmpty());
        QVERIFY(controller.saveInstrument(QStringLiteral("phq2"), {0, 0}).contains(QStringLiteral("error")));
        QCOMPARE(controller.ratedCount(), 1);

        m_session.setStore(m_store.get());
        QVERIFY(controller.history()->count() > 0);
        QCOMPARE(controller.ratedCount(), 1);
        const QVariantMap body = controller.draft().value(QStringLiteral("body")).toMap();
        QCOMPARE(body.value(QStringLiteral("rating")).toInt(), 4);
        QCOMPARE(body.value(QStringLiteral("note")).toString(), QStringLiteral("knee better"));

        controller.resetDraft();
        QCOMPARE(controller.ratedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckInController)
#include "tst_checkincontroller.moc"
