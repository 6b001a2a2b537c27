// SPDX-License-Identifier: GPL-3.0-or-later
#include "ed25519verifiercache.h"

namespace cc::crypto {

bool Ed25519VerifierCache::add(QByteArrayView publicKey)
{
    if (contains(publicKey))
        return true;
    auto verifier = Ed25519Verifier::create(publicKey);
    if (!verifier)
        return false;
    m_keys.insert(publicKey.toByteArray(), std::move(*verifier));
    return true;
}

bool Ed25519VerifierCache::contains(QByteArrayView publicKey) const
{
    return m_keys.contains(QByteArray::fromRawData(publicKey.data(), publicKey.size()));
}

qsizetype Ed25519VerifierCache::size() const
{
    return m_keys.size();
}

void Ed25519VerifierCache::clear()
{
    m_keys.clear();
}

bool Ed25519VerifierCache::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature) const
{
    const auto found = m_keys.constFind(QByteArray::fromRawData(publicKey.data(), publicKey.size()));
    return found != m_keys.cend() && found->verify(message, signature);
}

const Ed25519Verifier *Ed25519VerifierCache::find(QByteArrayView publicKey) const
{
    const auto found = m_keys.constFind(QByteArray::fromRawData(publicKey.data(), publicKey.size()));
    return found != m_keys.cend() ? &*found : nullptr;
}

} // namespace cc::crypto
