// SPDX-License-Identifier: GPL-3.0-or-later
#include "ed25519verifiercache.h"

#include "keypair.h"
#include "keyvalidation.h"

#include <openssl/evp.h>

namespace cc::crypto {

namespace {

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

const unsigned char g_emptyByte = 0;

const unsigned char *bytesOf(QByteArrayView view)
{
    return view.isEmpty() ? &g_emptyByte : reinterpret_cast<const unsigned char *>(view.data());
}

/** One digest context per thread, reset between signatures: allocating it is part of what
 *  a one-off verification pays each time. */
EVP_MD_CTX *threadContext()
{
    thread_local std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (ctx)
        EVP_MD_CTX_reset(ctx.get());
    return ctx.get();
}

} // namespace

/** An OpenSSL key object; shared so that a verification in flight keeps it alive. */
struct Ed25519VerifierCache::Key {
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

Ed25519VerifierCache::Ed25519VerifierCache() = default;
Ed25519VerifierCache::~Ed25519VerifierCache() = default;
Ed25519VerifierCache::Ed25519VerifierCache(Ed25519VerifierCache &&) noexcept = default;
Ed25519VerifierCache &Ed25519VerifierCache::operator=(Ed25519VerifierCache &&) noexcept = default;

bool Ed25519VerifierCache::add(QByteArrayView publicKey)
{
    if (contains(publicKey))
        return true;
    if (!isAcceptableEd25519PublicKey(publicKey))
        return false;
    auto key = std::make_shared<Key>();
    key->pkey =
        EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, bytesOf(publicKey), std::size_t(publicKey.size()));
    if (!key->pkey)
        return false;
    m_keys.insert(publicKey.toByteArray(), std::move(key));
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
    if (publicKey.size() != ed25519::KeySize || signature.size() != ed25519::SignatureSize)
        return false;
    const auto found = m_keys.constFind(QByteArray::fromRawData(publicKey.data(), publicKey.size()));
    if (found == m_keys.cend())
        return false;
    EVP_MD_CTX *ctx = threadContext();
    // Pure Ed25519 hashes internally: no digest.
    if (!ctx || EVP_DigestVerifyInit_ex(ctx, nullptr, nullptr, nullptr, nullptr, (*found)->pkey, nullptr) != 1)
        return false;
    return EVP_DigestVerify(
               ctx, bytesOf(signature), std::size_t(signature.size()), bytesOf(message), std::size_t(message.size()))
        == 1;
}

} // namespace cc::crypto
