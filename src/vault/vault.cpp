// SPDX-License-Identifier: GPL-3.0-or-later
// The Vault facade: each job lives in its own part (vaultsetup, vaultschema, keyring, recordstore,
// syncbook, spacekeys, invitestore), all sharing one VaultState. What is left here is
// turning the parts' results into the public API.
#include "vault.h"

#include "crypto/random.h"
#include "invitestore.h"
#include "keyring.h"
#include "localcache.h"
#include "protocol/recoverykey.h"
#include "recordstore.h"
#include "spacekeys.h"
#include "syncbook.h"
#include "vaulterrors.h"
#include "vaultschema.h"
#include "vaultsetup.h"
#include "vaultstate.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace cc::vault {

using crypto::SecureBuffer;
using namespace detail;

static_assert(Vault::SchemaVersion == VaultSchema::Version);

namespace {

const QString DatabaseFile = QStringLiteral("vault.db");

bool isCompleteMaterial(const protocol::AccountMaterial &material)
{
    return material.account.size() == protocol::sealedrecord::IdSize
        && material.privateSpace.size() == protocol::sealedrecord::IdSize && material.signSecret.size() == 32
        && material.boxSecret.size() == 32 && material.recoverySecret.size() == protocol::recoverykey::SecretSize
        && std::any_of(material.spaceKeys.cbegin(), material.spaceKeys.cend(),
            [&](const protocol::SpaceKey &k) { return k.space == material.privateSpace; });
}

Error incompleteKeys()
{
    return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The account's keys are incomplete."));
}

} // namespace

class Vault::Private
{
public:
    VaultState state;
    KeyRing keyRing {state};
    RecordStore records {state};
    SyncBook sync {state};
    SpaceKeys spaces {state};
    InviteStore invites {state};
    LocalCache cache {state};
    VaultSetup setup {state, keyRing, spaces};

    /** Unlocks with an account key a slot opened: loads the space keys with it. */
    Status adopt(Result<SecureBuffer> account)
    {
        if (!account)
            return account.error();
        auto table = spaces.unwrapAll(*account);
        if (!table)
            return table.error();
        state.adoptKeys(std::move(*account), std::move(*table));
        return {};
    }
};

// --- creating and opening --------------------------------------------------------------------

QString Vault::databasePath(const QString &directory)
{
    return QDir(directory).filePath(DatabaseFile);
}

bool Vault::exists(const QString &directory)
{
    return QFileInfo::exists(databasePath(directory));
}

Vault::Vault() : d(std::make_unique<Private>())
{ }

Vault::~Vault()
{
    lock();
    d->records.releaseStatements();
    VaultSchema::closeDatabase(d->state.connectionName);
}

PassphraseKdf Vault::newPassphraseKdf(const crypto::Argon2Params &params)
{
    return KeyRing::newPassphraseKdf(params);
}

Result<Vault::Created> Vault::create(
    const QString &directory, const SecureBuffer &passphrase, const crypto::Argon2Params &kdfParams)
{
    if (exists(directory))
        return makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder."));
    const PassphraseKdf kdf = newPassphraseKdf(kdfParams);
    auto kek = derivePassphraseKey(passphrase, kdf);
    if (!kek)
        return kek.error();
    return createWithPassphraseKey(directory, kdf, *kek);
}

Result<Vault::Created> Vault::createWithPassphraseKey(
    const QString &directory, const PassphraseKdf &kdf, const SecureBuffer &kek)
{
    std::unique_ptr<Vault> vault(new Vault);
    auto recoveryKey = vault->d->setup.create(directory, databasePath(directory), kdf, kek, nullptr, {});
    if (!recoveryKey)
        return recoveryKey.error();
    return Created {std::move(vault), *recoveryKey};
}

Result<std::unique_ptr<Vault>> Vault::createForAccount(const QString &directory, const PassphraseKdf &kdf,
    const SecureBuffer &kek, const protocol::AccountMaterial &material)
{
    return createForAccount(directory, kdf, kek, material, crypto::randomBytes(16), crypto::ed25519::generate());
}

Result<std::unique_ptr<Vault>> Vault::createForAccount(const QString &directory, const PassphraseKdf &kdf,
    const SecureBuffer &kek, const protocol::AccountMaterial &material, const QByteArray &deviceId,
    const crypto::KeyPair &deviceSigningKey)
{
    if (!isCompleteMaterial(material))
        return incompleteKeys();
    std::unique_ptr<Vault> vault(new Vault);
    if (deviceId.size() != protocol::sealedrecord::IdSize || deviceSigningKey.secretKey.size() != 32)
        return incompleteKeys();
    if (auto created = vault->d->setup.create(directory, databasePath(directory), kdf, kek, &material, deviceId);
        !created)
        return created.error();
    if (auto s = vault->d->keyRing.storeDeviceSigningKey(deviceSigningKey.secretKey); !s)
        return s.error();
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &directory)
{
    if (!exists(directory))
        return makeError(ErrorCode::NotFound, trNoop("Vault", "There is no vault in this folder."));
    std::unique_ptr<Vault> vault(new Vault);
    if (auto s = vault->d->setup.open(directory, databasePath(directory)); !s)
        return s.error();
    return vault;
}

QString Vault::directory() const
{
    return d->state.directory;
}

QByteArray Vault::vaultId() const
{
    return d->state.vaultId;
}

QByteArray Vault::deviceId() const
{
    return d->state.deviceId;
}

QByteArray Vault::privateSpaceId() const
{
    return d->state.privateSpaceId;
}

bool Vault::isUnlocked() const
{
    return d->state.isUnlocked();
}

// --- unlocking and slots (KeyRing) -----------------------------------------------------------

Result<PassphraseKdf> Vault::passphraseKdf() const
{
    return d->keyRing.passphraseKdf();
}

Result<SecureBuffer> Vault::derivePassphraseKey(const SecureBuffer &passphrase, const PassphraseKdf &kdf)
{
    return KeyRing::derivePassphraseKey(passphrase, kdf);
}

Status Vault::unlockWithPassphraseKey(const SecureBuffer &keyEncryptionKey)
{
    return d->adopt(d->keyRing.openPassphraseSlot(keyEncryptionKey));
}

Status Vault::unlockWithPassphrase(const SecureBuffer &passphrase)
{
    auto kdf = passphraseKdf();
    if (!kdf)
        return kdf.error();
    auto kek = derivePassphraseKey(passphrase, *kdf);
    if (!kek)
        return kek.error();
    return unlockWithPassphraseKey(*kek);
}

Status Vault::unlockWithRecoveryKey(const QString &text)
{
    return d->adopt(d->keyRing.openRecoverySlot(text));
}

Status Vault::unlockWithKeystore(Keystore &keystore)
{
    return d->adopt(d->keyRing.openKeystoreSlot(keystore));
}

void Vault::lock()
{
    d->state.wipeKeys();
}

Status Vault::changePassphrase(
    const SecureBuffer &oldPassphrase, const SecureBuffer &newPassphrase, const crypto::Argon2Params &kdfParams)
{
    if (!crypto::argon2::withinLimits(kdfParams))
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The passphrase settings are out of range."));
    auto kdf = passphraseKdf();
    if (!kdf)
        return kdf.error();
    auto oldKey = derivePassphraseKey(oldPassphrase, *kdf);
    if (!oldKey)
        return oldKey.error();
    const PassphraseKdf newKdf = newPassphraseKdf(kdfParams);
    auto newKey = derivePassphraseKey(newPassphrase, newKdf);
    if (!newKey)
        return newKey.error();
    return changePassphraseWithKeys(*oldKey, newKdf, *newKey);
}

Status Vault::changePassphraseWithKeys(
    const SecureBuffer &oldKey, const PassphraseKdf &newKdf, const SecureBuffer &newKey)
{
    return d->keyRing.changePassphraseWithKeys(oldKey, newKdf, newKey);
}

Result<QString> Vault::revealRecoveryKey(const SecureBuffer &passphrase) const
{
    auto kdf = passphraseKdf();
    if (!kdf)
        return kdf.error();
    auto key = derivePassphraseKey(passphrase, *kdf);
    if (!key)
        return key.error();
    return revealRecoveryKeyWithKey(*key);
}

Result<QString> Vault::revealRecoveryKeyWithKey(const SecureBuffer &passphraseKey) const
{
    return d->keyRing.revealRecoveryKeyWithKey(passphraseKey);
}

bool Vault::hasKeystoreSlot() const
{
    return d->keyRing.hasKeystoreSlot();
}

QString Vault::keystoreEntryName() const
{
    return d->keyRing.keystoreEntryName();
}

Status Vault::enableKeystoreSlot(Keystore &keystore)
{
    return d->keyRing.enableKeystoreSlot(keystore);
}

Status Vault::disableKeystoreSlot(Keystore &keystore)
{
    return d->keyRing.disableKeystoreSlot(keystore);
}

Result<protocol::AccountMaterial> Vault::accountMaterial() const
{
    return d->keyRing.accountMaterial();
}

Result<QByteArray> Vault::identitySignPublicKey() const
{
    return d->keyRing.identitySignPublicKey();
}

Result<crypto::KeyPair> Vault::deviceSigningKey(bool create)
{
    return d->keyRing.deviceSigningKey(create);
}

// --- records (RecordStore) -------------------------------------------------------------------

Status Vault::put(const PlainRecord &record)
{
    return putMany({record});
}

Status Vault::putMany(const QList<PlainRecord> &records)
{
    return d->records.putMany(records);
}

Result<OpenedRecord> Vault::get(const QByteArray &recordId) const
{
    return d->records.get(recordId);
}

Result<VaultContents> Vault::readAll(const SpacePredicate &spaces) const
{
    return d->records.readAll(spaces);
}

Status Vault::readParts(const SpacePredicate &spaces, qsizetype partSize, const ContentsSink &take) const
{
    return d->records.readParts(spaces, qMax<qsizetype>(1, partSize), take);
}

Result<VaultContents> Vault::readSpaces(const QList<QByteArray> &spaces) const
{
    return d->records.readSpaces(spaces);
}

Status Vault::readSpaceParts(const QList<QByteArray> &spaces, qsizetype partSize, const ContentsSink &take) const
{
    return d->records.readSpaceParts(spaces, qMax<qsizetype>(1, partSize), take);
}

Status Vault::readSealedParts(const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const
{
    return d->records.readSealedParts(spaces, qMax<qsizetype>(1, partSize), take);
}

Status Vault::readSealedSpaceParts(const QList<QByteArray> &spaces, qsizetype partSize, const SealedSink &take) const
{
    return d->records.readSealedSpaceParts(spaces, qMax<qsizetype>(1, partSize), take);
}

VaultContents Vault::openPart(const SealedPart &part) const
{
    return d->records.openPart(part);
}

Status Vault::readSealedRowids(
    const QList<qint64> &rowids, const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const
{
    return d->records.readSealedRowids(rowids, spaces, qMax<qsizetype>(1, partSize), take);
}

Result<qint64> Vault::readSealedRange(
    const RowRange &range, const SpacePredicate &spaces, qsizetype partSize, const SealedSink &take) const
{
    return d->records.readSealedRange(range, spaces, qMax<qsizetype>(1, partSize), take);
}

Result<qint64> Vault::rowidOf(const QByteArray &recordId) const
{
    if (!isUnlocked())
        return detail::locked();
    return d->records.rowidOf(recordId);
}

Result<qint64> Vault::rowCountOf(const QList<QByteArray> &spaces) const
{
    if (!isUnlocked())
        return detail::locked();
    return d->records.rowsOf(spaces);
}

Result<qint64> Vault::tableExtent() const
{
    if (!isUnlocked())
        return detail::locked();
    return d->records.tableExtent();
}

std::optional<QByteArray> Vault::localCache(const QByteArray &name) const
{
    return d->cache.read(name);
}

Status Vault::putLocalCache(const QByteArray &name, const QByteArray &plain)
{
    return d->cache.write(name, plain);
}

QHash<QByteArray, qint64> Vault::spaceVersions(const QList<QByteArray> &spaces) const
{
    return d->cache.spaceVersions(spaces);
}

int Vault::recordCount() const
{
    return d->records.recordCount();
}

Result<OpenedRecord> Vault::openSealed(QByteArrayView sealed) const
{
    return d->records.openSealed(sealed);
}

// --- sync bookkeeping (SyncBook) -------------------------------------------------------------

QString Vault::serverUrl() const
{
    return d->sync.serverUrl();
}

QByteArray Vault::accountId() const
{
    return d->state.accountId();
}

bool Vault::isConnected() const
{
    return d->sync.isConnected();
}

Status Vault::setServer(const QString &url, const QByteArray &accountId)
{
    return d->sync.setServer(url, accountId);
}

Status Vault::setConnected(bool connected)
{
    return d->sync.setConnected(connected);
}

QList<QByteArray> Vault::dirtySpaces() const
{
    return d->sync.dirtySpaces();
}

int Vault::dirtyCount() const
{
    return d->sync.dirtyCount();
}

Result<QList<OutgoingRecord>> Vault::dirtyRecords(const QByteArray &spaceId, const QByteArray &afterId, int limit) const
{
    return d->sync.dirtyRecords(spaceId, afterId, limit);
}

Status Vault::markPushed(const QList<PushedRecord> &pushed)
{
    return d->sync.markPushed(pushed);
}

Result<OutgoingRecord> Vault::storedRecord(const QByteArray &recordId) const
{
    return d->sync.storedRecord(recordId);
}

QHash<QByteArray, Vault::SyncState> Vault::syncStates(const QList<QByteArray> &recordIds) const
{
    return d->sync.syncStates(recordIds);
}

qint64 Vault::pullCursor(const QByteArray &spaceId) const
{
    return d->sync.pullCursor(spaceId);
}

Status Vault::storeSynced(const QList<IncomingRecord> &incoming, const QList<MergedRecord> &merged,
    const QByteArray &cursorSpace, qint64 cursor, const QList<RefusedRevision> &refused)
{
    return d->sync.storeSynced(incoming, merged, cursorSpace, cursor, refused);
}

Result<QList<RefusedRevision>> Vault::takeRefusals()
{
    return d->sync.takeRefusals();
}

Result<int> Vault::resealDirty(const QByteArray &space, quint32 version)
{
    return d->sync.resealDirty(space, version);
}

Status Vault::rebaseDeparture(const QByteArray &space, const QByteArray &recordId, const QByteArray &baseTag)
{
    return d->sync.rebaseDeparture(space, recordId, baseTag);
}

Status Vault::revertRefused(const QByteArray &space, const QByteArray &recordId, const QString &reason)
{
    return d->sync.revertRefused(space, recordId, reason);
}

bool Vault::hasDeparture(const QByteArray &space, const QByteArray &recordId) const
{
    return d->sync.hasDeparture(space, recordId);
}

QSet<QByteArray> Vault::departureSpaces() const
{
    return d->sync.departureSpaces();
}

Status Vault::holdDepartures(const QList<IncomingRecord> &departures)
{
    return d->sync.holdDepartures(departures);
}

QList<IncomingRecord> Vault::heldDepartures() const
{
    return d->sync.heldDepartures();
}

Status Vault::releaseDeparture(const QByteArray &space, const QByteArray &recordId)
{
    return d->sync.releaseDeparture(space, recordId);
}

// --- spaces and sharing (SpaceKeys, InviteStore) ---------------------------------------------

QByteArray Vault::ownAccount() const
{
    return d->state.ownAccount();
}

QList<SpaceRow> Vault::spaces() const
{
    return d->spaces.spaces();
}

bool Vault::ownsSpace(const QByteArray &space) const
{
    return d->spaces.ownsSpace(space);
}

QList<QByteArray> Vault::ownSpaces() const
{
    return d->spaces.ownSpaces();
}

Result<QByteArray> Vault::createSpace()
{
    return d->spaces.createSpace();
}

Status Vault::addSpaceKey(const QByteArray &space, quint32 version, const SecureBuffer &key)
{
    return d->spaces.addSpaceKey(space, version, key);
}

quint32 Vault::keyVersion(const QByteArray &space) const
{
    return d->spaces.keyVersion(space);
}

Result<SecureBuffer> Vault::spaceKey(const QByteArray &space, quint32 version) const
{
    return d->spaces.spaceKey(space, version);
}

QList<quint32> Vault::keyVersions(const QByteArray &space) const
{
    return d->spaces.keyVersions(space);
}

std::optional<SpaceState> Vault::spaceState(const QByteArray &space) const
{
    return d->spaces.spaceState(space);
}

Status Vault::saveSpaceState(const SpaceState &state)
{
    return d->spaces.saveSpaceState(state);
}

Status Vault::addMemberKey(const QByteArray &space, const QByteArray &account, const QByteArray &signPub)
{
    return d->spaces.addMemberKey(space, account, signPub);
}

QList<QByteArray> Vault::memberKeys(const QByteArray &space, const QByteArray &account) const
{
    return d->spaces.memberKeys(space, account);
}

Status Vault::addSpaceList(const QByteArray &space, quint64 version, const QByteArray &list, const QByteArray &sig)
{
    return d->spaces.addSpaceList(space, version, list, sig);
}

QList<QByteArray> Vault::spaceLists(const QByteArray &space) const
{
    return d->spaces.spaceLists(space);
}

qint64 Vault::spaceListCount(const QByteArray &space) const
{
    return d->spaces.spaceListCount(space);
}

Status Vault::setContactVerified(const QByteArray &account, bool verified)
{
    return d->spaces.setContactVerified(account, verified);
}

bool Vault::isContactVerified(const QByteArray &account) const
{
    return d->spaces.isContactVerified(account);
}

Status Vault::addInvite(const InviteRow &invite, const SecureBuffer &codeSecret)
{
    return d->invites.addInvite(invite, codeSecret);
}

QList<InviteRow> Vault::invites() const
{
    return d->invites.invites();
}

Result<SecureBuffer> Vault::inviteSecret(const QByteArray &invite) const
{
    return d->invites.inviteSecret(invite);
}

Status Vault::removeInvite(const QByteArray &invite)
{
    return d->invites.removeInvite(invite);
}

} // namespace cc::vault
