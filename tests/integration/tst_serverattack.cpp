// SPDX-License-Identifier: GPL-3.0-or-later
// carecircle-server under attack on loopback (issue "The relay holds under load and attack"):
// each case is one finding, driven through a real server process with raw HTTP, WebSockets
// or the protocol, bounded to a few seconds.
#include "serverprocess.h"
#include "servertestkit.h"

#include "crypto/random.h"
#include "protocol/proofs.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace cc::testing;

namespace {

/** The resident set of process @p pid in KiB (0 if unreadable). */
qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QWebSocket *openRawHintSocket(const QUrl &base)
{
    QUrl url = base;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/v1/hints"));
    auto *socket = new QWebSocket;
    socket->open(url);
    return socket;
}

/** Streams chunked (or split-header) uploads on @p clients sockets until each is closed by
 *  the server or has sent @p perClient bytes; returns the peak RSS growth in MiB. */
qint64 floodPeakMiB(ServerProcess &server, int clients, qint64 perClient, bool splitHeaders)
{
    const qint64 before = rssKiB(server.pid());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<qint64> sent(size_t(clients), 0);
    for (int i = 0; i < clients; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QStringLiteral("127.0.0.1"), server.port());
        if (!s->waitForConnected(3000))
            return -1;
        if (splitHeaders) {
            s->write("POST /v1/accounts HTTP/1.1\r\nHost: x\r\n");
            s->waitForBytesWritten(1000);
            QTest::qWait(50);
            s->write("Content-Type: application/json\r\nContent-Length: " + QByteArray::number(perClient) + "\r\n\r\n");
        } else {
            s->write("POST /v1/accounts HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        }
        sockets.push_back(std::move(s));
    }
    const QByteArray payload(64 * 1024, 'a');
    const QByteArray chunk =
        splitHeaders ? payload : QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
    qint64 peak = before;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        bool busy = false;
        for (int i = 0; i < clients; ++i) {
            QTcpSocket *s = sockets[size_t(i)].get();
            if (s->state() != QAbstractSocket::ConnectedState || sent[size_t(i)] >= perClient)
                continue;
            busy = true;
            if (s->bytesToWrite() < 1024 * 1024) {
                s->write(chunk);
                sent[size_t(i)] += payload.size();
            }
        }
        if (!busy)
            break;
        QTest::qWait(1);
        peak = std::max(peak, rssKiB(server.pid()));
    }
    QTest::qWait(300);
    peak = std::max(peak, rssKiB(server.pid()));
    return (peak - before) / 1024;
}

} // namespace

class TestServerAttack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#if defined(__SANITIZE_ADDRESS__)
        // Under AddressSanitizer a process's resident memory is its allocator's: a freed block
        // waits in a quarantine of 256 MiB before reuse, so a peak would count every buffer the
        // server ever freed. These bounds are on the server's own buffers: the servers started
        // here get no quarantine (every other check stays on).
        const QByteArray options = qgetenv("ASAN_OPTIONS");
        qputenv("ASAN_OPTIONS",
            options + (options.isEmpty() ? "" : ":") + "quarantine_size_mb=0:thread_local_quarantine_size_kb=0");
#endif
    }

    /** Finding 1: chunked bodies and split headers are capped while reading. */
    void oversizedStreamingBodiesAreCutOffWhileReading()
    {
        ServerProcess server(QString(), {QStringLiteral("--max-body"), QStringLiteral("1MiB")});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const qint64 chunked = floodPeakMiB(server, 6, 48LL * 1024 * 1024, false);
        qInfo("chunked flood: peak RSS growth %lld MiB", chunked);
        QVERIFY(chunked >= 0);
        QVERIFY2(chunked < 64, qPrintable(QStringLiteral("RSS grew by %1 MiB").arg(chunked)));
        const qint64 split = floodPeakMiB(server, 6, 48LL * 1024 * 1024, true);
        qInfo("split-header flood: peak RSS growth %lld MiB", split);
        QVERIFY2(split < 64, qPrintable(QStringLiteral("RSS grew by %1 MiB").arg(split)));

        // A header block without end is cut off too.
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(s.waitForConnected(3000));
        s.write("GET /healthz HTTP/1.1\r\n");
        for (int i = 0; i < 4000 && s.state() == QAbstractSocket::ConnectedState; ++i) {
            s.write("X-Filler: " + QByteArray(100, 'x') + "\r\n");
            s.waitForBytesWritten(100);
        }
        QVERIFY(QTest::qWaitFor([&] { return s.state() != QAbstractSocket::ConnectedState; }, 5000));

        // A chunked body under the limit still works.
        QTcpSocket ok;
        ok.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(ok.waitForConnected(3000));
        ok.write("POST /v1/auth/challenge HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "4\r\n{\"de\r\n4\r\nvice\r\n5\r\n\":12}\r\n0\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return ok.bytesAvailable() > 0; }, 5000));
        QVERIFY2(ok.readAll().startsWith("HTTP/1.1 400"), "a small chunked request is answered");
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** Finding 1 at the default body limit: eight uploads each just under 8 MiB at a time may
     *  not add up to 8 × 8 MiB of buffers; all connections share one read budget, and a
     *  request that would cross it is answered 503 (try again) while it is still arriving. */
    void parallelUploadsShareOneReadBudget()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const qint64 chunked = floodPeakMiB(server, 8, 100LL * 1024 * 1024, false);
        qInfo("8 chunked uploads at the default limit: peak RSS growth %lld MiB", chunked);
        QVERIFY(chunked >= 0);
        QVERIFY2(chunked < 64, qPrintable(QStringLiteral("RSS grew by %1 MiB").arg(chunked)));
        // The budget is given back: a request with a 4 MiB body after the flood is read
        // (and refused for what it says, not for the budget).
        QTcpSocket ok;
        ok.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(ok.waitForConnected(3000));
        const QByteArray body(4 * 1024 * 1024, ' ');
        ok.write("POST /v1/auth/challenge HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(QTest::qWaitFor([&] { return ok.bytesAvailable() > 0; }, 10000));
        QVERIFY2(ok.readAll().startsWith("HTTP/1.1 400"), "the budget was given back");
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** A request that would take the shared read budget past its bound is answered 503 with
     *  Retry-After while it arrives; the requests already in progress are not disturbed. */
    void requestsPastTheReadBudgetAreAskedToRetry()
    {
        ServerProcess server(QString(),
            {QStringLiteral("--max-body"), QStringLiteral("1MiB"), QStringLiteral("--max-buffered"),
                QStringLiteral("1MiB")});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const QByteArray head = "POST /v1/auth/challenge HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n";
        QTcpSocket first, second;
        for (QTcpSocket *s : {&first, &second}) {
            s->connectToHost(QStringLiteral("127.0.0.1"), server.port());
            QVERIFY(s->waitForConnected(3000));
        }
        first.write(head + QByteArray(900 * 1024, ' '));
        QVERIFY(first.waitForBytesWritten(3000));
        QTest::qWait(300);
        second.write(head + QByteArray(900 * 1024, ' '));
        QVERIFY(QTest::qWaitFor([&] { return second.bytesAvailable() > 0; }, 5000));
        const QByteArray answer = second.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.left(40).constData());
        QVERIFY(answer.contains("Retry-After: 1"));
        // The first request finishes and is read as usual.
        first.write(QByteArray(1000000 - 900 * 1024, ' '));
        QVERIFY(QTest::qWaitFor([&] { return first.bytesAvailable() > 0; }, 5000));
        QVERIFY2(first.readAll().startsWith("HTTP/1.1 400"), "the request in progress is served");
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** Finding 2: slow headers and idle connections are closed; upgrades are rate limited. */
    void slowAndIdleConnectionsAreClosed()
    {
        ServerProcess server(QString(),
            {QStringLiteral("--header-timeout"), QStringLiteral("1"), QStringLiteral("--idle-timeout"),
                QStringLiteral("2")});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QTcpSocket slow, idle;
        slow.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        idle.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(slow.waitForConnected(3000) && idle.waitForConnected(3000));
        slow.write("GET /healthz HTTP/1.1\r\n");
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 4000 && slow.state() == QAbstractSocket::ConnectedState) {
            slow.write("X: y\r\n");
            QTest::qWait(200);
        }
        QVERIFY2(slow.state() != QAbstractSocket::ConnectedState, "a slowloris header is cut off");
        QVERIFY(QTest::qWaitFor([&] { return idle.state() != QAbstractSocket::ConnectedState; }, 4000));
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    void webSocketUpgradesAreRateLimited()
    {
        ServerProcess server(QString(), {QStringLiteral("--rate-limit"), QStringLiteral("1/s")});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        for (int i = 0; i < 12; ++i)
            sockets.emplace_back(openRawHintSocket(server.baseUrl()));
        QTest::qWait(1500);
        int open = 0;
        for (const auto &s : sockets)
            open += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        qInfo("upgrades still open: %d of 12", open);
        QVERIFY2(open <= 6, qPrintable(QStringLiteral("%1 upgrades of 12 got through").arg(open)));
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** Finding 3: a large WebSocket message before authentication is refused early. */
    void oversizedHintFrameBeforeAuthIsRefused()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const qint64 before = rssKiB(server.pid());
        std::unique_ptr<QWebSocket> socket(openRawHintSocket(server.baseUrl()));
        QVERIFY(QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::ConnectedState; }, 5000));
        socket->setOutgoingFrameSize(48 * 1024 * 1024);
        socket->sendBinaryMessage(QByteArray(48 * 1024 * 1024, 'x'));
        qint64 peak = before;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 6000 && socket->state() == QAbstractSocket::ConnectedState) {
            QTest::qWait(20);
            peak = std::max(peak, rssKiB(server.pid()));
        }
        const qint64 grown = (peak - before) / 1024;
        qInfo("48 MiB frame before auth: peak RSS growth %lld MiB", grown);
        QVERIFY2(socket->state() != QAbstractSocket::ConnectedState, "the socket is closed");
        QVERIFY2(grown < 24, qPrintable(QStringLiteral("RSS grew by %1 MiB").arg(grown)));
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** Finding 4: a pull page is bounded by bytes, and `next` reaches every record. */
    void pullPagesAreBoundedByBytes()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Http http(server.baseUrl());
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(http, a));
        const QString token = login(http, a.device);
        const QString path = QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space));
        for (int push = 0; push < 2; ++push) {
            QJsonArray items;
            for (int i = 0; i < 5; ++i) {
                const QByteArray sealed =
                    sealRecord(a.spaceKey, a.space, randomId(), a.device.id, cc::crypto::randomBytes(900 * 1024));
                items.append(pushItem(sealed, a.device));
            }
            QCOMPARE(http.post(path, {{QStringLiteral("records"), items}}, token).status, 200);
        }
        qint64 since = 0;
        int total = 0, pages = 0;
        qint64 largest = 0;
        for (bool done = false; !done && pages < 20; ++pages) {
            const Reply r = http.get(path + QStringLiteral("?limit=1000&since=%1").arg(since), token);
            QCOMPARE(r.status, 200);
            const QJsonArray records = r.json.value(QStringLiteral("records")).toArray();
            QVERIFY(!records.isEmpty());
            largest = std::max(largest, qint64(r.body.size()));
            total += int(records.size());
            since = qint64(r.json.value(QStringLiteral("next")).toDouble());
            done = r.json.value(QStringLiteral("done")).toBool();
        }
        qInfo("10 records of 900 KiB: %d pages, largest %lld bytes", pages, largest);
        QCOMPARE(total, 10);
        QVERIFY2(largest < 8 * 1024 * 1024, "a page stays under ~4 MiB of records (base64 on the wire)");
        QVERIFY(pages >= 3);
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** Finding 5: removing another account's device has no side effect. */
    void revokingAnotherAccountsDeviceTouchesNothing()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Http http(server.baseUrl());
        const TestAccount victim = TestAccount::create(), attacker = TestAccount::create();
        QVERIFY(registerAccount(http, victim));
        QVERIFY(registerAccount(http, attacker));
        const QString victimToken = login(http, victim.device);
        const QString attackerToken = login(http, attacker.device);
        const Reply r = http.send(
            "DELETE", QStringLiteral("/v1/account/devices/%1").arg(b64(victim.device.id)), QByteArray(), attackerToken);
        QCOMPARE(r.status, 404);
        QCOMPARE(http.get(QStringLiteral("/v1/account"), victimToken).status, 200);
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** Finding 6: failed logins by someone else do not lock a device's holder out. */
    void failedLoginsOfOthersDoNotLockOutTheDevice()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Http http(server.baseUrl());
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(http, a));
        Reply last;
        for (int i = 0; i < 7; ++i) {
            last = http.post(QStringLiteral("/v1/auth/session"),
                {{QStringLiteral("device"), b64(a.device.id)},
                    {QStringLiteral("challenge"), b64(randomId() + randomId())},
                    {QStringLiteral("signature"), b64(QByteArray(64, 'a'))}});
        }
        QCOMPARE(last.status, 429); // the guesser is slowed down…
        QVERIFY2(!login(http, a.device).isEmpty(), "…but the device's holder still logs in");
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** Finding 7: unauthenticated account creation stores little and is bounded per address. */
    void accountCreationIsBounded()
    {
        ServerProcess server(QString(), {QStringLiteral("--accounts-per-hour"), QStringLiteral("3")});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Http http(server.baseUrl());
        TestAccount big = TestAccount::create();
        big.bundle = cc::crypto::randomBytes(1000 * 1000);
        const Reply tooBig = http.post(QStringLiteral("/v1/accounts"), big.registration());
        QCOMPARE(tooBig.status, 413);
        int created = 0;
        Reply last;
        for (int i = 0; i < 5; ++i) {
            last = http.post(QStringLiteral("/v1/accounts"), TestAccount::create().registration());
            created += last.status == 201 ? 1 : 0;
        }
        QCOMPARE(created, 3);
        QCOMPARE(last.status, 429);
        QVERIFY(last.header("Retry-After").toInt() >= 1);
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** Finding 8: the identity point as account key is refused (it verifies a trivial signature). */
    void smallOrderKeysAreRefused()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Http http(server.baseUrl());
        TestAccount a = TestAccount::create();
        a.sign.publicKey = QByteArray(32, '\0');
        a.sign.publicKey[0] = 1; // the neutral element
        QByteArray trivial(64, '\0');
        trivial[0] = 1; // R = neutral element, S = 0
        a.proof = trivial;
        a.device.certificate = trivial;
        const Reply r = http.post(QStringLiteral("/v1/accounts"), a.registration());
        QCOMPARE(r.status, 400);
        TestAccount zeroBox = TestAccount::create();
        zeroBox.box.publicKey = QByteArray(32, '\0');
        zeroBox.proof = *cc::protocol::proofs::sign(zeroBox.sign.secretKey,
            cc::protocol::proofs::accountProofMessage(
                zeroBox.account, zeroBox.sign.publicKey, zeroBox.box.publicKey, zeroBox.locator));
        QCOMPARE(http.post(QStringLiteral("/v1/accounts"), zeroBox.registration()).status, 400);
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    /** Finding 9: a hint socket closes when its session expires or ends. */
    void hintSocketsCloseWithTheirSession()
    {
        ServerProcess server(QString(), {QStringLiteral("--session-expiry"), QStringLiteral("2")});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Http http(server.baseUrl());
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(http, a));
        HintSocket expiring(server.baseUrl(), login(http, a.device));
        QVERIFY(expiring.isReady());
        QVERIFY2(expiring.waitForClose(5000), "closed when the token expires");

        const QString token = login(http, a.device);
        HintSocket loggedOut(server.baseUrl(), token);
        QVERIFY(loggedOut.isReady());
        QCOMPARE(http.send("DELETE", QStringLiteral("/v1/auth/session"), QByteArray(), token).status, 204);
        QVERIFY2(loggedOut.waitForClose(1500), "closed on logout");
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestServerAttack)
#include "tst_serverattack.moc"
