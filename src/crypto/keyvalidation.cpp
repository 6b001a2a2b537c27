// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyvalidation.h"

#include "keypair.h"
#include "threadstate.h"

#include <openssl/bn.h>

#include <array>
#include <memory>

namespace cc::crypto {

namespace {

constexpr int KeySize = 32;

using Bn = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
using BnCtx = std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)>;

Bn newBn()
{
    return Bn(BN_new(), &BN_free);
}

/** p = 2^255 − 19 */
Bn fieldPrime()
{
    Bn p = newBn();
    BN_set_bit(p.get(), 255);
    BN_sub_word(p.get(), 19);
    return p;
}

/** The 255-bit little-endian field element of @p key (top bit dropped). */
Bn fieldElement(QByteArrayView key)
{
    std::array<unsigned char, KeySize> bytes {};
    for (int i = 0; i < KeySize; ++i)
        bytes[std::size_t(i)] = static_cast<unsigned char>(key[i]);
    bytes[KeySize - 1] &= 0x7f;
    return Bn(BN_lebin2bn(bytes.data(), KeySize, nullptr), &BN_free);
}

/**
 * The y coordinates (sign bit ignored) of Ed25519's small-order points: 0 (order 4),
 * 1 (neutral), p − 1 (order 2) and the two of order 8 (libsodium's blocklist).
 */
bool isSmallOrderY(const BIGNUM *y, const BIGNUM *p)
{
    static const unsigned char order8a[KeySize] = {0x26, 0xe8, 0x95, 0x8f, 0xc2, 0xb2, 0x27, 0xb0, 0x45, 0xc3, 0xf4,
        0x89, 0xf2, 0xef, 0x98, 0xf0, 0xd5, 0xdf, 0xac, 0x05, 0xd3, 0xc6, 0x33, 0x39, 0xb1, 0x38, 0x02, 0x88, 0x6d,
        0x53, 0xfc, 0x05};
    static const unsigned char order8b[KeySize] = {0xc7, 0x17, 0x6a, 0x70, 0x3d, 0x4d, 0xd8, 0x4f, 0xba, 0x3c, 0x0b,
        0x76, 0x0d, 0x10, 0x67, 0x0f, 0x2a, 0x20, 0x53, 0xfa, 0x2c, 0x39, 0xcc, 0xc6, 0x4e, 0xc7, 0xfd, 0x77, 0x92,
        0xac, 0x03, 0x7a};
    Bn a(BN_lebin2bn(order8a, KeySize, nullptr), &BN_free);
    Bn b(BN_lebin2bn(order8b, KeySize, nullptr), &BN_free);
    Bn minusOne = newBn();
    BN_copy(minusOne.get(), p);
    BN_sub_word(minusOne.get(), 1);
    return BN_is_zero(y) || BN_is_one(y) || BN_cmp(y, minusOne.get()) == 0 || BN_cmp(y, a.get()) == 0
        || BN_cmp(y, b.get()) == 0;
}

/** Whether some x satisfies −x² + y² = 1 + d·x²·y², i.e. (y² − 1)/(d·y² + 1) is a square. */
bool isOnCurve(const BIGNUM *y, const BIGNUM *p)
{
    BnCtx ctx(BN_CTX_new(), &BN_CTX_free);
    Bn d = newBn(), t = newBn(), y2 = newBn(), u = newBn(), v = newBn(), e = newBn(), r = newBn();
    // d = −121665 / 121666 mod p
    BN_set_word(t.get(), 121666);
    if (!BN_mod_inverse(d.get(), t.get(), p, ctx.get()))
        return false;
    BN_set_word(t.get(), 121665);
    BN_mod_mul(d.get(), d.get(), t.get(), p, ctx.get());
    BN_mod_sub(d.get(), p, d.get(), p, ctx.get());
    BN_mod_sqr(y2.get(), y, p, ctx.get());
    BN_one(t.get());
    BN_mod_sub(u.get(), y2.get(), t.get(), p, ctx.get());
    BN_mod_mul(v.get(), d.get(), y2.get(), p, ctx.get());
    BN_mod_add(v.get(), v.get(), t.get(), p, ctx.get());
    if (BN_is_zero(v.get()) || !BN_mod_inverse(v.get(), v.get(), p, ctx.get()))
        return false;
    BN_mod_mul(u.get(), u.get(), v.get(), p, ctx.get());
    // Euler's criterion: u^((p−1)/2) is 1 for a non-zero square, 0 for zero.
    BN_copy(e.get(), p);
    BN_sub_word(e.get(), 1);
    BN_rshift1(e.get(), e.get());
    BN_mod_exp(r.get(), u.get(), e.get(), p, ctx.get());
    return BN_is_one(r.get()) || BN_is_zero(r.get());
}

} // namespace

bool isAcceptableEd25519PublicKey(QByteArrayView key)
{
    detail::threadState(); // a failed inverse queues an error in the thread's OpenSSL state
    if (key.size() != KeySize)
        return false;
    const Bn p = fieldPrime();
    const Bn y = fieldElement(key);
    if (!p || !y || BN_cmp(y.get(), p.get()) >= 0)
        return false; // non-canonical encoding
    return !isSmallOrderY(y.get(), p.get()) && isOnCurve(y.get(), p.get());
}

bool isAcceptableX25519PublicKey(QByteArrayView key)
{
    detail::threadState(); // a failed inverse queues an error in the thread's OpenSSL state
    if (key.size() != KeySize || (static_cast<unsigned char>(key[KeySize - 1]) & 0x80) != 0)
        return false;
    const Bn p = fieldPrime();
    const Bn u = fieldElement(key);
    if (!p || !u || BN_cmp(u.get(), p.get()) >= 0)
        return false;
    // Every clamped scalar is a multiple of the cofactor, so a small-order u gives an
    // all-zero secret with any of them; sharedSecret() refuses exactly that.
    const KeyPair probe = x25519::generate();
    return x25519::sharedSecret(probe.secretKey, key).ok();
}

} // namespace cc::crypto
