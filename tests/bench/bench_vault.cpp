// SPDX-License-Identifier: GPL-3.0-or-later
// Sealed-record writes (Vault::putMany) against a like-for-like plain QSQLITE insert, 10 k
// records, in the same run (target ratio >= 0.85).
//
// The baseline is what the vault's write would cost without the vault:
//   - the same schema: the records table, its indexes and its triggers (each write raises its
//     space's version in space_versions, which is created too) come from the CREATE
//     statements a real vault's database holds (sqlite_master), so columns, types, the
//     primary key, both indexes and the triggers' work are the vault's own;
//   - the same pragmas as VaultSchema::openDatabase (WAL, synchronous=NORMAL, temp_store=MEMORY,
//     secure_delete=ON, foreign_keys=ON, busy_timeout, cache_size);
//   - the same bytes: every record's sealed blob, as a scratch vault sealed it (same sizes,
//     same ids, same space id);
//   - the same statement the app's write needs for a new or staying record: the vault's upsert
//     (INSERT … ON CONFLICT(record_id) DO UPDATE … WHERE space_id = excluded.space_id), prepared
//     once and bound per record with the same five values;
//   - the same batching: putMany calls of 500 records, each one transaction.
// Left out of the baseline, so it is what the ratio measures: sealing (key derivation, AEAD,
// randomness), the record-id checks, the key-version lookup and the transaction bookkeeping of
// putMany. Left out of both: creating the vault (Argon2id) and reading anything back.
// Both sides start from an empty table in a fresh folder and write batch by batch in
// alternating order, so load from elsewhere on the machine falls on both alike; the round with
// the median ratio is reported.
#include "benchutil.h"
#include "crypto/random.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

using namespace cc;

namespace {

constexpr int Records = 10000;
constexpr int Batch = 500;
constexpr int Rounds = 9;
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
        // The records table, its indexes, and its triggers with the table they write (each
        // write raises its space's version): tables first, then indexes and triggers.
        q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name IN ('records', 'space_versions') "
                              "AND sql IS NOT NULL ORDER BY type <> 'table', type"));
        while (q.next())
            statements.append(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    if (statements.size() < 6)
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

/** The plain side: a QSQLITE database with the vault's pragmas, schema and statement. */
class PlainTable
{
public:
    PlainTable(const QString &dir, const Workload &w) : m_w(w)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(dir + QStringLiteral("/plain.db"));
        db.open();
        QSqlQuery setup(db);
        for (const char *s : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY",
                 "PRAGMA secure_delete=ON", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000",
                 "PRAGMA cache_size=-16384"})
            setup.exec(QString::fromLatin1(s));
        for (const QString &s : w.schema)
            setup.exec(s);
        m_upsert = std::make_unique<QSqlQuery>(db);
        m_upsert->prepare(QStringLiteral(
            "INSERT INTO records (record_id, space_id, dirty, key_version, deleted, sealed) VALUES (?, ?, 1, ?, ?, ?) "
            "ON CONFLICT(record_id) DO UPDATE SET space_id = excluded.space_id, "
            "base_sealed = CASE WHEN records.dirty = 0 THEN records.sealed ELSE records.base_sealed END, dirty = 1, "
            "key_version = excluded.key_version, deleted = excluded.deleted, sealed = excluded.sealed "
            "WHERE records.space_id = excluded.space_id"));
    }
    ~PlainTable()
    {
        m_upsert.reset();
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    /** Writes records [from, from + Batch) in one transaction, as putMany does. */
    void writeBatch(int from)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.transaction();
        for (int i = from; i < std::min(from + Batch, Records); ++i) {
            m_upsert->bindValue(0, m_w.records[i].recordId);
            m_upsert->bindValue(1, m_w.records[i].spaceId);
            m_upsert->bindValue(2, qint64(1));
            m_upsert->bindValue(3, 0);
            m_upsert->bindValue(4, m_w.sealed[i]);
            if (!m_upsert->exec())
                qFatal("bench: plain insert failed");
        }
        db.commit();
    }

private:
    const Workload &m_w;
    const QString m_name = QStringLiteral("plain");
    std::unique_ptr<QSqlQuery> m_upsert;
};

struct RoundTimes {
    double plainMs = 0;
    double sealedMs = 0;
};

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

/** One round: both sides in fresh folders, batch by batch in alternating order, so load from
 *  elsewhere on the machine falls on both alike. */
RoundTimes round(const Workload &w, int index)
{
    QTemporaryDir a, b;
    PlainTable plain(a.path(), w);
    auto v = newVault(b.filePath(QStringLiteral("vault")));
    QList<vault::PlainRecord> records = w.records; // into this vault's private space
    for (auto &r : records)
        r.spaceId = v->privateSpaceId();
    RoundTimes times;
    for (int from = 0; from < Records; from += Batch) {
        const auto sealed = [&] {
            if (!v->putMany(records.mid(from, Batch)))
                qFatal("bench: write failed");
        };
        const auto plainBatch = [&] { plain.writeBatch(from); };
        if ((from / Batch + index) % 2 == 0) {
            times.plainMs += timeMs(plainBatch);
            times.sealedMs += timeMs(sealed);
        } else {
            times.sealedMs += timeMs(sealed);
            times.plainMs += timeMs(plainBatch);
        }
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    const Workload w = makeWorkload(scratch.filePath(QStringLiteral("scratch")));
    std::vector<RoundTimes> rounds;
    for (int r = 0; r < Rounds; ++r)
        rounds.push_back(round(w, r));
    std::sort(rounds.begin(), rounds.end(),
        [](const RoundTimes &x, const RoundTimes &y) { return x.plainMs / x.sealedMs < y.plainMs / y.sealedMs; });
    const RoundTimes median = rounds[rounds.size() / 2];
    const double plainBest = median.plainMs, sealedBest = median.sealedMs;
    const double plainRate = Records / (plainBest / 1000.0);
    const double sealedRate = Records / (sealedBest / 1000.0);
    bench::report(QStringLiteral("like-for-like plain QSQLITE upserts"), plainRate, "records/s",
        QStringLiteral("%1 records of %2 sealed bytes, batches of %3; same schema, bytes, statement")
            .arg(Records)
            .arg(w.sealed.constFirst().size())
            .arg(Batch));
    bench::report(QStringLiteral("sealed vault writes"), sealedRate, "records/s");
    bench::report(QStringLiteral("sealed write / like-for-like plain QSQLITE insert, 10 k"), sealedRate / plainRate, "",
        QStringLiteral("target >= 0.85"));
    return 0;
}
