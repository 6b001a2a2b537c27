// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordproofcheck.h"

#include "recordproof.h"

#include <QMutexLocker>

namespace cc::protocol {

bool RecordProofCheck::verify(const crypto::Ed25519Verifier &key, QByteArrayView sealed, QByteArrayView proof)
{
    const std::optional<recordproof::SignedPart> part = recordproof::signedPart(sealed, proof);
    if (!part)
        return false;
    // A plain signature covers one record only: nothing to remember.
    if (proof.size() == recordproof::SignatureSize)
        return key.verify(part->message, part->signature);
    QByteArray memo = key.publicKey();
    memo.append(part->message);
    memo.append(part->signature);
    {
        QMutexLocker lock(&m_mutex);
        if (m_verified.contains(memo))
            return true;
    }
    if (!key.verify(part->message, part->signature))
        return false;
    QMutexLocker lock(&m_mutex);
    if (m_verified.size() >= MaxRemembered)
        m_verified.clear();
    m_verified.insert(memo);
    return true;
}

} // namespace cc::protocol
