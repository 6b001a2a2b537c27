// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

namespace cc::vault {

Status MemoryKeystore::store(const QString &name, const crypto::SecureBuffer &secret)
{
    if (!m_available)
        return makeError(ErrorCode::Unavailable, trNoop("Vault", "This device has no keystore available."));
    m_items.insert(name, secret.view().toByteArray());
    return {};
}

Result<crypto::SecureBuffer> MemoryKeystore::load(const QString &name)
{
    if (!m_available)
        return makeError(ErrorCode::Unavailable, trNoop("Vault", "This device has no keystore available."));
    const auto it = m_items.constFind(name);
    if (it == m_items.cend())
        return makeError(ErrorCode::NotFound, trNoop("Vault", "This device does not remember the vault any more."));
    return crypto::SecureBuffer::copyOf(*it);
}

Status MemoryKeystore::remove(const QString &name)
{
    m_items.remove(name);
    return {};
}

} // namespace cc::vault
