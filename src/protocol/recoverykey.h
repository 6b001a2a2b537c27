// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <QString>

namespace cc::protocol {

/**
 * The printed recovery key: 128 random bits plus a 12-bit check, written as 28 Crockford
 * base32 characters in seven groups of four (e.g. "7KQ2-…"). The check catches typing
 * mistakes before any unlock is tried, so a typo says "check the key" rather than "wrong key".
 * Parsing ignores case, spaces and dashes, and reads O as 0 and I/L as 1.
 */
namespace recoverykey {
constexpr int SecretSize = 16;
constexpr int Characters = 28;

/** Formats a 16-byte secret for display. The QString is what the user must write down. */
QString format(const crypto::SecureBuffer &secret);
/** Parses typed text; InvalidInput (translated) on wrong length, characters or check. */
Result<crypto::SecureBuffer> parse(const QString &text);
} // namespace recoverykey

} // namespace cc::protocol
