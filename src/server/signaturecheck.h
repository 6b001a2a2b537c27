// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/ed25519verifier.h"
#include "protocol/recordproofcheck.h"
#include "storagetypes.h"

#include <QFuture>
#include <QList>

#include <vector>

namespace cc::server {

/**
 * The record proofs of one push, all by one device, checked while the push's transaction
 * runs: a few items inline, more on the thread pool in slices, so the checks overlap with
 * the database work on the event-loop thread. Records proved by one tree signature (the
 * clients' pushes, protocol/recordproof.h) cost one Ed25519 verification between them.
 * The push commits only after firstInvalid() says every signature verifies.
 */
class SignatureCheck
{
public:
    /** Starts checking; @p items must outlive this object. */
    SignatureCheck(const crypto::Ed25519Verifier &verifier, const QList<PushItem> &items);
    /** Waits for the slices still running (they read the items). */
    ~SignatureCheck();
    SignatureCheck(const SignatureCheck &) = delete;
    SignatureCheck &operator=(const SignatureCheck &) = delete;

    /** Waits; the index of the first item whose signature does not verify, or -1. */
    qsizetype firstInvalid();

private:
    void checkRange(qsizetype from, qsizetype to);

    crypto::Ed25519Verifier m_verifier;
    protocol::RecordProofCheck m_proofs;
    const QList<PushItem> &m_items;
    std::vector<char> m_valid;
    QList<QFuture<void>> m_running;
};

} // namespace cc::server
