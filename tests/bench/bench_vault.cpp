// SPDX-License-Identifier: GPL-3.0-or-later
// Sealed-record write throughput against plain QSQLITE inserts of the same payloads, with
// the same batching, table shape and pragmas, in the same run (target ratio ≥ 0.7).
#include "benchutil.h"
#include "crypto/random.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cc;

namespace {

constexpr int Records = 10000;
constexpr int Batch = 500;

QList<vault::PlainRecord> makeRecords(const QByteArray &space)
{
    QList<vault::PlainRecord> records;
    for (int i = 0; i < Records; ++i) {
        // About the size of a check-in envelope.
        records.append({space, crypto::randomBytes(16), crypto::randomBytes(380), false});
    }
    return records;
}

double plainInserts(const QString &dir, const QList<vault::PlainRecord> &records)
{
    const QString name = QStringLiteral("plain");
    double ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir + QStringLiteral("/plain.db"));
        db.open();
        QSqlQuery setup(db);
        for (const char *s : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY",
                 "PRAGMA secure_delete=ON",
                 "CREATE TABLE records (record_id BLOB PRIMARY KEY, space_id BLOB NOT NULL, "
                 "server_seq INTEGER, dirty INTEGER NOT NULL DEFAULT 1, key_version INTEGER NOT NULL, "
                 "deleted INTEGER NOT NULL DEFAULT 0, sealed BLOB NOT NULL)"})
            setup.exec(QString::fromLatin1(s));
        QElapsedTimer t;
        t.start();
        for (int from = 0; from < records.size(); from += Batch) {
            db.transaction();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO records (record_id, space_id, dirty, key_version, deleted, sealed) "
                                     "VALUES (?, ?, 1, ?, ?, ?) "
                                     "ON CONFLICT(record_id) DO UPDATE SET sealed = excluded.sealed"));
            for (int i = from; i < std::min<int>(from + Batch, int(records.size())); ++i) {
                q.bindValue(0, records[i].recordId);
                q.bindValue(1, records[i].spaceId);
                q.bindValue(2, 1);
                q.bindValue(3, 0);
                q.bindValue(4, records[i].payload);
                q.exec();
            }
            db.commit();
        }
        ms = double(t.nsecsElapsed()) / 1e6;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

double sealedWrites(const QString &dir, QList<vault::PlainRecord> records)
{
    auto created = vault::Vault::create(
        dir + QStringLiteral("/vault"), crypto::SecureBuffer::copyOf("bench passphrase"), {1, 1024, 1});
    if (!created)
        qFatal("bench: vault creation failed");
    for (auto &r : records)
        r.spaceId = created->vault->privateSpaceId();
    QElapsedTimer t;
    t.start();
    for (int from = 0; from < records.size(); from += Batch) {
        if (!created->vault->putMany(records.mid(from, Batch)))
            qFatal("bench: write failed");
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QList<vault::PlainRecord> records = makeRecords(crypto::randomBytes(16));
    // Alternate the two, three rounds each, and keep the best of each: both see the same disk state.
    double plainBest = 1e18, sealedBest = 1e18;
    for (int round = 0; round < 3; ++round) {
        QTemporaryDir a, b;
        plainBest = std::min(plainBest, plainInserts(a.path(), records));
        sealedBest = std::min(sealedBest, sealedWrites(b.path(), records));
    }
    const double plainRate = Records / (plainBest / 1000.0);
    const double sealedRate = Records / (sealedBest / 1000.0);
    bench::report(QStringLiteral("plain QSQLITE inserts"), plainRate, "records/s",
        QStringLiteral("%1 records, batches of %2").arg(Records).arg(Batch));
    bench::report(QStringLiteral("sealed vault writes"), sealedRate, "records/s");
    bench::report(QStringLiteral("sealed/plain write throughput ratio"), sealedRate / plainRate, "",
        QStringLiteral("target >= 0.7"));
    return 0;
}
