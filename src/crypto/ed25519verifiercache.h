// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ed25519verifier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace cc::crypto {

/**
 * Ed25519 verification for many signatures by a few keys (a pull page: thousands of records
 * by a handful of devices): one Ed25519Verifier per key, made in add().
 *
 * add() and clear() change the cache and must not run while another thread verifies;
 * verify() only reads it, so several threads may verify at the same time.
 */
class Ed25519VerifierCache
{
public:
    /** Parses @p publicKey once; false (and nothing cached) if it is not an acceptable key. */
    bool add(QByteArrayView publicKey);
    bool contains(QByteArrayView publicKey) const;
    qsizetype size() const;
    void clear();

    /**
     * True only for a valid 64-byte signature by @p publicKey over @p message, as
     * ed25519::verify(). A key that was not added (or was refused by add()) verifies nothing.
     */
    bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature) const;

    /** The parsed verifier of @p publicKey, nullptr if it was not added; valid until clear(). */
    const Ed25519Verifier *find(QByteArrayView publicKey) const;

private:
    QHash<QByteArray, Ed25519Verifier> m_keys;
};

} // namespace cc::crypto
