// SPDX-License-Identifier: GPL-3.0-or-later
#include "aead.h"

#include "threadstate.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <climits>
#include <cstring>

namespace cc::crypto::aead {

namespace {

/** Resets the shared context on every exit path, which also wipes the key schedule
 *  (the provider frees its GCM state with OPENSSL_clear_free), so no key outlives a call. */
struct ContextReset {
    EVP_CIPHER_CTX *ctx;
    ~ContextReset() { EVP_CIPHER_CTX_reset(ctx); }
};

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

Error cryptoFailure()
{
    ERR_clear_error(); // see keypair.cpp
    return makeError(ErrorCode::Crypto, trNoop("Crypto", "The encryption library reported an internal failure."));
}

Status checkKeyAndNonce(const SecureBuffer &key, QByteArrayView nonce)
{
    if (key.size() != std::size_t(KeySize))
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The encryption key has the wrong length."));
    if (nonce.size() != NonceSize)
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The nonce has the wrong length."));
    return {};
}

/**
 * AES-256-GCM over @p inLen bytes of @p in into @p out (same length). When encrypting,
 * @p tag receives the tag; when decrypting it supplies the expected tag, and a mismatch
 * is WrongKey: with GCM a wrong key and altered data are indistinguishable.
 */
Status runGcm(bool encrypt, const SecureBuffer &key, QByteArrayView nonce, const unsigned char *in, std::size_t inLen,
    QByteArrayView aad, unsigned char *out, unsigned char *tag)
{
    if (Status checked = checkKeyAndNonce(key, nonce); !checked)
        return checked;
    if (inLen > std::size_t(INT_MAX) || aad.size() > INT_MAX)
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The data is too large to encrypt in one piece."));

    // The cipher and its context are fetched once per thread (detail::ThreadState).
    detail::ThreadState &state = detail::threadState();
    EVP_CIPHER *cipher = state.gcmCipher();
    EVP_CIPHER_CTX *ctx = state.gcmContext();
    if (!cipher || !ctx)
        return cryptoFailure();
    const ContextReset reset {ctx};

    // The default GCM IV length is 12 bytes, which is our nonce size, so no ctrl is needed.
    if (EVP_CipherInit_ex2(ctx, cipher, key.data(), bytesOf(nonce), encrypt ? 1 : 0, nullptr) != 1)
        return cryptoFailure();

    int written = 0;
    if (!aad.isEmpty() && EVP_CipherUpdate(ctx, nullptr, &written, bytesOf(aad), int(aad.size())) != 1)
        return cryptoFailure();

    int total = 0;
    if (inLen > 0) {
        if (EVP_CipherUpdate(ctx, out, &written, in, int(inLen)) != 1)
            return cryptoFailure();
        total = written;
    }

    if (!encrypt && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, TagSize, tag) != 1)
        return cryptoFailure();

    // GCM emits nothing at finalisation; a scratch byte keeps the pointer valid when
    // the message is empty and @p out is null.
    unsigned char scratch = 0;
    unsigned char *finalOut = out ? out + total : &scratch;
    if (EVP_CipherFinal_ex(ctx, finalOut, &written) != 1) {
        ERR_clear_error();
        if (!encrypt)
            return makeError(ErrorCode::WrongKey,
                trNoop("Crypto", "The data could not be decrypted: the key is wrong or the data was altered."));
        return cryptoFailure();
    }

    if (encrypt && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, TagSize, tag) != 1)
        return cryptoFailure();
    return {};
}

Result<QByteArray> sealBytes(
    const SecureBuffer &key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView aad)
{
    if (Status checked = checkKeyAndNonce(key, nonce); !checked)
        return checked.error();
    if (plaintext.size() > INT_MAX - TagSize)
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The data is too large to encrypt in one piece."));

    const auto length = std::size_t(plaintext.size());
    QByteArray sealed(plaintext.size() + TagSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    Status status = runGcm(true, key, nonce, bytesOf(plaintext), length, aad, out, out + length);
    if (!status)
        return status.error();
    return sealed;
}

/** Splits ciphertext || tag after the size checks; returns the plaintext length. */
Result<std::size_t> plaintextLength(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView sealed)
{
    if (Status checked = checkKeyAndNonce(key, nonce); !checked)
        return checked.error();
    if (sealed.size() < TagSize)
        return makeError(ErrorCode::Damaged, trNoop("Crypto", "The encrypted data is too short to be valid."));
    return std::size_t(sealed.size() - TagSize);
}

} // namespace

Result<QByteArray> seal(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView aad)
{
    return sealBytes(key, nonce, plaintext, aad);
}

Result<QByteArray> sealSecret(
    const SecureBuffer &key, QByteArrayView nonce, const SecureBuffer &plaintext, QByteArrayView aad)
{
    return sealBytes(key, nonce, plaintext.view(), aad);
}

Result<QByteArray> open(
    const SecureBuffer &key, QByteArrayView nonce, QByteArrayView ciphertextAndTag, QByteArrayView aad)
{
    Result<std::size_t> length = plaintextLength(key, nonce, ciphertextAndTag);
    if (!length)
        return length.error();

    // A local copy of the tag: OpenSSL's ctrl takes a non-const pointer.
    unsigned char tag[TagSize];
    std::memcpy(tag, ciphertextAndTag.data() + *length, TagSize);

    QByteArray plaintext(qsizetype(*length), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
    Status status = runGcm(false, key, nonce, bytesOf(ciphertextAndTag), *length, aad, out, tag);
    if (!status) {
        // Unauthenticated plaintext must not linger (it may be a guess at someone's health data).
        OPENSSL_cleanse(plaintext.data(), std::size_t(plaintext.size()));
        return status.error();
    }
    return plaintext;
}

Result<SecureBuffer> openSecret(
    const SecureBuffer &key, QByteArrayView nonce, QByteArrayView ciphertextAndTag, QByteArrayView aad)
{
    Result<std::size_t> length = plaintextLength(key, nonce, ciphertextAndTag);
    if (!length)
        return length.error();

    unsigned char tag[TagSize];
    std::memcpy(tag, ciphertextAndTag.data() + *length, TagSize);

    SecureBuffer plaintext(*length);
    Status status = runGcm(false, key, nonce, bytesOf(ciphertextAndTag), *length, aad, plaintext.data(), tag);
    if (!status)
        return status.error(); // plaintext is wiped by its destructor
    return plaintext;
}

} // namespace cc::crypto::aead
