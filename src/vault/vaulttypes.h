// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain value types of the Vault API, shared by its facade and its parts.

#include "crypto/argon2id.h"
#include "protocol/sealedrecord.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace cc::vault {

/** Which spaces a read is about (by space id); an empty one accepts every space. */
using SpacePredicate = std::function<bool(const QByteArray &spaceId)>;

/** A record as the layers above write it: the payload is sealed before it touches the disk. */
struct PlainRecord {
    QByteArray spaceId;
    QByteArray recordId;
    QByteArray payload;
    bool deleted = false;
};

/** A record read back and opened. */
struct OpenedRecord {
    protocol::SealedHeader header;
    QByteArray payload;
    qint64 serverSeq = -1; ///< -1 until the server has assigned a sequence
    bool dirty = false; ///< changed locally since the last sync
    QByteArray tag; ///< this revision's AEAD tag (protocol::sealedrecord::revisionTag)
    QByteArray baseTag; ///< tag of the server revision this one edits; empty if none
    qint64 rowid = 0; ///< its row in this vault's table (sealed reads only; 0 if not known)
};

/** A local revision waiting to be pushed: its sealed bytes as stored, and the server
 *  revision it edits (empty for a record the server has never seen). */
struct OutgoingRecord {
    QByteArray recordId;
    QByteArray spaceId;
    QByteArray sealed;
    QByteArray baseTag;
    /** The sealed server revision it edits, when this vault still holds it (storedRecord()
     *  only): a merge compares both sides with it to find the fields each side changed. */
    QByteArray baseSealed;
};

/** A revision the server accepted: @p tag is the one pushed (@p sealed its bytes, whose header
 *  names the space it went to), @p serverSeq its sequence. */
struct PushedRecord {
    QByteArray recordId;
    QByteArray tag;
    qint64 serverSeq = -1;
    QByteArray sealed;
};

/** A revision from the server, stored verbatim (it stays signed and sealed by its author). */
struct IncomingRecord {
    QByteArray sealed;
    qint64 serverSeq = -1;
};

/** A revision written here by a merge (or a conflict copy): sealed by this device, dirty,
 *  editing the server revision @p baseTag (empty for a new record). */
struct MergedRecord {
    PlainRecord record;
    QByteArray baseTag;
    qint64 serverSeq = -1;
    QByteArray baseSealed; ///< the sealed revision of @p baseTag, if known
    /** Not the record but the tombstone it leaves in record.spaceId, where it is not held
     *  (a copy a later move left behind): queued with the departures, pushed over @p baseTag. */
    bool departure = false;
};

/** A revision this device refused (received, or its own change the server refused for
 *  good), kept in the vault with what the round stored until a round reports it. */
struct RefusedRevision {
    QByteArray recordId;
    QString reason;
};

/** A record that did not open: kept in place, reported by space and id, never dropped. */
struct DamagedRecord {
    QByteArray spaceId;
    QByteArray recordId;
    QString reason; ///< translated
    qint64 rowid = 0; ///< its row, when a sealed read found it (0 if not known)
};

/** What readAll() found: every record that opened, and every one that did not. */
struct VaultContents {
    QList<OpenedRecord> records;
    QList<DamagedRecord> damaged;
};

/** Takes one part of the records a read opens (Vault::readParts). */
using ContentsSink = std::function<void(VaultContents &&part)>;

namespace detail {
/** A record row as stored: clear columns and the sealed bytes, not opened yet. */
struct StoredRow {
    QByteArray recordId;
    QByteArray spaceId;
    quint32 keyVersion = 0;
    bool deleted = false;
    qint64 serverSeq = -1;
    bool dirty = false;
    QByteArray sealed;
    QByteArray baseTag;
    qint64 rowid = 0; ///< sealed reads only (Columns::Opening)
};
} // namespace detail

/** A part of the rows a read found, in the table's order, not opened yet
 *  (Vault::readSealedParts, without their sync state; Vault::openPart opens it). */
struct SealedPart {
    QList<detail::StoredRow> rows;
};

/** Takes one part of the rows a read finds (Vault::readSealedParts). */
using SealedSink = std::function<void(SealedPart &&part)>;

/** Rows by their place in the table (Vault::readSealedRange): those with @p after < rowid
 *  <= @p upTo, at most @p limit of them (-1: all), leaving out the rowids in @p except. */
struct RowRange {
    qint64 after = 0;
    qint64 upTo = 0;
    qsizetype limit = -1;
    const QSet<qint64> *except = nullptr;
};

/** Where a passphrase slot's key-encryption key comes from, so the slow Argon2id can run on
 *  a worker thread without touching the database. */
struct PassphraseKdf {
    QByteArray salt;
    crypto::Argon2Params params;
};

/** A space this vault knows (clear metadata only; its name is a sealed record inside it). */
struct SpaceRow {
    QByteArray id;
    QByteArray owner; ///< the owner's account id
    QString role; ///< this account's role: "owner", "editor", "contributor", "viewer"
    quint32 keyVersion = 0; ///< newest key version held here; 0 while no key is held
    bool removed = false; ///< this account was removed or its membership ended
};

/** What sharing keeps of a space besides its keys (docs/sync-protocol.md "Sharing"). */
struct SpaceState {
    QByteArray id;
    QByteArray owner;
    QString role;
    bool removed = false;
    bool registered = false; ///< the server knows the space (own spaces are created locally first)
    QByteArray list; ///< newest member list whose signature verified (encoded bytes); empty if none
    QByteArray listSig;
    quint64 listVersion = 0;
    QByteArray ownerSignPub; ///< pinned owner identity key (Ed25519)
    QByteArray ownerBoxPub;
};

/** An invitation this device created; its code's secret stays wrapped under the account key. */
struct InviteRow {
    QByteArray invite;
    QByteArray space;
    QString role;
    qint64 expires = 0; ///< ms since epoch
};

/** What sync needs to know of a stored record without opening it (Vault::SyncState). */
struct RecordSyncState {
    QByteArray tag; ///< tag of the stored revision
    QByteArray baseTag;
    qint64 serverSeq = -1;
    bool dirty = false;
    QByteArray spaceId; ///< the space the stored revision is in
};

} // namespace cc::vault
