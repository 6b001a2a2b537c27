// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <QByteArray>

namespace cc::vault::detail {

/** Wraps @p secret under a 32-byte @p key as nonce || ciphertext || tag; @p aad binds the
 *  wrap to its purpose (slot, secret name, space key version …). */
Result<QByteArray> wrapSecret(
    const crypto::SecureBuffer &key, const crypto::SecureBuffer &secret, const QByteArray &aad);

/** Opens a wrapSecret() result: Damaged if too short, WrongKey if the key or @p aad differ. */
Result<crypto::SecureBuffer> unwrapSecret(
    const crypto::SecureBuffer &key, const QByteArray &wrapped, const QByteArray &aad);

} // namespace cc::vault::detail
