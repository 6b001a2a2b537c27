// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace cc::crypto {

/**
 * One Ed25519 public key, parsed once and reused for many verifications: the relay checks
 * hundreds of records by the same device per push, and importing the key for each record
 * (ed25519::verify) costs a provider look-up and an allocation every time. verify() is
 * const and may be called from several threads at once (OpenSSL allows concurrent use of
 * one EVP_PKEY; every call has its own digest context). Copies share the parsed key.
 */
class Ed25519Verifier
{
public:
    /** The verifier for a 32-byte public key; nullopt for any other size, a small-order or
     *  non-canonical key (isAcceptableEd25519PublicKey) or an unparsable one. */
    static std::optional<Ed25519Verifier> create(QByteArrayView publicKey);

    /** True only for a valid 64-byte signature by this key over @p message (same rule as ed25519::verify). */
    bool verify(QByteArrayView message, QByteArrayView signature) const;

    /** The 32-byte public key this verifier checks with. */
    const QByteArray &publicKey() const { return m_publicKey; }

private:
    Ed25519Verifier(std::shared_ptr<evp_pkey_st> key, QByteArray publicKey)
        : m_key(std::move(key)), m_publicKey(std::move(publicKey))
    { }

    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_publicKey;
};

} // namespace cc::crypto
