// SPDX-License-Identifier: GPL-3.0-or-later
// carecircle-server with --tls-cert/--tls-key: HTTPS and WSS work, plain HTTP does not,
// and unreadable certificate files stop the start with a clear message.
#include "serverprocess.h"
#include "servertestkit.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cc::testing;

class TestServerTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert, QStringLiteral("-days"),
                QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void httpsAndWssCarryTheProtocol()
    {
        ServerProcess server(QString(), {QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        Http http(server.baseUrl());
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(http, a));
        HintSocket hints(server.baseUrl(), login(http, a.device));
        QVERIFY(hints.isReady());
        const Reply pushed = http.post(QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space)),
            {{QStringLiteral("records"),
                QJsonArray {pushItem(sealRecord(a.spaceKey, a.space, randomId(), a.device.id, "tls"), a.device)}}},
            login(http, a.device));
        QCOMPARE(pushed.status, 200);
        QVERIFY(hints.waitForChanged(a.space, 1));

        // Plain HTTP on the TLS port gets no HTTP answer.
        QTcpSocket plain;
        plain.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(plain.waitForConnected(5000));
        plain.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        plain.waitForReadyRead(2000);
        QVERIFY(!plain.readAll().startsWith("HTTP/1.1 200"));
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    void unreadableCertificateStopsTheStartWithAClearError()
    {
        QTemporaryDir data;
        QProcess p;
        p.start(QStringLiteral(CARECIRCLE_SERVER),
            {QStringLiteral("--data"), data.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("missing.pem")),
                QStringLiteral("--tls-key"), m_key});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("Cannot read the TLS certificate file"));
        // A file that is not a key is named too.
        p.start(QStringLiteral(CARECIRCLE_SERVER),
            {QStringLiteral("--data"), data.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_cert});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("holds no PEM private key"));
    }

    void badCommandLineIsExplainedWithStatus64()
    {
        QProcess p;
        p.start(QStringLiteral(CARECIRCLE_SERVER), {QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 64);
        QVERIFY(p.readAllStandardError().contains("--listen wants HOST:PORT"));
        p.start(QStringLiteral(CARECIRCLE_SERVER), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--database"));
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
