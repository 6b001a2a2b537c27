// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretwrap.h"

#include "crypto/aead.h"
#include "crypto/random.h"

namespace cc::vault::detail {

Result<QByteArray> wrapSecret(
    const crypto::SecureBuffer &key, const crypto::SecureBuffer &secret, const QByteArray &aad)
{
    const QByteArray nonce = crypto::randomBytes(crypto::aead::NonceSize);
    auto sealed = crypto::aead::sealSecret(key, nonce, secret, aad);
    if (!sealed)
        return sealed.error();
    return nonce + *sealed;
}

Result<crypto::SecureBuffer> unwrapSecret(
    const crypto::SecureBuffer &key, const QByteArray &wrapped, const QByteArray &aad)
{
    if (wrapped.size() < crypto::aead::NonceSize + crypto::aead::TagSize)
        return makeError(ErrorCode::Damaged, trNoop("Vault", "A stored key is damaged."));
    return crypto::aead::openSecret(key, QByteArrayView(wrapped).first(crypto::aead::NonceSize),
        QByteArrayView(wrapped).sliced(crypto::aead::NonceSize), aad);
}

} // namespace cc::vault::detail
