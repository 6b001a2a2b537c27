// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "securebuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cc::crypto {

/**
 * AES-256-GCM (OpenSSL EVP) with a 96-bit nonce and a 128-bit tag appended to the
 * ciphertext. The cipher object is fetched once per thread, so sealing thousands of
 * records does not repeat the provider lookup.
 */
namespace aead {
constexpr int KeySize = 32;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;

/** Returns ciphertext || tag. @p key must be 32 bytes and @p nonce 12 bytes (else InvalidInput). */
Result<QByteArray> seal(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView aad);
/** Opens ciphertext || tag. A failed tag gives ErrorCode::WrongKey, a too-short input Damaged. */
Result<QByteArray> open(
    const SecureBuffer &key, QByteArrayView nonce, QByteArrayView ciphertextAndTag, QByteArrayView aad);
/** As open(), for a secret plaintext (a wrapped key), which then never sits in a QByteArray. */
Result<SecureBuffer> openSecret(
    const SecureBuffer &key, QByteArrayView nonce, QByteArrayView ciphertextAndTag, QByteArrayView aad);
/** As seal(), for a secret plaintext. */
Result<QByteArray> sealSecret(
    const SecureBuffer &key, QByteArrayView nonce, const SecureBuffer &plaintext, QByteArrayView aad);
} // namespace aead

} // namespace cc::crypto
