// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace cc::protocol {

/**
 * Record proofs (docs/sync-protocol.md, "Record proofs"): what the `sig` of a record says
 * about its author device. A proof is either a plain Ed25519 signature over
 * proofs::recordSignatureMessage (64 bytes), or a tree proof: one signature by the device
 * over the root of a hash tree of every record of one push, plus this record's index and
 * the sibling hashes that lead from its leaf to that root. Each record thus stays
 * verifiable on its own by every member, while a push of n records costs its author one
 * signature and every verifier one Ed25519 check per push instead of n.
 */
namespace recordproof {

constexpr int SignatureSize = 64;
constexpr int HashSize = 32;
/** A tree holds at most this many leaves (one push), so its depth is at most 10. */
constexpr int MaxLeaves = 1000;
constexpr int MaxDepth = 10;
/** signature, count (u16), index (u16), siblings. */
constexpr int MaxProofSize = SignatureSize + 4 + MaxDepth * HashSize;

/**
 * The proofs of one push before and after its one signature: what the author signs (the
 * record signature message for one record, the tree root message for 2 … MaxLeaves), and
 * each record's proof once that signature is known. A relay that is sent the signature
 * alone (docs/sync-protocol.md, "Spaces and records") derives the proofs it stores with this.
 */
class PushTree
{
public:
    /** The tree of @p sealed; nullopt for none or more than MaxLeaves records. */
    static std::optional<PushTree> of(const QList<QByteArray> &sealed);
    /** What the author device signs for the whole push. */
    const QByteArray &message() const { return m_message; }
    /** One proof per record, in order, standing on @p signature (SignatureSize bytes). */
    QList<QByteArray> proofs(QByteArrayView signature) const;

private:
    PushTree() = default;
    QList<QList<QByteArray>> m_levels; ///< leaves first; empty for a lone record
    qsizetype m_count = 0;
    QByteArray m_message;
};

/** One proof per record of @p sealed, in order: a plain signature for one record, tree
 *  proofs for 2 … MaxLeaves records; an error for none, more, or a failed signature. */
Result<QList<QByteArray>> sign(const crypto::SecureBuffer &signSecret, const QList<QByteArray> &sealed);

/** What the Ed25519 signature of a proof covers. */
struct SignedPart {
    QByteArray message;
    QByteArrayView signature; ///< a view into the proof
};

/** The message and signature that @p proof of @p sealed stands on, after checking the tree
 *  path; nullopt for a malformed proof (wrong size, index, count or path length). */
std::optional<SignedPart> signedPart(QByteArrayView sealed, QByteArrayView proof);

} // namespace recordproof

} // namespace cc::protocol
