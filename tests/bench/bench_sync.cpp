// SPDX-License-Identifier: GPL-3.0-or-later
// Sync figures over loopback against a real carecircle-server (SQLite):
//  - the initial pull of 10,000 records into an empty linked device, against importing the
//    same sealed records, with record proofs as pushed (one tree per 500), into a fresh vault
//    of the account in the same run with the same checks and writes: RecordApplier::planPulled
//    (header, space, author device, record proof, opening, decoding, clock) and Vault::storeSynced (one
//    transaction per page of 1,000 with the cursor). The local import leaves out what only a
//    pull has: the network, the server's work, JSON and base64, logging in, and fetching and
//    checking the device list (ratio; target <= 1.5);
//  - edit-to-visible latency with the app's controllers on both sides (AppServices, as main()
//    builds them) on vaults of 10,000 records: from saving a goal on the phone, through the
//    app's push delay, the push, the hint and the pull, to the tablet's session announcing
//    data that holds the edit (median and p95 over 50 edits; targets <= 150 / <= 300 ms).
// Waits run the event loop as the app's does (eventwait.h), never QTest::qWaitFor, whose 10 ms
// sleeps between rounds of events would add to every exchange and hop being measured.
// Figures only: nothing here asserts a time. CC_BENCH_SYNC=pull runs the initial pulls (and
// their local imports) alone and prints each pull's window in CLOCK_MONOTONIC seconds, for
//   perf record -k CLOCK_MONOTONIC --call-graph dwarf … ; perf report --time START,END
// (one window at a time).
#include "app/core/appservices.h"
#include "app/session/session.h"
#include "app/session/vaultcontroller.h"
#include "app/sync/syncstatus.h"
#include "benchutil.h"
#include "domain/envelope.h"
#include "protocol/recordproof.h"
#include "protocol/sealedrecord.h"
#include "serverprocess.h"
#include "sync/devicelink.h"
#include "sync/recordapplier.h"
#include "syncdevice.h"
#include "vault/keystore.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace cc;
using namespace cc::testing;

namespace {

constexpr int Records = 10000;
constexpr int Edits = 50;

bool fail(const char *what)
{
    std::fprintf(stderr, "bench_sync: %s\n", what);
    return false;
}

bool link(const QUrl &server, Device &first, Device &second)
{
    const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(FastKdf);
    auto kek = vault::Vault::derivePassphraseKey(passphrase(), kdf);
    if (!kek)
        return false;
    sync::LinkOffer offer(*first.vault, nullptr);
    sync::LinkAccept accept(nullptr);
    std::optional<Status> offered;
    std::optional<Status> accepted;
    QObject::connect(&offer, &sync::LinkOffer::codeReady, [&](const QString &code) {
        accept.start(server, code, second.path(), kdf, *kek, QStringLiteral("Bench tablet"));
    });
    QObject::connect(&offer, &sync::LinkOffer::finished, [&](const Status &s) { offered = s; });
    QObject::connect(&accept, &sync::LinkAccept::finished, [&](const Status &s) { accepted = s; });
    offer.start();
    (void)waitFor([&] { return offered && accepted; }, 30000);
    if (!offered || !accepted || !*offered || !*accepted)
        return false;
    return second.open(*kek);
}

/** Milliseconds to check and store @p wire in a fresh vault of @p phone's account, page by
 *  page as a pull does; -1 on failure. */
double localImport(Device &phone, const QList<protocol::WireRecord> &wire, const QByteArray &devicePub)
{
    constexpr int Page = 1000; // the engine's pull page
    auto material = phone.vault->accountMaterial();
    Device local;
    const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(FastKdf);
    auto kek = vault::Vault::derivePassphraseKey(passphrase(), kdf);
    auto fresh = vault::Vault::createForAccount(local.path(), kdf, *kek, *material);
    if (!fresh)
        return fail("could not create the local comparison vault") ? 0 : -1;
    domain::HlcClock clock((*fresh)->deviceId());
    sync::RecordApplier applier(**fresh, clock);
    QElapsedTimer timer;
    timer.start();
    applier.setDeviceKeys({{phone.vault->deviceId(), devicePub}});
    const QByteArray space = phone.vault->privateSpaceId();
    int applied = 0;
    for (qsizetype from = 0; from < wire.size(); from += Page) {
        const QList<protocol::WireRecord> page = wire.mid(from, Page);
        const sync::ApplyPlan plan = applier.planPulled(space, page);
        if (!plan.refused.isEmpty() || !(*fresh)->storeSynced(plan.incoming, plan.merged, space, page.last().seq))
            return fail("a record was refused or not stored locally") ? 0 : -1;
        applied += plan.applied();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return applied == wire.size() ? ms : (fail("not every record was imported locally") ? 0 : -1);
}

double monotonicSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/** Milliseconds of the initial pull of a device newly linked to @p phone's account; -1 on failure. */
double timedPull(ServerProcess &server, Device &phone, Device &tablet)
{
    if (!link(server.baseUrl(), phone, tablet))
        return fail("could not link") ? 0 : -1;
    QElapsedTimer pullTimer;
    pullTimer.start();
    const double pullStart = monotonicSeconds();
    const SyncResult pulled = tablet.sync(120000);
    const double pullMs = double(pullTimer.nsecsElapsed()) / 1e6;
    // For perf record -k CLOCK_MONOTONIC: perf report --time START,END shows the pull alone.
    if (qEnvironmentVariable("CC_BENCH_SYNC") == QLatin1String("pull"))
        std::fprintf(stderr, "bench_sync: pull window %.6f,%.6f\n", pullStart, monotonicSeconds());
    if (!pulled.status || pulled.pulled != Records)
        return fail("the pull did not bring every record") ? 0 : -1;
    return pullMs;
}

/** The same sealed bytes with proofs as the phone pushed them: one tree per push chunk of 500
 *  records in record-id order (SyncEngine, Vault::dirtyRecords), so the local import verifies as
 *  many trees and hashes as many paths as the pull did. Empty on failure. */
QList<protocol::WireRecord> pushedAsWire(Device &tablet, const crypto::KeyPair &deviceKey)
{
    QList<protocol::WireRecord> wire;
    auto contents = tablet.vault->readAll();
    if (!contents) {
        fail("could not read the pulled records");
        return {};
    }
    QList<QByteArray> ids;
    for (const vault::OpenedRecord &r : contents->records)
        ids.append(r.header.recordId);
    std::sort(ids.begin(), ids.end());
    constexpr qsizetype PushChunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += PushChunk) {
        QList<QByteArray> sealed;
        for (const QByteArray &id : ids.mid(from, PushChunk))
            sealed.append(tablet.vault->storedRecord(id)->sealed);
        auto proofs = protocol::recordproof::sign(deviceKey.secretKey, sealed);
        if (!proofs) {
            fail("could not sign");
            return {};
        }
        for (qsizetype i = 0; i < sealed.size(); ++i)
            wire.append({sealed.at(i), proofs->at(i), qint64(wire.size() + 1)});
    }
    return wire;
}

/**
 * The initial pull into a newly linked device and the local import of the same records, in
 * turn, PullRounds times each: a disk stall (a checkpoint's flush) lands on whichever side
 * writes then, so the figure compares the median of each side.
 */
bool initialPull(ServerProcess &server)
{
    constexpr int PullRounds = 3;
    Device phone;
    if (!phone.create() || !writeProgress(*phone.vault, Records))
        return fail("could not fill the first vault");
    if (!phone.connectTo(server.baseUrl()) || phone.engine->pendingChanges() != 0)
        return fail("could not connect and push");
    auto deviceKey = phone.vault->deviceSigningKey(false);
    if (!deviceKey)
        return fail("no device key");

    std::vector<double> pulls;
    std::vector<double> imports;
    QList<protocol::WireRecord> wire;
    for (int round = 0; round < PullRounds; ++round) {
        Device tablet;
        pulls.push_back(timedPull(server, phone, tablet));
        if (pulls.back() < 0)
            return false;
        if (wire.isEmpty())
            wire = pushedAsWire(tablet, *deviceKey);
        if (wire.size() != Records)
            return fail("the pulled records could not be read back");
        imports.push_back(localImport(phone, wire, deviceKey->publicKey));
        if (imports.back() < 0)
            return false;
    }
    const double pullMs = bench::median(pulls);
    const double localMs = bench::median(imports);
    const QString of = QStringLiteral(", median of %1").arg(PullRounds);
    bench::report(QStringLiteral("initial pull of 10000 records over loopback") + of, pullMs, "ms");
    bench::report(QStringLiteral("import the same 10000 records locally with the same checks") + of, localMs, "ms");
    bench::report(QStringLiteral("initial pull / local import with the same checks") + of, pullMs / localMs, "x",
        QStringLiteral("target <= 1.5"));
    return true;
}

/** The app on an existing vault, unlocked with the tests' passphrase; its engine starts. */
std::unique_ptr<app::AppServices> openApp(const QString &path)
{
    auto services =
        std::make_unique<app::AppServices>(app::AppServices::Config {path}, std::make_unique<vault::MemoryKeystore>());
    services->vault()->unlock(QString::fromUtf8(Passphrase));
    if (!waitFor([&] { return services->vault()->state() == app::VaultController::Unlocked; }, 60000))
        return nullptr;
    return services;
}

bool settled(app::AppServices &services)
{
    return services.syncStatus()->status() == app::SyncStatus::UpToDate && services.syncStatus()->pendingChanges() == 0;
}

bool editLatency(ServerProcess &server)
{
    // Two linked devices of one account holding 10,000 records and a goal, made with the engine.
    QByteArray goalId;
    Device phoneVault;
    Device tabletVault;
    {
        domain::Goal goal = sampleGoal(QStringLiteral("Latency 0"));
        if (!phoneVault.create() || !writeProgress(*phoneVault.vault, Records) || !phoneVault.store()->save(goal)
            || !phoneVault.connectTo(server.baseUrl()) || !link(server.baseUrl(), phoneVault, tabletVault)
            || !tabletVault.sync(120000).status)
            return fail("could not prepare two linked vaults");
        goalId = goal.id; // given by save()
        phoneVault.close();
        tabletVault.close();
    }
    // The app on both, as main() builds it.
    auto phone = openApp(phoneVault.path());
    auto tablet = openApp(tabletVault.path());
    if (!phone || !tablet)
        return fail("the app did not unlock");
    if (!waitFor([&] { return settled(*phone) && settled(*tablet); }, 60000))
        return fail("the devices did not settle");
    QTest::qWait(1000); // hint sockets authenticated and the rounds they start done
    if (!waitFor([&] { return settled(*phone) && settled(*tablet); }, 60000))
        return fail("the devices did not settle");

    QString expected;
    QElapsedTimer timer;
    std::optional<double> seenAfter;
    QObject::connect(tablet->session(), &app::Session::dataChanged, [&] {
        const domain::Goal *goal = tablet->session()->store()->goal(goalId);
        if (!seenAfter && goal && goal->whatMattersToMe.text == expected)
            seenAfter = double(timer.nsecsElapsed()) / 1e6;
    });
    std::vector<double> latencies;
    for (int i = 1; i <= Edits; ++i) {
        expected = QStringLiteral("Latency %1").arg(i);
        seenAfter.reset();

        const domain::Goal *current = phone->session()->store()->goal(goalId);
        if (!current)
            return fail("the goal is not on the phone");
        domain::Goal edited = *current;
        edited.whatMattersToMe.text = expected;
        timer.start();
        // What a page does on an edit: save, then announce (the push follows after its delay).
        if (!phone->session()->store()->save(edited))
            return fail("could not save");
        phone->session()->notifyChanged();
        if (!waitFor([&] { return seenAfter.has_value(); }, 10000))
            return fail("an edit did not arrive");
        latencies.push_back(*seenAfter);
        (void)waitFor([&] { return settled(*phone) && settled(*tablet); }, 10000);
    }
    std::sort(latencies.begin(), latencies.end());
    bench::report(QStringLiteral("edit-to-visible latency, app on both sides, 10000-record vaults, median of 50"),
        latencies[latencies.size() / 2], "ms", QStringLiteral("target <= 150"));
    bench::report(QStringLiteral("edit-to-visible latency, app on both sides, 10000-record vaults, p95 of 50"),
        latencies[std::min(latencies.size() - 1, latencies.size() * 95 / 100)], "ms", QStringLiteral("target <= 300"));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the app's services expect a GUI application (offscreen)
    QStandardPaths::setTestModeEnabled(true);
    ServerProcess server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(server.lastError()));
        return 1;
    }
    // CC_BENCH_SYNC=pull runs the initial pulls only (for a profiler: perf record -g).
    const bool pullOnly = qEnvironmentVariable("CC_BENCH_SYNC") == QLatin1String("pull");
    const bool ok = initialPull(server) && (pullOnly || editLatency(server));
    server.stop();
    return ok ? 0 : 1;
}
