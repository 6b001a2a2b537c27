// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyring.h"

#include "crypto/hkdf.h"
#include "crypto/random.h"
#include "keystore.h"
#include "protocol/recoverykey.h"
#include "secretwrap.h"
#include "vaulterrors.h"
#include "vaultstate.h"

#include <QCborMap>
#include <QCborValue>
#include <QSqlQuery>

namespace cc::vault::detail {

namespace {

using crypto::SecureBuffer;

// Slot ids double as slot kinds: there is at most one slot of each kind.
const QString PassphraseSlot = QStringLiteral("passphrase");
const QString RecoverySlot = QStringLiteral("recovery");
const QString KeystoreSlot = QStringLiteral("keystore");

// Names of the secrets wrapped under the account key.
const QString RecoverySecret = QStringLiteral("recovery_key");
const QString SigningSecret = QStringLiteral("identity_ed25519");
const QString BoxSecret = QStringLiteral("identity_x25519");
const QString DeviceSigningSecret = QStringLiteral("device_ed25519");

Result<SecureBuffer> recoveryKek(const SecureBuffer &recovery, const QByteArray &salt)
{
    return crypto::hkdfSha256(recovery.view(), salt, "carecircle/recovery-slot/v1", 32);
}

Result<SecureBuffer> keystoreKek(const SecureBuffer &deviceSecret, const QByteArray &salt)
{
    return crypto::hkdfSha256(deviceSecret.view(), salt, "carecircle/keystore-slot/v1", 32);
}

QByteArray kdfToCbor(const PassphraseKdf &kdf)
{
    QCborMap map;
    map.insert(QStringLiteral("salt"), kdf.salt);
    map.insert(QStringLiteral("t"), qint64(kdf.params.iterations));
    map.insert(QStringLiteral("m"), qint64(kdf.params.memoryKiB));
    map.insert(QStringLiteral("p"), qint64(kdf.params.parallelism));
    return map.toCborValue().toCbor();
}

Result<PassphraseKdf> kdfFromCbor(const QByteArray &bytes)
{
    const QCborMap map = QCborValue::fromCbor(bytes).toMap();
    PassphraseKdf kdf;
    kdf.salt = map.value(QStringLiteral("salt")).toByteArray();
    kdf.params.iterations = quint32(map.value(QStringLiteral("t")).toInteger());
    kdf.params.memoryKiB = quint32(map.value(QStringLiteral("m")).toInteger());
    kdf.params.parallelism = quint32(map.value(QStringLiteral("p")).toInteger());
    if (kdf.salt.size() < 16 || !crypto::argon2::withinLimits(kdf.params))
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault's passphrase settings are damaged."));
    return kdf;
}

QByteArray saltParams(const QByteArray &salt)
{
    QCborMap map;
    map.insert(QStringLiteral("salt"), salt);
    return map.toCborValue().toCbor();
}

QByteArray saltFromParams(const QByteArray &params)
{
    return QCborValue::fromCbor(params).toMap().value(QStringLiteral("salt")).toByteArray();
}

} // namespace

// --- a new account ---------------------------------------------------------------------------

PassphraseKdf KeyRing::newPassphraseKdf(const crypto::Argon2Params &params)
{
    return PassphraseKdf {crypto::randomBytes(16), params};
}

Result<SecureBuffer> KeyRing::derivePassphraseKey(const SecureBuffer &passphrase, const PassphraseKdf &kdf)
{
    return crypto::argon2::derive(passphrase.view(), kdf.salt, kdf.params, 32);
}

Result<QString> KeyRing::createAccountKeys(
    const PassphraseKdf &kdf, const SecureBuffer &kek, const protocol::AccountMaterial *material)
{
    // Account key, wrapped under the passphrase's key-encryption key.
    m_state.accountKey = crypto::randomSecret(32);
    auto passWrap = wrapSecret(kek, m_state.accountKey, m_state.slotAad(PassphraseSlot));
    if (!passWrap)
        return passWrap.error();
    // The recovery key is kept under the account key too, so it can be shown again after
    // the passphrase is re-entered.
    SecureBuffer recovery =
        material ? material->recoverySecret.clone() : crypto::randomSecret(protocol::recoverykey::SecretSize);
    auto wraps = wrapAccountSecrets(recovery, material);
    if (!wraps)
        return wraps.error();
    if (!writeAccount(kdf, *passWrap, *wraps))
        return saveFailed();
    return protocol::recoverykey::format(recovery);
}

Result<KeyRing::AccountWraps> KeyRing::wrapAccountSecrets(
    const SecureBuffer &recovery, const protocol::AccountMaterial *material) const
{
    AccountWraps wraps;
    wraps.recoverySalt = crypto::randomBytes(32);
    auto recKek = recoveryKek(recovery, wraps.recoverySalt);
    if (!recKek)
        return recKek.error();
    auto recWrap = wrapSecret(*recKek, m_state.accountKey, m_state.slotAad(RecoverySlot));
    auto recSecret = wrapSecret(m_state.accountKey, recovery, m_state.secretAad(RecoverySecret));

    // The account's identity keys (DESIGN.md §5): secret parts only ever inside the vault.
    SecureBuffer signSecret;
    SecureBuffer boxSecret;
    if (material) {
        signSecret = material->signSecret.clone();
        boxSecret = material->boxSecret.clone();
    } else {
        signSecret = std::move(crypto::ed25519::generate().secretKey);
        boxSecret = std::move(crypto::x25519::generate().secretKey);
    }
    auto signWrap = wrapSecret(m_state.accountKey, signSecret, m_state.secretAad(SigningSecret));
    auto boxWrap = wrapSecret(m_state.accountKey, boxSecret, m_state.secretAad(BoxSecret));
    if (!recWrap || !recSecret || !signWrap || !boxWrap)
        return makeError(ErrorCode::Crypto, trNoop("Vault", "The vault's keys could not be created."));
    wraps.recoverySlot = *recWrap;
    wraps.recoverySecret = *recSecret;
    wraps.signSecret = *signWrap;
    wraps.boxSecret = *boxWrap;
    return wraps;
}

bool KeyRing::writeAccount(const PassphraseKdf &kdf, const QByteArray &passphraseSlot, const AccountWraps &wraps)
{
    return m_state.setMeta(VaultIdMeta, m_state.vaultId) && m_state.setMeta(DeviceIdMeta, m_state.deviceId)
        && m_state.setMeta(PrivateSpaceMeta, m_state.privateSpaceId)
        && writeSlot(PassphraseSlot, kdfToCbor(kdf), passphraseSlot)
        && writeSlot(RecoverySlot, saltParams(wraps.recoverySalt), wraps.recoverySlot)
        && writeSecret(RecoverySecret, wraps.recoverySecret) && writeSecret(SigningSecret, wraps.signSecret)
        && writeSecret(BoxSecret, wraps.boxSecret);
}

Status KeyRing::storeDeviceSigningKey(const SecureBuffer &secretKey)
{
    auto wrapped = wrapSecret(m_state.accountKey, secretKey, m_state.secretAad(DeviceSigningSecret));
    if (!wrapped)
        return wrapped.error();
    if (!writeSecret(DeviceSigningSecret, *wrapped))
        return saveFailed();
    return {};
}

// --- unlock slots ----------------------------------------------------------------------------

Result<PassphraseKdf> KeyRing::passphraseKdf() const
{
    auto slot = readSlot(PassphraseSlot);
    if (!slot)
        return slot.error();
    return kdfFromCbor(slot->first);
}

Result<SecureBuffer> KeyRing::openSlot(const QString &slotId, const SecureBuffer &kek) const
{
    auto slot = readSlot(slotId);
    if (!slot)
        return slot.error();
    auto account = unwrapSecret(kek, slot->second, m_state.slotAad(slotId));
    if (!account && account.code() == ErrorCode::WrongKey)
        return wrongKey();
    return account;
}

Result<SecureBuffer> KeyRing::openPassphraseSlot(const SecureBuffer &kek) const
{
    return openSlot(PassphraseSlot, kek);
}

Result<SecureBuffer> KeyRing::openRecoverySlot(const QString &recoveryKey) const
{
    auto recovery = protocol::recoverykey::parse(recoveryKey);
    if (!recovery)
        return recovery.error();
    auto slot = readSlot(RecoverySlot);
    if (!slot)
        return slot.error();
    auto kek = recoveryKek(*recovery, saltFromParams(slot->first));
    if (!kek)
        return kek.error();
    return openSlot(RecoverySlot, *kek);
}

Result<SecureBuffer> KeyRing::openKeystoreSlot(Keystore &keystore) const
{
    auto slot = readSlot(KeystoreSlot);
    if (!slot)
        return slot.error();
    auto secret = keystore.load(keystoreEntryName());
    if (!secret)
        return secret.error();
    auto kek = keystoreKek(*secret, saltFromParams(slot->first));
    if (!kek)
        return kek.error();
    return openSlot(KeystoreSlot, *kek);
}

Status KeyRing::changePassphraseWithKeys(
    const SecureBuffer &oldKey, const PassphraseKdf &newKdf, const SecureBuffer &newKey)
{
    if (!crypto::argon2::withinLimits(newKdf.params) || newKdf.salt.size() < 16)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The passphrase settings are out of range."));
    auto account = openPassphraseSlot(oldKey);
    if (!account)
        return account.error();
    auto wrapped = wrapSecret(newKey, *account, m_state.slotAad(PassphraseSlot));
    if (!wrapped)
        return wrapped.error();
    // One statement: the old slot stays intact unless the new one is fully written.
    if (!writeSlot(PassphraseSlot, kdfToCbor(newKdf), *wrapped))
        return ioError(trNoop("Vault", "The new passphrase could not be saved. The old one still works."));
    return {};
}

Result<QString> KeyRing::revealRecoveryKeyWithKey(const SecureBuffer &passphraseKey) const
{
    auto account = openPassphraseSlot(passphraseKey);
    if (!account)
        return account.error();
    auto recovery = readSecret(*account, RecoverySecret);
    if (!recovery)
        return recovery.error();
    return protocol::recoverykey::format(*recovery);
}

bool KeyRing::hasKeystoreSlot() const
{
    return readSlot(KeystoreSlot).ok();
}

QString KeyRing::keystoreEntryName() const
{
    return QStringLiteral("vault-") + QString::fromLatin1(m_state.vaultId.toHex());
}

Status KeyRing::enableKeystoreSlot(Keystore &keystore)
{
    if (!m_state.isUnlocked())
        return locked();
    if (!keystore.isAvailable())
        return makeError(ErrorCode::Unavailable, trNoop("Vault", "This device has no keystore available."));
    SecureBuffer deviceSecret = crypto::randomSecret(32);
    const QByteArray salt = crypto::randomBytes(32);
    auto kek = keystoreKek(deviceSecret, salt);
    if (!kek)
        return kek.error();
    auto wrapped = wrapSecret(*kek, m_state.accountKey, m_state.slotAad(KeystoreSlot));
    if (!wrapped)
        return wrapped.error();
    if (auto s = keystore.store(keystoreEntryName(), deviceSecret); !s)
        return s;
    if (!writeSlot(KeystoreSlot, saltParams(salt), *wrapped)) {
        (void)keystore.remove(keystoreEntryName());
        return saveFailed();
    }
    return {};
}

Status KeyRing::disableKeystoreSlot(Keystore &keystore)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("DELETE FROM unlock_slots WHERE slot_id = :id"));
    q.bindValue(QStringLiteral(":id"), KeystoreSlot);
    if (!q.exec())
        return saveFailed();
    // The slot is gone first: even if the keystore keeps its copy, it no longer opens anything.
    (void)keystore.remove(keystoreEntryName());
    return {};
}

// --- account material ------------------------------------------------------------------------

Result<protocol::AccountMaterial> KeyRing::accountMaterial() const
{
    if (!m_state.isUnlocked())
        return locked();
    protocol::AccountMaterial material;
    const QByteArray account = m_state.accountId();
    material.account = account.isEmpty() ? m_state.vaultId : account;
    material.privateSpace = m_state.privateSpaceId;
    auto sign = readSecret(m_state.accountKey, SigningSecret);
    auto box = readSecret(m_state.accountKey, BoxSecret);
    auto recovery = readSecret(m_state.accountKey, RecoverySecret);
    if (!sign || !box || !recovery)
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault's account keys are damaged."));
    material.signSecret = std::move(*sign);
    material.boxSecret = std::move(*box);
    material.recoverySecret = std::move(*recovery);
    for (const auto &[spaceAndVersion, key] : m_state.spaceKeys)
        material.spaceKeys.push_back(protocol::SpaceKey {spaceAndVersion.first, spaceAndVersion.second, key.clone()});
    // The owner keys pinned for spaces shared with the account travel with it (the relay
    // never gets to name a space's owner to another device of the account).
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT space_id, owner, owner_sign_pub, owner_box_pub FROM spaces WHERE owner != ? "
                             "AND owner_sign_pub IS NOT NULL AND owner_box_pub IS NOT NULL ORDER BY space_id"));
    q.bindValue(0, material.account);
    if (!q.exec())
        return readFailed();
    while (q.next()) {
        protocol::SpaceOwner owner {
            q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(), q.value(3).toByteArray()};
        if (owner.signPub.size() == 32 && owner.boxPub.size() == 32)
            material.owners.push_back(std::move(owner));
    }
    return material;
}

Result<QByteArray> KeyRing::identitySignPublicKey() const
{
    if (!m_state.isUnlocked())
        return locked();
    auto sign = readSecret(m_state.accountKey, SigningSecret);
    if (!sign)
        return sign.error();
    return crypto::ed25519::publicFromSecret(*sign);
}

Result<crypto::KeyPair> KeyRing::deviceSigningKey(bool create)
{
    if (!m_state.isUnlocked())
        return locked();
    auto existing = readSecret(m_state.accountKey, DeviceSigningSecret);
    if (existing) {
        auto publicKey = crypto::ed25519::publicFromSecret(*existing);
        if (!publicKey)
            return publicKey.error();
        return crypto::KeyPair {*publicKey, std::move(*existing)};
    }
    if (existing.code() != ErrorCode::Damaged || !create) {
        if (existing.code() == ErrorCode::Damaged)
            return makeError(ErrorCode::NotFound, trNoop("Vault", "This device has no signing key yet."));
        return existing.error();
    }
    return createDeviceSigningKey(existing.error());
}

Result<crypto::KeyPair> KeyRing::createDeviceSigningKey(const Error &missing)
{
    // readSecret() says Damaged both for a missing row and a bad wrap: only a missing row may be created.
    {
        QSqlQuery q(m_state.db());
        q.prepare(QStringLiteral("SELECT 1 FROM secrets WHERE name = :name"));
        q.bindValue(QStringLiteral(":name"), DeviceSigningSecret);
        if (!q.exec())
            return readFailed();
        if (q.next())
            return missing;
    }
    crypto::KeyPair pair = crypto::ed25519::generate();
    if (auto s = storeDeviceSigningKey(pair.secretKey); !s)
        return s.error();
    return pair;
}

// --- storage ---------------------------------------------------------------------------------

bool KeyRing::writeSlot(const QString &slotId, const QByteArray &params, const QByteArray &wrapped)
{
    QSqlQuery q(m_state.db());
    q.prepare(
        QStringLiteral("INSERT INTO unlock_slots (slot_id, params, wrapped) VALUES (:id, :params, :wrapped) "
                       "ON CONFLICT(slot_id) DO UPDATE SET params = excluded.params, wrapped = excluded.wrapped"));
    q.bindValue(QStringLiteral(":id"), slotId);
    q.bindValue(QStringLiteral(":params"), params);
    q.bindValue(QStringLiteral(":wrapped"), wrapped);
    return q.exec();
}

Result<std::pair<QByteArray, QByteArray>> KeyRing::readSlot(const QString &slotId) const
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT params, wrapped FROM unlock_slots WHERE slot_id = :id"));
    q.bindValue(QStringLiteral(":id"), slotId);
    if (!q.exec())
        return readFailed();
    if (!q.next())
        return makeError(ErrorCode::NotFound, trNoop("Vault", "This way of unlocking is not set up for this vault."));
    return std::make_pair(q.value(0).toByteArray(), q.value(1).toByteArray());
}

bool KeyRing::writeSecret(const QString &name, const QByteArray &wrapped)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT INTO secrets (name, wrapped) VALUES (:name, :wrapped) "
                             "ON CONFLICT(name) DO UPDATE SET wrapped = excluded.wrapped"));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":wrapped"), wrapped);
    return q.exec();
}

Result<SecureBuffer> KeyRing::readSecret(const SecureBuffer &account, const QString &name) const
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT wrapped FROM secrets WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec())
        return readFailed();
    if (!q.next())
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault is incomplete or damaged."));
    return unwrapSecret(account, q.value(0).toByteArray(), m_state.secretAad(name));
}

} // namespace cc::vault::detail
