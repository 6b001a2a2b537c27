// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "securebuffer.h"

#include <QByteArrayView>

namespace cc::crypto {

/** HKDF-SHA256 (RFC 5869, OpenSSL EVP_KDF "HKDF"), extract then expand to @p length bytes
 *  (1..8160). The KDF is fetched once per thread. */
Result<SecureBuffer> hkdfSha256(QByteArrayView inputKey, QByteArrayView salt, QByteArrayView info, std::size_t length);

/** HMAC-SHA256 for non-secret outputs (fingerprints, checks), OpenSSL EVP_MAC. */
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

/** SHA-256 digest. */
QByteArray sha256(QByteArrayView data);

} // namespace cc::crypto
