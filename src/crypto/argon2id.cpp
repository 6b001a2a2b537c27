// SPDX-License-Identifier: GPL-3.0-or-later
#include "argon2id.h"

#include <QElapsedTimer>

#include <argon2.h>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace cc::crypto::argon2 {

namespace {

constexpr quint32 MaxIterations = 64;
constexpr quint32 MinMemoryKiBPerLane = 8; // Argon2 needs 2 blocks per slice, 4 slices per lane
constexpr quint32 MaxMemoryKiB = 4u * 1024 * 1024; // 4 GiB
constexpr quint32 MaxParallelism = 16;
constexpr std::size_t MinSaltSize = 8;
// The output is a key; 4 bytes is libargon2's floor and 1 KiB is far beyond any key we use,
// while keeping a hostile length from allocating arbitrarily.
constexpr std::size_t MinOutputSize = ARGON2_MIN_OUTLEN;
constexpr std::size_t MaxOutputSize = 1024;
// calibrate() does not raise memory past 1 GiB: a phone opening the vault must cope too.
constexpr quint32 MaxCalibratedMemoryKiB = 1024 * 1024;

// libargon2 takes non-const pointers for its inputs; with flags == ARGON2_DEFAULT_FLAGS it
// only reads them (it writes only when asked to clear the password or secret).
uint8_t *inputPointer(QByteArrayView bytes)
{
    return bytes.isEmpty() ? nullptr : reinterpret_cast<uint8_t *>(const_cast<char *>(bytes.data()));
}

bool fitsArgon2Length(QByteArrayView bytes)
{
    return quint64(bytes.size()) <= std::numeric_limits<uint32_t>::max();
}

} // namespace

Argon2Params defaults()
{
    return Argon2Params {3, 65536, 1};
}

bool withinLimits(const Argon2Params &params)
{
    if (params.iterations < 1 || params.iterations > MaxIterations)
        return false;
    if (params.parallelism < 1 || params.parallelism > MaxParallelism)
        return false;
    // The parallelism bound above keeps this product far from overflow.
    return params.memoryKiB >= MinMemoryKiBPerLane * params.parallelism && params.memoryKiB <= MaxMemoryKiB;
}

Result<SecureBuffer> derive(QByteArrayView secret, QByteArrayView salt, const Argon2Params &params, std::size_t length,
    QByteArrayView pepper, QByteArrayView associatedData)
{
    if (std::size_t(salt.size()) < MinSaltSize)
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The salt for the passphrase key is too short."));
    if (!withinLimits(params))
        return makeError(
            ErrorCode::InvalidInput, trNoop("Crypto", "The passphrase key settings are outside the supported range."));
    if (length < MinOutputSize || length > MaxOutputSize)
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "The requested key length is not supported."));
    if (!fitsArgon2Length(secret) || !fitsArgon2Length(salt) || !fitsArgon2Length(pepper)
        || !fitsArgon2Length(associatedData))
        return makeError(ErrorCode::InvalidInput, trNoop("Crypto", "An input to the passphrase key is too large."));

    SecureBuffer out(length);
    argon2_context context {};
    context.out = out.data();
    context.outlen = uint32_t(length);
    context.pwd = inputPointer(secret);
    context.pwdlen = uint32_t(secret.size());
    context.salt = inputPointer(salt);
    context.saltlen = uint32_t(salt.size());
    context.secret = inputPointer(pepper);
    context.secretlen = uint32_t(pepper.size());
    context.ad = inputPointer(associatedData);
    context.adlen = uint32_t(associatedData.size());
    context.t_cost = params.iterations;
    context.m_cost = params.memoryKiB;
    context.lanes = params.parallelism;
    context.threads = params.parallelism;
    context.version = ARGON2_VERSION_13;
    context.allocate_cbk = nullptr;
    context.free_cbk = nullptr;
    context.flags = ARGON2_DEFAULT_FLAGS;

    // libargon2 wipes its working memory before freeing it (clear_internal_memory is on by
    // default), so only the output needs our protection.
    const int rc = argon2_ctx(&context, Argon2_id);
    if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
        return makeError(
            ErrorCode::Crypto, trNoop("Crypto", "There is not enough memory to derive the passphrase key."));
    if (rc != ARGON2_OK)
        return makeError(ErrorCode::Crypto, trNoop("Crypto", "Deriving the passphrase key failed."));
    return out;
}

Argon2Params calibrate(int targetMs)
{
    Argon2Params params = defaults();
    if (targetMs <= 0)
        return params;

    // One pass at the default memory is the unit of cost; Argon2 time grows linearly with
    // passes. The inputs are throwaway; only the duration matters.
    Argon2Params probe = params;
    probe.iterations = 1;
    const QByteArray salt(16, '\x5a');
    QElapsedTimer timer;
    timer.start();
    const Result<SecureBuffer> measured = derive(QByteArrayView("calibration"), salt, probe);
    const qint64 onePassMs = std::max<qint64>(1, timer.elapsed());
    if (!measured)
        return params; // cannot measure (e.g. out of memory): the floor is still safe to use

    // t = clamp(ceil(target / one pass), 3, 64).
    const qint64 wantedPasses = (qint64(targetMs) + onePassMs - 1) / onePassMs;
    params.iterations = quint32(std::clamp<qint64>(wantedPasses, defaults().iterations, MaxIterations));

    // Memory second: only when 64 passes still fall short of the target does memory grow,
    // in whole multiples of the default, up to the calibration ceiling.
    if (wantedPasses > qint64(MaxIterations)) {
        const qint64 perPassAtMax = qint64(MaxIterations) * onePassMs;
        const qint64 factor = (qint64(targetMs) + perPassAtMax - 1) / perPassAtMax;
        const qint64 memory = std::min<qint64>(qint64(defaults().memoryKiB) * factor, MaxCalibratedMemoryKiB);
        params.memoryKiB = quint32(std::max<qint64>(memory, defaults().memoryKiB));
    }
    return params;
}

} // namespace cc::crypto::argon2
