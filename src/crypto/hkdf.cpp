// SPDX-License-Identifier: GPL-3.0-or-later
#include "hkdf.h"

#include <QtGlobal>

#include <cstring>
#include <initializer_list>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace cc::crypto {

namespace {

constexpr std::size_t Sha256Size = 32;
constexpr std::size_t HkdfMaxLength = 255 * Sha256Size; // RFC 5869 §2.3
constexpr qsizetype HkdfMaxInfo = 1024; // OpenSSL 3.0's HKDF info buffer

// OpenSSL wants a valid pointer even for empty input.
unsigned char g_emptyByte = 0;

const unsigned char *bytesOf(QByteArrayView view)
{
    return view.isEmpty() ? &g_emptyByte : reinterpret_cast<const unsigned char *>(view.data());
}

/**
 * Per-thread algorithm objects, fetched once: HKDF, HMAC and SHA-256 run once per record,
 * and each fetch walks the provider store under a lock.
 *
 * HKDF is computed as RFC 5869 defines it, extract then expand, on OpenSSL's HMAC with one
 * reusable context per thread (EVP_MAC_init re-keys it). OpenSSL 3.0's own EVP_KDF "HKDF"
 * cannot be reused or duplicated (EVP_KDF_CTX_dup returns null; a reused context keeps a
 * previous salt when given an empty one), and a fresh one per record fetched SHA-256 and
 * HMAC again each time: five times slower, for 10,000 records at every unlock.
 * tst_crypto checks this against RFC 5869's vectors.
 */
struct KdfThreadState {
    EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX *hmacTemplate = nullptr;
    EVP_MAC_CTX *hmacReusable = nullptr;
    EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);

    KdfThreadState()
    {
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end(),
        };
        if (hmac) {
            hmacTemplate = EVP_MAC_CTX_new(hmac);
            if (hmacTemplate && EVP_MAC_CTX_set_params(hmacTemplate, params) != 1) {
                EVP_MAC_CTX_free(hmacTemplate);
                hmacTemplate = nullptr;
            }
            if (hmacTemplate)
                hmacReusable = EVP_MAC_CTX_dup(hmacTemplate);
        }
    }
    ~KdfThreadState()
    {
        EVP_MAC_CTX_free(hmacReusable);
        EVP_MAC_CTX_free(hmacTemplate);
        EVP_MAC_free(hmac);
        EVP_MD_free(sha256);
    }
    KdfThreadState(const KdfThreadState &) = delete;
    KdfThreadState &operator=(const KdfThreadState &) = delete;
};

KdfThreadState &threadState()
{
    thread_local KdfThreadState state;
    return state;
}

/** One HMAC-SHA256 over up to three parts, on the thread's reusable context. */
bool hmacInto(EVP_MAC_CTX *ctx, const unsigned char *key, std::size_t keyLength,
    std::initializer_list<QByteArrayView> parts, unsigned char *out)
{
    std::size_t written = 0;
    if (!ctx || EVP_MAC_init(ctx, key, keyLength, nullptr) != 1)
        return false;
    for (const QByteArrayView part : parts) {
        if (!part.isEmpty() && EVP_MAC_update(ctx, bytesOf(part), std::size_t(part.size())) != 1)
            return false;
    }
    return EVP_MAC_final(ctx, out, &written, Sha256Size) == 1 && written == Sha256Size;
}

} // namespace

Result<SecureBuffer> hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, std::size_t length)
{
    if (length == 0 || length > HkdfMaxLength)
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The requested key length is not supported."));
    if (info.size() > HkdfMaxInfo)
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The key derivation label is too long."));

    KdfThreadState &state = threadState();
    // RFC 5869 §2.2: an absent salt is HashLen zero bytes.
    static const unsigned char zeroSalt[Sha256Size] = {};
    const unsigned char *saltBytes = salt.isEmpty() ? zeroSalt : bytesOf(salt);
    const std::size_t saltLength = salt.isEmpty() ? Sha256Size : std::size_t(salt.size());

    // Extract: PRK = HMAC(salt, IKM). Expand: T(i) = HMAC(PRK, T(i-1) || info || i).
    // The intermediate keys live on the stack and are wiped before returning: only the output
    // goes to the secure heap, whose allocator takes a process-wide lock (one key per record,
    // on two threads at every unlock).
    unsigned char prk[Sha256Size];
    unsigned char block[Sha256Size];
    SecureBuffer out(length);
    bool ok = hmacInto(state.hmacReusable, saltBytes, saltLength, {inputKey}, prk);
    std::size_t done = 0;
    for (unsigned char counter = 1; ok && done < length; ++counter) {
        const QByteArrayView previous =
            counter == 1 ? QByteArrayView() : QByteArrayView(reinterpret_cast<const char *>(block), Sha256Size);
        const char counterByte = char(counter);
        unsigned char next[Sha256Size];
        ok = hmacInto(state.hmacReusable, prk, Sha256Size, {previous, info, QByteArrayView(&counterByte, 1)}, next);
        std::memcpy(block, next, Sha256Size);
        OPENSSL_cleanse(next, Sha256Size);
        const std::size_t take = std::min(Sha256Size, length - done);
        std::memcpy(out.data() + done, block, take);
        done += take;
    }
    OPENSSL_cleanse(prk, Sha256Size);
    OPENSSL_cleanse(block, Sha256Size);
    if (!ok)
        return makeError(ErrorCode::Crypto, trNoop("Crypto", "The encryption library reported an internal failure."));
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    KdfThreadState &state = threadState();
    EVP_MAC_CTX *ctx = state.hmacTemplate ? EVP_MAC_CTX_dup(state.hmacTemplate) : nullptr;
    QByteArray mac(qsizetype(Sha256Size), Qt::Uninitialized);
    std::size_t macLength = 0;
    // A null key would mean "reuse the previous key" to EVP_MAC_init, so an empty key is
    // passed as a valid pointer with length zero.
    const bool ok = ctx && EVP_MAC_init(ctx, bytesOf(key), std::size_t(key.size()), nullptr) == 1
        && EVP_MAC_update(ctx, bytesOf(data), std::size_t(data.size())) == 1
        && EVP_MAC_final(ctx, reinterpret_cast<unsigned char *>(mac.data()), &macLength, Sha256Size) == 1
        && macLength == Sha256Size;
    EVP_MAC_CTX_free(ctx);
    // Returning an empty or partial MAC would let two failures compare equal and pass a
    // check; with valid inputs this only happens when OpenSSL itself is broken.
    if (!ok)
        qFatal("HMAC-SHA256 failed in the crypto library.");
    return mac;
}

QByteArray sha256(QByteArrayView data)
{
    KdfThreadState &state = threadState();
    QByteArray digest(qsizetype(Sha256Size), Qt::Uninitialized);
    unsigned int digestLength = 0;
    const bool ok = state.sha256
        && EVP_Digest(bytesOf(data), std::size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()),
               &digestLength, state.sha256, nullptr)
            == 1
        && digestLength == Sha256Size;
    if (!ok)
        qFatal("SHA-256 failed in the crypto library."); // same reasoning as in hmacSha256
    return digest;
}

} // namespace cc::crypto
