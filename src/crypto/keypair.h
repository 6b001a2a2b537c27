// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "securebuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cc::crypto {

/** A raw 32-byte public key and its secret counterpart (raw private key bytes). */
struct KeyPair {
    QByteArray publicKey; ///< 32 bytes
    SecureBuffer secretKey; ///< 32 bytes (X25519 scalar / Ed25519 seed)
};

/** X25519 (RFC 7748) through OpenSSL EVP_PKEY. */
namespace x25519 {
constexpr int KeySize = 32;
KeyPair generate();
/** The public key of a 32-byte secret. */
Result<QByteArray> publicFromSecret(const SecureBuffer &secretKey);
/** The shared secret; an all-zero result (small-order peer key) is rejected as InvalidInput. */
Result<SecureBuffer> sharedSecret(const SecureBuffer &secretKey, QByteArrayView peerPublicKey);
} // namespace x25519

/** Ed25519 (RFC 8032, pure) through OpenSSL EVP_DigestSign/Verify. */
namespace ed25519 {
constexpr int KeySize = 32;
constexpr int SignatureSize = 64;
KeyPair generate();
Result<QByteArray> publicFromSecret(const SecureBuffer &secretKey);
Result<QByteArray> sign(const SecureBuffer &secretKey, QByteArrayView message);
/** True only for a valid 64-byte signature by @p publicKey over @p message. */
bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
} // namespace ed25519

/**
 * Anonymous sealed box: anyone with the recipient's X25519 public key can seal; only the
 * recipient can open. Layout: ephemeral public key (32) || nonce (12) || ciphertext || tag (16).
 * Key = HKDF-SHA256(X25519(eph, recipient), salt = eph_pub || recipient_pub,
 * info = "carecircle/sealedbox/v1"). The caller's @p aad is authenticated too.
 */
namespace sealedbox {
constexpr int Overhead = 32 + 12 + 16;
Result<QByteArray> seal(QByteArrayView recipientPublicKey, QByteArrayView plaintext, QByteArrayView aad = {});
Result<QByteArray> sealSecret(
    QByteArrayView recipientPublicKey, const SecureBuffer &plaintext, QByteArrayView aad = {});
Result<QByteArray> open(const KeyPair &recipient, QByteArrayView box, QByteArrayView aad = {});
Result<SecureBuffer> openSecret(const KeyPair &recipient, QByteArrayView box, QByteArrayView aad = {});
} // namespace sealedbox

} // namespace cc::crypto
