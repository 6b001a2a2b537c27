// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, against a real carecircle-server process: Maria did her weekly check-ins before
// she invited her GP. She shares them into her "Care team" space ("share my check-ins
// since …"); the GP's own app, a second set of app controllers with its own account, then
// shows her trend and "worse lately" in his workspace. When she turns flags off for that
// space, his app stops raising them.
#include "app/sharing/checkinhistoryshare.h"
#include "app/sharing/joinflow.h"
#include "app/workspace/patientlistmodel.h"
#include "app/workspace/workspacecontroller.h"
#include "app/workspace/workspaceitemmodel.h"
#include "appharness.h"
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

const QString Passphrase = QStringLiteral("willows along the Dijle at dusk");
constexpr int Patience = 30000;

/** Maria's weekly check-ins, the last one worse for "mind" than the three before. */
bool writeHistory(Phone &maria)
{
    int days = 28;
    for (int mind : {8, 8, 8, 4}) {
        domain::CheckIn c;
        c.completedById = QByteArray(16, 'm');
        c.time = QDateTime(QDate::currentDate().addDays(-days), QTime(9, 0)).toUTC();
        c.answers.insert(QStringLiteral("body"), {6, {}, false, {}});
        c.answers.insert(QStringLiteral("mind"), {mind, {}, false, {}});
        if (!maria.store()->save(c))
            return false;
        days -= 7;
    }
    maria.session()->notifyChanged();
    return true;
}

} // namespace

class TestHistoryShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void aNewGpSeesTheSharedHistoryAndItsFlagsAsSheAllows()
    {
        Phone maria;
        Phone gp;
        for (Phone *p : {&maria, &gp}) {
            QSignalSpy created(p->vaults, &VaultController::vaultCreated);
            p->vaults->createVault(Passphrase, false);
            QVERIFY(created.wait(Patience));
        }
        QVERIFY(writeHistory(maria));
        for (Phone *p : {&maria, &gp}) {
            QSignalSpy connected(p->sync, &SyncStatus::connectSucceeded);
            p->sync->connectToServer(m_server.baseUrl().toString(), QStringLiteral("Device"));
            QVERIFY(connected.wait(Patience));
            QTRY_VERIFY_WITH_TIMEOUT(p->settled(), Patience);
        }

        // She invites her GP into a new "Care team" space; he accepts in his app.
        const QString space = maria.spaces->createSpace(QStringLiteral("Care team"), QStringLiteral("teal"));
        QVERIFY(!space.isEmpty());
        maria.spaces->setSelectedSpace(space);
        maria.invites->startInvite(QStringLiteral("gp"), QStringLiteral("contributor"), 7);
        QTRY_COMPARE_WITH_TIMEOUT(maria.invites->inviteState(), InviteFlow::InviteWaiting, Patience);
        gp.join->openInvite(maria.invites->inviteCode());
        QTRY_COMPARE_WITH_TIMEOUT(gp.join->joinState(), app::JoinFlow::JoinOpened, Patience);
        gp.join->acceptInvite(QStringLiteral("dr. Jan Claes"), QStringLiteral("gp"));
        QTRY_COMPARE_WITH_TIMEOUT(gp.join->joinState(), app::JoinFlow::JoinAccepted, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(maria.invites->inviteState(), InviteFlow::InviteAccepted, Patience);
        maria.invites->confirmInvite(true);
        QTRY_COMPARE_WITH_TIMEOUT(maria.invites->inviteState(), InviteFlow::InviteDone, Patience);

        // Her check-ins were private: his workspace knows her, but sees no check-in.
        app::WorkspaceController *workspace = gp.services.workspace();
        const QByteArray owner = maria.vaults->vault()->accountId();
        const auto feed = [&] {
            // As the app's patient feed does on every change of his spaces.
            workspace->setPatients(app::patientsSharedWithMe(gp.sync->sharing()->spaces()));
            return workspace->storeOf(owner) != nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(feed(), Patience);
        QCOMPARE(workspace->storeOf(owner)->checkInsById().size(), 0);

        // "Share my check-ins since …" four weeks ago: all four move into the space.
        const QString since = QDate::currentDate().addDays(-28).toString(Qt::ISODate);
        QCOMPARE(maria.spaces->history()->countSince(space, since), 4);
        QCOMPARE(maria.spaces->history()->shareSince(space, since), QString());
        QTRY_VERIFY_WITH_TIMEOUT(maria.settled(), Patience);

        // They reach his app by themselves: the trend and "worse lately".
        workspace->setCurrentPatientId(QString::fromLatin1(owner.toHex()));
        QTRY_COMPARE_WITH_TIMEOUT(workspace->storeOf(owner)->checkInsById().size(), 4, Patience);
        QVERIFY(workspace->flagsOf(owner));
        QCOMPARE(workspace->flagsOf(owner)->worsening.size(), 1);
        QCOMPARE(workspace->flagsOf(owner)->worsening.constFirst().domain, QStringLiteral("mind"));
        QCOMPARE(workspace->checkIns()->count(), 4);

        // She turns flags off for the space: his app honours it as soon as it hears.
        QCOMPARE(maria.spaces->setRaisesFlags(space, false), QString());
        QTRY_VERIFY_WITH_TIMEOUT(maria.settled(), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(workspace->flagsOf(owner) && workspace->flagsOf(owner)->isEmpty(), Patience);
        QCOMPARE(workspace->patients()->get(0).value(QStringLiteral("flagCount")).toInt(), 0);
        // The check-ins themselves stay shared.
        QCOMPARE(workspace->storeOf(owner)->checkInsById().size(), 4);
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

private:
    testing::ServerProcess m_server;
};

QTEST_MAIN(TestHistoryShare)
#include "tst_historyshare.moc"
