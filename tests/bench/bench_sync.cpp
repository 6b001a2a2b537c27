// SPDX-License-Identifier: GPL-3.0-or-later
// Sync figures over loopback against a real carecircle-server (SQLite):
//  - the initial pull of 10,000 records into an empty linked device, against decrypting and
//    storing the same sealed records locally in the same run (ratio; target ≤ 2);
//  - edit-to-visible latency between two linked devices with hints (median and p95 over 50
//    edits; target median ≤ 250 ms).
// Figures only: nothing here asserts a time.
#include "benchutil.h"
#include "domain/envelope.h"
#include "serverprocess.h"
#include "sync/devicelink.h"
#include "syncdevice.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

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
    (void)QTest::qWaitFor([&] { return offered && accepted; }, 30000);
    if (!offered || !accepted || !*offered || !*accepted)
        return false;
    return second.open(*kek);
}

bool initialPull(ServerProcess &server)
{
    Device phone;
    if (!phone.create() || !writeProgress(*phone.vault, Records))
        return fail("could not fill the first vault");
    if (!phone.connectTo(server.baseUrl()) || phone.engine->pendingChanges() != 0)
        return fail("could not connect and push");
    Device tablet;
    if (!link(server.baseUrl(), phone, tablet))
        return fail("could not link");

    QElapsedTimer pullTimer;
    pullTimer.start();
    const SyncResult pulled = tablet.sync(120000);
    const double pullMs = double(pullTimer.nsecsElapsed()) / 1e6;
    if (!pulled.status || pulled.pulled != Records)
        return fail("the pull did not bring every record");

    // The same sealed bytes, opened and stored in a fresh vault of the account, without a network.
    QList<QByteArray> sealed;
    {
        auto contents = tablet.vault->readAll();
        if (!contents)
            return fail("could not read the pulled records");
        for (const vault::OpenedRecord &r : contents->records)
            sealed.append(tablet.vault->storedRecord(r.header.recordId)->sealed);
    }
    auto material = phone.vault->accountMaterial();
    Device local;
    const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(FastKdf);
    auto kek = vault::Vault::derivePassphraseKey(passphrase(), kdf);
    auto fresh = vault::Vault::createForAccount(local.path(), kdf, *kek, *material);
    if (!fresh)
        return fail("could not create the local comparison vault");
    QElapsedTimer localTimer;
    localTimer.start();
    QList<vault::IncomingRecord> incoming;
    incoming.reserve(sealed.size());
    for (const QByteArray &bytes : sealed) {
        auto opened = (*fresh)->openSealed(bytes);
        if (!opened || !domain::RecordEnvelope::decode(opened->payload))
            return fail("a record did not open locally");
        incoming.append({bytes, 1});
    }
    if (!(*fresh)->storeSynced(incoming, {}, phone.vault->privateSpaceId(), Records))
        return fail("could not store locally");
    const double localMs = double(localTimer.nsecsElapsed()) / 1e6;

    bench::report(QStringLiteral("initial pull of 10000 records over loopback"), pullMs, "ms");
    bench::report(QStringLiteral("open and store the same 10000 records locally"), localMs, "ms");
    bench::report(
        QStringLiteral("initial pull / local open and store"), pullMs / localMs, "x", QStringLiteral("target <= 2"));
    return true;
}

bool editLatency(ServerProcess &server)
{
    Device phone;
    if (!phone.create())
        return fail("could not create a vault");
    domain::Goal goal = sampleGoal(QStringLiteral("Latency 0"));
    if (!phone.store()->save(goal) || !phone.connectTo(server.baseUrl()))
        return fail("could not connect");
    Device tablet;
    if (!link(server.baseUrl(), phone, tablet))
        return fail("could not link");
    phone.engine->start();
    tablet.engine->start();
    if (!QTest::qWaitFor(
            [&] {
                return phone.engine->state() == sync::SyncEngine::State::UpToDate
                    && tablet.engine->state() == sync::SyncEngine::State::UpToDate;
            },
            20000))
        return fail("the devices did not settle");
    QTest::qWait(300); // hint sockets authenticated

    auto store = phone.store();
    bool seen = false;
    QString expected;
    QObject::connect(tablet.engine.get(), &sync::SyncEngine::recordsChanged, [&] {
        auto record = tablet.vault->get(goal.id);
        if (record) {
            auto envelope = domain::RecordEnvelope::decode(record->payload);
            auto typed =
                envelope ? domain::recordFromEnvelope<domain::Goal>(*envelope) : Result<domain::Goal>(Error {});
            if (typed && typed->whatMattersToMe.text == expected)
                seen = true;
        }
    });
    std::vector<double> latencies;
    for (int i = 1; i <= Edits; ++i) {
        expected = QStringLiteral("Latency %1").arg(i);
        seen = false;
        domain::Goal edited = *store->goal(goal.id);
        edited.whatMattersToMe.text = expected;
        QElapsedTimer timer;
        timer.start();
        if (!store->save(edited))
            return fail("could not save");
        phone.engine->syncNow(); // what the app does after a local edit
        if (!QTest::qWaitFor([&] { return seen; }, 10000))
            return fail("an edit did not arrive");
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
        QTest::qWait(20);
    }
    phone.engine->stop();
    tablet.engine->stop();
    std::sort(latencies.begin(), latencies.end());
    bench::report(QStringLiteral("edit-to-visible latency, median of 50"), latencies[latencies.size() / 2], "ms",
        QStringLiteral("target <= 250"));
    bench::report(QStringLiteral("edit-to-visible latency, p95 of 50"),
        latencies[std::min(latencies.size() - 1, latencies.size() * 95 / 100)], "ms");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ServerProcess server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(server.lastError()));
        return 1;
    }
    const bool ok = initialPull(server) && editLatency(server);
    server.stop();
    return ok ? 0 : 1;
}
