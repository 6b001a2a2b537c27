// SPDX-License-Identifier: GPL-3.0-or-later
#include "ed25519verifier.h"

#include "keyvalidation.h"
#include "threadstate.h"

#include <openssl/evp.h>

namespace cc::crypto {

namespace {

constexpr qsizetype KeySize = 32;
constexpr qsizetype SignatureSize = 64;

// Empty messages still need a valid pointer for EVP_DigestVerify.
const unsigned char g_emptyByte = 0;

const unsigned char *bytesOf(QByteArrayView view)
{
    return view.isEmpty() ? &g_emptyByte : reinterpret_cast<const unsigned char *>(view.data());
}

/** One digest context per thread (detail::ThreadState), reset between signatures:
 *  allocating it is part of what a one-off verification pays each time. */
EVP_MD_CTX *threadContext()
{
    EVP_MD_CTX *ctx = detail::threadState().verifyContext();
    if (ctx)
        EVP_MD_CTX_reset(ctx);
    return ctx;
}

} // namespace

std::optional<Ed25519Verifier> Ed25519Verifier::create(QByteArrayView publicKey)
{
    if (publicKey.size() != KeySize || !isAcceptableEd25519PublicKey(publicKey))
        return std::nullopt;
    detail::threadState(); // the thread's OpenSSL state ends with the thread
    EVP_PKEY *key =
        EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, bytesOf(publicKey), std::size_t(KeySize));
    if (!key)
        return std::nullopt;
    return Ed25519Verifier(std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free), publicKey.toByteArray());
}

bool Ed25519Verifier::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (signature.size() != SignatureSize)
        return false;
    EVP_MD_CTX *ctx = threadContext();
    // Pure Ed25519 hashes internally: no digest.
    if (!ctx || EVP_DigestVerifyInit_ex(ctx, nullptr, nullptr, nullptr, nullptr, m_key.get(), nullptr) != 1)
        return false;
    return EVP_DigestVerify(
               ctx, bytesOf(signature), std::size_t(signature.size()), bytesOf(message), std::size_t(message.size()))
        == 1;
}

} // namespace cc::crypto
