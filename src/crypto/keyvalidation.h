// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace cc::crypto {

/**
 * True only for a 32-byte Ed25519 public key in canonical encoding (y < p) that is a point
 * of the curve and not one of the eight points of small order (the neutral element among
 * them, whose "signature" R = neutral, S = 0 verifies for every message). Keys from
 * ed25519::generate() always pass. Mixed-order points are not detected: their holder
 * knows no more than with a proper key, and strict verification rejects their torsion.
 */
bool isAcceptableEd25519PublicKey(QByteArrayView key);

/**
 * True only for a 32-byte X25519 public key with the top bit clear, u < p, and not of
 * small order (all-zero u among them): a Diffie–Hellman with it yields a non-zero secret.
 */
bool isAcceptableX25519PublicKey(QByteArrayView key);

} // namespace cc::crypto
