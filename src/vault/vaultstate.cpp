// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultstate.h"

#include "vaulterrors.h"

#include <QSqlQuery>
#include <QtEndian>

namespace cc::vault::detail {

namespace {

QByteArray u32be(quint32 v)
{
    QByteArray out(4, '\0');
    qToBigEndian(v, out.data());
    return out;
}

} // namespace

void VaultState::adoptKeys(crypto::SecureBuffer account, SpaceKeyTable table)
{
    accountKey = std::move(account);
    spaceKeys = std::move(table.keys);
    currentKeyVersion = std::move(table.current);
}

void VaultState::wipeKeys()
{
    accountKey.clear();
    spaceKeys.clear();
    currentKeyVersion.clear();
}

const crypto::SecureBuffer *VaultState::spaceKey(const QByteArray &spaceId, quint32 version) const
{
    const auto it = spaceKeys.find(std::make_pair(spaceId, version));
    return it == spaceKeys.end() ? nullptr : &it->second;
}

QByteArray VaultState::slotAad(const QString &slotId) const
{
    return QByteArrayLiteral("carecircle/slot/v1") + vaultId + slotId.toUtf8();
}

QByteArray VaultState::spaceKeyAad(const QByteArray &spaceId, quint32 version) const
{
    return QByteArrayLiteral("carecircle/space-key/v1") + vaultId + spaceId + u32be(version);
}

QByteArray VaultState::secretAad(const QString &name) const
{
    return QByteArrayLiteral("carecircle/secret/v1") + vaultId + name.toUtf8();
}

Result<QByteArray> VaultState::metaValue(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return readFailed();
    if (!q.next())
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault is incomplete or damaged."));
    return q.value(0).toByteArray();
}

Result<QByteArray> VaultState::optionalMeta(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return readFailed();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool VaultState::setMeta(const QString &key, const QByteArray &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    return q.exec();
}

QByteArray VaultState::accountId() const
{
    auto account = optionalMeta(AccountIdMeta);
    return account ? *account : QByteArray();
}

QByteArray VaultState::ownAccount() const
{
    auto account = optionalMeta(AccountIdMeta);
    return account && !account->isEmpty() ? *account : vaultId;
}

} // namespace cc::vault::detail
