// SPDX-License-Identifier: GPL-3.0-or-later
// Memory of idle hint WebSockets: server RSS with 1,000 authenticated sockets open, minus
// its RSS before, per connection.
#include "benchutil.h"
#include "serverprocess.h"
#include "servertestkit.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QWebSocket>

#include <cstdio>
#include <sys/resource.h>

using namespace cc::testing;

namespace {

constexpr int Connections = 1000;

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Two descriptors per connection here and one in the server (inherited limit).
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::max<rlim_t>(limit.rlim_cur, std::min<rlim_t>(limit.rlim_max, 8192));
    setrlimit(RLIMIT_NOFILE, &limit);

    ServerProcess server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.lastError()));
        return 1;
    }
    Http http(server.baseUrl());
    const TestAccount a = TestAccount::create();
    if (!registerAccount(http, a))
        return 1;
    const QString token = login(http, a.device);
    // Warm up: one socket, so that one-off allocations are not counted per connection.
    auto warm = std::make_unique<HintSocket>(server.baseUrl(), token);
    QTest::qWait(300);
    const qint64 before = rssKiB(server.pid());

    QUrl url = server.baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/v1/hints"));
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int ready = 0;
    const QString auth = QStringLiteral("{\"type\":\"auth\",\"token\":\"%1\"}").arg(token);
    for (int i = 0; i < Connections; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *s = socket.get();
        QObject::connect(s, &QWebSocket::connected, s, [s, auth] { s->sendTextMessage(auth); });
        QObject::connect(s, &QWebSocket::textMessageReceived, s, [&ready](const QString &m) {
            if (m.contains(QStringLiteral("ready")))
                ++ready;
        });
        s->open(url);
        sockets.push_back(std::move(socket));
        if (i % 100 == 99)
            (void)QTest::qWaitFor([&] { return ready >= i - 50; }, 10000);
    }
    if (!QTest::qWaitFor([&] { return ready == Connections; }, 30000)) {
        std::fprintf(stderr, "only %d of %d sockets authenticated\n", ready, Connections);
        return 1;
    }
    QTest::qWait(500);
    const qint64 after = rssKiB(server.pid());
    const Reply metrics = http.get(QStringLiteral("/metrics"));
    const bool counted =
        metrics.body.contains(QByteArray("carecircle_hint_sockets ") + QByteArray::number(Connections + 1));

    cc::bench::report(QStringLiteral("server RSS, idle"), double(before), "KiB", QStringLiteral("one hint socket"));
    cc::bench::report(QStringLiteral("server RSS, %1 hint sockets").arg(Connections), double(after), "KiB");
    cc::bench::report(QStringLiteral("memory per idle hint socket"), double(after - before) / Connections, "KiB",
        counted ? QStringLiteral("metrics agree") : QStringLiteral("metrics disagree"));
    sockets.clear();
    warm.reset();
    if (!server.stop()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.lastError()));
        return 1;
    }
    return counted ? 0 : 1;
}
