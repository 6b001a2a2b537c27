// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cc::protocol {

/**
 * The clear header of a sealed record. These are the only facts about a record that the
 * store and the relay server may see (DESIGN.md §4); all of them are authenticated.
 */
struct SealedHeader {
    QByteArray spaceId; ///< 16 bytes
    QByteArray recordId; ///< 16 bytes
    quint32 keyVersion = 1; ///< version of the space key that sealed it
    bool deleted = false; ///< tombstone flag (its content is then only the envelope stamp)
    QByteArray authorDevice; ///< 16 bytes: device that wrote this revision
    bool operator==(const SealedHeader &) const = default;
};

/**
 * A sealed record: the one byte format used on disk and on the wire.
 *
 *   offset  size  field
 *   0       1     format version (1)
 *   1       16    space id
 *   17      16    record id
 *   33      4     key version, big-endian
 *   37      1     flags (bit 0: deleted)
 *   38      16    author device id
 *   54      32    salt (random per revision)
 *   86      12    nonce (random per revision)
 *   98      n+16  AES-256-GCM ciphertext and tag
 *
 * Content key = HKDF-SHA256(space key, salt, "carecircle/record/v1"); AAD = bytes 0..53, so
 * moving a record to another space or id, replaying it under another key version, flipping
 * its deleted flag or claiming another author all fail the tag. The plaintext is a 4-byte
 * big-endian length, the payload, then zeros up to a multiple of 256 bytes, so sizes leak
 * only in 256-byte steps.
 */
namespace sealedrecord {
constexpr quint8 FormatVersion = 1;
constexpr int IdSize = 16;
constexpr int HeaderSize = 54;
constexpr int SaltSize = 32;
constexpr int Overhead = HeaderSize + SaltSize + 12 + 16;
constexpr int PaddingBlock = 256;
/** Largest payload accepted (bounds memory on hostile input). */
constexpr int MaxPayload = 4 * 1024 * 1024;

Result<QByteArray> seal(const crypto::SecureBuffer &spaceKey, const SealedHeader &header, QByteArrayView payload);
/** Bytes of fresh randomness seal() needs: salt then nonce. */
constexpr int RandomSize = SaltSize + 12;
/** As seal(), with @p saltAndNonce (RandomSize bytes, fresh from the CSPRNG, never reused)
 *  supplied by the caller, so that a batch draws its randomness in one call. */
Result<QByteArray> sealWithRandom(const crypto::SecureBuffer &spaceKey, const SealedHeader &header,
    QByteArrayView payload, QByteArrayView saltAndNonce);
/** Reads the header without any key; rejects wrong sizes, versions and flags. */
Result<SealedHeader> parseHeader(QByteArrayView sealed);
/** The AEAD tag (last 16 bytes): identifies a revision, used as the sync etag. */
QByteArray revisionTag(QByteArrayView sealed);
/** Opens and unpads. WrongKey if the tag fails (damaged or wrong key), Damaged if malformed. */
Result<QByteArray> open(const crypto::SecureBuffer &spaceKey, QByteArrayView sealed, SealedHeader *header = nullptr);
} // namespace sealedrecord

} // namespace cc::protocol
