// SPDX-License-Identifier: GPL-3.0-or-later
// MemoryTrim: memory the app no longer uses goes back to the system once it is idle after a
// page closed, after a lock, and when the app is hidden; never once per page while paging.
#include "app/core/appservices.h"
#include "app/core/memorytrim.h"
#include "app/session/vaultcontroller.h"
#include "common/residentmemory.h"
#include "demo/demovault.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace cc;

class TestMemoryTrim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesClosedOneAfterAnotherAreTrimmedOnceTheAppIsIdle()
    {
        app::MemoryTrim trim;
        QSignalSpy released(&trim, &app::MemoryTrim::released);
        QElapsedTimer sinceLastPage;
        for (int page = 0; page < 8; ++page) { // paging through the app, one page every 0.3 s
            trim.pageClosed();
            sinceLastPage.start();
            QTest::qWait(300);
        }
        QCOMPARE(released.count(), 0); // not while the person is still paging (2.4 s)
        QVERIFY(trim.pending());
        QVERIFY(released.wait(2 * app::MemoryTrim::IdleMs));
        // Counted from the last page (a coarse timer may fire up to 5 % early).
        QVERIFY(sinceLastPage.elapsed() >= app::MemoryTrim::IdleMs * 9 / 10);
        QTest::qWait(app::MemoryTrim::IdleMs + 200);
        QCOMPARE(released.count(), 1); // once, after the last page
    }

    void aTrimNowLeavesTheOneWaitingToRunAfter()
    {
        // Hidden right after a page closed: trimmed at once, and again once the event loop
        // has deleted that page.
        app::MemoryTrim trim;
        QSignalSpy released(&trim, &app::MemoryTrim::released);
        trim.pageClosed();
        trim.releaseNow();
        QCOMPARE(released.count(), 1);
        QVERIFY(trim.pending());
        QVERIFY(released.wait(2 * app::MemoryTrim::IdleMs));
        QCOMPARE(released.count(), 2);
        QVERIFY(!trim.pending());
    }

    void freedMemoryGoesBackToTheSystem()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer's allocator replaces glibc's heap (its quarantine keeps what is "
              "freed), so there is nothing for malloc_trim to give back.");
#elif !defined(__GLIBC__)
        QSKIP("Trimming the heap is glibc's malloc_trim; other C libraries are not trimmed.");
#else
        // What a closed page or a lock leaves: many small blocks freed in the middle of the
        // heap, with something still in use above them, so the heap cannot just shrink.
        constexpr std::size_t Blocks = 400000;
        constexpr std::size_t BlockBytes = 120;
        std::vector<std::unique_ptr<char[]>> blocks(Blocks);
        for (auto &block : blocks) {
            block = std::make_unique<char[]>(BlockBytes);
            block[0] = 1; // touched: resident
        }
        auto stillInUse = std::make_unique<char[]>(BlockBytes);
        stillInUse[0] = 1;
        blocks.clear();
        blocks.shrink_to_fit();
        const qint64 before = residentmemory::totalKiB();

        app::MemoryTrim trim;
        trim.releaseNow();
        const qint64 after = residentmemory::totalKiB();
        // About 50 MiB were freed; most of it must have left the process.
        QVERIFY2(before - after > 30 * 1024,
            qPrintable(QStringLiteral("resident %1 KiB before the trim, %2 KiB after").arg(before).arg(after)));
#endif
    }

    void aLockGivesTheDecodedRecordsBack()
    {
        QTemporaryDir dir;
        QTemporaryDir settings;
        qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
        const QString path = dir.filePath(QStringLiteral("vault"));
        const auto created = demo::demovault::create(path, QDate::currentDate(), {1, 256, 1});
        QVERIFY(created.ok());
        app::AppServices services({path, false, app::AppServices::PatientFeed::None, false});
        app::VaultController *vault = services.vault();
        QSignalSpy released(services.memoryTrim(), &app::MemoryTrim::released);
        vault->unlockWithRecoveryKey(*created);
        QCOMPARE(vault->state(), app::VaultController::Unlocked);
        QTest::qWait(app::MemoryTrim::IdleMs + 300);
        QCOMPARE(released.count(), 0); // unlocking frees nothing: no trim
        vault->lock();
        QCOMPARE(vault->state(), app::VaultController::Locked);
        QVERIFY(released.wait(2 * app::MemoryTrim::IdleMs));
    }
};

QTEST_MAIN(TestMemoryTrim)
#include "tst_memorytrim.moc"
