// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/securebuffer.h"

#include <QByteArray>
#include <vector>

namespace cc::protocol {

/** One version of one space's key. */
struct SpaceKey {
    QByteArray space; ///< 16 bytes
    quint32 version = 1;
    crypto::SecureBuffer key; ///< 32 bytes
};

/** The pinned owner of a space shared with the account: its identity keys, as the invitation
 *  card gave them to the device that accepted (issue 11, problem 5). */
struct SpaceOwner {
    QByteArray space; ///< 16 bytes
    QByteArray account; ///< 16 bytes
    QByteArray signPub; ///< 32 bytes, Ed25519
    QByteArray boxPub; ///< 32 bytes, X25519
};

/**
 * The secrets every device of one account holds (DESIGN.md §5): ids, the identity
 * secrets, the recovery secret and every space key. A new device of the account (linked
 * or restored) is created from it; protocol/accountbundle.h carries it between devices.
 */
struct AccountMaterial {
    QByteArray account; ///< 16 bytes: the account id (the first device's vault id)
    QByteArray privateSpace; ///< 16 bytes
    crypto::SecureBuffer signSecret; ///< Ed25519 identity seed
    crypto::SecureBuffer boxSecret; ///< X25519 identity secret
    crypto::SecureBuffer recoverySecret; ///< protocol::recoverykey::SecretSize bytes
    std::vector<SpaceKey> spaceKeys;
    std::vector<SpaceOwner> owners; ///< of the spaces shared with the account
};

} // namespace cc::protocol
