// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace cc::testing {

/**
 * A real `carecircle-server` process for integration tests (library carecircle_testserver).
 *
 *   ServerProcess server;                        // SQLite in a fresh temporary folder
 *   QVERIFY2(server.start(), qPrintable(server.lastError()));
 *   QUrl api = server.baseUrl();                 // http://127.0.0.1:PORT
 *   QVERIFY(server.stop());                      // SIGTERM; true only on exit status 0
 *
 * On PostgreSQL: `ServerProcess server(ServerProcess::createDatabase(ServerProcess::postgresUrl()))`,
 * in a test registered with `FIXTURES_REQUIRED postgres` (tests/integration/CMakeLists.txt),
 * which starts a throw-away cluster (tests/tools/pgcluster.sh) and tells the test its URL.
 * Two processes given the same database URL are two instances of one service.
 * The request rate limit and the quota of new accounts per address are lifted
 * (--rate-limit 100000/s, --accounts-per-hour 1000000) unless @p extraArguments set them;
 * failed-login limits stay as in production.
 */
class ServerProcess
{
public:
    /** @p databaseUrl empty: SQLite in a temporary data folder owned by this object. */
    explicit ServerProcess(QString databaseUrl = {}, QStringList extraArguments = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /** Starts on 127.0.0.1 (a free port the first time, the same port on restarts) and
     *  waits until /healthz answers 200. False with lastError() on failure. */
    bool start();
    /** SIGTERM (unless it is already exiting), waits for the exit; true only for a normal
     *  exit with status 0. A server still running after 20 s has its threads' stacks (gdb)
     *  and its log written to a file named in lastError(), then is killed. */
    bool stop();
    /** stop() then start() on the same data and port. */
    bool restart();
    /** Kills the process without letting it shut down (a crash). */
    void kill();
    bool isRunning() const;

    /** http://127.0.0.1:PORT, or https:// when started with --tls-cert (the /healthz
     *  probe accepts self-signed certificates). */
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }
    QString dataDir() const;
    qint64 pid() const;
    /** Everything the server wrote on stderr so far (its JSON log lines). */
    QByteArray log();
    /** Blocks (no event loop) until @p seen holds for log(), waking on each line the server
     *  logs, at most @p timeoutMs or until the server exits; whether it held. For a test that
     *  checks what reached the server while its own thread is busy. */
    bool waitForLog(const std::function<bool(const QByteArray &)> &seen, int timeoutMs);
    QString lastError() const { return m_error; }

    /** The test cluster's URL: $CARECIRCLE_TEST_PG_URL, else the file named by
     *  $CARECIRCLE_TEST_PG_URL_FILE (set by the postgres fixture); empty if neither. */
    static QString postgresUrl();
    /** Creates a uniquely named, empty database in the cluster at @p clusterUrl and
     *  returns its URL (empty on failure). */
    static QString createDatabase(const QString &clusterUrl);
    /** Runs ANALYZE in the database at @p databaseUrl, as autovacuum does on a running
     *  relay: the benchmarks' steady state (plans made on empty tables are dropped). */
    static bool analyze(const QString &databaseUrl);

private:
    /** Where a server that does not stop waits: a file with its threads and log (stop()). */
    QString stuckReport();
    QString m_databaseUrl;
    QStringList m_extra;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_log;
    QString m_error;
};

} // namespace cc::testing
