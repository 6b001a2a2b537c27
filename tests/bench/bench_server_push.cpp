// SPDX-License-Identifier: GPL-3.0-or-later
// Server push throughput against raw inserts of the same rows into the same database, in
// the same run, on SQLite and on PostgreSQL (target: ratio ≥ 0.6). The push path includes
// HTTP, JSON, header checks, Ed25519 verification, the space lock and sequence allocation.
// The baseline runs the statements a push needs and nothing else, each prepared once, in
// one transaction per batch: lock the space, look up the records' current revisions,
// move the sequence, upsert the records and insert their revisions (statements of 32, 8
// and 1 rows, as the server does). The rows carry the proofs the server stores (the same
// bytes either way). Push and baseline alternate batch by batch, each into a space of its
// own in the same database, after a warm-up pass of the baseline into a third space, so
// that both meet the same database size and the same load on the machine. The figure
// compares the median batch of each side: a disk flush (a checkpoint's fsync, a WAL
// restart) stalls whichever side happens to write then, for up to 100 ms here, and a few
// such stalls decided the ratio of sums (printed beside it, "all batches"). Each
// comparison runs three times: records signed one by one (how clients pushed before tree
// proofs), pushes signed once over the tree of their records (how the app pushes: the
// relay checks the one signature and derives each record's proof, protocol/recordproof.h),
// both checked by the server (the default), and the signed-once push with
// --record-signatures trust.
#include "benchutil.h"
#include "serverprocess.h"
#include "servertestkit.h"

#include "protocol/proofs.h"
#include "protocol/recordproof.h"
#include "protocol/sealedrecord.h"
#include "server/walcheckpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <numeric>

using namespace cc::testing;

namespace {

// Enough batches that the figure is not one push's jitter, and a database that outgrows
// SQLite's page cache as a relay's does (at 4,000 records the baseline ran on a few MiB
// held in memory, and single pushes decided the ratio: 0.3–0.7 from run to run).
constexpr int Records = 20000;
constexpr int Batch = 500;

struct Row {
    QByteArray record, sealed, sig;
};

/** How the pushed records prove their author. */
enum class Proofs { PerRecord, Tree };

QList<Row> makeRows(const TestAccount &a, const QByteArray &space, Proofs proofs)
{
    QList<Row> rows;
    for (int i = 0; i < Records; ++i) {
        Row r;
        r.record = randomId();
        // A typical small record: 200 bytes of payload pad to 256 (DESIGN.md §4).
        r.sealed = sealRecord(a.spaceKey, space, r.record, a.device.id, QByteArray(200, char('a' + i % 26)));
        if (proofs == Proofs::PerRecord)
            r.sig = *cc::protocol::proofs::sign(
                a.device.sign.secretKey, cc::protocol::proofs::recordSignatureMessage(r.sealed));
        rows.append(r);
    }
    for (qsizetype start = 0; proofs == Proofs::Tree && start < rows.size(); start += Batch) {
        // One tree per push, as SyncEngine signs a push chunk.
        QList<QByteArray> sealed;
        for (qsizetype i = start; i < std::min<qsizetype>(rows.size(), start + Batch); ++i)
            sealed.append(rows.at(i).sealed);
        const QList<QByteArray> signedTree = *cc::protocol::recordproof::sign(a.device.sign.secretKey, sealed);
        for (qsizetype i = 0; i < signedTree.size(); ++i)
            rows[start + i].sig = signedTree.at(i);
    }
    return rows;
}

/** The push bodies of @p rows, one per batch: a proof per record, or (Tree) signed once as
 *  the app pushes: the tree's one signature for the push, and the relay derives each
 *  record's proof. */
QList<QByteArray> pushBodies(const QList<Row> &rows, Proofs proofs)
{
    QList<QByteArray> bodies;
    for (int start = 0; start < rows.size(); start += Batch) {
        QJsonArray items;
        for (int i = start; i < std::min<int>(rows.size(), start + Batch); ++i) {
            QJsonObject item {
                {QStringLiteral("record"), b64(rows.at(i).sealed)}, {QStringLiteral("base"), QJsonValue::Null}};
            if (proofs == Proofs::PerRecord)
                item.insert(QStringLiteral("sig"), b64(rows.at(i).sig));
            items.append(item);
        }
        QJsonObject body {{QStringLiteral("records"), items}};
        if (proofs == Proofs::Tree)
            body.insert(QStringLiteral("sig"), b64(rows.at(start).sig.first(cc::protocol::recordproof::SignatureSize)));
        bodies.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return bodies;
}

/** One push of @p body, its time appended to @p ns. */
bool pushOne(Http &http, const TestAccount &a, const QString &token, const QByteArray &body, QList<qint64> *ns)
{
    QElapsedTimer t;
    t.start();
    const Reply r = http.send("POST", QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space)), body, token);
    ns->append(t.nsecsElapsed());
    if (r.status != 200)
        std::fprintf(stderr, "push failed: %d %s\n", r.status, r.body.constData());
    return r.status == 200;
}

/** "(?, …), (?, …)": @p rows groups of @p columns placeholders. */
QString placeholders(int rows, int columns)
{
    QStringList row(columns, QStringLiteral("?"));
    return QStringList(rows, QStringLiteral("(") + row.join(QStringLiteral(", ")) + QStringLiteral(")"))
        .join(QStringLiteral(", "));
}

/** The baseline's statements, prepared once on @p db. */
struct RawStatements {
    explicit RawStatements(const QSqlDatabase &connection) : db(connection) { }
    QSqlQuery &get(const QString &sql)
    {
        auto it = cache.find(sql);
        if (it == cache.end()) {
            it = cache.emplace(sql, std::make_unique<QSqlQuery>(db)).first;
            it->second->setForwardOnly(true);
            if (!it->second->prepare(sql))
                std::fprintf(stderr, "raw prepare: %s\n", qPrintable(it->second->lastError().text()));
        }
        it->second->finish();
        return *it->second;
    }
    QSqlDatabase db;
    std::map<QString, std::unique_ptr<QSqlQuery>> cache;
};

bool execOrSay(QSqlQuery &q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "raw: %s\n", qPrintable(q.lastError().text()));
    return false;
}

/** Runs @p run(start, width) over [from, to) in widths 32, 8, 1. */
template<typename Run>
bool widths(int from, int to, Run &&run)
{
    for (const int width : {32, 8, 1}) {
        for (; to - from >= width; from += width) {
            if (!run(from, width))
                return false;
        }
    }
    return true;
}

/** One batch of the baseline: what RecordStore::push runs for new records, nothing more. */
bool rawBatch(
    RawStatements &st, bool pg, const QByteArray &space, const TestAccount &a, const QList<Row> &rows, int from, int to)
{
    QSqlQuery &lock = st.get(pg ? QStringLiteral("SELECT seq, key_version FROM spaces WHERE space = ? FOR UPDATE")
                                : QStringLiteral("SELECT seq, key_version FROM spaces WHERE space = ?"));
    lock.bindValue(0, space);
    if (!execOrSay(lock) || !lock.next())
        return false;
    lock.finish();
    bool ok = widths(from, to, [&](int start, int width) {
        QSqlQuery &q = st.get(QStringLiteral("SELECT r.record, r.sealed, r.sig, r.seq, d.account FROM records r "
                                             "LEFT JOIN devices d ON d.device = r.author WHERE r.space = ? AND "
                                             "r.record IN ")
            + placeholders(1, width));
        q.bindValue(0, space);
        for (int i = 0; i < width; ++i)
            q.bindValue(i + 1, rows.at(start + i).record);
        const bool done = execOrSay(q);
        while (q.next()) { }
        q.finish();
        return done;
    });
    QSqlQuery &seq = st.get(QStringLiteral("UPDATE spaces SET seq = seq + ? WHERE space = ? RETURNING seq"));
    seq.bindValue(0, qint64(to - from));
    seq.bindValue(1, space);
    if (!ok || !execOrSay(seq) || !seq.next())
        return false;
    const qint64 first = seq.value(0).toLongLong() - (to - from) + 1;
    seq.finish();
    ok = widths(from, to, [&](int start, int width) {
        QSqlQuery &q = st.get(QStringLiteral("INSERT INTO records (space, record, seq, key_version, deleted, author, "
                                             "tag, size, sig, sealed) VALUES ")
            + placeholders(width, 10)
            + QStringLiteral(" ON CONFLICT (space, record) DO UPDATE SET seq = excluded.seq, key_version = "
                             "excluded.key_version, deleted = excluded.deleted, author = excluded.author, tag = "
                             "excluded.tag, size = excluded.size, sig = excluded.sig, sealed = excluded.sealed"));
        int v = 0;
        for (int i = start; i < start + width; ++i) {
            const Row &r = rows.at(i);
            for (const QVariant &value : {QVariant(space), QVariant(r.record), QVariant(first + (i - from)),
                     QVariant(qint64(1)), QVariant(qint64(0)), QVariant(a.device.id),
                     QVariant(cc::protocol::sealedrecord::revisionTag(r.sealed)), QVariant(qint64(r.sealed.size())),
                     QVariant(r.sig), QVariant(r.sealed)})
                q.bindValue(v++, value);
        }
        return execOrSay(q);
    });
    return ok && widths(from, to, [&](int start, int width) {
        QSqlQuery &q =
            st.get(QStringLiteral("INSERT INTO revisions (space, record, tag, seq) VALUES ") + placeholders(width, 4));
        int v = 0;
        for (int i = start; i < start + width; ++i) {
            q.bindValue(v++, space);
            q.bindValue(v++, rows.at(i).record);
            q.bindValue(v++, cc::protocol::sealedrecord::revisionTag(rows.at(i).sealed));
            q.bindValue(v++, first + (i - from));
        }
        return execOrSay(q);
    });
}

/** A space of its own for the baseline's rows, owned by @p a. */
std::optional<QByteArray> rawSpace(QSqlDatabase db, const TestAccount &a)
{
    const QByteArray space = randomId();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO spaces (space, owner, seq, created) VALUES (?, ?, 0, 0)"));
    q.bindValue(0, space);
    q.bindValue(1, a.account);
    if (!execOrSay(q))
        return std::nullopt;
    return space;
}

/** Rows [from, to) straight into the server's tables with the push's statements (see the
 *  top), in one transaction, its time appended to @p ns. */
bool rawOne(RawStatements &st, const QByteArray &space, const TestAccount &a, const QList<Row> &rows, int from, int to,
    QList<qint64> *ns)
{
    const bool pg = st.db.driverName() == u"QPSQL";
    QSqlQuery q(st.db);
    QElapsedTimer t;
    t.start();
    q.exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!rawBatch(st, pg, space, a, rows, from, to)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const bool committed = q.exec(QStringLiteral("COMMIT"));
    ns->append(t.nsecsElapsed());
    return committed;
}

/** Records per second over all Records, from the median of the batch times @p ns (as if
 *  every batch took that long) or, with @p whole, from their sum. */
double rate(QList<qint64> ns, bool whole = false)
{
    if (ns.isEmpty())
        return 0;
    std::sort(ns.begin(), ns.end());
    const double seconds = whole ? double(std::accumulate(ns.cbegin(), ns.cend(), qint64(0))) / 1e9
                                 : double(ns.at(ns.size() / 2)) * double(ns.size()) / 1e9;
    return seconds > 0 ? double(Records) / seconds : 0;
}

/** One push-vs-raw comparison; @p trust runs the server with --record-signatures trust. */
bool run(const QString &label, const QString &databaseUrl, Proofs proofs, bool trust = false)
{
    ServerProcess server(databaseUrl,
        trust ? QStringList {QStringLiteral("--record-signatures"), QStringLiteral("trust")} : QStringList());
    if (!server.start()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(server.lastError()));
        return false;
    }
    Http http(server.baseUrl());
    const TestAccount a = TestAccount::create();
    if (!registerAccount(http, a))
        return false;
    const QString token = login(http, a.device);
    const QList<Row> rows = makeRows(a, a.space, proofs);

    const QString connection = QStringLiteral("raw-") + label;
    double pushed = 0, raw = 0, pushedWhole = 0, rawWhole = 0;
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
        QSqlQuery pragma(db);
        if (databaseUrl.isEmpty()) {
            // As the server runs it (Database::open): the server's checkpoint thread copies
            // this connection's log back as well, so both sides leave checkpoints to it.
            pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            pragma.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
            pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(cc::server::WalCheckpointer::BackstopPages));
        }
        // Both sides are measured on a relay that already holds records: the same rows in a
        // space of their own first. On PostgreSQL also with the table statistics autovacuum
        // gathers within a minute of that: the server's statements are planned on first use,
        // and plans made on an empty table (a lookup that scans the whole space) would
        // otherwise stay for the whole run, while the baseline, prepared later, got good ones.
        RawStatements st(db);
        const std::optional<QByteArray> warmSpace = rawSpace(db, a), rawSpaceId = rawSpace(db, a);
        QList<qint64> warmNs, pushNs, rawNs;
        bool ok = warmSpace && rawSpaceId;
        for (int start = 0; ok && start < rows.size(); start += Batch)
            ok = rawOne(st, *warmSpace, a, rows, start, std::min<int>(rows.size(), start + Batch), &warmNs);
        if (!databaseUrl.isEmpty())
            pragma.exec(QStringLiteral("ANALYZE"));
        // Push and baseline alternate batch by batch, so both meet a database of the same
        // size and the same load on the machine.
        const QList<QByteArray> bodies = pushBodies(rows, proofs);
        for (int start = 0; ok && start < rows.size(); start += Batch) {
            ok = pushOne(http, a, token, bodies.at(start / Batch), &pushNs)
                && rawOne(st, *rawSpaceId, a, rows, start, std::min<int>(rows.size(), start + Batch), &rawNs);
        }
        if (ok) {
            pushed = rate(pushNs);
            raw = rate(rawNs);
            pushedWhole = rate(pushNs, true);
            rawWhole = rate(rawNs, true);
        }
        st.cache.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!server.stop())
        std::fprintf(stderr, "%s: stop: %s\n", qPrintable(label), qPrintable(server.lastError()));
    // Time inside the server (its request log), to tell it from HTTP and client costs.
    QList<qint64> serverNs;
    for (const QByteArray &line : server.log().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("route")).toString() == u"/v1/spaces/{space}/records"
            && o.value(QStringLiteral("method")).toString() == u"POST")
            serverNs.append(qint64(o.value(QStringLiteral("ms")).toDouble() * 1e6));
    }
    const QString batches = QStringLiteral("median of %1 batches of %2").arg(Records / Batch).arg(Batch);
    cc::bench::report(QStringLiteral("server push %1").arg(label), pushed, "records/s", batches);
    cc::bench::report(QStringLiteral("raw insert %1").arg(label), raw, "records/s",
        QStringLiteral("same rows, same database, ") + batches);
    cc::bench::report(QStringLiteral("server push %1, inside the server").arg(label), rate(serverNs), "records/s",
        QStringLiteral("handler time from the request log, ") + batches);
    cc::bench::report(QStringLiteral("server push / raw insert %1").arg(label), raw > 0 ? pushed / raw : 0, "ratio",
        QStringLiteral("target >= 0.6; ") + batches);
    cc::bench::report(QStringLiteral("server push / raw insert %1, all batches").arg(label),
        rawWhole > 0 ? pushedWhole / rawWhole : 0, "ratio",
        QStringLiteral("sums of all batch times, with the disk's flush stalls that land on either side"));
    return pushed > 0 && raw > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Per-record signatures first: the figure before tree proofs, measured in the same run.
    bool ok = run(QStringLiteral("sqlite, one signature per record"), QString(), Proofs::PerRecord);
    ok = run(QStringLiteral("sqlite"), QString(), Proofs::Tree) && ok;
    // The same with the server trusting the session for authorship (clients still verify):
    // what the relay costs without any signature check (docs/sync-protocol.md).
    ok = run(QStringLiteral("sqlite, signatures trusted"), QString(), Proofs::Tree, true) && ok;
    const QString cluster = ServerProcess::postgresUrl();
    if (cluster.isEmpty()) {
        // A figure skipped, not a failure: PostgreSQL is optional on a developer machine.
        std::printf("bench: server push / raw insert postgresql skipped: no PostgreSQL cluster (run under the "
                    "ctest 'postgres' fixture, tests/tools/pgcluster.sh)\n");
        return ok ? 0 : 1;
    }
    ok = run(QStringLiteral("postgresql, one signature per record"), ServerProcess::createDatabase(cluster),
             Proofs::PerRecord)
        && ok;
    ok = run(QStringLiteral("postgresql"), ServerProcess::createDatabase(cluster), Proofs::Tree) && ok;
    ok = run(QStringLiteral("postgresql, signatures trusted"), ServerProcess::createDatabase(cluster), Proofs::Tree,
             true)
        && ok;
    return ok ? 0 : 1;
}
