// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultsetup.h"

#include "crypto/random.h"
#include "keyring.h"
#include "spacekeys.h"
#include "vaulterrors.h"
#include "vaultschema.h"
#include "vaultstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cc::vault::detail {

Result<QString> VaultSetup::create(const QString &dir, const QString &path, const PassphraseKdf &kdf,
    const crypto::SecureBuffer &kek, const protocol::AccountMaterial *material, const QByteArray &deviceId)
{
    if (auto s = prepareFolder(dir, path, kdf, kek); !s)
        return s.error();
    m_state.directory = QDir(dir).absolutePath();
    if (auto s = initialiseDatabase(path); !s)
        return discard(path, s.error());

    // A new device of an existing account shares the account's ids; the first device's
    // vault id becomes the account id when it connects.
    m_state.vaultId = material ? material->account : crypto::randomBytes(16);
    m_state.deviceId = deviceId.isEmpty() ? crypto::randomBytes(16) : deviceId;
    m_state.privateSpaceId = material ? material->privateSpace : crypto::randomBytes(16);

    if (!m_state.db().transaction())
        return discard(path, saveFailed());
    auto recoveryKey = writeAccount(kdf, kek, material);
    if (!recoveryKey)
        return discard(path, recoveryKey.error());
    if (!m_state.db().commit())
        return discard(path, saveFailed());
    return recoveryKey;
}

Status VaultSetup::open(const QString &directory, const QString &path)
{
    m_state.directory = QDir(directory).absolutePath();
    if (auto s = VaultSchema::openDatabase(m_state, path); !s)
        return s;
    if (auto s = VaultSchema::migrate(m_state.db()); !s)
        return s;
    auto vaultId = m_state.metaValue(VaultIdMeta);
    auto deviceId = m_state.metaValue(DeviceIdMeta);
    auto privateSpace = m_state.metaValue(PrivateSpaceMeta);
    if (!vaultId || !deviceId || !privateSpace)
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault is incomplete or damaged."));
    m_state.vaultId = *vaultId;
    m_state.deviceId = *deviceId;
    m_state.privateSpaceId = *privateSpace;
    return {};
}

Status VaultSetup::prepareFolder(
    const QString &dir, const QString &path, const PassphraseKdf &kdf, const crypto::SecureBuffer &kek)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder."));
    if (!crypto::argon2::withinLimits(kdf.params) || kdf.salt.size() < 16 || kek.size() != 32)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The passphrase settings are out of range."));
    if (!QDir().mkpath(dir))
        return ioError(trNoop("Vault", "The vault folder could not be created."));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

Status VaultSetup::initialiseDatabase(const QString &path)
{
    if (auto s = VaultSchema::openDatabase(m_state, path); !s)
        return s;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return VaultSchema::migrate(m_state.db());
}

Result<QString> VaultSetup::writeAccount(
    const PassphraseKdf &kdf, const crypto::SecureBuffer &kek, const protocol::AccountMaterial *material)
{
    auto recoveryKey = m_keyRing.createAccountKeys(kdf, kek, material);
    if (!recoveryKey)
        return recoveryKey.error();
    if (material) {
        if (auto s = writeMaterialSpaceKeys(*material); !s)
            return s.error();
    } else if (auto s = m_spaces.insertKey(m_state.privateSpaceId, 1, crypto::randomSecret(32)); !s) {
        return s.error();
    }
    return recoveryKey;
}

Status VaultSetup::writeMaterialSpaceKeys(const protocol::AccountMaterial &material)
{
    for (const protocol::SpaceKey &k : material.spaceKeys) {
        if (k.space.size() != protocol::sealedrecord::IdSize || k.key.size() != 32)
            return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The account's keys are incomplete."));
        if (auto s = m_spaces.insertKey(k.space, k.version, k.key.clone()); !s)
            return s;
    }
    if (!m_state.setMeta(AccountIdMeta, m_state.vaultId))
        return saveFailed();
    return {};
}

Error VaultSetup::discard(const QString &path, Error error)
{
    if (m_state.db().isOpen()) {
        m_state.db().rollback();
        m_state.db().close();
    }
    m_state.accountKey.clear();
    m_state.spaceKeys.clear();
    for (const QString &suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    return error;
}

} // namespace cc::vault::detail
