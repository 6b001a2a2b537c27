// SPDX-License-Identifier: GPL-3.0-or-later
// carecircle-load: N concurrent protocol clients (one thread, one account, one private space
// each) pushing and pulling over loopback against real carecircle-server processes: one on
// SQLite, then two instances on one PostgreSQL database (clients alternate between them).
// Bounded in count and time. Prints "bench:" lines: records/s, push and pull latency
// percentiles, and the servers' RSS from /proc. See README.md for the modes.
#include "serverprocess.h"
#include "servertestkit.h"

#include "protocol/proofs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace cc::testing;

namespace {

struct Options {
    int clients = 8;
    int batch = 100; ///< records per push
    int pushes = 200; ///< per client, at most
    double seconds = 20; ///< per phase, at most
    int pullEvery = 4; ///< a pull after every this many pushes
    QStringList serverArgs; ///< extra carecircle-server options (--record-signatures trust)
    bool signedOnce = true; ///< one signature per push, as the app pushes; else one per record
    int rounds = 3; ///< one-client and N-client phases, in turn; records/s is the median round
};

struct ClientResult {
    std::vector<double> pushMs, pullMs;
    qint64 records = 0;
    QString error;
};

/** Resident set size of @p pid in MiB (VmRSS), 0 if unreadable. */
double rssMiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

void report(const QString &name, double value, const char *unit, const QString &note = {})
{
    std::printf("bench: %s = %.3f %s%s\n", qUtf8Printable(name), value, unit,
        note.isEmpty() ? "" : qUtf8Printable(QStringLiteral("  (") + note + QStringLiteral(")")));
    std::fflush(stdout);
}

/** The push bodies of one client, sealed and signed before the clock starts: by default as
 *  the app pushes (signed once over the tree of the push, protocol/recordproof.h). */
QList<QByteArray> pushBodies(const TestAccount &a, const Options &o)
{
    QList<QByteArray> bodies;
    for (int p = 0; p < o.pushes; ++p) {
        QList<QByteArray> sealed;
        for (int i = 0; i < o.batch; ++i) {
            // A typical small record: 200 bytes of payload.
            sealed.append(
                sealRecord(a.spaceKey, a.space, randomId(), a.device.id, QByteArray(200, char('a' + i % 26))));
        }
        QJsonObject body;
        if (o.signedOnce) {
            body = signedOncePush(sealed, a.device);
        } else {
            QJsonArray items;
            for (const QByteArray &record : sealed)
                items.append(pushItem(record, a.device));
            body.insert(QStringLiteral("records"), items);
        }
        bodies.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return bodies;
}

/** One client's whole life: set-up, wait for @p go, then push (and pull) until done. */
ClientResult runClient(const QUrl &base, const Options &o, std::atomic<int> &ready, const std::atomic<bool> &go,
    const QElapsedTimer &clock, qint64 deadlineMs)
{
    ClientResult out;
    Http http(base);
    const TestAccount a = TestAccount::create();
    if (!registerAccount(http, a)) {
        out.error = QStringLiteral("registration failed");
        ++ready;
        return out;
    }
    const QString token = login(http, a.device);
    const QList<QByteArray> bodies = pushBodies(a, o);
    const QString path = QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space));
    ++ready;
    while (!go.load())
        QThread::msleep(5);
    qint64 pulledTo = 0;
    for (qsizetype p = 0; p < bodies.size() && clock.elapsed() < deadlineMs; ++p) {
        QElapsedTimer t;
        t.start();
        const Reply r = http.send("POST", path, bodies.at(p), token);
        if (r.status != 200) {
            out.error = QStringLiteral("push: %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(200)));
            return out;
        }
        out.pushMs.push_back(double(t.nsecsElapsed()) / 1e6);
        out.records += o.batch;
        if ((p + 1) % o.pullEvery == 0) {
            t.restart();
            const Reply page = http.get(path + QStringLiteral("?since=%1&limit=1000").arg(pulledTo), token);
            if (page.status != 200) {
                out.error = QStringLiteral("pull: %1").arg(page.status);
                return out;
            }
            out.pullMs.push_back(double(t.nsecsElapsed()) / 1e6);
            pulledTo = qint64(page.json.value(QStringLiteral("next")).toDouble());
        }
    }
    return out;
}

struct PhaseResult {
    double recordsPerSecond = 0;
    std::vector<double> pushMs, pullMs;
    double idleRss = 0, peakRss = 0; ///< summed over the servers
    bool ok = true;
};

/** @p o.clients clients spread over @p servers, all started together; RSS sampled meanwhile. */
PhaseResult runPhase(const QList<ServerProcess *> &servers, const Options &o)
{
    PhaseResult res;
    for (ServerProcess *s : servers)
        res.idleRss += rssMiB(s->pid());
    std::atomic<int> ready {0};
    std::atomic<bool> go {false};
    QElapsedTimer clock;
    const qint64 deadlineMs = qint64(o.seconds * 1000);
    std::vector<ClientResult> results(size_t(o.clients));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < o.clients; ++c) {
        const QUrl base = servers.at(c % servers.size())->baseUrl();
        threads.emplace_back(
            QThread::create([&, c, base] { results[size_t(c)] = runClient(base, o, ready, go, clock, deadlineMs); }));
        threads.back()->start();
    }
    // The servers' stderr is drained by this thread's event loop (QProcess): keep it turning.
    while (ready.load() < o.clients)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    clock.start();
    go = true;
    auto running = [&] {
        return std::any_of(threads.begin(), threads.end(), [](const auto &t) { return t->isRunning(); });
    };
    while (running()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        double rss = 0;
        for (ServerProcess *s : servers)
            rss += rssMiB(s->pid());
        res.peakRss = std::max(res.peakRss, rss);
        QThread::msleep(20);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    qint64 records = 0;
    for (ClientResult &r : results) {
        if (!r.error.isEmpty()) {
            std::fprintf(stderr, "client: %s\n", qPrintable(r.error));
            res.ok = false;
        }
        records += r.records;
        res.pushMs.insert(res.pushMs.end(), r.pushMs.begin(), r.pushMs.end());
        res.pullMs.insert(res.pullMs.end(), r.pullMs.begin(), r.pullMs.end());
    }
    res.recordsPerSecond = double(records) / seconds;
    for (ServerProcess *s : servers)
        s->log(); // drain what is left
    return res;
}

/** The rounds of one phase: records/s of the median round; latencies, RSS and errors of all. */
PhaseResult overRounds(const std::vector<PhaseResult> &rounds)
{
    PhaseResult all;
    std::vector<double> rates;
    for (const PhaseResult &r : rounds) {
        rates.push_back(r.recordsPerSecond);
        all.pushMs.insert(all.pushMs.end(), r.pushMs.begin(), r.pushMs.end());
        all.pullMs.insert(all.pullMs.end(), r.pullMs.begin(), r.pullMs.end());
        all.idleRss = all.idleRss == 0 ? r.idleRss : std::min(all.idleRss, r.idleRss);
        all.peakRss = std::max(all.peakRss, r.peakRss);
        all.ok = all.ok && r.ok;
    }
    std::sort(rates.begin(), rates.end());
    all.recordsPerSecond = rates.empty() ? 0 : rates[rates.size() / 2];
    return all;
}

void reportPhase(const QString &label, const PhaseResult &r, int clients, const Options &o)
{
    const QString who = QStringLiteral("%1, %2 client(s)").arg(label).arg(clients);
    report(QStringLiteral("load push %1").arg(who), r.recordsPerSecond, "records/s",
        QStringLiteral("pushes of %1 records, own space per client; median of %2 rounds").arg(o.batch).arg(o.rounds));
    report(QStringLiteral("load push p50 %1").arg(who), percentile(r.pushMs, 0.50), "ms");
    report(QStringLiteral("load push p95 %1").arg(who), percentile(r.pushMs, 0.95), "ms",
        clients >= 8 ? QStringLiteral("target <= 300") : QString());
    report(QStringLiteral("load push p99 %1").arg(who), percentile(r.pushMs, 0.99), "ms");
    report(QStringLiteral("load pull p95 %1").arg(who), percentile(r.pullMs, 0.95), "ms",
        QStringLiteral("%1 pulls").arg(r.pullMs.size()));
    report(QStringLiteral("load server RSS peak %1").arg(who), r.peakRss, "MiB",
        QStringLiteral("idle %1 MiB").arg(r.idleRss, 0, 'f', 1));
}

/** The unmeasured phase before the measured ones: two clients, a few pushes each. */
Options warmUp(const Options &o)
{
    Options warm = o;
    warm.clients = 2;
    warm.pushes = std::min(o.pushes, 5);
    return warm;
}

/** The one-client phase: as many records as all N clients push together (within the same
 *  time bound), so that both phases measure the same work over a similar span rather than
 *  a fraction of a second against seconds. Its bodies are sealed beforehand, so at most
 *  MaxSingleClientPushes of them (about 220 MB in pushes of 100). */
Options oneClient(const Options &o)
{
    constexpr int MaxSingleClientPushes = 4000;
    Options one = o;
    one.clients = 1;
    one.pushes = std::min(o.pushes * o.clients, std::max(o.pushes, MaxSingleClientPushes));
    return one;
}

/**
 * One client on @p single, then N clients on @p many, o.rounds times in turn, after the
 * warm-up: a disk stall (a checkpoint's flush) lands on whichever phase runs then, so each
 * figure is the median round. Prints both phases and their ratio; whether every round went well.
 */
bool measure(const QString &label, const QList<ServerProcess *> &single, const QList<ServerProcess *> &many,
    const QString &manyLabel, const QString &ratioName, const Options &o)
{
    std::vector<PhaseResult> ones, manys;
    for (int round = 0; round < o.rounds; ++round) {
        ones.push_back(runPhase(single, oneClient(o)));
        manys.push_back(runPhase(many, o));
        if (!ones.back().ok || !manys.back().ok)
            return false;
    }
    const PhaseResult one = overRounds(ones);
    const PhaseResult n = overRounds(manys);
    reportPhase(label, one, 1, o);
    reportPhase(manyLabel, n, o.clients, o);
    report(ratioName, one.recordsPerSecond > 0 ? n.recordsPerSecond / one.recordsPerSecond : 0, "ratio",
        QStringLiteral("target >= 1.6 on 2 cores; %1 cores here").arg(QThread::idealThreadCount()));
    return true;
}

/** One client, then N clients, against one server on SQLite. */
bool runSqlite(const Options &o)
{
    ServerProcess server(QString(), o.serverArgs);
    if (!server.start()) {
        std::fprintf(stderr, "sqlite server: %s\n", qPrintable(server.lastError()));
        return false;
    }
    // Measured in the steady state, as on PostgreSQL: a short phase first, not measured, so
    // that neither measured phase pays for the first statements, the first WAL growth or a
    // cold page cache.
    if (!runPhase({&server}, warmUp(o)).ok)
        return false;
    return measure(QStringLiteral("sqlite"), {&server}, {&server}, QStringLiteral("sqlite"),
               QStringLiteral("load push sqlite %1 clients / 1 client").arg(o.clients), o)
        && server.stop();
}

/** N clients over two server instances on one PostgreSQL database. */
bool runPostgres(const Options &o)
{
    const QString cluster = ServerProcess::postgresUrl();
    if (cluster.isEmpty()) {
        std::printf("bench: load postgresql skipped: no PostgreSQL cluster (set CARECIRCLE_TEST_PG_URL, or run "
                    "under the ctest 'postgres' fixture; tests/tools/pgcluster.sh)\n");
        return true;
    }
    const QString url = ServerProcess::createDatabase(cluster);
    ServerProcess a(url, o.serverArgs), b(url, o.serverArgs);
    if (url.isEmpty() || !a.start() || !b.start()) {
        std::fprintf(stderr, "postgresql servers: %s %s\n", qPrintable(a.lastError()), qPrintable(b.lastError()));
        return false;
    }
    // Measured on a relay in its steady state: a short phase first, not measured, then the
    // statistics autovacuum gathers within a minute. The servers prepare their statements on
    // first use, and plans made on empty tables (a look-up scanning the whole space) would
    // otherwise stay for the run and slow the first phase most.
    if (!runPhase({&a, &b}, warmUp(o)).ok || !ServerProcess::analyze(url))
        return false;
    return measure(QStringLiteral("postgresql, 1 instance"), {&a}, {&a, &b}, QStringLiteral("postgresql, 2 instances"),
               QStringLiteral("load push postgresql, %1 clients on 2 instances / 1 client").arg(o.clients), o)
        && a.stop() && b.stop();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load on carecircle-server over loopback (tests/load/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption ci(QStringLiteral("ci"), QStringLiteral("The short mode run by ctest (load_ci)."));
    const QCommandLineOption clients(
        QStringLiteral("clients"), QStringLiteral("Concurrent clients (8)."), QStringLiteral("N"));
    const QCommandLineOption batch(
        QStringLiteral("batch"), QStringLiteral("Records per push (100)."), QStringLiteral("N"));
    const QCommandLineOption pushes(
        QStringLiteral("pushes"), QStringLiteral("Pushes per client, at most (200)."), QStringLiteral("N"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"), QStringLiteral("Seconds per phase, at most (20)."), QStringLiteral("S"));
    const QCommandLineOption backend(
        QStringLiteral("backend"), QStringLiteral("sqlite, postgresql or both (both)."), QStringLiteral("NAME"));
    const QCommandLineOption signatures(QStringLiteral("record-signatures"),
        QStringLiteral("The servers' --record-signatures (check)."), QStringLiteral("check|trust"));
    const QCommandLineOption proofs(QStringLiteral("proofs"),
        QStringLiteral("How clients sign: once per push (as the app, the default) or per-record."),
        QStringLiteral("push|per-record"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
        QStringLiteral("One-client and N-client phases in turn, this many times each (3)."), QStringLiteral("N"));
    parser.addOptions({ci, clients, batch, pushes, seconds, backend, signatures, proofs, rounds});
    parser.process(app);

    Options o;
    if (parser.isSet(ci)) {
        o.pushes = 50;
        o.seconds = 8;
    }
    if (parser.isSet(clients))
        o.clients = std::clamp(parser.value(clients).toInt(), 1, 64);
    if (parser.isSet(batch))
        o.batch = std::clamp(parser.value(batch).toInt(), 1, 1000);
    if (parser.isSet(pushes))
        o.pushes = std::clamp(parser.value(pushes).toInt(), 1, 100000);
    if (parser.isSet(seconds))
        o.seconds = std::clamp(parser.value(seconds).toDouble(), 1.0, 3600.0);
    if (parser.isSet(rounds))
        o.rounds = std::clamp(parser.value(rounds).toInt(), 1, 99);
    if (parser.isSet(signatures))
        o.serverArgs = {QStringLiteral("--record-signatures"), parser.value(signatures)};
    o.signedOnce = parser.value(proofs) != u"per-record";
    const QString which = parser.value(backend).isEmpty() ? QStringLiteral("both") : parser.value(backend);

    bool ok = true;
    if (which != u"postgresql")
        ok = runSqlite(o) && ok;
    if (which != u"sqlite")
        ok = runPostgres(o) && ok;
    return ok ? 0 : 1;
}
