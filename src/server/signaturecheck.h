// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/ed25519verifier.h"
#include "storagetypes.h"

#include <QFuture>
#include <QList>

#include <vector>

namespace cc::server {

/**
 * The record signatures of one push, all by one device, checked while the push's
 * transaction runs: a few items inline, more on the thread pool in slices, so Ed25519 (the
 * largest CPU cost of a push) overlaps with the database work on the event-loop thread.
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
    const QList<PushItem> &m_items;
    std::vector<char> m_valid;
    QList<QFuture<void>> m_running;
};

} // namespace cc::server
