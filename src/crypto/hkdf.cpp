// SPDX-License-Identifier: GPL-3.0-or-later
#include "hkdf.h"

#include "threadstate.h"

#include <QtGlobal>

#include <cstring>
#include <initializer_list>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace cc::crypto {

namespace {

constexpr std::size_t Sha256Size = 32;
constexpr std::size_t HkdfMaxLength = 255 * Sha256Size; // RFC 5869 §2.3
constexpr qsizetype HkdfMaxInfo = 1024; // a bound on the label: ours are a few dozen bytes

// OpenSSL wants a valid pointer even for empty input.
unsigned char g_emptyByte = 0;

const unsigned char *bytesOf(QByteArrayView view)
{
    return view.isEmpty() ? &g_emptyByte : reinterpret_cast<const unsigned char *>(view.data());
}

/**
 * Per-thread algorithm objects, fetched once: HKDF runs once per record (at every unlock,
 * for every record of the vault), and each fetch walks the provider store under a lock.
 *
 * HKDF is computed as RFC 5869 defines it, extract then expand, on HMAC-SHA256 as RFC 2104
 * defines it (two SHA-256 passes over the key's inner and outer pads), on OpenSSL's SHA-256
 * with one reused digest context per thread. OpenSSL 3.0's own EVP_KDF "HKDF" cannot be
 * reused or duplicated (EVP_KDF_CTX_dup returns null; a reused context keeps a previous salt
 * when given an empty one), and re-keying its EVP_MAC "HMAC" costs more than the hashing:
 * 2.9 µs per HKDF that way, 0.85 µs this way. tst_crypto checks both against RFC 5869's and
 * RFC 4231's vectors and Wycheproof's HKDF and HMAC vectors. The algorithm and the context
 * are the thread's (detail::ThreadState).
 */
struct Sha256State {
    EVP_MD *sha256;
    EVP_MD_CTX *digest;
};

constexpr std::size_t Sha256Block = 64;

/** One SHA-256 over @p pad (a block) and @p parts, on the thread's context. */
bool digestInto(
    const Sha256State &state, const unsigned char *pad, std::initializer_list<QByteArrayView> parts, unsigned char *out)
{
    unsigned int written = 0;
    if (EVP_DigestInit_ex2(state.digest, state.sha256, nullptr) != 1
        || EVP_DigestUpdate(state.digest, pad, Sha256Block) != 1)
        return false;
    for (const QByteArrayView part : parts) {
        if (!part.isEmpty() && EVP_DigestUpdate(state.digest, bytesOf(part), std::size_t(part.size())) != 1)
            return false;
    }
    return EVP_DigestFinal_ex(state.digest, out, &written) == 1 && written == Sha256Size;
}

/** HMAC-SHA256 of @p key over up to three parts (RFC 2104). Nothing derived from the key
 *  stays behind: the pads and the inner hash are wiped, and the context is started afresh,
 *  which clears the state its last hash left (the MAC itself). */
bool hmacInto(QByteArrayView key, std::initializer_list<QByteArrayView> parts, unsigned char *out)
{
    detail::ThreadState &thread = detail::threadState();
    const Sha256State state {thread.sha256(), thread.hmacContext()};
    if (!state.sha256 || !state.digest)
        return false;
    unsigned char pad[Sha256Block] = {};
    unsigned char inner[Sha256Size];
    bool ok = true;
    if (std::size_t(key.size()) > Sha256Block) {
        unsigned int written = 0;
        ok = EVP_Digest(bytesOf(key), std::size_t(key.size()), pad, &written, state.sha256, nullptr) == 1;
    } else if (!key.isEmpty()) {
        std::memcpy(pad, key.data(), std::size_t(key.size()));
    }
    for (unsigned char &byte : pad)
        byte ^= 0x36;
    ok = ok && digestInto(state, pad, parts, inner);
    for (unsigned char &byte : pad)
        byte ^= 0x36 ^ 0x5c;
    ok = ok && digestInto(state, pad, {QByteArrayView(reinterpret_cast<const char *>(inner), Sha256Size)}, out);
    OPENSSL_cleanse(pad, sizeof pad);
    OPENSSL_cleanse(inner, sizeof inner);
    return EVP_DigestInit_ex2(state.digest, state.sha256, nullptr) == 1 && ok;
}

QByteArrayView viewOf(const unsigned char *bytes, std::size_t length)
{
    return {reinterpret_cast<const char *>(bytes), qsizetype(length)};
}

} // namespace

Result<SecureBuffer> hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, std::size_t length)
{
    if (length == 0 || length > HkdfMaxLength)
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The requested key length is not supported."));
    if (info.size() > HkdfMaxInfo)
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The key derivation label is too long."));

    // RFC 5869 §2.2: an absent salt is HashLen zero bytes (the same HMAC key as an empty one).
    // Extract: PRK = HMAC(salt, IKM). Expand: T(i) = HMAC(PRK, T(i-1) || info || i).
    // The intermediate keys live on the stack and are wiped before returning: only the output
    // goes to the secure heap, whose allocator takes a process-wide lock (one key per record,
    // on the pool threads that open a vault's records at every unlock).
    unsigned char prk[Sha256Size];
    unsigned char block[Sha256Size];
    SecureBuffer out(length);
    bool ok = hmacInto(salt, {inputKey}, prk);
    std::size_t done = 0;
    for (unsigned char counter = 1; ok && done < length; ++counter) {
        const QByteArrayView previous =
            counter == 1 ? QByteArrayView() : QByteArrayView(reinterpret_cast<const char *>(block), Sha256Size);
        const char counterByte = char(counter);
        unsigned char next[Sha256Size];
        ok = hmacInto(viewOf(prk, Sha256Size), {previous, info, QByteArrayView(&counterByte, 1)}, next);
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
    QByteArray mac(qsizetype(Sha256Size), Qt::Uninitialized);
    // Returning an empty or partial MAC would let two failures compare equal and pass a
    // check; with valid inputs this only happens when OpenSSL itself is broken.
    if (!hmacInto(key, {data}, reinterpret_cast<unsigned char *>(mac.data())))
        qFatal("HMAC-SHA256 failed in the crypto library.");
    return mac;
}

bool sameMac(QByteArrayView a, QByteArrayView b)
{
    return !a.isEmpty() && a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

QByteArray sha256(QByteArrayView data)
{
    EVP_MD *md = detail::threadState().sha256();
    QByteArray digest(qsizetype(Sha256Size), Qt::Uninitialized);
    unsigned int digestLength = 0;
    const bool ok = md
        && EVP_Digest(bytesOf(data), std::size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()),
               &digestLength, md, nullptr)
            == 1
        && digestLength == Sha256Size;
    if (!ok)
        qFatal("SHA-256 failed in the crypto library."); // same reasoning as in hmacSha256
    return digest;
}

} // namespace cc::crypto
