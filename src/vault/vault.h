// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/argon2id.h"
#include "crypto/keypair.h"
#include "crypto/securebuffer.h"
#include "protocol/accountmaterial.h"
#include "protocol/sealedrecord.h"
#include "vaulttypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace cc::vault {

class Keystore;

/**
 * The encrypted local store (DESIGN.md §4): one SQLite database in the vault folder.
 *
 * Key hierarchy: passphrase → Argon2id → key-encryption key → account key → space keys →
 * per-record content keys. The account key is wrapped once per unlock slot (passphrase,
 * recovery key, platform keystore). Clear columns hold only record id, space id, server
 * sequence, dirty flag, key version and deleted flag; everything else is sealed.
 *
 * Not thread-safe: use a Vault from the thread that opened it. Only the pure key
 * derivation (derivePassphraseKey) may run elsewhere.
 */
class Vault
{
public:
    static constexpr int SchemaVersion = 6;
    static QString databasePath(const QString &directory);
    static bool exists(const QString &directory);

    struct Created;
    /** Creates a vault in @p directory (made if missing, must not hold a vault yet). The new
     *  vault is unlocked; the recovery key is returned for showing once. */
    static Result<Created> create(
        const QString &directory, const crypto::SecureBuffer &passphrase, const crypto::Argon2Params &kdf);
    /** As create(), with the passphrase's key already derived (derivePassphraseKey) elsewhere. */
    static Result<Created> createWithPassphraseKey(
        const QString &directory, const PassphraseKdf &kdf, const crypto::SecureBuffer &keyEncryptionKey);
    /**
     * Creates a vault for another device of an existing account (a linked or restored
     * device): a new device id, vault id = account id, the account's private space, identity
     * secrets, recovery secret (so the printed recovery key keeps working) and every space
     * key. The new vault is unlocked.
     */
    static Result<std::unique_ptr<Vault>> createForAccount(const QString &directory, const PassphraseKdf &kdf,
        const crypto::SecureBuffer &keyEncryptionKey, const protocol::AccountMaterial &material);
    /** As above, for a device whose id and signing key were made (and registered on the
     *  server) before its vault: a linked device answers the link with them first. */
    static Result<std::unique_ptr<Vault>> createForAccount(const QString &directory, const PassphraseKdf &kdf,
        const crypto::SecureBuffer &keyEncryptionKey, const protocol::AccountMaterial &material,
        const QByteArray &deviceId, const crypto::KeyPair &deviceSigningKey);
    /** Fresh random salt with the given cost, for a new passphrase. */
    static PassphraseKdf newPassphraseKdf(const crypto::Argon2Params &params);
    /** Opens a vault, locked. Applies pending schema migrations. */
    static Result<std::unique_ptr<Vault>> open(const QString &directory);

    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    QString directory() const;
    QByteArray vaultId() const;
    QByteArray deviceId() const;
    QByteArray privateSpaceId() const;
    bool isUnlocked() const;

    // Unlocking. A wrong secret gives ErrorCode::WrongKey and changes nothing on disk.
    Result<PassphraseKdf> passphraseKdf() const;
    static Result<crypto::SecureBuffer> derivePassphraseKey(
        const crypto::SecureBuffer &passphrase, const PassphraseKdf &kdf);
    Status unlockWithPassphraseKey(const crypto::SecureBuffer &keyEncryptionKey);
    Status unlockWithPassphrase(const crypto::SecureBuffer &passphrase);
    Status unlockWithRecoveryKey(const QString &recoveryKey);
    Status unlockWithKeystore(Keystore &keystore);
    /** Wipes every key held in memory. */
    void lock();

    // Slots.
    /** Re-wraps the account key under a new passphrase; needs the current one. */
    Status changePassphrase(const crypto::SecureBuffer &oldPassphrase, const crypto::SecureBuffer &newPassphrase,
        const crypto::Argon2Params &kdf);
    /** As changePassphrase(), with both keys derived elsewhere (old one with passphraseKdf()). */
    Status changePassphraseWithKeys(
        const crypto::SecureBuffer &oldKey, const PassphraseKdf &newKdf, const crypto::SecureBuffer &newKey);
    /** The recovery key again, after proving the passphrase. */
    Result<QString> revealRecoveryKey(const crypto::SecureBuffer &passphrase) const;
    Result<QString> revealRecoveryKeyWithKey(const crypto::SecureBuffer &passphraseKey) const;
    bool hasKeystoreSlot() const;
    Status enableKeystoreSlot(Keystore &keystore);
    Status disableKeystoreSlot(Keystore &keystore);
    QString keystoreEntryName() const;

    // Records (vault must be unlocked).
    /** Writes one record. A record the server holds in another space moves: it is sealed in
     *  its new space and a tombstone of its old revision is queued for the old space. */
    Status put(const PlainRecord &record);
    /** Seals and writes all records in one transaction: all or nothing. */
    Status putMany(const QList<PlainRecord> &records);
    Result<OpenedRecord> get(const QByteArray &recordId) const;
    /** Opens every record; damaged ones are listed, the rest still open. With @p spaces,
     *  only the records of the spaces it accepts are read and opened (by the clear space
     *  column): a view of some spaces pays nothing for the others. */
    Result<VaultContents> readAll(const SpacePredicate &spaces = {}) const;
    /** As readAll(), handing the records to @p take in parts of up to @p partSize, in the
     *  same order, each part read and opened just before it is handed over: a reader that
     *  keeps only what it makes of each part never holds all sealed and opened bytes at once.
     *  On an error (after some parts, if reading fails midway) nothing more is handed over.
     *  @p take runs while the read's statement is open: it must not write to the vault. */
    Status readParts(const SpacePredicate &spaces, qsizetype partSize, const ContentsSink &take) const;
    /** As readAll(), for the records of @p spaces only: through the space index when they hold
     *  less than half the vault's rows (a view of a few spaces of a large vault, one patient
     *  of a care team's), else in one scan of the table. */
    Result<VaultContents> readSpaces(const QList<QByteArray> &spaces) const;
    /** As readSpaces(), handed over in parts as readParts() does. Through the index, the sealed
     *  bytes of the spaces' records are read first (to put them in the table's order), each
     *  part's dropped once it is opened. */
    Status readSpaceParts(const QList<QByteArray> &spaces, qsizetype partSize, const ContentsSink &take) const;
    /** As readParts(), the rows handed to @p take as read, sealed: a reader opens each part
     *  (openPart()) where it likes, on another thread while the next part is read. Their sync
     *  state is not read: the opened records' serverSeq is -1, dirty false, baseTag empty. */
    Status readSealedParts(const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const;
    /** As readSpaceParts(), the rows handed over sealed, as readSealedParts() does. Spaces
     *  that hold at least half the vault's rows are read in one scan of the table, each part
     *  handed over as soon as it is read. */
    Status readSealedSpaceParts(const QList<QByteArray> &spaces, qsizetype partSize, const SealedSink &take) const;
    /** Opens a part a sealed read handed over: damaged rows are listed, the rest open. Safe on
     *  any thread, several at once, while the vault stays unlocked and no space key changes
     *  (the reader that holds the read waits for it before it writes or locks). */
    VaultContents openPart(const SealedPart &part) const;
    /** As readSealedParts(), the rows @p rowids only (each opened record's rowid says which). */
    Status readSealedRowids(
        const QList<qint64> &rowids, const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const;
    /** As readSealedParts(), the rows in @p range only, in the table's order; returns the rowid
     *  of the last row looked at (0 if none), also when @p spaces or range.except left it out. */
    Result<qint64> readSealedRange(
        const RowRange &range, const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const;
    /** The row record @p recordId has in this vault's table (0 if none). */
    Result<qint64> rowidOf(const QByteArray &recordId) const;
    /** How many rows the spaces @p spaces hold (through the space index). */
    Result<qint64> rowCountOf(const QList<QByteArray> &spaces) const;
    /** The newest rowid of the table (about its number of rows; 0 when empty). */
    Result<qint64> tableExtent() const;
    int recordCount() const;

    // What this device derived from its records, sealed and never synced (docs/architecture.md
    // "The local cache"). Vault must be unlocked; a missing or unreadable entry is nothing.
    std::optional<QByteArray> localCache(const QByteArray &name) const;
    Status putLocalCache(const QByteArray &name, const QByteArray &plain);
    /** Each space's version, raised by every write of one of its records (0: never written). */
    QHash<QByteArray, qint64> spaceVersions(const QList<QByteArray> &spaces) const;

    // Sync support (DESIGN.md §6). Clear metadata only; no key needed except where noted.
    /** The server this vault syncs with (empty if none) and the account id there. */
    QString serverUrl() const;
    QByteArray accountId() const;
    /** True once the account and this device are registered on serverUrl(). */
    bool isConnected() const;
    Status setServer(const QString &url, const QByteArray &accountId);
    Status setConnected(bool connected);

    /** Everything another device of the account needs (unlocked vault). */
    Result<protocol::AccountMaterial> accountMaterial() const;
    /** The account's identity public key (Ed25519), derived from its secret (unlocked). */
    Result<QByteArray> identitySignPublicKey() const;
    /** This device's own Ed25519 signing key (wrapped secret "device_ed25519"); with
     *  @p create, made on first use. NotFound if missing and not created. Unlocked vault. */
    Result<crypto::KeyPair> deviceSigningKey(bool create = false);

    /** Spaces that hold records waiting to be pushed, and how many records wait in all.
     *  Tombstones queued for the space a record moved out of count as waiting records. */
    QList<QByteArray> dirtySpaces() const;
    int dirtyCount() const;
    /** Up to @p limit dirty records of @p spaceId with ids greater than @p afterId, by id,
     *  including the tombstones of records that moved from @p spaceId to another space. */
    Result<QList<OutgoingRecord>> dirtyRecords(const QByteArray &spaceId, const QByteArray &afterId, int limit) const;
    /**
     * Records a successful push in one transaction. A record whose stored revision is still
     * the one pushed (same tag) becomes clean with that sequence; one edited meanwhile stays
     * dirty but now edits the pushed revision (base tag = the pushed tag).
     */
    Status markPushed(const QList<PushedRecord> &pushed);
    /** Opens a sealed record from elsewhere with this vault's space keys (unlocked vault):
     *  header checked; Damaged or WrongKey if it does not open. */
    Result<OpenedRecord> openSealed(QByteArrayView sealed) const;
    /** The stored row of @p recordId without opening it (NotFound if absent). */
    Result<OutgoingRecord> storedRecord(const QByteArray &recordId) const;
    /** What sync needs to know of a stored record without opening it. */
    using SyncState = RecordSyncState;
    /** The states of those of @p recordIds that are stored (one prepared query, no decryption). */
    QHash<QByteArray, SyncState> syncStates(const QList<QByteArray> &recordIds) const;
    /** The last server sequence pulled of @p spaceId (0 before the first pull). */
    qint64 pullCursor(const QByteArray &spaceId) const;
    /**
     * Writes what a pull or a merge produced, in one transaction: @p incoming verbatim
     * (clean, base tag = their own tag), @p merged sealed here (dirty, base tag as given),
     * when @p cursorSpace is not empty the pull cursor of that space, and @p refused, kept
     * until takeRefusals(). Unlocked vault.
     */
    Status storeSynced(const QList<IncomingRecord> &incoming, const QList<MergedRecord> &merged,
        const QByteArray &cursorSpace = {}, qint64 cursor = 0, const QList<RefusedRevision> &refused = {});
    /**
     * The refusals stored with storeSynced() and revertRefused() since the last call, oldest
     * first, forgotten as they are returned (one transaction): a round reports them at its
     * end, and a round killed before its end leaves them to the next. Unlocked vault.
     */
    Result<QList<RefusedRevision>> takeRefusals();

    // Spaces and sharing (DESIGN.md §5). Clear metadata only.
    /** The account this vault belongs to: accountId() once connected, else the vault id
     *  (which becomes the account id when it connects). */
    QByteArray ownAccount() const;
    /** Every space known here: the private space, own spaces, and spaces shared with this
     *  account whose key is held. */
    QList<SpaceRow> spaces() const;
    /** Whether this account owns @p space (the private space and spaces created here). */
    bool ownsSpace(const QByteArray &space) const;
    /** Every space ownsSpace() accepts: the private space and the spaces this account made. */
    QList<QByteArray> ownSpaces() const;
    /** A new space owned by this account with key version 1 (unlocked vault). */
    Result<QByteArray> createSpace();
    /** Adds a version of a space's key (received from the owner, or a rotation by the owner);
     *  the same key again is a no-op, a different key for a held version is refused. */
    Status addSpaceKey(const QByteArray &space, quint32 version, const crypto::SecureBuffer &key);
    /** The newest key version held of @p space; 0 if none. */
    quint32 keyVersion(const QByteArray &space) const;
    /** A copy of one key version (to wrap it for a member); NotFound if not held. */
    Result<crypto::SecureBuffer> spaceKey(const QByteArray &space, quint32 version) const;
    /** Key versions held of @p space, ascending. */
    QList<quint32> keyVersions(const QByteArray &space) const;
    /** The sharing state of @p space, if any was stored. */
    std::optional<SpaceState> spaceState(const QByteArray &space) const;
    Status saveSpaceState(const SpaceState &state);
    /** Member identity keys ever seen in a verified list of @p space (former members too). */
    Status addMemberKey(const QByteArray &space, const QByteArray &account, const QByteArray &signPub);
    QList<QByteArray> memberKeys(const QByteArray &space, const QByteArray &account) const;
    /** Keeps a member list of @p space whose owner signature verified (the history: records
     *  are checked against the membership that held when they were written). */
    Status addSpaceList(const QByteArray &space, quint64 version, const QByteArray &list, const QByteArray &sig);
    /** Every member list of @p space kept by addSpaceList(), oldest first (encoded bytes). */
    QList<QByteArray> spaceLists(const QByteArray &space) const;
    /** How many member lists of @p space are kept (without reading them). */
    qint64 spaceListCount(const QByteArray &space) const;
    /** Accounts this device marked as verified in person. */
    Status setContactVerified(const QByteArray &account, bool verified);
    bool isContactVerified(const QByteArray &account) const;
    /** Invitations this device created and has not finished. */
    Status addInvite(const InviteRow &invite, const crypto::SecureBuffer &codeSecret);
    QList<InviteRow> invites() const;
    Result<crypto::SecureBuffer> inviteSecret(const QByteArray &invite) const;
    Status removeInvite(const QByteArray &invite);
    /**
     * Re-seals every dirty record of @p space (and its queued departures) that was sealed with
     * a key version other than @p version (0: the newest held), e.g. after a rotation. Returns
     * how many were re-sealed.
     */
    Result<int> resealDirty(const QByteArray &space, quint32 version = 0);
    /**
     * A tombstone queued in @p space for a record moved out of it now edits @p baseTag (the
     * server's current revision there); an empty @p baseTag drops it (nothing to remove).
     */
    Status rebaseDeparture(const QByteArray &space, const QByteArray &recordId, const QByteArray &baseTag);
    /**
     * Undoes a local change of @p recordId in @p space that the server refused for good (the
     * role or membership no longer allows it): a record never pushed is dropped; an edit
     * gets back the server revision it edited (or, if that is not kept, is marked clean and
     * the space is pulled again from its start); a queued departure there is dropped. The
     * refusal, with @p reason, is kept in the same transaction until takeRefusals().
     */
    Status revertRefused(const QByteArray &space, const QByteArray &recordId, const QString &reason);
    /** Whether a tombstone of @p recordId waits to be pushed to @p space. */
    bool hasDeparture(const QByteArray &space, const QByteArray &recordId) const;
    /** Spaces where a tombstone of a record moved out of them waits to be pushed. */
    QSet<QByteArray> departureSpaces() const;
    /**
     * Received tombstones of records that moved to another space (docs/sync-protocol.md,
     * "A move is one change"), kept aside instead of deleting the record here until the
     * move is seen whole. The same tombstone again replaces the held one.
     */
    Status holdDepartures(const QList<IncomingRecord> &departures);
    /** Every held departure (sealed as received, with its server sequence). */
    QList<IncomingRecord> heldDepartures() const;
    /** Forgets the held departure of @p recordId from @p space. */
    Status releaseDeparture(const QByteArray &space, const QByteArray &recordId);

private:
    Vault();
    class Private;
    std::unique_ptr<Private> d;
};

struct Vault::Created {
    std::unique_ptr<Vault> vault;
    QString recoveryKey;
};

} // namespace cc::vault
