// SPDX-License-Identifier: GPL-3.0-or-later
// The convergence checker (docs/architecture.md "Tests"): seeded random operations by a
// patient's three devices, a caregiver and a GP against a real server that is cut and healed,
// devices dropped offline and "killed" mid-round; then everything heals, syncs to quiescence,
// and the checks of ConvergenceWorld::check() must find nothing. A failing seed prints its
// operation history. CC_SOAK_SEEDS (default 2) seeds of CC_SOAK_OPS (default 25) operations
// from CC_SOAK_FIRST (default 1); the regression seeds always run.
#include "convergenceworld.h"

#include <QTest>

using namespace cc;
using namespace cc::testing;

namespace {

int fromEnv(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

/** Seeds that once found a divergence (seed, operations), kept so the fix stays fixed. */
const QList<std::pair<quint32, int>> RegressionSeeds {};

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

    QString databaseUrl() const
    {
#ifdef CARECIRCLE_TEST_POSTGRES
        return ServerProcess::postgresUrl();
#else
        return {};
#endif
    }

    void runSeed(quint32 seed, int ops)
    {
        ConvergenceWorld world(seed, databaseUrl());
        QVERIFY2(world.setUp(), qPrintable(QStringLiteral("seed %1: setup failed").arg(seed)));
        world.run(ops);
        const bool quiet = world.quiesce();
        QStringList problems = world.check();
        if (!quiet)
            problems.prepend(QStringLiteral("no quiescence after 10 rounds"));
        if (!problems.isEmpty()) {
            qWarning().noquote() << QStringLiteral("seed %1 × %2 operations diverged:\n%3\nhistory:\n%4")
                                        .arg(seed)
                                        .arg(ops)
                                        .arg(problems.join(QLatin1Char('\n')), world.history());
        }
        QVERIFY2(
            problems.isEmpty(), qPrintable(QStringLiteral("seed %1: %2 divergences").arg(seed).arg(problems.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<cc::Status>();
#ifdef CARECIRCLE_TEST_POSTGRES
        if (ServerProcess::postgresUrl().isEmpty())
            QSKIP("No PostgreSQL test cluster (run through ctest, fixture 'postgres').");
#endif
    }

    void regressionSeeds()
    {
        for (const auto &[seed, ops] : RegressionSeeds)
            runSeed(seed, ops);
    }

    void randomSeeds()
    {
        const int seeds = fromEnv("CC_SOAK_SEEDS", 2);
        const int ops = fromEnv("CC_SOAK_OPS", 25);
        const quint32 first = quint32(fromEnv("CC_SOAK_FIRST", 1));
        for (quint32 seed = first; seed < first + quint32(seeds); ++seed) {
            runSeed(seed, ops);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("convergence: %d seeds x %d operations, 0 divergences", seeds, ops);
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
