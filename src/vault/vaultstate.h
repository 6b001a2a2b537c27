// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <utility>

namespace cc::vault::detail {

// Meta table keys read or written by more than one part of the vault.
inline const QString VaultIdMeta = QStringLiteral("vault_id");
inline const QString DeviceIdMeta = QStringLiteral("device_id");
inline const QString PrivateSpaceMeta = QStringLiteral("private_space");
inline const QString AccountIdMeta = QStringLiteral("account_id");

/** Space keys opened with the account key: every version held, and the newest per space. */
struct SpaceKeyTable {
    std::map<std::pair<QByteArray, quint32>, crypto::SecureBuffer> keys;
    QHash<QByteArray, quint32> current;
};

/**
 * What the parts of one Vault share: the database connection, the vault's ids and, while
 * unlocked, the key material (only ever in SecureBuffers). Each part holds a reference to
 * the one state its Vault owns, so no part reaches into another.
 */
class VaultState
{
public:
    QString directory;
    QString connectionName;
    QByteArray vaultId;
    QByteArray deviceId;
    QByteArray privateSpaceId;

    crypto::SecureBuffer accountKey; // empty while locked
    std::map<std::pair<QByteArray, quint32>, crypto::SecureBuffer> spaceKeys;
    QHash<QByteArray, quint32> currentKeyVersion;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    bool isUnlocked() const { return !accountKey.isEmpty(); }

    /** Takes the account key and the space keys opened with it: the vault is then unlocked. */
    void adoptKeys(crypto::SecureBuffer account, SpaceKeyTable table);
    /** Wipes every key held in memory (each SecureBuffer wipes itself). */
    void wipeKeys();
    /** One held space key version, or nullptr. */
    const crypto::SecureBuffer *spaceKey(const QByteArray &spaceId, quint32 version) const;

    // Associated data binding each wrap to this vault and its purpose.
    QByteArray slotAad(const QString &slotId) const;
    QByteArray spaceKeyAad(const QByteArray &spaceId, quint32 version) const;
    QByteArray secretAad(const QString &name) const;

    /** A meta value that must be there (Damaged if missing). */
    Result<QByteArray> metaValue(const QString &key) const;
    /** A meta value, empty if missing. */
    Result<QByteArray> optionalMeta(const QString &key) const;
    bool setMeta(const QString &key, const QByteArray &value);
    /** The account id on the server; empty before the vault connects. */
    QByteArray accountId() const;
    /** accountId() once connected, else the vault id. */
    QByteArray ownAccount() const;
};

} // namespace cc::vault::detail
