// SPDX-License-Identifier: GPL-3.0-or-later
#include "keypair.h"

#include "aead.h"
#include "hkdf.h"
#include "random.h"
#include "threadstate.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>

namespace cc::crypto {

namespace {

struct PkeyDeleter {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxDeleter {
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

// Empty messages still need a valid pointer for some EVP entry points.
const unsigned char g_emptyByte = 0;

const unsigned char *bytesOf(QByteArrayView view)
{
    return view.isEmpty() ? &g_emptyByte : reinterpret_cast<const unsigned char *>(view.data());
}

// Each failure below follows a failed OpenSSL call, which queued an error on this thread.
// Dropping it keeps the queue from holding memory per failure (hostile keys and signatures
// fail all day on the server) and from misleading the thread's next OpenSSL user (TLS).
// Clearing it makes the thread's error queue if there was none, which ends with the thread.
void clearErrors()
{
    detail::threadState();
    ERR_clear_error();
}

Error cryptoFailure()
{
    clearErrors();
    return makeError(ErrorCode::Crypto, trNoop("Crypto", "The encryption library reported an internal failure."));
}

Error badSecretKey()
{
    clearErrors();
    return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The secret key has the wrong length."));
}

Error badPublicKey()
{
    clearErrors();
    return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The public key is not valid."));
}

// EVP_PKEY frees raw private keys with OPENSSL_secure_clear_free, so the copy OpenSSL takes
// is wiped along with the object.
Pkey privateKey(const char *type, const SecureBuffer &secretKey)
{
    detail::threadState(); // the thread's OpenSSL state ends with the thread
    return Pkey(EVP_PKEY_new_raw_private_key_ex(nullptr, type, nullptr, secretKey.data(), secretKey.size()));
}

Pkey publicKey(const char *type, QByteArrayView bytes)
{
    detail::threadState();
    return Pkey(EVP_PKEY_new_raw_public_key_ex(nullptr, type, nullptr, bytesOf(bytes), std::size_t(bytes.size())));
}

Result<QByteArray> rawPublicKey(const char *type, const SecureBuffer &secretKey)
{
    if (secretKey.size() != 32)
        return badSecretKey();
    Pkey key = privateKey(type, secretKey);
    if (!key)
        return cryptoFailure();
    QByteArray out(32, Qt::Uninitialized);
    std::size_t length = std::size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1
        || length != 32)
        return cryptoFailure();
    return out;
}

KeyPair generateFor(const char *type)
{
    KeyPair pair;
    pair.secretKey = randomSecret(32);
    Result<QByteArray> pub = rawPublicKey(type, pair.secretKey);
    // Only a broken crypto library fails here; handing out a key pair without a public
    // half would surface much later as an unexplained failure, so stop now.
    if (!pub)
        qFatal("Generating a key pair failed in the crypto library.");
    pair.publicKey = std::move(pub).value();
    return pair;
}

} // namespace

namespace x25519 {

KeyPair generate()
{
    return generateFor("X25519");
}

Result<QByteArray> publicFromSecret(const SecureBuffer &secretKey)
{
    return rawPublicKey("X25519", secretKey);
}

Result<SecureBuffer> sharedSecret(const SecureBuffer &secretKey, QByteArrayView peerPublicKey)
{
    if (secretKey.size() != std::size_t(KeySize))
        return badSecretKey();
    if (peerPublicKey.size() != KeySize)
        return badPublicKey();

    Pkey own = privateKey("X25519", secretKey);
    Pkey peer = publicKey("X25519", peerPublicKey);
    if (!own || !peer)
        return cryptoFailure();
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, own.get(), nullptr));
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1)
        return cryptoFailure();
    // A peer key that OpenSSL refuses is a bad key, not a library fault.
    if (EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1)
        return badPublicKey();

    SecureBuffer shared(KeySize);
    std::size_t length = shared.size();
    // OpenSSL itself fails the derivation when the result is all zeros (a small-order peer
    // point, RFC 7748 §6.1); both that and our own check below mean the peer key is unusable.
    if (EVP_PKEY_derive(ctx.get(), shared.data(), &length) != 1 || length != shared.size())
        return badPublicKey();
    static const unsigned char zeros[KeySize] = {};
    if (CRYPTO_memcmp(shared.data(), zeros, shared.size()) == 0)
        return badPublicKey();
    return shared;
}

} // namespace x25519

namespace ed25519 {

KeyPair generate()
{
    return generateFor("ED25519");
}

Result<QByteArray> publicFromSecret(const SecureBuffer &secretKey)
{
    return rawPublicKey("ED25519", secretKey);
}

Result<QByteArray> sign(const SecureBuffer &secretKey, QByteArrayView message)
{
    if (secretKey.size() != std::size_t(KeySize))
        return badSecretKey();
    Pkey key = privateKey("ED25519", secretKey);
    MdCtx ctx(EVP_MD_CTX_new());
    // Pure Ed25519 hashes internally: the digest argument must be NULL.
    if (!key || !ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(), nullptr) != 1)
        return cryptoFailure();

    QByteArray signature(SignatureSize, Qt::Uninitialized);
    std::size_t length = std::size_t(signature.size());
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytesOf(message),
            std::size_t(message.size()))
            != 1
        || length != std::size_t(SignatureSize))
        return cryptoFailure();
    return signature;
}

bool verify(QByteArrayView publicKeyBytes, QByteArrayView message, QByteArrayView signature)
{
    if (publicKeyBytes.size() != KeySize || signature.size() != SignatureSize)
        return false;
    Pkey key = publicKey("ED25519", publicKeyBytes);
    MdCtx ctx(EVP_MD_CTX_new());
    const bool valid = key && ctx
        && EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(), nullptr) == 1
        && EVP_DigestVerify(ctx.get(), bytesOf(signature), std::size_t(signature.size()), bytesOf(message),
               std::size_t(message.size()))
            == 1;
    if (!valid)
        ERR_clear_error(); // a forged signature is not an error of this thread's next OpenSSL user
    return valid;
}

} // namespace ed25519

namespace sealedbox {

namespace {

constexpr int EphemeralOffset = 0;
constexpr int NonceOffset = x25519::KeySize;
constexpr int CiphertextOffset = NonceOffset + aead::NonceSize;
static_assert(Overhead == CiphertextOffset + aead::TagSize);

/** The box key: HKDF over the X25519 result, bound to both public keys. */
Result<SecureBuffer> boxKey(const SecureBuffer &shared, QByteArrayView ephemeralPublic, QByteArrayView recipientPublic)
{
    QByteArray salt;
    salt.reserve(2 * x25519::KeySize);
    salt.append(ephemeralPublic).append(recipientPublic);
    return hkdfSha256(shared.view(), salt, QByteArrayView("carecircle/sealedbox/v1"), aead::KeySize);
}

Result<QByteArray> sealView(QByteArrayView recipientPublicKey, QByteArrayView plaintext, QByteArrayView aad)
{
    if (recipientPublicKey.size() != x25519::KeySize)
        return badPublicKey();

    const KeyPair ephemeral = x25519::generate();
    Result<SecureBuffer> shared = x25519::sharedSecret(ephemeral.secretKey, recipientPublicKey);
    if (!shared)
        return shared.error();
    Result<SecureBuffer> key = boxKey(*shared, ephemeral.publicKey, recipientPublicKey);
    if (!key)
        return key.error();

    // A random nonce is safe here because every box has a fresh key anyway.
    const QByteArray nonce = randomBytes(aead::NonceSize);
    Result<QByteArray> sealed = aead::seal(*key, nonce, plaintext, aad);
    if (!sealed)
        return sealed.error();

    QByteArray box;
    box.reserve(Overhead + plaintext.size());
    box.append(ephemeral.publicKey).append(nonce).append(*sealed);
    return box;
}

/** Checks the layout and derives the box key; failures of the key agreement mean the
 *  box was not made for this recipient or was altered, which callers see as WrongKey. */
Result<SecureBuffer> openingKey(const KeyPair &recipient, QByteArrayView box)
{
    if (recipient.secretKey.size() != std::size_t(x25519::KeySize) || recipient.publicKey.size() != x25519::KeySize)
        return badSecretKey();
    if (box.size() < Overhead)
        return makeError(ErrorCode::Damaged, trNoop("Crypto", "The sealed data is too short to be valid."));

    const QByteArrayView ephemeralPublic = box.sliced(EphemeralOffset, x25519::KeySize);
    Result<SecureBuffer> shared = x25519::sharedSecret(recipient.secretKey, ephemeralPublic);
    if (!shared)
        return makeError(ErrorCode::WrongKey,
            trNoop("Crypto", "The sealed data could not be opened: it is for someone else or was altered."));
    return boxKey(*shared, ephemeralPublic, recipient.publicKey);
}

} // namespace

Result<QByteArray> seal(QByteArrayView recipientPublicKey, QByteArrayView plaintext, QByteArrayView aad)
{
    return sealView(recipientPublicKey, plaintext, aad);
}

Result<QByteArray> sealSecret(QByteArrayView recipientPublicKey, const SecureBuffer &plaintext, QByteArrayView aad)
{
    return sealView(recipientPublicKey, plaintext.view(), aad);
}

Result<QByteArray> open(const KeyPair &recipient, QByteArrayView box, QByteArrayView aad)
{
    Result<SecureBuffer> key = openingKey(recipient, box);
    if (!key)
        return key.error();
    return aead::open(*key, box.sliced(NonceOffset, aead::NonceSize), box.sliced(CiphertextOffset), aad);
}

Result<SecureBuffer> openSecret(const KeyPair &recipient, QByteArrayView box, QByteArrayView aad)
{
    Result<SecureBuffer> key = openingKey(recipient, box);
    if (!key)
        return key.error();
    return aead::openSecret(*key, box.sliced(NonceOffset, aead::NonceSize), box.sliced(CiphertextOffset), aad);
}

} // namespace sealedbox

} // namespace cc::crypto
