// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "securebuffer.h"

#include <QByteArray>

namespace cc::crypto {

/** Cryptographically secure random bytes (OpenSSL RAND_bytes) for salts, nonces and ids.
 *  Aborts the process if the system RNG fails: continuing would be unsafe. */
QByteArray randomBytes(qsizetype count);

/** Cryptographically secure random secret (keys), never held in a QByteArray. */
SecureBuffer randomSecret(std::size_t count);

} // namespace cc::crypto
