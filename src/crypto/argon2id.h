// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "securebuffer.h"

#include <QByteArrayView>

namespace cc::crypto {

/** Argon2id cost parameters; stored with each passphrase slot so a vault opens on any device. */
struct Argon2Params {
    quint32 iterations = 3; ///< passes (t)
    quint32 memoryKiB = 65536; ///< memory (m), in KiB
    quint32 parallelism = 1; ///< lanes (p)
    bool operator==(const Argon2Params &) const = default;
};

namespace argon2 {
/** The floor we never go under when creating a vault (DESIGN.md §4: 64 MiB, 3 passes). */
Argon2Params defaults();
/** Parameters no slot may exceed when opening (protects against a hostile vault file). */
bool withinLimits(const Argon2Params &params);

/** Argon2id (libargon2, version 0x13) of @p secret with @p salt (≥ 8 bytes) → @p length bytes.
 *  @p associatedData and @p pepper are optional (the "ad" and "secret" inputs of Argon2). */
Result<SecureBuffer> derive(QByteArrayView secret, QByteArrayView salt, const Argon2Params &params,
    std::size_t length = 32, QByteArrayView pepper = {}, QByteArrayView associatedData = {});

/** Measures this device and returns parameters that take about @p targetMs milliseconds,
 *  never below defaults(); raises passes first, memory second. Takes roughly 2 × targetMs. */
Argon2Params calibrate(int targetMs = 500);
} // namespace argon2

} // namespace cc::crypto
