// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keypair.h"
#include "crypto/securebuffer.h"
#include "protocol/accountmaterial.h"

#include <QByteArray>
#include <QList>

namespace cc::protocol {

/**
 * The account bundle: protocol::AccountMaterial in a binary form built in a wiped buffer,
 * never a QByteArray:
 *   version(1)=1 | account(16) | privateSpace(16) | signSecret(32) | boxSecret(32) |
 *   recovery(16) | count(2, big-endian) | count × (space(16) | version(4, BE) | key(32))
 * Version 2 (written when the account is a member of a shared space) appends the pinned
 * owners: count(2, BE) | count × (space(16) | owner(16) | signPub(32) | boxPub(32)).
 */
using AccountBundle = protocol::AccountMaterial;
Result<crypto::SecureBuffer> serializeBundle(const AccountBundle &bundle);
/** Strict: wrong version, sizes, count or trailing bytes give Damaged. */
Result<AccountBundle> deserializeBundle(const crypto::SecureBuffer &bytes);

/** Restore from the recovery key (docs, "Account bundle and restore"). */
namespace recovery {
/** The server's lookup id for the account, derived one-way from the recovery secret. */
Result<QByteArray> locator(const crypto::SecureBuffer &recoverySecret);
/** nonce ‖ AES-256-GCM under a key derived from the recovery secret, bound to the account. */
Result<QByteArray> sealBundle(const crypto::SecureBuffer &recoverySecret, const AccountBundle &bundle);
/** WrongKey if the recovery key does not open it; Damaged if malformed. */
Result<AccountBundle> openBundle(
    const crypto::SecureBuffer &recoverySecret, QByteArrayView account, QByteArrayView sealed);
} // namespace recovery

/** Device linking (docs, "Device link mailbox"). The code is 16 random bytes, written with
 *  protocol::recoverykey::format (28 characters with a typo check). */
namespace link {
struct Keys {
    QByteArray link; ///< 16-byte mailbox id, the only thing the server sees
    crypto::SecureBuffer key; ///< 32-byte MAC key
};
crypto::SecureBuffer newCodeSecret();
Result<Keys> derive(const crypto::SecureBuffer &codeSecret);
/** The bundle sealed to the new device's ephemeral X25519 key, bound to the mailbox. */
Result<QByteArray> sealBundle(QByteArrayView boxPub, QByteArrayView link, const AccountBundle &bundle);
Result<AccountBundle> openBundle(const crypto::KeyPair &ephemeral, QByteArrayView link, QByteArrayView sealed);
} // namespace link

} // namespace cc::protocol
