// SPDX-License-Identifier: GPL-3.0-or-later
// Acting in a patient's circle (issue #14): the patient pages switch to her store, writes go
// into her space and name who made them, and each controller refuses what the space role
// does not allow (editor, contributor, viewer) before anything is sealed.
#include "app/checkin/checkincontroller.h"
#include "app/goals/goalscontroller.h"
#include "app/plan/careplancontroller.h"
#include "app/session/session.h"
#include "app/workspace/careteamdemo.h"
#include "app/workspace/patientlistmodel.h"
#include "app/workspace/workspacecontroller.h"
#include "demo/careteamdemo.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestCircle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<domain::CareStore> m_own;
    app::Session m_session;
    std::unique_ptr<app::WorkspaceController> m_workspace;
    std::unique_ptr<app::GoalsController> m_goals;
    std::unique_ptr<app::CarePlanController> m_plan;
    std::unique_ptr<app::CheckInController> m_checkIn;

    QString patientNamed(const QString &name) const
    {
        for (int row = 0; row < m_workspace->patients()->count(); ++row) {
            const QVariantMap patient = m_workspace->patients()->get(row);
            if (patient.value(QStringLiteral("name")).toString() == name)
                return patient.value(QStringLiteral("patientId")).toString();
        }
        return {};
    }

    /** Gives this account @p role in the (one) space patient @p id shares with it. */
    void setRole(const QString &id, const QString &role)
    {
        const QByteArray owner = QByteArray::fromHex(id.toLatin1());
        for (const app::PatientSource &p : m_workspace->patientSources()) {
            if (p.owner != owner)
                continue;
            vault::SpaceState state;
            state.id = p.spaces.constFirst();
            state.owner = owner;
            state.role = role;
            QVERIFY(m_vault->saveSpaceState(state));
        }
    }

    QString firstGoal() const
    {
        const QList<domain::Goal> goals = m_session.circleStore()->goals();
        return goals.isEmpty() ? QString() : QString::fromLatin1(goals.constFirst().id.toHex());
    }

    bool rate(const QString &domain, int rating) { return m_checkIn->setRating(domain, rating); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CareCircleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_circle"));
        QSettings().remove(QStringLiteral("workspace"));
        const QString path = m_dir.filePath(QStringLiteral("els"));
        QVERIFY(demo::careteamdemo::create(path, QDate::currentDate(), {1, 1024, 1}).ok());
        auto opened = vault::Vault::open(path);
        QVERIFY(opened.ok());
        m_vault = std::move(*opened);
        QByteArray pass = QByteArrayLiteral("Mechelen-zaterdagmarkt-2026");
        QVERIFY(m_vault->unlockWithPassphrase(crypto::SecureBuffer::takeFrom(pass)).ok());
        m_own = std::make_unique<domain::CareStore>(*m_vault);
        const QByteArray privateSpace = m_vault->privateSpaceId();
        m_own->setSpaceFilter([privateSpace](const QByteArray &space) { return space == privateSpace; });
        m_own->setDefaultSpace(privateSpace);
        QVERIFY(m_own->load());
        m_session.setStore(m_own.get());
        m_workspace = std::make_unique<app::WorkspaceController>(&m_session);
        m_workspace->setVaultSource([this] { return m_vault.get(); });
        m_workspace->setPatients(app::careteamdemo::patients(*m_vault));
        m_goals = std::make_unique<app::GoalsController>(&m_session);
        m_goals->setStatusFilter(QStringLiteral("all"));
        m_plan = std::make_unique<app::CarePlanController>(&m_session);
        m_checkIn = std::make_unique<app::CheckInController>(&m_session);
        setRole(patientNamed(QStringLiteral("Maria Peeters")), QStringLiteral("editor"));
        setRole(patientNamed(QStringLiteral("Jozef Maes")), QStringLiteral("contributor"));
        setRole(patientNamed(QStringLiteral("Fatima El Idrissi")), QStringLiteral("viewer"));
    }

    void cleanupTestCase() { QSettings().remove(QStringLiteral("workspace")); }

    void aCircleNeedsToKnowWhoActsFirst()
    {
        QVERIFY(!m_workspace->openCircle(patientNamed(QStringLiteral("Maria Peeters"))).isEmpty());
        QVERIFY(!m_session.inPatientCircle());
        QVERIFY(m_workspace->setMyName(QStringLiteral("Els Peeters")).isEmpty());
        QVERIFY(m_workspace->setMyRole(QStringLiteral("caregiver")).isEmpty());
    }

    void anEditorActsForThePatientAndEveryChangeNamesHer()
    {
        const QString maria = patientNamed(QStringLiteral("Maria Peeters"));
        QCOMPARE(m_goals->totalCount(), 0); // her own circle: no goals of her own
        QSignalSpy switched(m_goals.get(), &app::GoalsController::circleChanged);
        QVERIFY(m_workspace->openCircle(maria).isEmpty());
        QCOMPARE(switched.count(), 1);
        QCOMPARE(m_workspace->circleName(), QStringLiteral("Maria Peeters"));
        QCOMPARE(m_workspace->circleRole(), QStringLiteral("editor"));
        QVERIFY(m_goals->mayEdit() && m_goals->mayAdd() && m_plan->mayEdit());
        const domain::CareStore *store = m_session.circleStore();
        QCOMPARE(store, m_workspace->storeOf(QByteArray::fromHex(maria.toLatin1())));
        QVERIFY(m_goals->totalCount() > 0);
        const QString goalId = firstGoal();
        const QByteArray space = store->spaceOf(QByteArray::fromHex(goalId.toLatin1()));

        // Edit her goal, log progress, complete a check-in for her.
        QVERIFY(m_goals->updateGoal(goalId, {{QStringLiteral("target"), QStringLiteral("20 minuten")}}));
        QCOMPARE(m_goals->goal(goalId).value(QStringLiteral("changedBy")).toString(),
            QStringLiteral("Els Peeters for Maria"));
        const domain::Goal *goal = store->goal(QByteArray::fromHex(goalId.toLatin1()));
        QCOMPARE(goal->lastChangedBy.name, QStringLiteral("Els Peeters"));
        QCOMPARE(goal->lastChangedBy.account, m_workspace->myAccount());
        QCOMPARE(goal->lastChangedBy.role, QStringLiteral("caregiver"));
        QVERIFY(m_goals->logProgress(goalId, 7, QStringLiteral("Samen tot aan de kerk")));
        const auto progress = store->progress();
        const auto mine = std::find_if(progress.cbegin(), progress.cend(),
            [](const domain::ProgressEntry &e) { return e.note.text == QLatin1String("Samen tot aan de kerk"); });
        QVERIFY(mine != progress.cend());
        QCOMPARE(mine->actor->name, QStringLiteral("Els Peeters"));
        QCOMPARE(store->spaceOf(mine->id), space); // into her space, not Els's private one
        m_goals->setSelectedGoalId(goalId);
        QString author;
        for (int row = 0; row < m_goals->progress()->count(); ++row) {
            const QVariantMap entry = m_goals->progress()->get(row);
            if (entry.value(QStringLiteral("note")).toString() == QLatin1String("Samen tot aan de kerk"))
                author = entry.value(QStringLiteral("authorName")).toString();
        }
        QCOMPARE(author, QStringLiteral("Els Peeters for Maria"));

        const int before = store->checkIns().size();
        QVERIFY(rate(QStringLiteral("body"), 4));
        QCOMPARE(m_checkIn->saveCheckIn(), QString());
        QCOMPARE(store->checkIns().size(), before + 1);
        const domain::CheckIn latest = store->checkIns().constLast();
        QVERIFY(latest.byProxy);
        QCOMPARE(latest.actor->account, m_workspace->myAccount());
        QCOMPARE(m_checkIn->history()->get(0).value(QStringLiteral("actedBy")).toString(),
            QStringLiteral("Els Peeters for Maria"));
        QCOMPARE(m_own->checkIns().size(), 0); // nothing landed in her own circle

        // The care plan and its activities.
        const QString activity = QString::fromLatin1(store->activities().constFirst().id.toHex());
        QCOMPARE(m_plan->markDone(activity), QString());
        QCOMPARE(m_plan->activity(activity).value(QStringLiteral("changedBy")).toString(),
            QStringLiteral("Els Peeters for Maria"));
    }

    void aContributorAddsNotesButChangesNothingOfHers()
    {
        QVERIFY(m_workspace->openCircle(patientNamed(QStringLiteral("Jozef Maes"))).isEmpty());
        QVERIFY(!m_goals->mayEdit() && m_goals->mayAdd());
        const domain::CareStore *store = m_session.circleStore();
        const QString goalId = firstGoal();
        const domain::Goal before = *store->goal(QByteArray::fromHex(goalId.toLatin1()));
        QSignalSpy failed(m_goals.get(), &app::GoalsController::failed);
        QVERIFY(!m_goals->updateGoal(goalId, {{QStringLiteral("target"), QStringLiteral("Iets anders")}}));
        QVERIFY(!m_goals->removeGoal(goalId));
        QVERIFY(!m_goals->setStepDone(goalId, 0, true));
        QCOMPARE(failed.count(), 3);
        QCOMPARE(failed.first().first().toString(), app::Session::refusal());
        QCOMPARE(*store->goal(before.id), before);
        QVERIFY(m_goals->logProgress(goalId, -1, QStringLiteral("Bloeddruk goed")));
        const QString activity = QString::fromLatin1(store->activities().constFirst().id.toHex());
        QCOMPARE(m_plan->markDone(activity), app::Session::refusal());
        QCOMPARE(
            m_plan->saveActivity(activity, {{QStringLiteral("title"), QStringLiteral("X")}}), app::Session::refusal());
        QVERIFY(rate(QStringLiteral("body"), 4));
        QCOMPARE(m_checkIn->saveCheckIn(), app::Session::refusal());
    }

    void aViewerChangesNothing()
    {
        QVERIFY(m_workspace->openCircle(patientNamed(QStringLiteral("Fatima El Idrissi"))).isEmpty());
        QVERIFY(!m_goals->mayEdit() && !m_goals->mayAdd());
        const int before = m_session.circleStore()->progress().size();
        QVERIFY(!m_goals->logProgress(firstGoal(), 5, QStringLiteral("Niets")));
        QCOMPARE(m_session.circleStore()->progress().size(), before);
    }

    /** Answers given for Maria and kept over a lock are never saved as Els's own check-in:
     *  the lock closes Maria's circle, so after the unlock the draft is gone. */
    void aCheckInDraftForThePatientIsNotSavedAsOnesOwnAfterALock()
    {
        const QString maria = patientNamed(QStringLiteral("Maria Peeters"));
        setRole(maria, QStringLiteral("editor"));
        QVERIFY(m_workspace->openCircle(maria).isEmpty());
        m_checkIn->resetDraft();
        QVERIFY(rate(QStringLiteral("body"), 3));
        QCOMPARE(m_checkIn->ratedCount(), 1);
        const qsizetype ownBefore = m_own->checkIns().size();

        m_session.setStore(nullptr); // a lock
        m_session.setStore(m_own.get()); // the unlock: the own circle
        QVERIFY(!m_session.inPatientCircle());
        QCOMPARE(m_checkIn->ratedCount(), 0);
        QVERIFY(!m_checkIn->saveCheckIn().isEmpty()); // nothing to save
        QCOMPARE(m_own->checkIns().size(), ownBefore);

        // In the own circle a draft still outlives a lock.
        QVERIFY(rate(QStringLiteral("body"), 6));
        m_session.setStore(nullptr);
        m_session.setStore(m_own.get());
        QCOMPARE(m_checkIn->ratedCount(), 1);
        m_checkIn->resetDraft();
    }

    /**
     * Reading every patient again keeps the open circle, on her new store, and what its
     * pages list reads from that store (the old one goes only after the circle has moved).
     */
    void readingThePatientsAgainMovesTheOpenCircleToHerNewStore()
    {
        const QString maria = patientNamed(QStringLiteral("Maria Peeters"));
        QVERIFY(m_workspace->openCircle(maria).isEmpty());
        QVERIFY(m_session.inPatientCircle());
        const int checkIns = m_checkIn->history()->count();
        QVERIFY(checkIns > 0);
        QSignalSpy moved(&m_session, &app::Session::circleChanged);
        m_workspace->reload();
        QVERIFY(m_session.inPatientCircle());
        QCOMPARE(m_workspace->circleName(), QStringLiteral("Maria Peeters"));
        QCOMPARE(m_session.circleStore(), m_workspace->storeOf(QByteArray::fromHex(maria.toLatin1())));
        QVERIFY(moved.count() >= 1);
        QCOMPARE(m_checkIn->history()->count(), checkIns);
        for (int row = 0; row < m_checkIn->recentHistory()->count(); ++row)
            QVERIFY(m_checkIn->recentHistory()->get(row).value(QStringLiteral("time")).toDateTime().isValid());
        QVERIFY(m_workspace->openCircle(QString()).isEmpty());
    }

    void switchingBackAndLockingRestoreTheOwnCircle()
    {
        QVERIFY(m_workspace->openCircle(patientNamed(QStringLiteral("Maria Peeters"))).isEmpty());
        QVERIFY(m_workspace->openCircle(QString()).isEmpty());
        QVERIFY(!m_session.inPatientCircle());
        QCOMPARE(m_session.circleStore(), m_own.get());
        QCOMPARE(m_goals->totalCount(), 0);
        QVERIFY(m_goals->mayEdit());
        QVERIFY(m_workspace->openCircle(patientNamed(QStringLiteral("Maria Peeters"))).isEmpty());
        QSignalSpy circle(&m_session, &app::Session::circleChanged);
        m_session.setStore(nullptr); // a lock
        QCOMPARE(circle.count(), 1);
        QVERIFY(!m_session.inPatientCircle());
        QVERIFY(m_workspace->circleId().isEmpty());
    }
};

QTEST_MAIN(TestCircle)
#include "tst_circle.moc"
