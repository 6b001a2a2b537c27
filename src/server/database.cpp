// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "walcheckpointer.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace cc::server {

namespace {

void configure(QSqlDatabase &d, const QString &databaseUrl, const QString &sqlitePath)
{
    if (!databaseUrl.isEmpty()) {
        const QUrl url(databaseUrl);
        d.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        d.setPort(url.port(5432));
        d.setUserName(url.userName());
        d.setPassword(url.password());
        d.setDatabaseName(url.path().mid(1));
        d.setConnectOptions(QStringLiteral("connect_timeout=5"));
    } else {
        d.setDatabaseName(sqlitePath);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
}

QString driverName(bool postgres)
{
    return postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

} // namespace

Error Database::failed(const QSqlError &error, const char *what)
{
    qWarning("storage: %s failed: %s", what, qUtf8Printable(error.text()));
    return makeError(ErrorCode::Io, trNoop("Server", "The server's database failed."));
}

Database::Database(QString connectionName, bool postgres)
    : m_connectionName(std::move(connectionName)), m_postgres(postgres)
{ }

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_checkpointer.reset(); // its last checkpoint ends before the database closes
    m_statements.clear(); // they hold the connection
    m_unprepared = QSqlQuery();
    {
        QSqlDatabase d = connection();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::openExtraConnection(const QString &purpose) const
{
    const QString name = m_connectionName + u'-' + purpose;
    QSqlDatabase d = QSqlDatabase::addDatabase(driverName(m_postgres), name);
    configure(d, m_databaseUrl, m_sqlitePath);
    d.open();
    return d;
}

Result<std::unique_ptr<Database>> Database::open(const QString &dataDir, const QString &databaseUrl)
{
    const bool postgres = !databaseUrl.isEmpty();
    const QString name = QStringLiteral("carecircle-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> s(new Database(name, postgres));
    s->m_databaseUrl = databaseUrl;
    if (!postgres) {
        if (!QDir().mkpath(dataDir))
            return makeError(ErrorCode::Io, trNoop("Server", "Cannot create the data directory."));
        s->m_sqlitePath = QDir(dataDir).filePath(QStringLiteral("server.db"));
    }
    QSqlDatabase d = QSqlDatabase::addDatabase(driverName(postgres), name);
    if (!d.isValid())
        return makeError(ErrorCode::Unavailable, trNoop("Server", "The Qt SQL driver for this database is missing."));
    configure(d, databaseUrl, s->m_sqlitePath);
    if (!d.open())
        return failed(d.lastError(), "opening the database");
    if (!postgres) {
        QSqlQuery q(d);
        // temp_store=MEMORY: a push's multi-row upserts keep their statement journal in
        // memory (bounded by one request body) instead of a temporary file made and
        // unlinked in /var/tmp for every push. The log is copied back by the checkpointer's
        // thread; this connection's own checkpoint is only the bound should that fall behind.
        const QString backstop = QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(WalCheckpointer::BackstopPages);
        for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode=WAL"),
                 QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                 QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA temp_store=MEMORY"), backstop}) {
            if (!q.exec(pragma))
                return failed(q.lastError(), "configuring SQLite");
        }
        s->m_checkpointer = std::make_unique<WalCheckpointer>(s->m_sqlitePath);
    }
    return s;
}

Status Database::begin()
{
    QSqlQuery q(connection());
    if (!q.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return failed(q.lastError(), "BEGIN");
    return {};
}

Status Database::commit()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = failed(q.lastError(), "COMMIT");
        rollback();
        return e;
    }
    return {};
}

void Database::rollback()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

Error Database::abort(const QSqlQuery &q, const char *what)
{
    const Error e = failed(q.lastError(), what);
    rollback();
    return e;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        (*it)->finish();
        return **it;
    }
    auto q = std::make_shared<QSqlQuery>(connection());
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        m_unprepared = std::move(*q);
        return m_unprepared;
    }
    return **m_statements.insert(sql, std::move(q));
}

Status Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    const bool ok = q.exec();
    const QSqlError error = q.lastError();
    q.finish();
    if (!ok)
        return failed(error, "statement");
    return {};
}

bool Database::ping()
{
    QSqlDatabase d = connection();
    if (!d.isOpen())
        return false;
    QSqlQuery q(d);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

} // namespace cc::server
