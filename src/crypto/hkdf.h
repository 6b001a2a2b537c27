// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "securebuffer.h"

#include <QByteArrayView>

namespace cc::crypto {

/** HKDF-SHA256 (RFC 5869), extract then expand to @p length bytes (1..8160), on OpenSSL's
 *  SHA-256 with the thread's digest context. */
Result<SecureBuffer> hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, std::size_t length);

/** HMAC-SHA256 (RFC 2104) for non-secret outputs (fingerprints, checks). */
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

/** Whether two MACs are the same bytes, in a time that depends on their length only, so a
 *  guessing peer learns nothing from how long a comparison took. An empty MAC matches none,
 *  not even another empty one. */
bool sameMac(QByteArrayView a, QByteArrayView b);

/** SHA-256 digest. */
QByteArray sha256(QByteArrayView data);

} // namespace cc::crypto
