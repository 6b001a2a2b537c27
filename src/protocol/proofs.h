// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cc::protocol {

/**
 * The signed messages of the protocol (docs/sync-protocol.md, "Signed messages"): each is
 * a label, a zero byte and fixed-size fields, so no two kinds of proof can be confused.
 * Signing takes the Ed25519 secret (32-byte seed); verifying only public keys.
 */
namespace proofs {
QByteArray deviceCertificateMessage(QByteArrayView account, QByteArrayView device, QByteArrayView deviceSignPub);
QByteArray accountProofMessage(
    QByteArrayView account, QByteArrayView signPub, QByteArrayView boxPub, QByteArrayView locator);
QByteArray loginMessage(QByteArrayView challenge, QByteArrayView device);
QByteArray recordSignatureMessage(QByteArrayView sealed);

Result<QByteArray> sign(const crypto::SecureBuffer &signSecret, const QByteArray &message);
bool verify(QByteArrayView signPub, const QByteArray &message, QByteArrayView signature);

/** HMAC that binds a link accept to the link code (docs, "Device link mailbox"). */
QByteArray linkAcceptMac(const crypto::SecureBuffer &linkKey, QByteArrayView link, QByteArrayView device,
    QByteArrayView signPub, QByteArrayView boxPub);
} // namespace proofs

} // namespace cc::protocol
