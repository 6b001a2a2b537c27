// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSemaphore>
#include <QString>

#include <memory>

class QThread;

namespace cc::server {

/**
 * Copies an SQLite database's write-ahead log back into the database file on a thread of
 * its own, with a connection of its own, so that the thread answering requests only appends
 * to the log. Left to SQLite, the connection whose commit crosses the threshold does the
 * checkpoint inside that request: reading the log's pages back, writing them into the
 * database and syncing both, for about 40 % of a steady push load (docs/server.md).
 *
 * Every IntervalMs it runs a PASSIVE checkpoint, which never waits for or blocks a writer.
 * The writing connection keeps SQLite's own checkpoint at BackstopPages as a bound should
 * this thread ever fall behind. Durability is unchanged: a checkpoint syncs the log before
 * it copies and the database after, whichever connection runs it.
 */
class WalCheckpointer
{
public:
    static constexpr int IntervalMs = 200;
    /** wal_autocheckpoint of the writing connection (pages of 4 KiB: 64 MiB of log). */
    static constexpr int BackstopPages = 16384;

    /** Starts the thread; it opens @p sqlitePath itself. */
    explicit WalCheckpointer(const QString &sqlitePath);
    /** Stops the thread (after the checkpoint it is running, if any) and closes its connection. */
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    void run(const QString &sqlitePath);

    QSemaphore m_stop;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cc::server
