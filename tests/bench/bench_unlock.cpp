// SPDX-License-Identifier: GPL-3.0-or-later
// Unlock of a vault with 10,000 records to a usable Home (Argon2id excluded; target ≤ 100 ms),
// and Argon2id at the vault's parameters reported on its own.
#include "app/home/caredata.h"
#include "benchutil.h"
#include "crypto/argon2id.h"
#include "demo/demostory.h"
#include "demo/demovault.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace cc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault"));
    const crypto::Argon2Params kdf = crypto::argon2::defaults();
    QByteArray passBytes = demo::demovault::passphrase().toUtf8();
    const crypto::SecureBuffer pass = crypto::SecureBuffer::takeFrom(passBytes);

    // The demo story, with years of extra check-ins to reach 10,000 records.
    {
        auto created = vault::Vault::create(path, pass, kdf);
        if (!created)
            qFatal("bench: vault creation failed");
        const QDate today = QDate::currentDate();
        demo::DemoStory story = demo::generateDemoStory(today);
        const QList<domain::CheckIn> weekly = story.checkIns;
        int base = int(story.members.size() + story.goals.size() + story.activities.size() + story.progress.size()
            + story.checkIns.size() + story.caregiverCheckIns.size() + story.comments.size() + 2);
        for (int i = 0; base < 10000; ++i, ++base) {
            domain::CheckIn c = weekly[i % weekly.size()];
            c.id.clear();
            c.time = weekly.first().time.addDays(-1 - i); // daily further back: stays after 1970
            story.checkIns.append(c);
        }
        domain::CareStore store(*created->vault);
        if (!store.importRecords(story.records()))
            qFatal("bench: import failed");
        if (store.checkIns().size() != story.checkIns.size() + story.caregiverCheckIns.size())
            qFatal("bench: not every check-in was stored");
    }

    auto opened = vault::Vault::open(path);
    if (!opened)
        qFatal("bench: open failed");
    const vault::PassphraseKdf slotKdf = *(*opened)->passphraseKdf();
    const double argonMs = bench::medianMs(3, [&] { (void)vault::Vault::derivePassphraseKey(pass, slotKdf); });
    const crypto::SecureBuffer kek = std::move(*vault::Vault::derivePassphraseKey(pass, slotKdf));

    // From opening the vault file to a filled Home (what the person waits for); tearing the
    // session down afterwards is not part of it.
    int records = 0;
    std::vector<double> runs;
    for (int run = 0; run < 6; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto v = vault::Vault::open(path);
        if (!v || !(*v)->unlockWithPassphraseKey(kek))
            qFatal("bench: unlock failed");
        auto store = std::make_unique<domain::CareStore>(**v);
        if (!store->load())
            qFatal("bench: load failed");
        auto home = std::make_unique<app::CareData>(nullptr);
        home->reload(store.get());
        if (!store->damaged().isEmpty())
            qFatal("bench: records failed to open");
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (run > 0) // the first run warms the page cache
            runs.push_back(ms);
        records = (*v)->recordCount();
    }
    std::sort(runs.begin(), runs.end());
    const double unlockMs = runs[runs.size() / 2];

    // Where the time goes, phase by phase, on an already unlocked vault.
    auto v = vault::Vault::open(path);
    (void)(*v)->unlockWithPassphraseKey(kek);
    const double readAllMs = bench::medianMs(5, [&] { (void)(*v)->readAll(); });
    domain::CareStore loaded(**v);
    const double loadMs = bench::medianMs(3, [&] {
        domain::CareStore store(**v);
        (void)store.load();
    });
    (void)loaded.load();
    const double homeMs = bench::medianMs(5, [&] {
        app::CareData home(nullptr);
        home.reload(&loaded);
    });
    bench::report(QStringLiteral("  phase: read and decrypt all records"), readAllMs, "ms");
    bench::report(QStringLiteral("  phase: read, decrypt and decode all records"), loadMs, "ms");
    bench::report(QStringLiteral("  phase: fill the Home models"), homeMs, "ms");
    bench::report(QStringLiteral("unlock to usable Home, Argon2id excluded"), unlockMs, "ms",
        QStringLiteral("%1 records; target <= 100 ms").arg(records));
    bench::report(QStringLiteral("Argon2id at the vault's parameters"), argonMs, "ms",
        QStringLiteral("m=%1 KiB, t=%2, p=%3")
            .arg(slotKdf.params.memoryKiB)
            .arg(slotKdf.params.iterations)
            .arg(slotKdf.params.parallelism));
    return 0;
}
