// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/ed25519verifier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMutex>
#include <QSet>

namespace cc::protocol {

/**
 * Checks record proofs (recordproof.h) and remembers the tree signatures it verified, so
 * the records of one push cost one Ed25519 verification between them, not one each. Every
 * record is still checked: its own tree path is hashed to the root, and only an identical
 * (key, root, signature) that verified before is not verified again.
 *
 * verify() may run on several threads at once (a page checked in parallel); the memory is
 * bounded and starts over when full.
 */
class RecordProofCheck
{
public:
    /** True only if @p proof shows that the holder of @p key signed @p sealed. */
    bool verify(const crypto::Ed25519Verifier &key, QByteArrayView sealed, QByteArrayView proof);

private:
    static constexpr qsizetype MaxRemembered = 4096;

    QMutex m_mutex;
    QSet<QByteArray> m_verified; // public key + signed message + signature
};

} // namespace cc::protocol
