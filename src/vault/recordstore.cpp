// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstore.h"

#include "chunksealer.h"
#include "crypto/random.h"
#include "vaulterrors.h"
#include "vaultschema.h"
#include "vaultstate.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace cc::vault::detail {

namespace {

// Records sealed per task in putMany(): small, so the writer seldom waits for the first one.
constexpr qsizetype Chunk = 16;
// readAll() splits decryption over two threads from this many records on.
constexpr qsizetype ParallelOpenThreshold = 512;
// readAll() reads, opens and gathers the rows in parts of this many.
constexpr qsizetype ReadPart = 4096;

/** While a read walks many pages once, SQLite's page cache is its default instead of the
 *  16 MiB that writes use (a cache only shrinks by dropping pages; it grows again as writes
 *  need it). */
class ScanCache
{
public:
    explicit ScanCache(const QSqlDatabase &db) : m_pragma(db)
    {
        (void)m_pragma.exec(QString::fromLatin1(VaultSchema::ScanCachePragma));
    }
    ~ScanCache() { (void)m_pragma.exec(QString::fromLatin1(VaultSchema::WriteCachePragma)); }
    ScanCache(const ScanCache &) = delete;
    ScanCache &operator=(const ScanCache &) = delete;

private:
    QSqlQuery m_pragma;
};

/** Every part @p read hands over, in one VaultContents. */
Result<VaultContents> gathered(const std::function<Status(const ContentsSink &)> &read)
{
    VaultContents all;
    const Status status = read([&all](VaultContents &&part) {
        all.records.append(std::move(part.records));
        all.damaged.append(std::move(part.damaged));
    });
    if (!status)
        return status.error();
    return all;
}

/** The columns a read selects: every one (StoredRow's order), or what opening needs. */
QString columnsOf(RecordStore::Columns columns)
{
    return columns == RecordStore::Columns::All
        ? QStringLiteral("record_id, space_id, key_version, deleted, server_seq, dirty, sealed, base_tag")
        : QStringLiteral("record_id, space_id, key_version, deleted, sealed, rowid");
}

/** The row at @p q's current position, its columns (columnsOf()) from @p first on. */
StoredRow rowAt(const QSqlQuery &q, int first, RecordStore::Columns columns)
{
    if (columns == RecordStore::Columns::All)
        return storedRowAt(q, first);
    return StoredRow {q.value(first).toByteArray(), q.value(first + 1).toByteArray(),
        quint32(q.value(first + 2).toLongLong()), q.value(first + 3).toBool(), -1, false,
        q.value(first + 4).toByteArray(), {}, q.value(first + 5).toLongLong()};
}

// The upsert without a condition: the move path, after the departure is queued.
QString upsertSql()
{
    return QStringLiteral("INSERT INTO records (record_id, space_id, dirty, key_version, deleted, sealed) "
                          "VALUES (?, ?, 1, ?, ?, ?) "
                          "ON CONFLICT(record_id) DO UPDATE SET space_id = excluded.space_id, "
                          "base_sealed = CASE WHEN records.dirty = 0 THEN records.sealed ELSE records.base_sealed END, "
                          "dirty = 1, "
                          "key_version = excluded.key_version, deleted = excluded.deleted, "
                          "sealed = excluded.sealed");
}

// The hot path's only statement: inserts a new record or updates one that stays in its space.
// A record stored in another space changes no row; writeChunk() then takes the move path.
QString stayingUpsertSql()
{
    return upsertSql() + QStringLiteral(" WHERE records.space_id = excluded.space_id");
}

} // namespace

RecordStore::~RecordStore() = default;

void RecordStore::releaseStatements()
{
    m_upsert.reset();
    m_upsertConnection.clear();
}

QSqlQuery *RecordStore::stayingUpsert()
{
    // Prepared once per connection: parsing the statement cost as much as running it.
    if (m_upsert && m_upsertConnection == m_state.connectionName)
        return m_upsert.get();
    m_upsert = std::make_unique<QSqlQuery>(m_state.db());
    m_upsertConnection = m_state.connectionName;
    if (!m_upsert->prepare(stayingUpsertSql())) {
        releaseStatements();
        return nullptr;
    }
    return m_upsert.get();
}

Status RecordStore::putMany(const QList<PlainRecord> &records)
{
    if (!m_state.isUnlocked())
        return locked();
    for (const PlainRecord &r : records) {
        if (r.recordId.size() != protocol::sealedrecord::IdSize)
            return makeError(ErrorCode::InvalidInput, trNoop("Vault", "A record identifier has the wrong size."));
    }
    if (!m_state.db().transaction())
        return saveFailed();
    Status written = writeAll(records);
    if (written && !m_state.db().commit())
        written = saveFailed();
    if (!written)
        m_state.db().rollback();
    return written;
}

RecordStore::SealedChunk RecordStore::sealChunk(const QList<PlainRecord> &records, qsizetype from) const
{
    const qsizetype to = std::min(from + Chunk, records.size());
    // One draw from the CSPRNG per chunk: each RAND_bytes call costs a system call.
    const QByteArray random = crypto::randomBytes((to - from) * protocol::sealedrecord::RandomSize);
    QList<QByteArray> sealed;
    sealed.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        auto s = m_cipher.seal(records[i],
            QByteArrayView(random).sliced(
                (i - from) * protocol::sealedrecord::RandomSize, protocol::sealedrecord::RandomSize));
        if (!s)
            return s.error();
        sealed.append(std::move(*s));
    }
    return sealed;
}

Status RecordStore::writeAll(const QList<PlainRecord> &records)
{
    QSqlQuery *upsert = stayingUpsert();
    if (!upsert)
        return saveFailed();
    const qsizetype chunks = (records.size() + Chunk - 1) / Chunk;
    // One chunk: a thread hop costs more than it saves. Else helpers seal while this thread
    // writes, and this thread seals too whenever it would wait (ChunkSealer).
    const int helpers = chunks > 1 ? std::max(1, QThread::idealThreadCount() - 1) : 0;
    ChunkSealer sealer(
        chunks, [this, &records](qsizetype index) { return sealChunk(records, index * Chunk); }, helpers);
    for (qsizetype i = 0; i < chunks; ++i) {
        const SealedChunk &sealed = sealer.take(i);
        if (!sealed)
            return sealed.error();
        if (auto written = writeChunk(*upsert, records, i * Chunk, *sealed); !written)
            return written;
    }
    return {};
}

Status RecordStore::writeChunk(
    QSqlQuery &upsert, const QList<PlainRecord> &records, qsizetype from, const QList<QByteArray> &sealed)
{
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        const PlainRecord &record = records[from + i];
        if (!writeSealed(upsert, record, sealed.at(i)))
            return saveFailed();
        if (upsert.numRowsAffected() == 0) { // stored in another space: it moves
            if (auto moved = writeMove(record, sealed.at(i)); !moved)
                return moved;
        }
    }
    return {};
}

Status RecordStore::writeMove(const PlainRecord &record, const QByteArray &sealed)
{
    auto moved = prepareMove(record);
    if (!moved)
        return moved.error();
    QSqlQuery q(m_state.db());
    if (!q.prepare(upsertSql()) || !writeSealed(q, record, sealed)
        || (moved->has_value() && !setMovedBase(record.recordId, **moved)))
        return saveFailed();
    return {};
}

bool RecordStore::writeSealed(QSqlQuery &q, const PlainRecord &record, const QByteArray &sealed) const
{
    // Positional binds: this runs once per record on the write path.
    q.bindValue(0, record.recordId);
    q.bindValue(1, record.spaceId);
    q.bindValue(2, qint64(m_state.currentKeyVersion.value(record.spaceId)));
    q.bindValue(3, record.deleted ? 1 : 0);
    q.bindValue(4, sealed);
    return q.exec();
}

Result<std::optional<QByteArray>> RecordStore::prepareMove(const PlainRecord &record)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT record_id, space_id, key_version, deleted, server_seq, dirty, sealed, base_tag "
                             "FROM records WHERE record_id = ?"));
    q.bindValue(0, record.recordId);
    if (!q.exec())
        return readFailed();
    if (!q.next() || q.value(1).toByteArray() == record.spaceId)
        return std::optional<QByteArray>();
    const StoredRow row = storedRowAt(q);
    q.finish();
    if (!row.baseTag.isEmpty()) {
        if (auto s = queueDeparture(row); !s)
            return s.error();
    }
    return takeDepartureBase(record);
}

Status RecordStore::queueDeparture(const StoredRow &old)
{
    // Members of the old space already hold the old content: the tombstone carries that,
    // never the new content.
    auto opened = m_cipher.open(old);
    auto *previous = std::get_if<OpenedRecord>(&opened);
    if (!previous)
        return {};
    const QByteArray random = crypto::randomBytes(protocol::sealedrecord::RandomSize);
    auto sealed = m_cipher.seal({old.spaceId, old.recordId, previous->payload, true}, random);
    if (!sealed)
        return sealed.error();
    QSqlQuery d(m_state.db());
    d.prepare(QStringLiteral("INSERT INTO departures (record_id, space_id, key_version, sealed, base_tag) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT(record_id, space_id) DO UPDATE SET "
                             "key_version = excluded.key_version, sealed = excluded.sealed"));
    d.bindValue(0, old.recordId);
    d.bindValue(1, old.spaceId);
    d.bindValue(2, qint64(m_state.currentKeyVersion.value(old.spaceId)));
    d.bindValue(3, *sealed);
    d.bindValue(4, old.baseTag);
    if (!d.exec())
        return saveFailed();
    return {};
}

Result<std::optional<QByteArray>> RecordStore::takeDepartureBase(const PlainRecord &record)
{
    // Moving back into a space it left: the live record edits the server's revision there.
    QSqlQuery back(m_state.db());
    back.prepare(QStringLiteral("SELECT base_tag FROM departures WHERE record_id = ? AND space_id = ?"));
    back.bindValue(0, record.recordId);
    back.bindValue(1, record.spaceId);
    if (!back.exec())
        return readFailed();
    QByteArray base;
    if (back.next())
        base = back.value(0).toByteArray();
    back.finish();
    QSqlQuery drop(m_state.db());
    drop.prepare(QStringLiteral("DELETE FROM departures WHERE record_id = ? AND space_id = ?"));
    drop.bindValue(0, record.recordId);
    drop.bindValue(1, record.spaceId);
    if (!drop.exec())
        return saveFailed();
    return std::optional<QByteArray>(base);
}

bool RecordStore::setMovedBase(const QByteArray &recordId, const QByteArray &base)
{
    QSqlQuery q(m_state.db());
    q.prepare(
        QStringLiteral("UPDATE records SET base_tag = ?, base_sealed = NULL, server_seq = NULL WHERE record_id = ?"));
    q.bindValue(0, base.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(base));
    q.bindValue(1, recordId);
    return q.exec();
}

Result<OpenedRecord> RecordStore::get(const QByteArray &recordId) const
{
    if (!m_state.isUnlocked())
        return locked();
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT record_id, space_id, key_version, deleted, server_seq, dirty, sealed, base_tag "
                             "FROM records WHERE record_id = :id"));
    q.bindValue(QStringLiteral(":id"), recordId);
    if (!q.exec())
        return readFailed();
    if (!q.next())
        return makeError(ErrorCode::NotFound, trNoop("Vault", "The record does not exist."));
    return m_cipher.openOrError(storedRowAt(q));
}

Result<VaultContents> RecordStore::readAll(const SpacePredicate &spaces) const
{
    return gathered([&](const ContentsSink &take) { return readParts(spaces, ReadPart, take); });
}

Result<VaultContents> RecordStore::readSpaces(const QList<QByteArray> &spaces) const
{
    return gathered([&](const ContentsSink &take) { return readSpaceParts(spaces, ReadPart, take); });
}

Status RecordStore::readSpaceParts(const QList<QByteArray> &spaces, qsizetype partSize, const ContentsSink &take) const
{
    return spaceParts(spaces, partSize, Columns::All, [&](SealedPart &&part) { take(openAll(part.rows)); });
}

Status RecordStore::readParts(const SpacePredicate &spaces, qsizetype partSize, const ContentsSink &take) const
{
    return scanParts(spaces, partSize, Columns::All, [&](SealedPart &&part) { take(openAll(part.rows)); });
}

Status RecordStore::readSealedParts(const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const
{
    return scanParts(spaces, partSize, Columns::Opening, take);
}

Status RecordStore::readSealedSpaceParts(
    const QList<QByteArray> &spaces, qsizetype partSize, const SealedSink &take) const
{
    return spaceParts(spaces, partSize, Columns::Opening, take);
}

Result<qint64> RecordStore::rowsOf(const QList<QByteArray> &spaces) const
{
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM records WHERE space_id = ?")))
        return readFailed();
    qint64 rows = 0;
    for (const QByteArray &space : spaces) {
        q.bindValue(0, space);
        if (!q.exec() || !q.next())
            return readFailed();
        rows += q.value(0).toLongLong();
    }
    return rows;
}

Result<qint64> RecordStore::tableExtent() const
{
    // The newest rowid, from the end of the table's b-tree: no walk of its rows (a care team's
    // vault reads one patient's spaces at a time among hundreds). Rows removed leave gaps, so
    // it is at least the number of rows.
    QSqlQuery q(m_state.db());
    if (!q.exec(QStringLiteral("SELECT MAX(rowid) FROM records")) || !q.next())
        return readFailed();
    return q.value(0).toLongLong();
}

Status RecordStore::spaceParts(
    const QList<QByteArray> &spaces, qsizetype partSize, Columns columns, const SealedSink &take) const
{
    if (!m_state.isUnlocked())
        return locked();
    const QSet<QByteArray> wanted(spaces.cbegin(), spaces.cend());
    const QList<QByteArray> distinct(wanted.cbegin(), wanted.cend());
    // Spaces that hold most of the table (a patient's own, at her unlock) are read in one scan
    // of it, each part handed over as soon as it is read; a few spaces of a large vault (one
    // patient of a care team's) through the space index. Both give the table's order.
    const Result<qint64> theirs = rowsOf(distinct);
    if (!theirs)
        return theirs.error();
    const Result<qint64> extent = tableExtent();
    if (!extent)
        return extent.error();
    if (2 * *theirs >= *extent)
        return scanParts(
            [&wanted](const QByteArray &space) { return wanted.contains(space); }, partSize, columns, take);

    const ScanCache cache(m_state.db());
    std::vector<std::pair<qint64, StoredRow>> found;
    found.reserve(std::size_t(*theirs));
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT rowid, %1 FROM records WHERE space_id = ?").arg(columnsOf(columns))))
        return readFailed();
    for (const QByteArray &space : distinct) {
        q.bindValue(0, space);
        if (!q.exec())
            return readFailed();
        while (q.next())
            found.emplace_back(q.value(0).toLongLong(), rowAt(q, 1, columns));
        if (q.lastError().isValid())
            return readFailed();
    }
    // In the order readAll() gives (the table's), so a reader that keeps the last of two
    // records (two care plans made offline on two devices) keeps the same one either way.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    SealedPart part;
    part.rows.reserve(qMin(partSize, qsizetype(found.size())));
    for (std::size_t i = 0; i < found.size(); ++i) {
        part.rows.append(std::move(found[i].second));
        if (part.rows.size() == partSize || i + 1 == found.size()) {
            take(std::exchange(part, {}));
            part.rows.reserve(qMin(partSize, qsizetype(found.size() - i - 1)));
        }
    }
    return {};
}

VaultContents RecordStore::openAll(const QList<StoredRow> &rows) const
{
    // Decryption is pure CPU work on data already read: split it over two threads when large.
    if (rows.size() < ParallelOpenThreshold)
        return openRows(rows, 0, rows.size());
    const qsizetype half = rows.size() / 2;
    QFuture<VaultContents> second = QtConcurrent::run([&] { return openRows(rows, half, rows.size()); });
    VaultContents contents = openRows(rows, 0, half);
    VaultContents rest = second.result();
    contents.records.append(std::move(rest.records));
    contents.damaged.append(std::move(rest.damaged));
    return contents;
}

VaultContents RecordStore::openPart(const SealedPart &part) const
{
    return openRows(part.rows, 0, part.rows.size());
}

Status RecordStore::scanParts(
    const SpacePredicate &spaces, qsizetype partSize, Columns columns, const SealedSink &take) const
{
    if (!m_state.isUnlocked())
        return locked();
    const ScanCache cache(m_state.db());
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM records").arg(columnsOf(columns))))
        return readFailed();
    const Result<qint64> walked = walkRows(q, {spaces, partSize, columns, nullptr}, take);
    if (!walked)
        return walked.error();
    return {};
}

Result<qint64> RecordStore::walkRows(QSqlQuery &q, const Walk &walk, const SealedSink &take) const
{
    // The space is clear metadata: rows of other spaces are skipped before their sealed
    // bytes are copied out, let alone opened. The predicate may ask the database (whether
    // this account owns a space): it is asked once per space, not once per row.
    QHash<QByteArray, bool> wanted;
    qint64 last = 0;
    SealedPart part;
    part.rows.reserve(qMin(walk.partSize, ReadPart));
    while (q.next()) {
        if (walk.columns == Columns::Opening) {
            last = q.value(5).toLongLong();
            if (walk.except && walk.except->contains(last))
                continue;
        }
        if (walk.spaces) {
            const QByteArray space = q.value(1).toByteArray();
            auto known = wanted.constFind(space);
            if (known == wanted.constEnd())
                known = wanted.insert(space, walk.spaces(space));
            if (!*known)
                continue;
        }
        part.rows.append(rowAt(q, 0, walk.columns));
        if (part.rows.size() == walk.partSize) {
            take(std::exchange(part, {}));
            part.rows.reserve(qMin(walk.partSize, ReadPart));
        }
    }
    if (q.lastError().isValid())
        return readFailed();
    if (!part.rows.isEmpty())
        take(std::move(part));
    return last;
}

Status RecordStore::readSealedRowids(
    const QList<qint64> &rowids, const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const
{
    if (!m_state.isUnlocked())
        return locked();
    if (rowids.isEmpty())
        return {};
    // The rowids go in as one JSON array (SQLite's json_each), not one statement per row.
    QByteArray list = "[";
    for (qint64 rowid : rowids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(rowid);
    }
    list += ']';
    const ScanCache cache(m_state.db());
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM records WHERE rowid IN (SELECT value FROM json_each(?)) "
                                  "ORDER BY rowid")
                       .arg(columnsOf(Columns::Opening))))
        return readFailed();
    q.bindValue(0, QString::fromLatin1(list));
    if (!q.exec())
        return readFailed();
    const Result<qint64> walked = walkRows(q, {spaces, partSize, Columns::Opening, nullptr}, take);
    if (!walked)
        return walked.error();
    return {};
}

Result<qint64> RecordStore::readSealedRange(
    const RowRange &range, const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const
{
    if (!m_state.isUnlocked())
        return locked();
    const ScanCache cache(m_state.db());
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM records WHERE rowid > ? AND rowid <= ? ORDER BY rowid LIMIT ?")
                       .arg(columnsOf(Columns::Opening))))
        return readFailed();
    q.bindValue(0, range.after);
    q.bindValue(1, range.upTo);
    q.bindValue(2, range.limit < 0 ? qint64(-1) : qint64(range.limit));
    if (!q.exec())
        return readFailed();
    return walkRows(q, {spaces, partSize, Columns::Opening, range.except}, take);
}

Result<qint64> RecordStore::rowidOf(const QByteArray &recordId) const
{
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT rowid FROM records WHERE record_id = ?")))
        return readFailed();
    q.bindValue(0, recordId);
    if (!q.exec())
        return readFailed();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

VaultContents RecordStore::openRows(const QList<StoredRow> &rows, qsizetype from, qsizetype to) const
{
    VaultContents part;
    part.records.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        auto opened = m_cipher.open(rows[i]);
        if (auto *ok = std::get_if<OpenedRecord>(&opened))
            part.records.append(std::move(*ok));
        else
            part.damaged.append(std::get<DamagedRecord>(std::move(opened)));
    }
    return part;
}

int RecordStore::recordCount() const
{
    QSqlQuery q(m_state.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<OpenedRecord> RecordStore::openSealed(QByteArrayView sealed) const
{
    if (!m_state.isUnlocked())
        return locked();
    auto header = protocol::sealedrecord::parseHeader(sealed);
    if (!header)
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The record's header is malformed."));
    const StoredRow row {
        header->recordId, header->spaceId, header->keyVersion, header->deleted, -1, false, sealed.toByteArray(), {}};
    return m_cipher.openOrError(row);
}

} // namespace cc::vault::detail
