// SPDX-License-Identifier: GPL-3.0-or-later
// The app's side of sync, as a person uses it, against a real carecircle-server process:
// connect a phone, link a second device with the code the phone shows, see an edit made on
// the other device appear without asking, review a text that two devices changed at once,
// remove the other device, and restore the whole account on a new device with the
// recovery key. The second device is driven through carecircle-cli, as a second process.
#include "app/home/caredata.h"
#include "app/session/session.h"
#include "app/session/vaultcontroller.h"
#include "app/sync/conflictscontroller.h"
#include "app/sync/devicelinkflow.h"
#include "app/sync/devicelist.h"
#include "app/sync/syncactivity.h"
#include "app/sync/syncstatus.h"
#include "appharness.h"
#include "domain/carestore.h"
#include "domain/goal.h"
#include "serverprocess.h"
#include "vault/keystore.h"
#include "vault/vault.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using app::DeviceLinkFlow;
using app::SyncActivity;
using app::SyncStatus;
using app::VaultController;
using testing::cli;
using testing::Phone;

namespace {

const QString PhonePassphrase = QStringLiteral("quiet lanterns over the Leie");
const QString TabletPassphrase = QStringLiteral("seven herons above the Nete");
const QString NewPhonePassphrase = QStringLiteral("copper bells in Lier tower");
constexpr int Patience = 30000;

/** Edits the first goal of the vault in @p dir directly, as the tablet's app would. */
QByteArray editGoalOnTablet(const QString &dir, const QString &text)
{
    auto vault = vault::Vault::open(dir);
    if (!vault || !(*vault)->unlockWithPassphrase(crypto::SecureBuffer::copyOf(TabletPassphrase.toUtf8())))
        return {};
    domain::CareStore store(**vault);
    if (!store.load() || store.goals().isEmpty())
        return {};
    domain::Goal goal = store.goals().constFirst();
    goal.whatMattersToMe.text = text;
    if (!store.save(goal))
        return {};
    return goal.id;
}

} // namespace

class TestSyncApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void aPatientLinksHerTabletReviewsAConflictRemovesTheTabletAndRestoresHerAccount()
    {
        QTemporaryDir tabletDir;
        const QString tablet = tabletDir.filePath(QStringLiteral("vault"));
        const QString server = m_server.baseUrl().toString();
        QString recoveryKey;
        QByteArray goalId;
        {
            Phone phone;
            // A new vault with one goal, not connected: everything stays on the phone.
            QSignalSpy created(phone.vaults, &VaultController::vaultCreated);
            phone.vaults->createVault(PhonePassphrase, false);
            QVERIFY(created.wait(Patience));
            recoveryKey = created.first().first().toString();
            QCOMPARE(phone.sync->status(), SyncStatus::NotConnected);
            QVERIFY(!phone.sync->statusText().isEmpty());
            domain::Goal goal;
            goal.whatMattersToMe = {QStringLiteral("Walk to the Saturday market"), QStringLiteral("en")};
            goal.domain = QStringLiteral("participation");
            QVERIFY(phone.store()->save(goal).ok());
            goalId = goal.id;
            phone.session()->notifyChanged();

            // A bad address is refused in words; the right one connects and sends the goal.
            QSignalSpy failed(phone.activity, &SyncActivity::operationFailed);
            QVERIFY(!phone.sync->isValidServerUrl(QStringLiteral("care.example")));
            phone.sync->connectToServer(QStringLiteral("care.example"), QStringLiteral("Phone"));
            QCOMPARE(failed.size(), 1);
            QSignalSpy connected(phone.sync, &SyncStatus::connectSucceeded);
            phone.sync->connectToServer(server, QStringLiteral("Phone"));
            QVERIFY(connected.wait(Patience));
            QVERIFY(phone.sync->connected());
            QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
            QTRY_COMPARE_WITH_TIMEOUT(phone.devices->devices()->count(), 1, Patience);

            // The phone shows a code; the tablet types it and chooses its own passphrase.
            phone.link->startLinkOffer();
            QTRY_VERIFY_WITH_TIMEOUT(!phone.link->linkCode().isEmpty(), Patience);
            QCOMPARE(phone.link->linkState(), DeviceLinkFlow::LinkWaiting);
            QVERIFY(phone.link->isWellFormedCode(phone.link->linkCode()));
            QVERIFY(phone.link->linkSecondsLeft() > 0);
            const int accepted =
                cli({QStringLiteral("link-accept"), QStringLiteral("--vault"), tablet, QStringLiteral("--server"),
                        server, QStringLiteral("--code"), phone.link->linkCode()},
                    TabletPassphrase + QLatin1Char('\n') + TabletPassphrase + QLatin1Char('\n'));
            QCOMPARE(accepted, 0);
            QTRY_COMPARE_WITH_TIMEOUT(phone.link->linkState(), DeviceLinkFlow::LinkDone, Patience);
            QTRY_COMPARE_WITH_TIMEOUT(phone.devices->devices()->count(), 2, Patience);
            QCOMPARE(
                cli({QStringLiteral("sync"), QStringLiteral("--vault"), tablet}, TabletPassphrase + QLatin1Char('\n')),
                0);

            // An edit on the tablet reaches the phone by itself (a hint, then a pull).
            QCOMPARE(editGoalOnTablet(tablet, QStringLiteral("Walk to the market with Els")), goalId);
            QCOMPARE(
                cli({QStringLiteral("sync"), QStringLiteral("--vault"), tablet}, TabletPassphrase + QLatin1Char('\n')),
                0);
            QTRY_COMPARE_WITH_TIMEOUT(phone.store()->goal(goalId)->whatMattersToMe.text,
                QStringLiteral("Walk to the market with Els"), Patience);

            // Both change the same text while apart: the newest edit (the phone's) is kept on
            // both, and the tablet's text waits on the phone to be reviewed.
            QCOMPARE(editGoalOnTablet(tablet, QStringLiteral("Market on foot, rest at the bench")), goalId);
            QTest::qWait(5); // the phone's edit is later by the clock, as in life
            domain::Goal onPhone = *phone.store()->goal(goalId);
            onPhone.whatMattersToMe.text = QStringLiteral("Market by bus");
            QVERIFY(phone.store()->save(onPhone).ok());
            phone.session()->notifyChanged();
            QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
            QCOMPARE(
                cli({QStringLiteral("sync"), QStringLiteral("--vault"), tablet}, TabletPassphrase + QLatin1Char('\n')),
                0);
            app::ConflictsController conflicts(phone.session());
            QTRY_COMPARE_WITH_TIMEOUT(conflicts.conflicts()->count(), 1, Patience);
            QCOMPARE(phone.store()->goal(goalId)->whatMattersToMe.text, QStringLiteral("Market by bus"));
            const QVariantMap row = conflicts.conflicts()->get(0);
            QCOMPARE(
                row.value(QStringLiteral("lostText")).toString(), QStringLiteral("Market on foot, rest at the bench"));
            QCOMPARE(row.value(QStringLiteral("currentText")).toString(), QStringLiteral("Market by bus"));
            QVERIFY(row.value(QStringLiteral("canRestore")).toBool());
            // She prefers the tablet's words: they come back, and the copy is gone.
            QCOMPARE(conflicts.restore(row.value(QStringLiteral("recordId")).toString()), QString());
            QCOMPARE(
                phone.store()->goal(goalId)->whatMattersToMe.text, QStringLiteral("Market on foot, rest at the bench"));
            QCOMPARE(conflicts.conflicts()->count(), 0);
            QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);

            // The tablet is removed: it can no longer sync.
            QString tabletId;
            for (int i = 0; i < phone.devices->devices()->count(); ++i) {
                if (!phone.devices->devices()->get(i).value(QStringLiteral("thisDevice")).toBool())
                    tabletId = phone.devices->devices()->get(i).value(QStringLiteral("deviceId")).toString();
            }
            QVERIFY(!tabletId.isEmpty());
            QSignalSpy removed(phone.devices, &app::DeviceList::deviceRemoved);
            phone.devices->remove(tabletId);
            QVERIFY(removed.wait(Patience));
            QTRY_VERIFY_WITH_TIMEOUT(
                phone.devices->devices()->get(1).value(QStringLiteral("removed")).toBool(), Patience);
            QVERIFY(
                cli({QStringLiteral("sync"), QStringLiteral("--vault"), tablet}, TabletPassphrase + QLatin1Char('\n'))
                != 0);
        }
        {
            // Every device lost: a new phone restores the account with the recovery key.
            Phone newPhone;
            QSignalSpy failed(newPhone.activity, &SyncActivity::operationFailed);
            newPhone.link->restoreAccount(
                server, QStringLiteral("0000-0000"), NewPhonePassphrase, QStringLiteral("New phone"));
            QCOMPARE(failed.size(), 1); // a typo is caught before anything is asked of the server
            QSignalSpy joined(newPhone.link, &DeviceLinkFlow::joinSucceeded);
            newPhone.link->restoreAccount(server, recoveryKey, NewPhonePassphrase, QStringLiteral("New phone"));
            QVERIFY(joined.wait(Patience));
            QCOMPARE(newPhone.vaults->state(), VaultController::Unlocked);
            QTRY_VERIFY_WITH_TIMEOUT(newPhone.store() && newPhone.store()->goal(goalId), Patience);
            QCOMPARE(newPhone.store()->goal(goalId)->whatMattersToMe.text,
                QStringLiteral("Market on foot, rest at the bench"));
            QVERIFY(newPhone.vaults->isWellFormedRecoveryKey(recoveryKey));
        }
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

private:
    testing::ServerProcess m_server;
};

QTEST_MAIN(TestSyncApp)
#include "tst_syncapp.moc"
