// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/ed25519verifier.h"
#include "protocol/recordproofcheck.h"
#include "storagetypes.h"

#include <QList>

#include <atomic>
#include <thread>
#include <vector>

namespace cc::server {

/**
 * The record proofs of one push, all by one device, checked while the push's transaction
 * runs: a few items inline, more in slices on threads of its own (one per core), so the
 * checks overlap with the database work on the event-loop thread. Those threads are joined
 * before the check answers: nothing of a push, OpenSSL's per-thread state included, outlives
 * it on a thread that ends later (Qt's pool threads are detached, and one still ending as the
 * server exits left that state to LeakSanitizer as a leak). Records proved by one tree signature (the
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

    /** Checks the slices no thread has taken yet, waits for the threads; the index of the
     *  first item whose signature does not verify, or -1. */
    qsizetype firstInvalid();

private:
    void checkRange(qsizetype from, qsizetype to);
    /** A thread's work (and the caller's): the next slice nobody took, until none is left. */
    void checkSlices();
    void join();

    crypto::Ed25519Verifier m_verifier;
    protocol::RecordProofCheck m_proofs;
    const QList<PushItem> &m_items;
    std::vector<char> m_valid;
    std::atomic<qsizetype> m_nextSlice {0};
    std::vector<std::thread> m_threads;
};

} // namespace cc::server
