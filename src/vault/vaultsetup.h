// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"
#include "protocol/accountmaterial.h"
#include "vaulttypes.h"

#include <QByteArray>
#include <QString>

namespace cc::vault::detail {

class KeyRing;
class SpaceKeys;
class VaultState;

/**
 * Brings a Vault's shared state to life: creates a new vault (folder, database, schema,
 * account key, slots, secrets and space keys in one transaction) or opens an existing one.
 * The only step that needs the schema, the key ring and the space keys together.
 */
class VaultSetup
{
public:
    VaultSetup(VaultState &state, KeyRing &keyRing, SpaceKeys &spaces)
        : m_state(state), m_keyRing(keyRing), m_spaces(spaces)
    { }

    /**
     * Creates the vault database @p path in @p directory; unlocked afterwards. @p material
     * (null for a new account) gives the ids and keys of an existing account; an empty
     * @p deviceId makes a new one. Returns the recovery key text. A failure leaves no file.
     */
    Result<QString> create(const QString &directory, const QString &path, const PassphraseKdf &kdf,
        const crypto::SecureBuffer &kek, const protocol::AccountMaterial *material, const QByteArray &deviceId);
    /** Opens the existing vault database @p path (locked), applying pending migrations. */
    Status open(const QString &directory, const QString &path);

private:
    static Status prepareFolder(
        const QString &directory, const QString &path, const PassphraseKdf &kdf, const crypto::SecureBuffer &kek);
    Status initialiseDatabase(const QString &path);
    /** Everything a new vault holds, inside create()'s transaction; returns the recovery key. */
    Result<QString> writeAccount(
        const PassphraseKdf &kdf, const crypto::SecureBuffer &kek, const protocol::AccountMaterial *material);
    Status writeMaterialSpaceKeys(const protocol::AccountMaterial &material);
    /** A vault that could not be created leaves no file and no key behind. */
    Error discard(const QString &path, Error error);

    VaultState &m_state;
    KeyRing &m_keyRing;
    SpaceKeys &m_spaces;
};

} // namespace cc::vault::detail
