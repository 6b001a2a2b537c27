// SPDX-License-Identifier: GPL-3.0-or-later
// The vault's life cycle as the UI drives it: create (recovery key shown), unlock by
// passphrase, recovery key or this device, wrong passphrase, lock by request and by idle
// time, change passphrase, show the recovery key again, damaged records reported.
#include "app/checkin/checkincontroller.h"
#include "app/checkin/checkinhistorymodel.h"
#include "app/home/caredata.h"
#include "app/session/session.h"
#include "app/session/vaultcontroller.h"
#include "app/sync/syncactivity.h"
#include "app/sync/syncstatus.h"
#include "crypto/random.h"
#include "demo/demohistory.h"
#include "demo/demostory.h"
#include "domain/carestore.h"
#include "vault/keystore.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using app::VaultController;

namespace {

const QString Passphrase = QStringLiteral("bright lanterns on the Dijle quay");

struct Fixture {
    QTemporaryDir dir;
    app::CareData data {nullptr};
    app::Session session;
    vault::MemoryKeystore *keystore = nullptr;
    std::unique_ptr<VaultController> controller;

    explicit Fixture(bool keystoreAvailable = true)
    {
        auto store = std::make_unique<vault::MemoryKeystore>();
        store->setAvailable(keystoreAvailable);
        keystore = store.get();
        controller = std::make_unique<VaultController>(
            dir.filePath(QStringLiteral("vault")), false, std::move(store), &data, &session);
    }

    /** Creates the vault as the Welcome page does; returns the recovery key shown. */
    QString create(bool remember = false)
    {
        QSignalSpy created(controller.get(), &VaultController::vaultCreated);
        controller->createVault(Passphrase, remember);
        if (!created.wait(30000))
            return {};
        return created.first().first().toString();
    }

    /** A vault of 12,000 demo records, locked, that the app reads recent first (as a vault of
     *  16 k rows and more). */
    bool createLarge()
    {
        if (create().isEmpty())
            return false;
        {
            domain::CareStore store(*controller->vault());
            if (!store.load())
                return false;
            const Status written = demo::demohistory::write(demo::generateDemoStory(QDate::currentDate()), 12000,
                [&](const domain::CareRecords &batch) { return store.importRecords(batch); });
            if (!written)
                return false;
        }
        controller->lock();
        controller->setRecentFirstFrom(0);
        return true;
    }

    bool waitForState(VaultController::State state)
    {
        return QTest::qWaitFor([&] { return controller->state() == state && !controller->busy(); }, 30000);
    }
};

} // namespace

class TestVaultController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    }

    void aNewUserCreatesAVaultSeesTheRecoveryKeyAndLandsOnAnEmptyHome()
    {
        Fixture f;
        QCOMPARE(f.controller->state(), VaultController::NoVault);
        const QString recovery = f.create();
        QCOMPARE(recovery.size(), 34);
        QVERIFY(f.controller->isWellFormedRecoveryKey(recovery));
        QCOMPARE(f.controller->state(), VaultController::Unlocked);
        QVERIFY(f.data.hasData());
        QVERIFY(!f.data.hasPlan());
        QCOMPARE(f.data.goals()->count(), 0);
    }

    void aWeakPassphraseIsRefusedWithAReason()
    {
        Fixture f;
        QSignalSpy failed(f.controller.get(), &VaultController::operationFailed);
        f.controller->createVault(QStringLiteral("password1"), false);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(f.controller->state(), VaultController::NoVault);
        QVERIFY(!vault::Vault::exists(f.dir.filePath(QStringLiteral("vault"))));
        const QVariantMap strength = f.controller->passphraseStrength(QStringLiteral("password1"));
        QVERIFY(!strength.value(QStringLiteral("acceptable")).toBool());
        QVERIFY(!strength.value(QStringLiteral("hint")).toString().isEmpty());
    }

    void wrongPassphraseSaysSoAndStaysLocked()
    {
        Fixture f;
        f.create();
        f.controller->lock();
        QCOMPARE(f.controller->state(), VaultController::Locked);
        QVERIFY(!f.data.hasData()); // the models were emptied on lock

        QSignalSpy failed(f.controller.get(), &VaultController::unlockFailed);
        f.controller->unlock(QStringLiteral("not my passphrase at all"));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("not correct")));
        QCOMPARE(f.controller->state(), VaultController::Locked);

        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
    }

    void theRecoveryKeyUnlocksAndATypoIsExplained()
    {
        Fixture f;
        const QString recovery = f.create();
        f.controller->lock();
        QSignalSpy failed(f.controller.get(), &VaultController::unlockFailed);
        f.controller->unlockWithRecoveryKey(QStringLiteral("ABCD-EFGH"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("28 characters")));
        f.controller->unlockWithRecoveryKey(recovery.toLower());
        QCOMPARE(f.controller->state(), VaultController::Unlocked);
    }

    void rememberingThisDeviceUnlocksWithoutThePassphrase()
    {
        Fixture f;
        f.create(true);
        QVERIFY(f.controller->rememberedOnDevice());
        f.controller->lock();
        f.controller->unlockWithDevice();
        QCOMPARE(f.controller->state(), VaultController::Unlocked);
        f.controller->setRememberOnDevice(false);
        QVERIFY(!f.controller->rememberedOnDevice());
        f.controller->lock();
        QSignalSpy failed(f.controller.get(), &VaultController::unlockFailed);
        f.controller->unlockWithDevice();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(f.controller->state(), VaultController::Locked);
    }

    void withoutAKeystoreTheDeviceIsNotRemembered()
    {
        Fixture f(false);
        QVERIFY(!f.controller->keystoreAvailable());
        f.create(true);
        QVERIFY(!f.controller->rememberedOnDevice());
    }

    void itLocksItselfAfterTheIdleTime()
    {
        Fixture f;
        f.create();
        f.controller->setIdleLimit(300, 50);
        f.controller->noteUserActivity();
        QTRY_COMPARE_WITH_TIMEOUT(f.controller->state(), VaultController::Locked, 5000);
        QVERIFY(!f.data.hasData());
    }

    void activityKeepsItUnlocked()
    {
        Fixture f;
        f.create();
        f.controller->setIdleLimit(400, 50);
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(100);
            f.controller->noteUserActivity();
        }
        QCOMPARE(f.controller->state(), VaultController::Unlocked);
    }

    void theAutoLockTimeIsKept()
    {
        {
            Fixture f;
            f.controller->setAutoLockMinutes(15);
        }
        Fixture g;
        QCOMPARE(g.controller->autoLockMinutes(), 15);
        g.controller->setAutoLockMinutes(0); // out of range: clamped
        QCOMPARE(g.controller->autoLockMinutes(), 1);
        g.controller->setAutoLockMinutes(5);
    }

    void changingThePassphraseNeedsTheOldOne()
    {
        Fixture f;
        f.create();
        QSignalSpy failed(f.controller.get(), &VaultController::operationFailed);
        QSignalSpy changed(f.controller.get(), &VaultController::passphraseChanged);
        f.controller->changePassphrase(
            QStringLiteral("wrong old passphrase"), QStringLiteral("new quiet harbour lights"));
        QVERIFY(failed.wait(30000));
        QCOMPARE(changed.count(), 0);
        f.controller->changePassphrase(Passphrase, QStringLiteral("new quiet harbour lights"));
        QVERIFY(changed.wait(30000));
        f.controller->lock();
        f.controller->unlock(QStringLiteral("new quiet harbour lights"));
        QVERIFY(f.waitForState(VaultController::Unlocked));
    }

    void theRecoveryKeyIsShownAgainAfterThePassphrase()
    {
        Fixture f;
        const QString recovery = f.create();
        QSignalSpy revealed(f.controller.get(), &VaultController::recoveryKeyRevealed);
        QSignalSpy failed(f.controller.get(), &VaultController::operationFailed);
        f.controller->revealRecoveryKey(QStringLiteral("a wrong passphrase"));
        QVERIFY(failed.wait(30000));
        QCOMPARE(revealed.count(), 0);
        f.controller->revealRecoveryKey(Passphrase);
        QVERIFY(revealed.wait(30000));
        QCOMPARE(revealed.first().first().toString(), recovery);
    }

    void aDamagedRecordIsReportedAndTheRestOpens()
    {
        Fixture f;
        f.create();
        {
            domain::CareStore store(*f.controller->vault());
            QVERIFY(store.load().ok());
            QVERIFY(store.importRecords(demo::generateDemoStory(QDate::currentDate()).records()).ok());
        }
        f.controller->lock();
        QByteArray damagedId;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(vault::Vault::databasePath(f.dir.filePath(QStringLiteral("vault"))));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT record_id, sealed FROM records LIMIT 1")) && q.next());
            damagedId = q.value(0).toByteArray();
            QByteArray sealed = q.value(1).toByteArray();
            sealed[120] = char(sealed[120] ^ 0x04);
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE records SET sealed = ? WHERE record_id = ?"));
            u.addBindValue(sealed);
            u.addBindValue(damagedId);
            QVERIFY(u.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));

        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        const QStringList damaged = f.controller->damagedRecords();
        QCOMPARE(damaged.size(), 1);
        QVERIFY(damaged.first().contains(QString::fromLatin1(damagedId.toHex())));
        QVERIFY(f.data.goals()->count() + f.data.upcoming()->count() > 0); // the rest opened
    }

    void aLargeVaultOpensOnItsRecentRecordsAndTheHistoryFollows()
    {
        Fixture f;
        QVERIFY(f.createLarge());
        domain::CareStore whole(*f.controller->vault());

        // The first unlock has no load order: it reads everything and writes one.
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QVERIFY(whole.load().ok());
        const qsizetype history = whole.progress().size() + qsizetype(whole.checkInsById().size());
        QTRY_VERIFY(!f.controller->loadingHistory());
        f.controller->lock();

        // Now Home comes first: at the unlock the store holds the recent part; the rest comes
        // through Session::dataChanged, a part per turn, until every record is there.
        qsizetype atUnlock = -1;
        connect(f.controller.get(), &VaultController::stateChanged, this, [&] {
            if (f.controller->state() == VaultController::Unlocked)
                atUnlock = f.session.store()->progress().size() + qsizetype(f.session.store()->checkInsById().size());
        });
        qsizetype announced = 0;
        qsizetype announcedNew = 0;
        connect(&f.session, &app::Session::dataChanged, this, [&](const domain::ChangeSet &changes) {
            announced += changes.changes().size();
            announcedNew += std::count_if(changes.changes().cbegin(), changes.changes().cend(),
                [](const domain::ChangeSet::Change &c) { return c.added; });
        });
        // The history page's list follows the parts as insertions only, and ends as a reading
        // of the whole store would list it.
        app::CheckInController checkIns(&f.session);
        QAbstractItemModelTester tester(checkIns.history(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy historyResets(checkIns.history(), &QAbstractItemModel::modelReset);
        QSignalSpy historyRemovals(checkIns.history(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy loading(f.controller.get(), &VaultController::loadingHistoryChanged);
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QVERIFY(atUnlock > 0 && atUnlock < history);
        QVERIFY(f.data.hasData());
        const int listedAtUnlock = checkIns.history()->count();
        QTRY_VERIFY(!f.controller->loadingHistory());
        QCOMPARE(loading.count(), 2);
        const domain::CareStore *store = f.session.store();
        QVERIFY(store->isComplete());
        QCOMPARE(store->progress().size() + qsizetype(store->checkInsById().size()), history);
        QCOMPARE(announced, history - atUnlock);
        QCOMPARE(announcedNew, announced); // none of it was held: no view needs to look for it
        QCOMPARE(store->countsByKind(), whole.countsByKind());
        app::CheckInHistoryModel reread;
        reread.reload(store);
        QVERIFY(checkIns.history()->count() > listedAtUnlock);
        QCOMPARE(checkIns.history()->count(), reread.count());
        for (int row = 0; row < reread.count(); ++row)
            QCOMPARE(checkIns.history()->idAt(row), reread.idAt(row));
        QCOMPARE(historyResets.count(), 0);
        QCOMPARE(historyRemovals.count(), 0);

        // What needs every record reads the rest at once (deleting one not read yet, sharing
        // the history since a day): the views still hear of all of it, and the load ends.
        f.controller->lock();
        announced = 0;
        loading.clear();
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QVERIFY(f.controller->loadingHistory());
        QVERIFY(f.session.store()->finishLoading().ok());
        QTRY_VERIFY(!f.controller->loadingHistory());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(announced, history - atUnlock);

        // A lock while the history is still coming stops it; nothing is left running.
        f.controller->lock();
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QVERIFY(f.controller->loadingHistory());
        f.controller->lock();
        QVERIFY(!f.controller->loadingHistory());
        QVERIFY(!f.session.store());
        QTest::qWait(50);
        QCOMPARE(f.controller->state(), VaultController::Locked);
    }

    /** The history an unlock reads after Home is not this device's news: reading it asks for
     *  no push, while a check-in saved meanwhile does. */
    void readingTheHistorySchedulesNoPushButASaveMeanwhileDoes()
    {
        Fixture f;
        QVERIFY(f.createLarge());
        app::SyncActivity activity;
        app::SyncStatus sync(f.controller.get(), &f.session, &activity);
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QTRY_VERIFY(!f.controller->loadingHistory());
        f.controller->lock();

        int parts = 0;
        int pushing = 0;
        connect(&f.session, &app::Session::dataChanged, this, [&] {
            ++parts;
            pushing += sync.pushScheduled() ? 1 : 0;
        });
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QVERIFY(f.controller->loadingHistory());
        QVERIFY(!sync.pushScheduled());
        QTRY_VERIFY(!f.controller->loadingHistory());
        QVERIFY(parts > 1);
        QCOMPARE(pushing, 0);
        QVERIFY(!sync.pushScheduled());

        // A check-in saved while the history is read is pushed soon, as at any other time.
        f.controller->lock();
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QVERIFY(f.controller->loadingHistory());
        domain::CheckIn c;
        c.completedById = QByteArray(16, 'p');
        c.time = QDateTime::currentDateTimeUtc();
        c.answers.insert(QStringLiteral("mind"), {6, {}, false, {}});
        QVERIFY(f.session.store()->save(c).ok());
        f.session.notifyChanged();
        QVERIFY(sync.pushScheduled());
        QTRY_VERIFY(!f.controller->loadingHistory());

        // So is one a view writes while it hears of a part of the history.
        f.controller->lock();
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QVERIFY(f.controller->loadingHistory());
        bool wroteInPart = false;
        const auto writer = connect(&f.session, &app::Session::dataChanged, this, [&] {
            if (wroteInPart)
                return;
            wroteInPart = true;
            domain::CheckIn meanwhile = c;
            meanwhile.id.clear();
            meanwhile.time = c.time.addSecs(30);
            QVERIFY(f.session.store()->save(meanwhile).ok());
            f.session.notifyChanged();
        });
        QTRY_VERIFY(wroteInPart);
        disconnect(writer);
        QVERIFY(sync.pushScheduled());
        QTRY_VERIFY(!f.controller->loadingHistory());

        // Nor is what a pull brought this device's to push.
        QTRY_VERIFY(!sync.pushScheduled());
        domain::CareStore other(*f.controller->vault());
        QVERIFY(other.load().ok());
        c.time = c.time.addSecs(60);
        c.id.clear();
        QVERIFY(other.save(c).ok()); // as a pull stores it
        const QByteArray pulled = c.id;
        parts = 0;
        f.controller->applyReceived({pulled});
        QCOMPARE(parts, 1);
        QVERIFY(f.session.store()->checkIn(pulled));
        QVERIFY(!sync.pushScheduled());
    }

    /** A pull that deletes an old check-in the app has not read yet, while it reads the
     *  history, through the app's path (applyReceived): the app ends without it, holding what
     *  the vault holds. */
    void aPulledDeleteOfAnUnreadRecordMidLoadStaysDeleted()
    {
        Fixture f;
        QVERIFY(f.createLarge());
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QTRY_VERIFY(!f.controller->loadingHistory());
        f.controller->lock();
        f.controller->unlock(Passphrase);
        QVERIFY(f.waitForState(VaultController::Unlocked));
        QVERIFY(f.controller->loadingHistory());
        domain::CareStore other(*f.controller->vault());
        QVERIFY(other.load().ok());
        QByteArray unread;
        for (const domain::CheckIn &c : other.checkInsById()) {
            if (!f.session.store()->checkIn(c.id)) {
                unread = c.id;
                break;
            }
        }
        QVERIFY(!unread.isEmpty());
        QVERIFY(other.remove(unread).ok());
        f.controller->applyReceived({unread});
        QTRY_VERIFY(!f.controller->loadingHistory());
        QVERIFY(!f.session.store()->checkIn(unread));
        QCOMPARE(f.session.store()->countsByKind(), other.countsByKind());
    }
};

QTEST_MAIN(TestVaultController)
#include "tst_vaultcontroller.moc"
