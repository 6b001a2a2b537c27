// SPDX-License-Identifier: GPL-3.0-or-later
// The server's in-memory tables keyed by client input stay bounded by dropping their
// stalest keys one by one, never by clearing everything (which would unblock an attacker).
#include "server/loginthrottle.h"
#include "server/ratelimiter.h"

#include <QTest>

using namespace cc::server;

class TestServerEvict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFloodOfKeysKeepsTheBlockedOne()
    {
        LoginThrottle throttle(5, 1000);
        int retry = 0;
        for (int i = 0; i < 6; ++i)
            throttle.fail("attacker", 1000);
        QVERIFY(throttle.blocked("attacker", 1000, &retry));
        // Many other keys later: the oldest go first, one at a time; the table stays bounded.
        for (int i = 0; i < 5000; ++i)
            throttle.fail("k" + QByteArray::number(i), 1000 + i / 100);
        QVERIFY(throttle.size() <= 1000);
        // Keys out of the window go as soon as anything happens.
        throttle.fail("late", 200'000);
        QCOMPARE(throttle.size(), 1);
    }

    void recentFailuresSurviveAFloodOfKeys()
    {
        LoginThrottle throttle(5, 100);
        int retry = 0;
        for (int i = 0; i < 100'000; ++i)
            throttle.fail("k" + QByteArray::number(i), 1000);
        for (int i = 0; i < 6; ++i)
            throttle.fail("victim-guesser", 2000);
        QVERIFY(throttle.size() <= 100);
        QVERIFY(throttle.blocked("victim-guesser", 2000, &retry));
    }

    void rateBucketsAreForgottenWhenFullOrOldest()
    {
        RateLimiter limiter(1, 2, 50);
        int retry = 0;
        for (int i = 0; i < 500; ++i)
            QVERIFY(limiter.allow("a" + QByteArray::number(i), 0, &retry));
        QVERIFY(limiter.size() <= 50);
        QVERIFY(limiter.allow("x", 10'000, &retry));
        QCOMPARE(limiter.size(), 1); // everyone else refilled: nothing to remember
        QVERIFY(limiter.allow("x", 10'000, &retry));
        QVERIFY(!limiter.allow("x", 10'000, &retry)); // its own bucket is kept
    }
};

QTEST_GUILESS_MAIN(TestServerEvict)
#include "tst_serverevict.moc"
