// SPDX-License-Identifier: GPL-3.0-or-later
// Acting in a patient's circle through the app's controllers against a real
// carecircle-server process (issue #14): Els, whom Maria made an editor, edits Maria's goal,
// logs progress and fills in a check-in for her from her own device; Maria's device shows
// each with "Els Peeters for Maria" after a pull. Her GP, a contributor, adds a progress
// note Maria sees, but may not change her goal. A viewer's controller refuses before
// sending, and what a viewer's device sends anyway is refused by the server: it never
// reaches Maria, though the GP's note written after it does.
#include "app/checkin/checkincontroller.h"
#include "app/checkin/checkinhistorymodel.h"
#include "app/goals/goalscontroller.h"
#include "app/goals/progresshistorymodel.h"
#include "app/sharing/joinflow.h"
#include "app/sharing/sharingspaces.h"
#include "app/workspace/patientlistmodel.h"
#include "app/workspace/workspacecontroller.h"
#include "appharness.h"
#include "domain/carestore.h"
#include "serverprocess.h"
#include "vault/vault.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cc;
using app::InviteFlow;
using app::SyncStatus;
using app::VaultController;
using testing::Phone;

namespace {

const QString Passphrase = QStringLiteral("quiet lanterns over the Leie");
constexpr int Patience = 60000;

} // namespace

class TestCircleApp : public QObject
{
    Q_OBJECT

    testing::ServerProcess m_server;

    bool start(Phone &phone)
    {
        QSignalSpy created(phone.vaults, &VaultController::vaultCreated);
        phone.vaults->createVault(Passphrase, false);
        if (!created.wait(Patience))
            return false;
        QSignalSpy connected(phone.sync, &SyncStatus::connectSucceeded);
        phone.sync->connectToServer(m_server.baseUrl().toString(), QStringLiteral("Device"));
        return connected.wait(Patience) && QTest::qWaitFor([&] { return phone.settled(); }, Patience);
    }

    /** Maria invites @p guest to @p space as @p permission; the guest accepts in her app. */
    bool invite(Phone &maria, Phone &guest, const QString &space, const QString &permission, const QString &name,
        const QString &careRole)
    {
        maria.spaces->setSelectedSpace(space);
        maria.invites->startInvite({}, permission, 7);
        if (!QTest::qWaitFor([&] { return maria.invites->inviteState() == InviteFlow::InviteWaiting; }, Patience))
            return false;
        guest.join->openInvite(maria.invites->inviteCode());
        if (!QTest::qWaitFor([&] { return guest.join->joinState() == app::JoinFlow::JoinOpened; }, Patience))
            return false;
        guest.join->acceptInvite(name, careRole);
        if (!QTest::qWaitFor([&] { return maria.invites->inviteState() == InviteFlow::InviteAccepted; }, Patience))
            return false;
        maria.invites->confirmInvite(true);
        return QTest::qWaitFor([&] { return maria.invites->inviteState() == InviteFlow::InviteDone; }, Patience);
    }

    /** Opens Maria's circle on @p member's device (as the switcher does), acting as @p careRole;
     *  waits until her shared goal @p goalId is there. */
    bool openMariasCircle(Phone &member, const QString &careRole, const QByteArray &goalId)
    {
        app::WorkspaceController *workspace = member.services.workspace();
        const bool read = QTest::qWaitFor(
            [&] {
                workspace->setPatients(app::patientsSharedWithMe(member.sync->sharing()->spaces()));
                const auto *store = workspace->patients()->count() == 1
                    ? workspace->storeOf(QByteArray::fromHex(workspace->patients()->patientIdAt(0).toLatin1()))
                    : nullptr;
                return store && store->goal(goalId);
            },
            Patience);
        // The care role is a setting of this user (one QSettings for every phone here).
        return read && workspace->setMyRole(careRole).isEmpty()
            && workspace->openCircle(workspace->patients()->patientIdAt(0)).isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void anEditorActsForHerAContributorAddsNotesAViewerIsRefused()
    {
        Phone maria, els, gp, viewer;
        for (Phone *p : {&maria, &els, &gp, &viewer})
            QVERIFY(start(*p));
        domain::PatientProfile profile;
        profile.preferredName = QStringLiteral("Maria");
        profile.language = QStringLiteral("en");
        QVERIFY(maria.store()->save(profile).ok());
        const QString space = maria.spaces->createSpace(QStringLiteral("Family"), QStringLiteral("teal"));
        QVERIFY(!space.isEmpty());
        QVERIFY(invite(
            maria, els, space, QStringLiteral("editor"), QStringLiteral("Els Peeters"), QStringLiteral("caregiver")));
        QVERIFY(invite(
            maria, gp, space, QStringLiteral("contributor"), QStringLiteral("dr. Jan Claes"), QStringLiteral("gp")));
        QVERIFY(invite(
            maria, viewer, space, QStringLiteral("viewer"), QStringLiteral("Vic"), QStringLiteral("trusted_person")));
        domain::Goal goal;
        goal.whatMattersToMe = {QStringLiteral("Walk to the Saturday market"), QStringLiteral("en")};
        goal.domain = QStringLiteral("participation");
        QVERIFY(maria.store()->saveInSpace(goal, QByteArray::fromHex(space.toLatin1())).ok());
        maria.session()->notifyChanged();
        QTRY_VERIFY_WITH_TIMEOUT(maria.settled(), Patience);
        const QString goalId = QString::fromLatin1(goal.id.toHex());

        // Els, as editor, for Maria: the goal, a progress note, a check-in by proxy.
        QVERIFY(openMariasCircle(els, QStringLiteral("caregiver"), goal.id));
        app::GoalsController *elsGoals = els.services.goals();
        QVERIFY(elsGoals->updateGoal(goalId, {{QStringLiteral("target"), QStringLiteral("15 minutes")}}));
        QVERIFY(elsGoals->logProgress(goalId, 6, QStringLiteral("We walked to the church together")));
        app::CheckInController *elsCheckIn = els.services.checkIn();
        QVERIFY(elsCheckIn->setRating(QStringLiteral("body"), 4));
        QCOMPARE(elsCheckIn->saveCheckIn(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(els.settled(), Patience);

        // Maria's device shows each with Els as actor.
        app::GoalsController *mariaGoals = maria.services.goals();
        const QString elsForMaria = QStringLiteral("Els Peeters for Maria");
        QTRY_COMPARE_WITH_TIMEOUT(
            mariaGoals->goal(goalId).value(QStringLiteral("changedBy")).toString(), elsForMaria, Patience);
        QCOMPARE(maria.store()->goal(goal.id)->target.text, QStringLiteral("15 minutes"));
        QCOMPARE(maria.store()->goal(goal.id)->lastChangedBy.account, els.vaults->vault()->accountId());
        mariaGoals->setSelectedGoalId(goalId);
        QTRY_COMPARE_WITH_TIMEOUT(mariaGoals->progress()->count(), 1, Patience);
        QCOMPARE(mariaGoals->progress()->get(0).value(QStringLiteral("authorName")).toString(), elsForMaria);
        app::CheckInController *mariaCheckIn = maria.services.checkIn();
        QTRY_COMPARE_WITH_TIMEOUT(mariaCheckIn->history()->count(), 1, Patience);
        QVERIFY(mariaCheckIn->history()->get(0).value(QStringLiteral("byProxy")).toBool());
        QCOMPARE(mariaCheckIn->history()->get(0).value(QStringLiteral("actedBy")).toString(), elsForMaria);

        // The viewer: the app refuses before sending; what the device sends anyway the
        // server refuses.
        QVERIFY(openMariasCircle(viewer, QStringLiteral("trusted_person"), goal.id));
        QVERIFY(!viewer.services.goals()->logProgress(goalId, 2, QStringLiteral("Not mine to write")));
        QVERIFY(!viewer.services.goals()->updateGoal(goalId, {{QStringLiteral("target"), QStringLiteral("x")}}));
        domain::ProgressEntry forced;
        forced.goalId = goal.id;
        forced.date = QDate::currentDate();
        forced.note = {QStringLiteral("Sent past the app"), QStringLiteral("en")};
        forced.actor = {viewer.vaults->vault()->accountId(), QStringLiteral("Vic"), QStringLiteral("trusted_person")};
        domain::CareStore *viewerCircle = viewer.session()->circleStore();
        QVERIFY(viewerCircle->save(forced).ok());
        viewer.session()->notifyChanged();
        viewer.sync->syncNow();

        // The GP, as contributor: a progress note yes, her goal no.
        QVERIFY(openMariasCircle(gp, QStringLiteral("gp"), goal.id));
        app::GoalsController *gpGoals = gp.services.goals();
        QVERIFY(!gpGoals->updateGoal(goalId, {{QStringLiteral("target"), QStringLiteral("Run a marathon")}}));
        QVERIFY(gpGoals->logProgress(goalId, -1, QStringLiteral("Blood pressure fine on the walk")));
        QTRY_VERIFY_WITH_TIMEOUT(gp.settled(), Patience);
        QTRY_COMPARE_WITH_TIMEOUT(mariaGoals->progress()->count(), 2, Patience);
        QStringList authors;
        for (int row = 0; row < mariaGoals->progress()->count(); ++row)
            authors.append(mariaGoals->progress()->get(row).value(QStringLiteral("authorName")).toString());
        authors.sort();
        QCOMPARE(authors, QStringList({elsForMaria, QStringLiteral("dr. Jan Claes for Maria")})); // code point order
        QCOMPARE(maria.store()->goal(goal.id)->target.text, QStringLiteral("15 minutes"));
        // The viewer's note, sent before the GP's, never reached her.
        QVERIFY(maria.store()->spaceOf(forced.id).isEmpty());
    }
};

QTEST_MAIN(TestCircleApp)
#include "tst_circleapp.moc"
