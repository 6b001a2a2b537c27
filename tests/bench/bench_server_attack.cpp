// SPDX-License-Identifier: GPL-3.0-or-later
// Server memory under the attacks of issue 13, findings 1–4, over loopback against a real
// server on SQLite: its peak RSS (VmRSS from /proc) during each attack minus its RSS when
// idle just before (target: ≤ 64 MiB above idle). The attacks: chunked bodies far over the
// body limit, slowloris and idle connections, big WebSocket frames before authentication,
// and big pull pages. Bounded in bytes, connections and time; nothing is asserted.
#include "benchutil.h"
#include "serverprocess.h"
#include "servertestkit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace cc::testing;

namespace {

/** @p field of /proc/PID/status in MiB: VmRSS (now) or VmHWM (the peak since start). */
double statusMiB(qint64 pid, const QByteArray &field = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double rssMiB(qint64 pid)
{
    return statusMiB(pid);
}

using Sockets = std::vector<std::unique_ptr<QTcpSocket>>;

Sockets connectAll(const ServerProcess &server, int count)
{
    Sockets out;
    for (int i = 0; i < count; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QStringLiteral("127.0.0.1"), server.port());
        out.push_back(std::move(s));
    }
    for (auto &s : out)
        s->waitForConnected(2000);
    return out;
}

/** The server's RSS once it has settled, before an attack opens its connections. */
double idleRss(ServerProcess &server)
{
    QCoreApplication::processEvents();
    QThread::msleep(200);
    return rssMiB(server.pid());
}

/**
 * Runs @p step every 10 ms (it returns false when the attack is over) for at most
 * @p seconds, sampling the server's RSS; prints the peak above @p idle.
 */
double attack(
    ServerProcess &server, const QString &name, double idle, double seconds, const std::function<bool()> &step)
{
    double peak = idle;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < qint64(seconds * 1000) && step()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        peak = std::max(peak, rssMiB(server.pid()));
    }
    // The high-water mark catches a peak between two samples.
    peak = std::max(peak, statusMiB(server.pid(), "VmHWM:"));
    cc::bench::report(QStringLiteral("server RSS above idle, %1").arg(name), peak - idle, "MiB",
        QStringLiteral("idle %1 MiB, peak %2 MiB; target <= 64").arg(idle, 0, 'f', 1).arg(peak, 0, 'f', 1));
    return peak - idle;
}

/** Finding 1: 8 chunked uploads of up to 100 MiB each, written as fast as the server reads. */
double chunkedBodies(ServerProcess &server)
{
    const double idle = idleRss(server);
    Sockets socks = connectAll(server, 8);
    for (auto &s : socks)
        s->write("POST /v1/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = QByteArray("10000\r\n") + QByteArray(0x10000, 'a') + "\r\n";
    std::vector<qint64> sent(socks.size(), 0);
    return attack(server, QStringLiteral("8 chunked uploads of 100 MiB"), idle, 15, [&] {
        bool any = false;
        for (size_t i = 0; i < socks.size(); ++i) {
            QTcpSocket &s = *socks[i];
            if (s.state() != QAbstractSocket::ConnectedState || sent[i] >= 100 * 1024 * 1024)
                continue;
            any = true;
            // Our own buffer stays small: write only what the kernel took.
            while (s.bytesToWrite() < 256 * 1024 && sent[i] < 100 * 1024 * 1024) {
                s.write(chunk);
                sent[i] += 0x10000;
            }
        }
        return any;
    });
}

/** Finding 2: 500 slowloris connections (a header byte now and then) and 1,000 idle ones. */
double slowAndIdle(ServerProcess &server)
{
    const double idle = idleRss(server);
    Sockets silent = connectAll(server, 1000);
    Sockets slow = connectAll(server, 500);
    for (auto &s : slow)
        s->write("GET /healthz HTTP/1.1\r\n");
    int round = 0;
    return attack(server, QStringLiteral("500 slowloris and 1000 idle connections"), idle, 6, [&] {
        if (++round % 50 == 0) {
            for (auto &s : slow)
                s->write("X-A: b\r\n");
        }
        return true;
    });
}

/** Finding 3: 8 WebSocket upgrades, each then sending one 64 MiB frame before authenticating. */
double bigFrames(ServerProcess &server)
{
    const double idle = idleRss(server);
    Sockets socks = connectAll(server, 8);
    for (auto &s : socks)
        s->write("GET /v1/hints HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    for (auto &s : socks)
        s->waitForReadyRead(2000);
    // A masked binary frame announcing 64 MiB (127 = 64-bit length), then its payload.
    QByteArray header("\x82\xff", 2);
    const quint64 length = 64ull * 1024 * 1024;
    for (int shift = 56; shift >= 0; shift -= 8)
        header.append(char((length >> shift) & 0xff));
    header.append("\x01\x02\x03\x04", 4);
    for (auto &s : socks)
        s->write(header);
    std::vector<qint64> sent(socks.size(), 0);
    const QByteArray block(0x10000, 'b');
    return attack(server, QStringLiteral("8 WebSocket frames of 64 MiB before auth"), idle, 15, [&] {
        bool any = false;
        for (size_t i = 0; i < socks.size(); ++i) {
            QTcpSocket &s = *socks[i];
            if (s.state() != QAbstractSocket::ConnectedState || sent[i] >= qint64(length))
                continue;
            any = true;
            while (s.bytesToWrite() < 256 * 1024 && sent[i] < qint64(length)) {
                s.write(block);
                sent[i] += block.size();
            }
        }
        return any;
    });
}

/** Finding 4: 100 records of about 0.5 MiB in one space, then pulled with limit=1000. */
double bigPages(ServerProcess &server)
{
    Http http(server.baseUrl());
    const TestAccount a = TestAccount::create();
    if (!registerAccount(http, a))
        return -1;
    const QString token = login(http, a.device);
    const QString path = QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space));
    for (int i = 0; i < 100; ++i) {
        const QByteArray sealed = sealRecord(a.spaceKey, a.space, randomId(), a.device.id, QByteArray(500 * 1024, 'c'));
        const Reply r = http.post(path, {{QStringLiteral("records"), QJsonArray {pushItem(sealed, a.device)}}}, token);
        if (r.status != 200) {
            std::fprintf(stderr, "big record push %d (%lld bytes): %d %s\n", i, qint64(sealed.size()), r.status,
                r.body.left(300).constData());
            return -1;
        }
    }
    // A fresh process for the pulls: its high-water mark must not include the pushes.
    if (!server.restart())
        return -1;
    const double idle = idleRss(server);
    // Pulled page by page, three times over; the server's own high-water mark (VmHWM)
    // gives the peak, since this thread waits for each answer.
    qint64 received = 0;
    for (int round = 0; round < 3; ++round) {
        qint64 since = 0;
        for (bool done = false; !done;) {
            const Reply r = http.get(path + QStringLiteral("?since=%1&limit=1000").arg(since), token);
            if (r.status != 200)
                return -1;
            received += r.body.size();
            since = qint64(r.json.value(QStringLiteral("next")).toDouble());
            done = r.json.value(QStringLiteral("done")).toBool();
        }
    }
    const double peak = statusMiB(server.pid(), "VmHWM:");
    cc::bench::report(QStringLiteral("server RSS above idle, pulling 50 MiB of 0.5 MiB records (limit=1000) 3 times"),
        peak - idle, "MiB",
        QStringLiteral("idle %1 MiB, peak (VmHWM) %2 MiB, %3 MiB answered; target <= 64")
            .arg(idle, 0, 'f', 1)
            .arg(peak, 0, 'f', 1)
            .arg(double(received) / (1024 * 1024), 0, 'f', 1));
    return peak - idle;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::max<rlim_t>(limit.rlim_cur, std::min<rlim_t>(limit.rlim_max, 8192));
    setrlimit(RLIMIT_NOFILE, &limit);

    ServerProcess server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.lastError()));
        return 1;
    }
    // Each attack on a freshly started server: freed memory a process keeps would hide growth.
    double worst = 0;
    for (const auto &run :
        std::vector<std::function<double(ServerProcess &)>> {chunkedBodies, slowAndIdle, bigFrames, bigPages}) {
        if (!server.restart()) {
            std::fprintf(stderr, "restart: %s\n", qPrintable(server.lastError()));
            return 1;
        }
        worst = std::max(worst, run(server));
    }
    cc::bench::report(QStringLiteral("server RSS above idle, worst of the attacks of findings 1-4"), worst, "MiB",
        QStringLiteral("target <= 64"));
    server.log();
    return server.stop() ? 0 : 1;
}
