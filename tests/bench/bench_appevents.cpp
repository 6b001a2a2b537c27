// SPDX-License-Identifier: GPL-3.0-or-later
// What the running app pays for a change, on vaults of 1,000, 10,000 and 100,000 records (the demo
// story grown by demohistory, as `carecircle-cli demo --records N` makes it, imported through
// CareStore::importRecords), with the app's real controllers (AppServices, offscreen):
//  - unlock → usable Home: everything the app does after the key is known (the recovery key
//    is used so no Argon2id runs): the session's store, Home, every page controller, the
//    care-team workspace and the sync status, and one turn of the event loop; from 16 k rows
//    on that store holds the recent records and the older history follows a part per turn,
//    measured apart (unlock → every record read, and the longest turn meanwhile), as is the
//    first unlock, which has no load order yet and reads the whole vault;
//  - one local save (progress on the open goal) → the goal list, the goal's progress history
//    and Home updated;
//  - one check-in saved through the Check-in page's controller → its history (every check-in,
//    newest first), Trends and Home updated;
//  - one received record (a comment on the open goal written into the vault by another writer,
//    as a pull would, then the signal the sync engine emits after storing a pull) → in the
//    open goal's comment model.
// Baseline in the same run: one CareStore::load of the same vault (read, decrypt and decode
// every record), which is what "re-read the whole vault" costs. Left out: Argon2id, QML
// (no engine is loaded), the network. At the end, how each figure grows from 10 k to 100 k.
// `bench_appevents --records N` runs one size only (for a profiler: `perf record -g -- …`).
#include "app/checkin/checkincontroller.h"
#include "app/checkin/checkinhistorymodel.h"
#include "app/checkin/trendscontroller.h"
#include "app/core/appservices.h"
#include "app/goals/goalcommentmodel.h"
#include "app/goals/goalscontroller.h"
#include "app/goals/progresshistorymodel.h"
#include "app/session/vaultcontroller.h"
#include "app/sync/syncstatus.h"
#include "benchutil.h"
#include "common/residentmemory.h"
#include "demo/demohistory.h"
#include "demo/demostory.h"
#include "domain/carestore.h"
#include "sync/syncengine.h"
#include "vault/vault.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace cc;

namespace {

struct BuiltVault {
    QString recoveryKey;
    QByteArray goalId; ///< the goal the saves and the received comments are about
};

/** The demo story grown to @p total records by the generator `carecircle-cli demo --records`
 *  uses (years of daily check-ins, walks, sensor readings, comments, done logs). */
BuiltVault buildVault(const QString &path, int total)
{
    auto created = vault::Vault::create(path, crypto::SecureBuffer::copyOf("bench appevents passphrase"), {1, 1024, 1});
    if (!created)
        qFatal("bench: vault creation failed");
    domain::CareStore store(*created->vault);
    const Status written = demo::demohistory::write(demo::generateDemoStory(QDate::currentDate()), total,
        [&store](const domain::CareRecords &batch) { return store.importRecords(batch); });
    if (!written)
        qFatal("bench: import failed");
    // The goal with the most progress entries: the one she opens to log her walk.
    QByteArray goalId;
    qsizetype most = -1;
    for (const domain::Goal &goal : store.goals()) {
        const qsizetype entries = store.progressOf(goal.id).size();
        if (entries > most) {
            most = entries;
            goalId = goal.id;
        }
    }
    return {created->recoveryKey, goalId};
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figures {
    double unlockMs = 0;
    double saveMs = 0;
    double checkInMs = 0;
    double receiveMs = 0;
    double residentMiB = 0; ///< the process after the run (peak: VmHWM)
};

Figures benchSize(int total)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault"));
    const BuiltVault built = buildVault(path, total);
    const QString goalHex = QString::fromLatin1(built.goalId.toHex());

    app::AppServices services({path, false, app::AppServices::PatientFeed::None, false});
    app::VaultController *vaults = services.vault();
    const int records = [&] {
        auto v = vault::Vault::open(path);
        return v ? (*v)->recordCount() : 0;
    }();

    // Baseline: one whole-vault read of the same vault.
    if (!vaults->vault()->unlockWithRecoveryKey(built.recoveryKey))
        qFatal("bench: unlock failed");
    const double loadMs = bench::medianMs(3, [&] {
        domain::CareStore store(*vaults->vault());
        if (!store.load())
            qFatal("bench: load failed");
    });
    vaults->vault()->lock();

    // Unlock to usable Home: the unlock and one turn of the event loop. From 16 k rows on, the
    // app reads the recent records first and the older history afterwards, a part per turn
    // (VaultController::loadingHistory); that rest is measured on its own, with the longest
    // turn it takes (what a user scrolling meanwhile could feel). The first unlock has no load
    // order yet (as after an update or a restore): it reads the whole vault and writes one.
    std::vector<double> unlockRuns;
    std::vector<double> restRuns;
    std::vector<double> turns;
    double firstUnlockMs = 0;
    for (int run = 0; run < 4; ++run) {
        QElapsedTimer timer;
        timer.start();
        vaults->unlockWithRecoveryKey(built.recoveryKey);
        QCoreApplication::processEvents();
        const double ms = msSince(timer);
        if (vaults->state() != app::VaultController::Unlocked)
            qFatal("bench: the app did not unlock");
        while (vaults->loadingHistory()) {
            QElapsedTimer turn;
            turn.start();
            QCoreApplication::processEvents();
            if (run > 0)
                turns.push_back(msSince(turn));
        }
        if (run == 0) {
            firstUnlockMs = ms;
        } else {
            unlockRuns.push_back(ms);
            restRuns.push_back(msSince(timer));
        }
        if (run < 3)
            vaults->lock();
    }
    const double unlockMs = bench::median(unlockRuns);
    const double allReadMs = bench::median(restRuns);
    const double longestTurnMs = turns.empty() ? 0 : *std::max_element(turns.begin(), turns.end());
    const double medianTurnMs = turns.empty() ? 0 : bench::median(turns);

    // One local save: progress on the open goal.
    app::GoalsController *goals = services.goals();
    goals->setSelectedGoalId(goalHex);
    std::vector<double> saveRuns;
    for (int run = 0; run < 5; ++run) {
        const int before = goals->progress()->count();
        QElapsedTimer timer;
        timer.start();
        if (!goals->logProgress(goalHex, run % 11, {}))
            qFatal("bench: logProgress failed");
        QCoreApplication::processEvents();
        saveRuns.push_back(msSince(timer));
        if (goals->progress()->count() != before + 1)
            qFatal("bench: the progress history did not show the saved entry");
    }
    const double saveMs = bench::median(saveRuns);

    // One check-in, as the Check-in page saves it.
    app::CheckInController *checkIns = services.checkIn();
    std::vector<double> checkInRuns;
    for (int run = 0; run < 5; ++run) {
        const int before = checkIns->history()->count();
        const int chartedBefore = services.trends()->checkInCount();
        if (!checkIns->setRating(QStringLiteral("body"), run % 11) || !checkIns->setRating(QStringLiteral("mind"), 5))
            qFatal("bench: the check-in draft refused a rating");
        QElapsedTimer timer;
        timer.start();
        if (!checkIns->saveCheckIn().isEmpty())
            qFatal("bench: saveCheckIn failed");
        QCoreApplication::processEvents();
        checkInRuns.push_back(msSince(timer));
        if (checkIns->history()->count() != before + 1)
            qFatal("bench: the check-in history did not show the saved check-in");
        if (services.trends()->checkInCount() != chartedBefore + 1)
            qFatal("bench: Trends did not take in the saved check-in");
    }
    const double checkInMs = bench::median(checkInRuns);

    // One received record: another writer puts a comment on the open goal into the vault, then
    // the engine's signal; measured until the goal's comment model shows it.
    domain::CareStore other(*vaults->vault());
    sync::SyncEngine *engine = services.syncStatus()->engine();
    if (!engine)
        qFatal("bench: no sync engine");
    std::vector<double> receiveRuns;
    for (int run = 0; run < 5; ++run) {
        domain::Comment c;
        c.targetId = built.goalId;
        c.targetKind = QStringLiteral("goal");
        c.authorAccount = QByteArray(16, 'x');
        c.authorName = QStringLiteral("Other device");
        c.text = {QStringLiteral("Received %1").arg(run), QStringLiteral("en")};
        c.time = QDateTime::currentDateTimeUtc();
        const int before = goals->comments()->count();
        QElapsedTimer timer;
        timer.start();
        if (!other.save(c))
            qFatal("bench: writing the received comment failed");
        Q_EMIT engine->recordsChanged({c.id});
        QCoreApplication::processEvents();
        receiveRuns.push_back(msSince(timer));
        if (goals->comments()->count() != before + 1)
            qFatal("bench: the received comment did not reach the comment model");
    }
    const double receiveMs = bench::median(receiveRuns);

    const QString size = QStringLiteral("%1 records").arg(records);
    bench::report(QStringLiteral("appevents %1k: baseline one CareStore::load").arg(total / 1000), loadMs, "ms", size);
    bench::report(QStringLiteral("appevents %1k: unlock to usable Home, Argon2id excluded").arg(total / 1000), unlockMs,
        "ms", QStringLiteral("%1 × one load").arg(unlockMs / loadMs, 0, 'f', 2));
    bench::report(
        QStringLiteral("appevents %1k: unlock to every record read, the older history by parts").arg(total / 1000),
        allReadMs, "ms",
        QStringLiteral("%1 × one load; turns of the event loop meanwhile: longest %2 ms, median %3 ms")
            .arg(allReadMs / loadMs, 0, 'f', 2)
            .arg(longestTurnMs, 0, 'f', 1)
            .arg(medianTurnMs, 0, 'f', 1));
    bench::report(QStringLiteral("appevents %1k: first unlock, no load order yet (reads whole)").arg(total / 1000),
        firstUnlockMs, "ms", QStringLiteral("%1 × one load").arg(firstUnlockMs / loadMs, 0, 'f', 2));
    bench::report(QStringLiteral("appevents %1k: one local save to models updated").arg(total / 1000), saveMs, "ms",
        QStringLiteral("%1 × one load").arg(saveMs / loadMs, 0, 'f', 3));
    bench::report(QStringLiteral("appevents %1k: one check-in saved to its history, Trends and Home").arg(total / 1000),
        checkInMs, "ms", QStringLiteral("%1 × one load").arg(checkInMs / loadMs, 0, 'f', 3));
    bench::report(QStringLiteral("appevents %1k: one received record to the model").arg(total / 1000), receiveMs, "ms",
        QStringLiteral("%1 × one load").arg(receiveMs / loadMs, 0, 'f', 3));
    return {unlockMs, saveMs, checkInMs, receiveMs, double(residentmemory::peakKiB()) / 1024.0};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("CareCircleBench"));
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--records")); at > 0 && at + 1 < args.size()) {
        benchSize(args.at(at + 1).toInt());
        return 0;
    }
    const Figures small = benchSize(1000);
    const Figures ten = benchSize(10000);
    const Figures hundred = benchSize(100000);
    // Growth from 10 k to 100 k records: 10 would be linear in the vault; the pages' own
    // records (the open goal's history, every check-in in the history) grow 10× as well.
    const auto growth = [&](const char *what, double a, double b, const char *target) {
        bench::report(QStringLiteral("appevents growth 10k -> 100k: %1").arg(QLatin1StringView(what)), b / a, "×",
            QLatin1StringView(target));
    };
    growth("unlock to usable Home", ten.unlockMs, hundred.unlockMs, "targets 100 ms at 10 k and 300 ms at 100 k");
    growth("one local save", ten.saveMs, hundred.saveMs, "target <= 16 ms at 100 k");
    growth("one check-in saved", ten.checkInMs, hundred.checkInMs, "");
    growth("one received record", ten.receiveMs, hundred.receiveMs, "target <= 50 ms at 100 k");
    // The peak so far after each size: the 100 k run's includes its own vault and store.
    bench::report(QStringLiteral("appevents peak RSS 100k / 1k, controllers without QML"),
        hundred.residentMiB / small.residentMiB, "×",
        QStringLiteral("%1 / %2 MiB; target <= 1.5 with every page open")
            .arg(hundred.residentMiB, 0, 'f', 1)
            .arg(small.residentMiB, 0, 'f', 1));
    return 0;
}
