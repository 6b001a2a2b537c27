// SPDX-License-Identifier: GPL-3.0-or-later
// The server's limits and command line: token buckets, failed-login windows, options.
#include "server/loginthrottle.h"
#include "server/ratelimiter.h"
#include "server/serverconfig.h"

#include <QTest>

using namespace cc::server;

class TestServerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenBucketAllowsABurstThenTheRate()
    {
        RateLimiter limiter(2, 4);
        int retry = 0;
        for (int i = 0; i < 4; ++i)
            QVERIFY(limiter.allow("a", 0, &retry));
        QVERIFY(!limiter.allow("a", 0, &retry));
        QCOMPARE(retry, 1);
        QVERIFY(limiter.allow("b", 0, &retry)); // per client
        QVERIFY(limiter.allow("a", 500, &retry)); // 2/s refills one token in 500 ms
        QVERIFY(!limiter.allow("a", 500, &retry));
    }

    void moreThanFiveFailedLoginsAMinuteBlock()
    {
        LoginThrottle throttle(5);
        int retry = 0;
        for (int i = 0; i < 5; ++i)
            throttle.fail("device", 1000 + i);
        QVERIFY(!throttle.blocked("device", 2000, &retry));
        throttle.fail("device", 2000);
        QVERIFY(throttle.blocked("device", 2000, &retry));
        QCOMPARE(retry, 59);
        QVERIFY(!throttle.blocked("other", 2000, &retry));
        QVERIFY(!throttle.blocked("device", 61'001, &retry)); // the window slid past
    }

    void commandLineIsParsedAndChecked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("valid");
        const QString p = QStringLiteral("carecircle-server");
        QTest::newRow("sqlite") << QStringList {p, QStringLiteral("--data"), QStringLiteral("/tmp/x")} << true;
        QTest::newRow("postgres") << QStringList {p, QStringLiteral("--database"),
            QStringLiteral("postgresql://u@h:5432/db")}
                                  << true;
        QTest::newRow("neither") << QStringList {p} << false;
        QTest::newRow("bad url") << QStringList {p, QStringLiteral("--database"), QStringLiteral("mysql://h/db")}
                                 << false;
        QTest::newRow("cert without key") << QStringList {p, QStringLiteral("--data"), QStringLiteral("d"),
            QStringLiteral("--tls-cert"), QStringLiteral("c")}
                                          << false;
        QTest::newRow("bad listen") << QStringList {p, QStringLiteral("--data"), QStringLiteral("d"),
            QStringLiteral("--listen"), QStringLiteral("x")}
                                    << false;
        QTest::newRow("unknown") << QStringList {p, QStringLiteral("--data"), QStringLiteral("d"),
            QStringLiteral("--frobnicate"), QStringLiteral("1")}
                                 << false;
        QTest::newRow("bad rate") << QStringList {p, QStringLiteral("--data"), QStringLiteral("d"),
            QStringLiteral("--rate-limit"), QStringLiteral("fast")}
                                  << false;
    }

    void commandLineIsParsedAndChecked()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, valid);
        QString error;
        bool help = false;
        const auto config = ServerConfig::parse(args, &error, &help);
        QCOMPARE(config.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void optionsReachTheConfig()
    {
        QString error;
        bool help = false;
        const auto c = ServerConfig::parse(
            {QStringLiteral("s"), QStringLiteral("--data"), QStringLiteral("d"), QStringLiteral("--listen"),
                QStringLiteral("0.0.0.0:0"), QStringLiteral("--max-body"), QStringLiteral("2MiB"),
                QStringLiteral("--rate-limit"), QStringLiteral("7/s"), QStringLiteral("--link-expiry"),
                QStringLiteral("9")},
            &error, &help);
        QVERIFY2(c.has_value(), qPrintable(error));
        QCOMPARE(c->listenPort, 0);
        QCOMPARE(c->listenAddress, QHostAddress(QHostAddress::Any));
        QCOMPARE(c->maxBody, 2 * 1024 * 1024);
        QCOMPARE(c->rateLimit, 7.0);
        QCOMPARE(c->linkExpirySeconds, 9);
        QVERIFY(c->verifyRecordSignatures); // checked unless the operator says otherwise
    }

    void recordSignaturesAreTrustedOnlyWhenAsked()
    {
        QString error;
        bool help = false;
        const QStringList base {QStringLiteral("s"), QStringLiteral("--data"), QStringLiteral("d")};
        const auto trust = ServerConfig::parse(
            base + QStringList {QStringLiteral("--record-signatures"), QStringLiteral("trust")}, &error, &help);
        QVERIFY2(trust.has_value(), qPrintable(error));
        QVERIFY(!trust->verifyRecordSignatures);
        const auto check = ServerConfig::parse(
            base + QStringList {QStringLiteral("--record-signatures"), QStringLiteral("check")}, &error, &help);
        QVERIFY2(check.has_value(), qPrintable(error));
        QVERIFY(check->verifyRecordSignatures);
        QVERIFY(!ServerConfig::parse(
            base + QStringList {QStringLiteral("--record-signatures"), QStringLiteral("off")}, &error, &help));
        QVERIFY(error.contains(QStringLiteral("--record-signatures")));
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_serverlimits.moc"
