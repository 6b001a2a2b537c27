// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace cc::server {

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
};

} // namespace cc::server
