// SPDX-License-Identifier: GPL-3.0-or-later
// Server push throughput against raw inserts of the same rows into the same database, in
// the same run, on SQLite and on PostgreSQL (target: ratio ≥ 0.5). The push path includes
// HTTP, JSON, header checks, Ed25519 verification, the space lock and sequence allocation.
#include "benchutil.h"
#include "serverprocess.h"
#include "servertestkit.h"

#include "protocol/proofs.h"
#include "protocol/sealedrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstdio>

using namespace cc::testing;

namespace {

constexpr int Records = 4000;
constexpr int Batch = 500;

struct Row {
    QByteArray record, sealed, sig;
};

QList<Row> makeRows(const TestAccount &a, const QByteArray &space)
{
    QList<Row> rows;
    for (int i = 0; i < Records; ++i) {
        Row r;
        r.record = randomId();
        // A typical small record: 200 bytes of payload pad to 256 (DESIGN.md §4).
        r.sealed = sealRecord(a.spaceKey, space, r.record, a.device.id, QByteArray(200, char('a' + i % 26)));
        r.sig = *cc::protocol::proofs::sign(
            a.device.sign.secretKey, cc::protocol::proofs::recordSignatureMessage(r.sealed));
        rows.append(r);
    }
    return rows;
}

double pushRate(Http &http, const TestAccount &a, const QString &token, const QList<Row> &rows)
{
    QList<QByteArray> bodies;
    for (int start = 0; start < rows.size(); start += Batch) {
        QJsonArray items;
        for (int i = start; i < std::min<int>(rows.size(), start + Batch); ++i) {
            items.append(QJsonObject {{QStringLiteral("record"), b64(rows.at(i).sealed)},
                {QStringLiteral("sig"), b64(rows.at(i).sig)}, {QStringLiteral("base"), QJsonValue::Null}});
        }
        bodies.append(QJsonDocument(QJsonObject {{QStringLiteral("records"), items}}).toJson(QJsonDocument::Compact));
    }
    QElapsedTimer t;
    t.start();
    for (const QByteArray &body : bodies) {
        const Reply r = http.send("POST", QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space)), body, token);
        if (r.status != 200) {
            std::fprintf(stderr, "push failed: %d %s\n", r.status, r.body.constData());
            return 0;
        }
    }
    return double(rows.size()) / (double(t.nsecsElapsed()) / 1e9);
}

/** The same rows straight into the server's tables, one transaction per batch. */
double rawRate(QSqlDatabase db, const TestAccount &a, const QList<Row> &rows)
{
    const bool pg = db.driverName() == u"QPSQL";
    const QByteArray space = randomId();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO spaces (space, owner, seq, created) VALUES (?, ?, 0, 0)"));
    q.bindValue(0, space);
    q.bindValue(1, a.account);
    if (!q.exec()) {
        std::fprintf(stderr, "raw: %s\n", qPrintable(q.lastError().text()));
        return 0;
    }
    QElapsedTimer t;
    t.start();
    for (int start = 0; start < rows.size(); start += Batch) {
        q.exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        q.prepare(QStringLiteral(
            "INSERT INTO records (space, record, seq, key_version, deleted, author, tag, size, sig, sealed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = start; i < std::min<int>(rows.size(), start + Batch); ++i) {
            const Row &r = rows.at(i);
            q.bindValue(0, space);
            q.bindValue(1, r.record);
            q.bindValue(2, qint64(i + 1));
            q.bindValue(3, qint64(1));
            q.bindValue(4, qint64(0));
            q.bindValue(5, a.device.id);
            q.bindValue(6, cc::protocol::sealedrecord::revisionTag(r.sealed));
            q.bindValue(7, qint64(r.sealed.size()));
            q.bindValue(8, r.sig);
            q.bindValue(9, r.sealed);
            if (!q.exec()) {
                std::fprintf(stderr, "raw: %s\n", qPrintable(q.lastError().text()));
                return 0;
            }
        }
        q.exec(QStringLiteral("COMMIT"));
    }
    return double(rows.size()) / (double(t.nsecsElapsed()) / 1e9);
}

bool run(const QString &label, const QString &databaseUrl)
{
    ServerProcess server(databaseUrl);
    if (!server.start()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(server.lastError()));
        return false;
    }
    Http http(server.baseUrl());
    const TestAccount a = TestAccount::create();
    if (!registerAccount(http, a))
        return false;
    const QString token = login(http, a.device);
    const QList<Row> rows = makeRows(a, a.space);
    const double pushed = pushRate(http, a, token, rows);

    const QString connection = QStringLiteral("raw-") + label;
    double raw = 0;
    {
        QSqlDatabase db;
        if (databaseUrl.isEmpty()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QDir(server.dataDir()).filePath(QStringLiteral("server.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            const QUrl url(databaseUrl);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        }
        if (!db.open()) {
            std::fprintf(stderr, "raw open: %s\n", qPrintable(db.lastError().text()));
            return false;
        }
        if (databaseUrl.isEmpty()) {
            QSqlQuery pragma(db);
            pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // as the server runs it
        }
        raw = rawRate(db, a, rows);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!server.stop())
        std::fprintf(stderr, "%s: stop: %s\n", qPrintable(label), qPrintable(server.lastError()));
    // Time inside the server (its request log), to tell it from HTTP and client costs.
    double serverMs = 0;
    for (const QByteArray &line : server.log().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("route")).toString() == u"/v1/spaces/{space}/records"
            && o.value(QStringLiteral("method")).toString() == u"POST")
            serverMs += o.value(QStringLiteral("ms")).toDouble();
    }
    cc::bench::report(QStringLiteral("server push %1").arg(label), pushed, "records/s",
        QStringLiteral("%1 records in pushes of %2").arg(Records).arg(Batch));
    cc::bench::report(
        QStringLiteral("raw insert %1").arg(label), raw, "records/s", QStringLiteral("same rows, same database"));
    cc::bench::report(QStringLiteral("server push %1, inside the server").arg(label),
        serverMs > 0 ? Records / (serverMs / 1000) : 0, "records/s",
        QStringLiteral("handler time from the request log"));
    cc::bench::report(QStringLiteral("server push / raw insert %1").arg(label), raw > 0 ? pushed / raw : 0, "ratio",
        QStringLiteral("target >= 0.5"));
    return pushed > 0 && raw > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = run(QStringLiteral("sqlite"), QString());
    const QString cluster = ServerProcess::postgresUrl();
    if (cluster.isEmpty()) {
        std::fprintf(stderr, "no PostgreSQL cluster (run under the ctest 'postgres' fixture)\n");
        return 1;
    }
    ok = run(QStringLiteral("postgresql"), ServerProcess::createDatabase(cluster)) && ok;
    return ok ? 0 : 1;
}
