// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "recordcipher.h"
#include "vaulttypes.h"

#include <QByteArray>
#include <QList>
#include <QSqlQuery>

#include <QString>

#include <memory>
#include <optional>

namespace cc::vault::detail {

class VaultState;

/**
 * The records table as the layers above see it: records are sealed with their space's
 * newest key on the way in and opened on the way out. A record written into another space
 * than the one the server holds it in moves: a tombstone of its old revision is queued for
 * the old space (the departures table).
 */
class RecordStore
{
public:
    /** What a read selects: every column, or what opening a record needs (not its sync
     *  state: server sequence, dirty flag and base tag, which the sync book reads). */
    enum class Columns { All, Opening };

    explicit RecordStore(VaultState &state) : m_state(state), m_cipher(state) { }
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    /** Drops the statements kept prepared on the connection; before the connection closes. */
    void releaseStatements();

    /** Seals and writes all records in one transaction: all or nothing. */
    Status putMany(const QList<PlainRecord> &records);
    Result<OpenedRecord> get(const QByteArray &recordId) const;
    /** Opens every record of the spaces @p spaces accepts (every space if empty); damaged
     *  ones are listed, the rest still open. */
    Result<VaultContents> readAll(const SpacePredicate &spaces = {}) const;
    /** As readAll(), handing the records to @p take in parts of up to @p partSize rows, in
     *  the table's order, each opened as it is read: only one part is held at a time. */
    Status readParts(const SpacePredicate &spaces, qsizetype partSize, const ContentsSink &take) const;
    /** The records of @p spaces only (through the space index when they hold less than half
     *  of the table; see spaceParts()). */
    Result<VaultContents> readSpaces(const QList<QByteArray> &spaces) const;
    /** As readSpaces(), opened and handed to @p take in parts, as readParts() does. */
    Status readSpaceParts(const QList<QByteArray> &spaces, qsizetype partSize, const ContentsSink &take) const;
    /** As readParts(), the rows handed over as read, not opened (openPart() opens them), without
     *  their sync state (Columns::Opening): what a reader of the records' contents needs. */
    Status readSealedParts(const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const;
    /** As readSpaceParts(), the rows handed over as read, not opened. */
    Status readSealedSpaceParts(const QList<QByteArray> &spaces, qsizetype partSize, const SealedSink &take) const;
    /** The rows @p rowids (Columns::Opening) of the spaces @p spaces accepts, in the table's order. */
    Status readSealedRowids(
        const QList<qint64> &rowids, const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const;
    /** The rows in @p range of the spaces @p spaces accepts, in the table's order; returns the
     *  rowid of the last row looked at (0 if none), also when it was left out. */
    Result<qint64> readSealedRange(
        const RowRange &range, const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const;
    /** How many rows the spaces hold (through the space index). */
    Result<qint64> rowsOf(const QList<QByteArray> &spaces) const;
    /** The row of record @p recordId; 0 if it has none. */
    Result<qint64> rowidOf(const QByteArray &recordId) const;
    /** The table's newest rowid: the number of its rows, or a little more. */
    Result<qint64> tableExtent() const;
    /** Opens a part a sealed read handed over; safe on any thread while the keys stay as they are. */
    VaultContents openPart(const SealedPart &part) const;
    int recordCount() const;
    /** Opens sealed bytes from elsewhere with the held space keys. */
    Result<OpenedRecord> openSealed(QByteArrayView sealed) const;

private:
    using SealedChunk = Result<QList<QByteArray>>;

    /** Seals records [from, from + chunk) with one draw of randomness; runs on a pool thread. */
    SealedChunk sealChunk(const QList<PlainRecord> &records, qsizetype from) const;
    /** The writes of putMany(), inside its transaction: pool threads seal the chunks while
     *  this thread writes those already sealed. */
    Status writeAll(const QList<PlainRecord> &records);
    /** The hot path's upsert, prepared once per connection (nullptr if it cannot be). */
    QSqlQuery *stayingUpsert();
    /** A record stored in another space: its departure, then the unconditional upsert. */
    Status writeMove(const PlainRecord &record, const QByteArray &sealed);
    Status writeChunk(
        QSqlQuery &upsert, const QList<PlainRecord> &records, qsizetype from, const QList<QByteArray> &sealed);
    bool writeSealed(QSqlQuery &q, const PlainRecord &record, const QByteArray &sealed) const;

    /**
     * Before @p record is written: if its stored row is in another space the server has seen
     * it in, a tombstone of the old revision is queued for that space (sealed with its key,
     * editing the server's revision there). Returns the base tag the record has in its new
     * space (a tombstone queued there before, now replaced by the live record), or nullopt
     * when the record does not move.
     */
    Result<std::optional<QByteArray>> prepareMove(const PlainRecord &record);
    /** Queues the tombstone of @p old (a row the server holds) for the space it leaves. */
    Status queueDeparture(const StoredRow &old);
    /** Drops a tombstone queued in @p record's new space and returns its base tag (may be empty). */
    Result<std::optional<QByteArray>> takeDepartureBase(const PlainRecord &record);
    bool setMovedBase(const QByteArray &recordId, const QByteArray &base);

    /** A scan of the table in parts (the rows of the spaces @p spaces accepts). */
    Status scanParts(const SpacePredicate &spaces, qsizetype partSize, Columns columns, const SealedSink &take) const;
    /** The rows of @p spaces in parts: one scan if they hold half the table, else by the index. */
    Status spaceParts(
        const QList<QByteArray> &spaces, qsizetype partSize, Columns columns, const SealedSink &take) const;
    /** How a walk of a query's rows hands them over (walkRows()). */
    struct Walk {
        const SpacePredicate &spaces;
        qsizetype partSize;
        Columns columns;
        const QSet<qint64> *except; ///< rowids left out (Columns::Opening only)
    };
    /** Hands @p q's rows (its columns columnsOf(walk.columns)) to @p take in parts, those of
     *  the spaces walk.spaces accepts; returns the rowid of the last row (Opening only). */
    Result<qint64> walkRows(QSqlQuery &q, const Walk &walk, const SealedSink &take) const;
    /** Opens @p rows, on two threads when there are many. */
    VaultContents openAll(const QList<StoredRow> &rows) const;
    VaultContents openRows(const QList<StoredRow> &rows, qsizetype from, qsizetype to) const;

    VaultState &m_state;
    RecordCipher m_cipher;
    std::unique_ptr<QSqlQuery> m_upsert;
    QString m_upsertConnection; ///< the connection m_upsert was prepared on
};

} // namespace cc::vault::detail
