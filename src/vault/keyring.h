// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/argon2id.h"
#include "crypto/keypair.h"
#include "crypto/securebuffer.h"
#include "protocol/accountmaterial.h"
#include "vaulttypes.h"

#include <QByteArray>
#include <QString>

#include <utility>

namespace cc::vault {
class Keystore;
}

namespace cc::vault::detail {

class VaultState;

/**
 * The account key and what hangs off it: the unlock slots that wrap it (passphrase,
 * recovery key, platform keystore; at most one of each), and the secrets wrapped under it
 * (recovery secret, identity keys, this device's signing key). Opening a slot yields the
 * account key; adopting it (and the space keys) is the caller's step.
 */
class KeyRing
{
public:
    explicit KeyRing(VaultState &state) : m_state(state) { }

    static PassphraseKdf newPassphraseKdf(const crypto::Argon2Params &params);
    static Result<crypto::SecureBuffer> derivePassphraseKey(
        const crypto::SecureBuffer &passphrase, const PassphraseKdf &kdf);

    /**
     * Makes a new account key inside the caller's transaction: the passphrase and recovery
     * slots, the recovery and identity secrets (from @p material for another device of an
     * existing account, else new) and the vault's ids in meta. The account key stays in the
     * shared state. Returns the recovery key text, to show once.
     */
    Result<QString> createAccountKeys(
        const PassphraseKdf &kdf, const crypto::SecureBuffer &kek, const protocol::AccountMaterial *material);
    /** Stores this device's signing key (made before its vault) under the account key. */
    Status storeDeviceSigningKey(const crypto::SecureBuffer &secretKey);

    Result<PassphraseKdf> passphraseKdf() const;
    /** The account key, from each kind of slot; WrongKey if the secret does not open it. */
    Result<crypto::SecureBuffer> openPassphraseSlot(const crypto::SecureBuffer &kek) const;
    Result<crypto::SecureBuffer> openRecoverySlot(const QString &recoveryKey) const;
    Result<crypto::SecureBuffer> openKeystoreSlot(Keystore &keystore) const;

    Status changePassphraseWithKeys(
        const crypto::SecureBuffer &oldKey, const PassphraseKdf &newKdf, const crypto::SecureBuffer &newKey);
    Result<QString> revealRecoveryKeyWithKey(const crypto::SecureBuffer &passphraseKey) const;
    bool hasKeystoreSlot() const;
    QString keystoreEntryName() const;
    Status enableKeystoreSlot(Keystore &keystore);
    Status disableKeystoreSlot(Keystore &keystore);

    Result<protocol::AccountMaterial> accountMaterial() const;
    Result<QByteArray> identitySignPublicKey() const;
    Result<crypto::KeyPair> deviceSigningKey(bool create);

private:
    /** The wraps of a new account besides its passphrase slot. */
    struct AccountWraps {
        QByteArray recoverySalt;
        QByteArray recoverySlot;
        QByteArray recoverySecret;
        QByteArray signSecret;
        QByteArray boxSecret;
    };

    Result<AccountWraps> wrapAccountSecrets(
        const crypto::SecureBuffer &recovery, const protocol::AccountMaterial *material) const;
    bool writeAccount(const PassphraseKdf &kdf, const QByteArray &passphraseSlot, const AccountWraps &wraps);

    Result<crypto::SecureBuffer> openSlot(const QString &slotId, const crypto::SecureBuffer &kek) const;
    bool writeSlot(const QString &slotId, const QByteArray &params, const QByteArray &wrapped);
    Result<std::pair<QByteArray, QByteArray>> readSlot(const QString &slotId) const;
    bool writeSecret(const QString &name, const QByteArray &wrapped);
    Result<crypto::SecureBuffer> readSecret(const crypto::SecureBuffer &account, const QString &name) const;
    /** Makes this device's signing key if no row holds one yet (a bad wrap is never replaced). */
    Result<crypto::KeyPair> createDeviceSigningKey(const Error &missing);

    VaultState &m_state;
};

} // namespace cc::vault::detail
