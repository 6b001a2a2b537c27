// SPDX-License-Identifier: GPL-3.0-or-later
// How importing a realistic vault grows with its size: the demo story grown to 1 k, 10 k and
// 100 k records (demo/demohistory, as `carecircle-cli demo --records N` makes it), generated and
// written through CareStore::importRecords in batches of one transaction each.
// Included: generating the records, CareStore's staging (envelope encoding and its read-back
// check), sealing and writing. Left out: creating the vault (Argon2id, fast parameters here)
// and unlocking. Printed per size, with the time per record and the growth from 10 k to 100 k
// (1.0 is linear); then the same growth for Vault::putMany alone (random records of a
// check-in's size), which tells the vault's share from CareStore's.
#include "benchutil.h"
#include "crypto/random.h"
#include "demo/demohistory.h"
#include "demo/demostory.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace cc;

namespace {

const crypto::Argon2Params FastKdf {1, 1024, 1};

struct Timing {
    double generateMs = 0;
    double importMs = 0;
};

Timing importOnce(int records)
{
    QTemporaryDir dir;
    auto created =
        vault::Vault::create(dir.filePath(QStringLiteral("vault")), crypto::SecureBuffer::copyOf("bench"), FastKdf);
    if (!created)
        qFatal("bench: vault creation failed");
    const demo::DemoStory story = demo::generateDemoStory(QDate(2026, 12, 4));
    Timing t;
    QElapsedTimer clock;
    clock.start();
    int generated = 0;
    // Generation alone: the same batches, counted and dropped.
    (void)demo::demohistory::write(story, records, [&](const domain::CareRecords &batch) {
        generated += int(batch.checkIns.size() + batch.progress.size() + batch.comments.size());
        return Status {};
    });
    t.generateMs = double(clock.nsecsElapsed()) / 1e6;
    domain::CareStore store(*created->vault);
    clock.restart();
    const Status written = demo::demohistory::write(
        story, records, [&store](const domain::CareRecords &batch) { return store.importRecords(batch); });
    t.importMs = double(clock.nsecsElapsed()) / 1e6;
    if (!written || created->vault->recordCount() != records)
        qFatal("bench: import failed");
    return t;
}

/** Vault::putMany alone, @p records records of a check-in's size in batches of 5000: the
 *  vault's share of the growth. */
double writeOnlyUsPerRecord(int records)
{
    QTemporaryDir dir;
    auto created =
        vault::Vault::create(dir.filePath(QStringLiteral("vault")), crypto::SecureBuffer::copyOf("bench"), FastKdf);
    if (!created)
        qFatal("bench: vault creation failed");
    QList<vault::PlainRecord> all;
    for (int i = 0; i < records; ++i)
        all.append({created->vault->privateSpaceId(), crypto::randomBytes(16), crypto::randomBytes(380), false});
    QElapsedTimer clock;
    clock.start();
    for (int from = 0; from < records; from += 5000) {
        if (!created->vault->putMany(all.mid(from, 5000)))
            qFatal("bench: write failed");
    }
    return double(clock.nsecsElapsed()) / 1e3 / records;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QMap<int, double> perRecordUs;
    for (int records : {1000, 10000, 100000}) {
        const Timing t = importOnce(records);
        perRecordUs.insert(records, t.importMs * 1000 / records);
        bench::report(QStringLiteral("demo import (generate + write), %1 records").arg(records), t.importMs, "ms",
            QStringLiteral("%1 us/record; generating alone %2 ms")
                .arg(t.importMs * 1000 / records, 0, 'f', 1)
                .arg(t.generateMs, 0, 'f', 0));
    }
    bench::report(QStringLiteral("demo import growth 10 k -> 100 k, per record"),
        perRecordUs.value(100000) / perRecordUs.value(10000), "", QStringLiteral("1.0 is linear"));
    const double write10k = writeOnlyUsPerRecord(10000);
    const double write100k = writeOnlyUsPerRecord(100000);
    bench::report(QStringLiteral("vault writes alone (putMany), 10 k -> 100 k, per record"), write100k / write10k, "",
        QStringLiteral("%1 / %2 us per record; 1.0 is linear").arg(write10k, 0, 'f', 1).arg(write100k, 0, 'f', 1));
    return 0;
}
