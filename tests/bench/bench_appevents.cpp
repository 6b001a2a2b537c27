// SPDX-License-Identifier: GPL-3.0-or-later
// What the running app pays for a change, on vaults of 1,000 and 10,000 records (the demo
// story plus years of daily check-ins, progress entries and comments, imported through
// CareStore::importRecords), with the app's real controllers (AppServices, offscreen):
//  - unlock → usable Home: everything the app does after the key is known (the recovery key
//    is used so no Argon2id runs): the session's store, Home, every page controller, the
//    care-team workspace and the sync status, up to an idle event loop;
//  - one local save (progress on the open goal) → the goal list, the goal's progress history
//    and Home updated;
//  - one received record (a comment on the open goal written into the vault by another writer,
//    as a pull would, then the signal the sync engine emits after storing a pull) → in the
//    open goal's comment model.
// Baseline in the same run: one CareStore::load of the same vault (read, decrypt and decode
// every record), which is what "re-read the whole vault" costs. Left out: Argon2id, QML
// (no engine is loaded), the network.
#include "app/core/appservices.h"
#include "app/goals/goalcommentmodel.h"
#include "app/goals/goalscontroller.h"
#include "app/goals/progresshistorymodel.h"
#include "app/session/vaultcontroller.h"
#include "app/sync/syncstatus.h"
#include "benchutil.h"
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

/** The demo story grown to @p total records: 70 % check-ins, 20 % progress, 10 % comments. */
BuiltVault buildVault(const QString &path, int total)
{
    auto created = vault::Vault::create(path, crypto::SecureBuffer::copyOf("bench appevents passphrase"), {1, 1024, 1});
    if (!created)
        qFatal("bench: vault creation failed");
    demo::DemoStory story = demo::generateDemoStory(QDate::currentDate());
    const QList<domain::CheckIn> weekly = story.checkIns;
    const domain::ProgressEntry progress = story.progress.constFirst();
    const domain::Comment comment = story.comments.constFirst();
    const domain::CareRecords base = story.records();
    int count = int(base.members.size() + base.goals.size() + base.activities.size() + base.progress.size()
        + base.checkIns.size() + base.comments.size() + 2);
    for (int i = 0; count < total; ++i, ++count) {
        const QDateTime when = weekly.first().time.addDays(-1 - i / 3);
        if (i % 10 < 7) {
            domain::CheckIn c = weekly[i % weekly.size()];
            c.id.clear();
            c.time = when;
            story.checkIns.append(c);
        } else if (i % 10 < 9) {
            domain::ProgressEntry p = progress;
            p.id.clear();
            p.goalId = story.goals[i % story.goals.size()].id;
            p.date = when.date();
            story.progress.append(p);
        } else {
            domain::Comment c = comment;
            c.id.clear();
            c.time = when;
            story.comments.append(c);
        }
    }
    domain::CareStore store(*created->vault);
    if (!store.importRecords(story.records()))
        qFatal("bench: import failed");
    return {created->recoveryKey, story.goals.constFirst().id};
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void benchSize(int total)
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

    // Unlock to an idle event loop (the first run warms the page cache).
    std::vector<double> unlockRuns;
    for (int run = 0; run < 4; ++run) {
        QElapsedTimer timer;
        timer.start();
        vaults->unlockWithRecoveryKey(built.recoveryKey);
        QCoreApplication::processEvents();
        const double ms = msSince(timer);
        if (vaults->state() != app::VaultController::Unlocked)
            qFatal("bench: the app did not unlock");
        if (run > 0)
            unlockRuns.push_back(ms);
        if (run < 3)
            vaults->lock();
    }
    const double unlockMs = bench::median(unlockRuns);

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
    bench::report(QStringLiteral("appevents %1k: one local save to models updated").arg(total / 1000), saveMs, "ms",
        QStringLiteral("%1 × one load").arg(saveMs / loadMs, 0, 'f', 3));
    bench::report(QStringLiteral("appevents %1k: one received record to the model").arg(total / 1000), receiveMs, "ms",
        QStringLiteral("%1 × one load").arg(receiveMs / loadMs, 0, 'f', 3));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("CareCircleBench"));
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    for (int total : {1000, 10000})
        benchSize(total);
    return 0;
}
