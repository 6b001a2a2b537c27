// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc::server {

/**
 * What the server was asked to do on its command line (see `carecircle-server --help`).
 * parse() never exits: it returns the problem in words, and main() prints it.
 */
struct ServerConfig {
    QString dataDir; ///< SQLite store and nothing else lives here
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8443; ///< 0: pick a free port and print it
    QString databaseUrl; ///< postgresql://user@host:port/db; empty: SQLite in dataDir
    QString tlsCert;
    QString tlsKey;
    qint64 maxBody = 8 * 1024 * 1024;
    /** Unread request bytes of all connections together; at least one whole request. */
    qint64 maxBuffered = 16 * 1024 * 1024;
    double rateLimit = 50; ///< requests per second per client address (burst: 4 s worth)
    int linkExpirySeconds = 300; ///< device link mailbox lifetime (tests shorten it)
    int sessionSeconds = 3600;
    int challengeSeconds = 60;
    int hintAuthSeconds = 10;
    int accountsPerHour = 20; ///< registrations per client address (burst: all of them)
    int headerTimeoutSeconds = 10; ///< a request's header block must be complete by then
    int idleTimeoutSeconds = 60; ///< a connection without a byte for this long is closed
    /** After SIGTERM: how long open connections still get answers (503) and close frames
     *  before the database closes. */
    int shutdownGraceSeconds = 1;
    /** Whether a push's record signatures are verified (the default) or authorship is taken
     *  from the session alone, leaving the check to the clients that pull them
     *  (docs/sync-protocol.md, threat model). */
    bool verifyRecordSignatures = true;

    /** Parses @p arguments (including the program name); error text on failure. */
    static std::optional<ServerConfig> parse(const QStringList &arguments, QString *error, bool *helpShown);
    static QString helpText();
};

} // namespace cc::server
