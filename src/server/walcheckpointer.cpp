// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace cc::server {

WalCheckpointer::WalCheckpointer(const QString &sqlitePath)
    : m_thread(QThread::create([this, sqlitePath] { run(sqlitePath); }))
{
    m_thread->setObjectName(QStringLiteral("wal-checkpoint"));
    m_thread->start();
}

WalCheckpointer::~WalCheckpointer()
{
    m_stop.release();
    m_thread->wait();
}

void WalCheckpointer::run(const QString &sqlitePath)
{
    // The connection is made, used and closed on this thread only.
    const QString name = QStringLiteral("carecircle-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            qWarning("storage: the checkpoint connection did not open: %s", qUtf8Printable(db.lastError().text()));
        } else {
            QSqlQuery checkpoint(db);
            bool warned = false;
            while (!m_stop.tryAcquire(1, IntervalMs)) {
                // PASSIVE: copies what no reader still needs and never waits for the writer.
                if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && !warned) {
                    // Said once: the writer's own checkpoint (BackstopPages) still bounds the log.
                    qWarning("storage: checkpoint failed: %s", qUtf8Printable(checkpoint.lastError().text()));
                    warned = true;
                }
                checkpoint.finish();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace cc::server
