// SPDX-License-Identifier: GPL-3.0-or-later
// Sealed-record writes (Vault::putMany) against a like-for-like plain QSQLITE insert, 10 k
// records, in the same run (target ratio >= 0.85).
//
// The baseline is what the vault's write would cost without the vault:
//   - the same schema: the records table and its indexes are created from the CREATE
//     statements a real vault's database holds (sqlite_master), so columns, types, the
//     primary key and both indexes are the vault's own;
//   - the same pragmas as VaultSchema::openDatabase (WAL, synchronous=NORMAL, temp_store=MEMORY,
//     secure_delete=ON, foreign_keys=ON, busy_timeout);
//   - the same bytes: every record's sealed blob, as a scratch vault sealed it (same sizes,
//     same ids, same space id);
//   - the same statement the app's write needs for a new or staying record: the vault's upsert
//     (INSERT … ON CONFLICT(record_id) DO UPDATE … WHERE space_id = excluded.space_id), prepared
//     once and bound per record with the same five values;
//   - the same batching: putMany calls of 500 records, each one transaction.
// Left out of the baseline, so it is what the ratio measures: sealing (key derivation, AEAD,
// randomness), the record-id checks, the key-version lookup and the transaction bookkeeping of
// putMany. Left out of both: creating the vault (Argon2id) and reading anything back.
// Both sides start from an empty table in a fresh folder; rounds alternate, the best of each
// counts.
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
constexpr int Rounds = 5;
const crypto::Argon2Params FastKdf {1, 1024, 1};

/** The records, their sealed bytes and the vault schema's CREATE statements for them. */
struct Workload {
    QList<vault::PlainRecord> records;
    QList<QByteArray> sealed;
    QStringList schema;
};

std::unique_ptr<vault::Vault> newVault(const QString &dir)
{
    auto created = vault::Vault::create(dir, crypto::SecureBuffer::copyOf("bench passphrase"), FastKdf);
    if (!created)
        qFatal("bench: vault creation failed");
    return std::move(created->vault);
}

QStringList recordsSchema(const QString &databasePath)
{
    QStringList statements;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
        db.setDatabaseName(databasePath);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'records' AND sql IS NOT NULL "
                              "ORDER BY type DESC")); // the table before its indexes
        while (q.next())
            statements.append(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    if (statements.size() < 3)
        qFatal("bench: the vault's records schema was not found");
    return statements;
}

Workload makeWorkload(const QString &dir)
{
    Workload w;
    auto scratch = newVault(dir);
    for (int i = 0; i < Records; ++i) {
        // About the size of a check-in envelope; the private space, as a new user's records.
        w.records.append({scratch->privateSpaceId(), crypto::randomBytes(16), crypto::randomBytes(380), false});
    }
    if (!scratch->putMany(w.records))
        qFatal("bench: scratch write failed");
    for (const vault::PlainRecord &r : std::as_const(w.records))
        w.sealed.append(scratch->storedRecord(r.recordId)->sealed);
    scratch.reset();
    w.schema = recordsSchema(vault::Vault::databasePath(dir));
    return w;
}

double plainUpserts(const QString &dir, const Workload &w)
{
    const QString name = QStringLiteral("plain");
    double ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir + QStringLiteral("/plain.db"));
        db.open();
        QSqlQuery setup(db);
        for (const char *s : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY",
                 "PRAGMA secure_delete=ON", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"})
            setup.exec(QString::fromLatin1(s));
        for (const QString &s : w.schema)
            setup.exec(s);
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO records (record_id, space_id, dirty, key_version, deleted, sealed) VALUES (?, ?, 1, ?, ?, ?) "
            "ON CONFLICT(record_id) DO UPDATE SET space_id = excluded.space_id, "
            "base_sealed = CASE WHEN records.dirty = 0 THEN records.sealed ELSE records.base_sealed END, dirty = 1, "
            "key_version = excluded.key_version, deleted = excluded.deleted, sealed = excluded.sealed "
            "WHERE records.space_id = excluded.space_id"));
        QElapsedTimer t;
        t.start();
        for (int from = 0; from < Records; from += Batch) {
            db.transaction();
            for (int i = from; i < std::min(from + Batch, Records); ++i) {
                q.bindValue(0, w.records[i].recordId);
                q.bindValue(1, w.records[i].spaceId);
                q.bindValue(2, qint64(1));
                q.bindValue(3, 0);
                q.bindValue(4, w.sealed[i]);
                if (!q.exec())
                    qFatal("bench: plain insert failed");
            }
            db.commit();
        }
        ms = double(t.nsecsElapsed()) / 1e6;
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

double sealedWrites(const QString &dir, QList<vault::PlainRecord> records)
{
    auto v = newVault(dir + QStringLiteral("/vault"));
    for (auto &r : records)
        r.spaceId = v->privateSpaceId();
    QElapsedTimer t;
    t.start();
    for (int from = 0; from < records.size(); from += Batch) {
        if (!v->putMany(records.mid(from, Batch)))
            qFatal("bench: write failed");
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    const Workload w = makeWorkload(scratch.filePath(QStringLiteral("scratch")));
    double plainBest = 1e18, sealedBest = 1e18;
    for (int round = 0; round < Rounds; ++round) {
        QTemporaryDir a, b;
        plainBest = std::min(plainBest, plainUpserts(a.path(), w));
        sealedBest = std::min(sealedBest, sealedWrites(b.path(), w.records));
    }
    const double plainRate = Records / (plainBest / 1000.0);
    const double sealedRate = Records / (sealedBest / 1000.0);
    bench::report(QStringLiteral("like-for-like plain QSQLITE upserts"), plainRate, "records/s",
        QStringLiteral("%1 records of %2 sealed bytes, batches of %3; same schema, bytes, statement")
            .arg(Records)
            .arg(w.sealed.constFirst().size())
            .arg(Batch));
    bench::report(QStringLiteral("sealed vault writes"), sealedRate, "records/s");
    bench::report(QStringLiteral("sealed write / like-for-like plain QSQLITE insert, 10 k"), sealedRate / plainRate,
        "", QStringLiteral("target >= 0.85"));
    return 0;
}
