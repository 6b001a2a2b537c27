// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

class QSqlError;

namespace cc::server {

class WalCheckpointer;

/**
 * The server's database connection: SQLite (QSQLITE, WAL, busy_timeout, foreign keys) or
 * PostgreSQL (QPSQL), with the few statements every store needs (transactions, one-off
 * prepared statements). The schema is schema.h's business. Not thread-safe: one instance
 * per thread (the server runs one event loop).
 */
class Database
{
public:
    /** Connects to SQLite in @p dataDir, or to PostgreSQL at @p databaseUrl (not migrated yet). */
    static Result<std::unique_ptr<Database>> open(const QString &dataDir, const QString &databaseUrl);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isPostgres() const { return m_postgres; }
    /** The connection for QSqlQuery; invalid after close(). */
    QSqlDatabase connection() const;
    /** A cheap round trip (for /healthz). */
    bool ping();
    /** A second connection to the same database (PostgreSQL: for LISTEN). */
    QSqlDatabase openExtraConnection(const QString &purpose) const;
    void close();

    /**
     * The statement for @p sql on this connection, parsed once and kept for the connection's
     * life (SQLite keeps its compiled program, PostgreSQL a server-side PREPARE), finished
     * and ready for bindValue() + exec(). The hot paths (push, pull, session and membership
     * checks) run a fixed set of statements, so the cache stays small; the reference is
     * valid until close(). A statement that does not prepare is not kept: its exec() fails
     * with the driver's error.
     */
    QSqlQuery &prepared(const QString &sql);

    /** Executes a prepared statement with @p values bound in order. */
    Status exec(const QString &sql, const QVariantList &values);
    /** BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL. */
    Status begin();
    /** COMMIT, rolled back when it fails. */
    Status commit();
    void rollback();
    /** Rolls back the open transaction and returns failed()'s error for @p q. */
    Error abort(const QSqlQuery &q, const char *what);

    /**
     * The generic error for a failed statement. The driver's text goes to the operator's
     * log only: it may quote values, and callers answer a generic 500.
     */
    static Error failed(const QSqlError &error, const char *what);

private:
    Database(QString connectionName, bool postgres);

    QString m_connectionName;
    bool m_postgres = false;
    QString m_databaseUrl;
    QString m_sqlitePath;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // stable addresses across inserts
    QSqlQuery m_unprepared;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< SQLite only
};

} // namespace cc::server
