// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "recordcipher.h"
#include "vaulttypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QSqlQuery;

namespace cc::vault::detail {

class VaultState;

/**
 * Sync bookkeeping (DESIGN.md §6): which records wait to be pushed (dirty rows and the
 * tombstones of records that moved to another space), what the server accepted, the pull
 * cursor of each space, revisions stored as pulled or merged, and the server settings.
 * Clear metadata only, except where records are sealed or opened (unlocked vault).
 */
class SyncBook
{
public:
    explicit SyncBook(VaultState &state) : m_state(state), m_cipher(state) { }

    QString serverUrl() const;
    bool isConnected() const;
    Status setServer(const QString &url, const QByteArray &accountId);
    Status setConnected(bool connected);

    QList<QByteArray> dirtySpaces() const;
    int dirtyCount() const;
    Result<QList<OutgoingRecord>> dirtyRecords(const QByteArray &spaceId, const QByteArray &afterId, int limit) const;
    Status markPushed(const QList<PushedRecord> &pushed);
    Result<OutgoingRecord> storedRecord(const QByteArray &recordId) const;
    QHash<QByteArray, RecordSyncState> syncStates(const QList<QByteArray> &recordIds) const;
    qint64 pullCursor(const QByteArray &spaceId) const;
    Status storeSynced(const QList<IncomingRecord> &incoming, const QList<MergedRecord> &merged,
        const QByteArray &cursorSpace, qint64 cursor, const QList<RefusedRevision> &refused);
    /** Every refusal kept, oldest first, and forgets them (see Vault::takeRefusals). */
    Result<QList<RefusedRevision>> takeRefusals();

    /** Re-seals dirty rows and departures of @p space sealed with another key version. */
    Result<int> resealDirty(const QByteArray &space, quint32 version);
    Status rebaseDeparture(const QByteArray &space, const QByteArray &recordId, const QByteArray &baseTag);
    bool hasDeparture(const QByteArray &space, const QByteArray &recordId) const;
    /** Undoes the local change of @p recordId in @p space the server refused (see Vault). */
    Status revertRefused(const QByteArray &space, const QByteArray &recordId, const QString &reason);
    /** Spaces with a queued departure (pushed after the others: a move lands before it leaves). */
    QSet<QByteArray> departureSpaces() const;

    /** Received departures held back (see Vault::holdDepartures). */
    Status holdDepartures(const QList<IncomingRecord> &departures);
    QList<IncomingRecord> heldDepartures() const;
    Status releaseDeparture(const QByteArray &space, const QByteArray &recordId);

private:
    /** A row sealed with an old key version: a dirty record or a queued departure. */
    struct StaleRow {
        bool departure = false;
        StoredRow row;
    };

    /** Headers of @p incoming, checked before anything is written. */
    static Result<QList<protocol::SealedHeader>> parseIncoming(const QList<IncomingRecord> &incoming);
    Result<QList<QByteArray>> sealMerged(const QList<MergedRecord> &merged) const;
    /** The writes of storeSynced(), inside its transaction. */
    Status writeSynced(const QList<IncomingRecord> &incoming, const QList<protocol::SealedHeader> &headers,
        const QList<MergedRecord> &merged, const QList<QByteArray> &sealedMerged, const QByteArray &cursorSpace,
        qint64 cursor, const QList<RefusedRevision> &refused);
    /** Queues the departure @p sealed (a merge planned it), replacing one queued for its record and space. */
    bool writeDeparture(const protocol::SealedHeader &h, const QByteArray &sealed, const QByteArray &baseTag);
    bool writeRefusals(const QList<RefusedRevision> &refused);
    bool writePullCursor(const QByteArray &space, qint64 cursor);
    /** revertRefused()'s writes, inside its transaction. */
    bool writeReverted(const QByteArray &space, const QByteArray &recordId);

    Result<QList<StaleRow>> staleRows(const QByteArray &space, quint32 target) const;
    Status reseal(const StaleRow &stale, const QByteArray &space, quint32 target);

    VaultState &m_state;
    RecordCipher m_cipher;
};

} // namespace cc::vault::detail
