// SPDX-License-Identifier: GPL-3.0-or-later
#include "localcache.h"

#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "crypto/random.h"
#include "vaulterrors.h"
#include "vaultstate.h"

#include <QSqlQuery>

namespace cc::vault::detail {

namespace {

const QByteArray CacheInfo = QByteArrayLiteral("carecircle/local-cache/v1");

Result<crypto::SecureBuffer> cacheKey(const VaultState &state)
{
    return crypto::hkdfSha256(state.accountKey.view(), state.vaultId, CacheInfo, crypto::aead::KeySize);
}

QByteArray cacheAad(const VaultState &state, const QByteArray &name)
{
    return CacheInfo + state.vaultId + name;
}

} // namespace

std::optional<QByteArray> LocalCache::read(const QByteArray &name) const
{
    if (!m_state.isUnlocked())
        return std::nullopt;
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT sealed FROM local_cache WHERE name = ?"));
    q.bindValue(0, name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QByteArray sealed = q.value(0).toByteArray();
    auto key = cacheKey(m_state);
    if (!key || sealed.size() < crypto::aead::NonceSize)
        return std::nullopt;
    auto opened = crypto::aead::open(*key, QByteArrayView(sealed).first(crypto::aead::NonceSize),
        QByteArrayView(sealed).sliced(crypto::aead::NonceSize), cacheAad(m_state, name));
    if (!opened)
        return std::nullopt;
    return *opened;
}

Status LocalCache::write(const QByteArray &name, const QByteArray &plain)
{
    if (!m_state.isUnlocked())
        return locked();
    auto key = cacheKey(m_state);
    if (!key)
        return key.error();
    const QByteArray nonce = crypto::randomBytes(crypto::aead::NonceSize);
    auto sealed = crypto::aead::seal(*key, nonce, plain, cacheAad(m_state, name));
    if (!sealed)
        return sealed.error();
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT INTO local_cache (name, sealed) VALUES (?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET sealed = excluded.sealed"));
    q.bindValue(0, name);
    q.bindValue(1, nonce + *sealed);
    if (!q.exec())
        return saveFailed();
    return {};
}

QHash<QByteArray, qint64> LocalCache::spaceVersions(const QList<QByteArray> &spaces) const
{
    QHash<QByteArray, qint64> versions;
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT version FROM space_versions WHERE space_id = ?"));
    for (const QByteArray &space : spaces) {
        q.bindValue(0, space);
        versions.insert(space, q.exec() && q.next() ? q.value(0).toLongLong() : 0);
    }
    return versions;
}

} // namespace cc::vault::detail
