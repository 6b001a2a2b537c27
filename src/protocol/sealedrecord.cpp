// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealedrecord.h"

#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "crypto/random.h"

#include <QtEndian>

namespace cc::protocol::sealedrecord {

namespace {

const QByteArray &recordInfo()
{
    static const QByteArray info = QByteArrayLiteral("carecircle/record/v1");
    return info;
}

Error malformed()
{
    return makeError(ErrorCode::Damaged, trNoop("Vault", "The record is malformed."));
}

QByteArray encodeHeader(const SealedHeader &h)
{
    QByteArray out;
    out.reserve(HeaderSize);
    out.append(char(FormatVersion));
    out.append(h.spaceId);
    out.append(h.recordId);
    char version[4];
    qToBigEndian(h.keyVersion, version);
    out.append(version, 4);
    out.append(char(h.deleted ? 1 : 0));
    out.append(h.authorDevice);
    return out;
}

} // namespace

Result<QByteArray> seal(const crypto::SecureBuffer &spaceKey, const SealedHeader &header, QByteArrayView payload)
{
    return sealWithRandom(spaceKey, header, payload, crypto::randomBytes(RandomSize));
}

Result<QByteArray> sealWithRandom(const crypto::SecureBuffer &spaceKey, const SealedHeader &header,
    QByteArrayView payload, QByteArrayView saltAndNonce)
{
    if (saltAndNonce.size() != RandomSize)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "A record identifier has the wrong size."));
    if (header.spaceId.size() != IdSize || header.recordId.size() != IdSize || header.authorDevice.size() != IdSize)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "A record identifier has the wrong size."));
    if (payload.size() > MaxPayload)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The record is too large to store."));

    const QByteArray aad = encodeHeader(header);
    const QByteArrayView salt = saltAndNonce.first(SaltSize);
    const QByteArrayView nonce = saltAndNonce.sliced(SaltSize);
    auto contentKey = crypto::hkdfSha256(spaceKey.view(), salt, recordInfo(), crypto::aead::KeySize);
    if (!contentKey)
        return contentKey.error();

    // Length prefix + payload + zero padding to the next multiple of PaddingBlock.
    const qsizetype used = 4 + payload.size();
    const qsizetype padded = ((used + PaddingBlock - 1) / PaddingBlock) * PaddingBlock;
    QByteArray plain(padded, '\0');
    qToBigEndian(quint32(payload.size()), plain.data());
    std::copy(payload.begin(), payload.end(), plain.begin() + 4);

    auto sealed = crypto::aead::seal(*contentKey, nonce, plain, aad);
    plain.fill('\0');
    if (!sealed)
        return sealed.error();

    QByteArray out;
    out.reserve(aad.size() + SaltSize + nonce.size() + sealed->size());
    out.append(aad).append(saltAndNonce).append(*sealed);
    return out;
}

namespace {

/** What parseHeader() checks, without building the header. */
Status checkHeader(QByteArrayView sealed)
{
    if (sealed.size() < Overhead)
        return malformed();
    if (quint8(sealed[0]) != FormatVersion)
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The record has an unknown format version."));
    if (quint8(sealed[37]) > 1)
        return malformed();
    return {};
}

} // namespace

Result<SealedHeader> parseHeader(QByteArrayView sealed)
{
    if (Status checked = checkHeader(sealed); !checked)
        return checked.error();
    const quint8 flags = quint8(sealed[37]);
    SealedHeader h;
    h.spaceId = sealed.sliced(1, IdSize).toByteArray();
    h.recordId = sealed.sliced(17, IdSize).toByteArray();
    h.keyVersion = qFromBigEndian<quint32>(sealed.data() + 33);
    h.deleted = flags & 1;
    h.authorDevice = sealed.sliced(38, IdSize).toByteArray();
    return h;
}

QByteArray revisionTag(QByteArrayView sealed)
{
    if (sealed.size() < Overhead)
        return {};
    return sealed.last(crypto::aead::TagSize).toByteArray();
}

Result<QByteArray> open(const crypto::SecureBuffer &spaceKey, QByteArrayView sealed, SealedHeader *header)
{
    if (Status checked = checkHeader(sealed); !checked)
        return checked.error();
    const QByteArrayView aad = sealed.first(HeaderSize);
    const QByteArrayView salt = sealed.sliced(HeaderSize, SaltSize);
    const QByteArrayView nonce = sealed.sliced(HeaderSize + SaltSize, crypto::aead::NonceSize);
    const QByteArrayView body = sealed.sliced(HeaderSize + SaltSize + crypto::aead::NonceSize);

    auto contentKey = crypto::hkdfSha256(spaceKey.view(), salt, recordInfo(), crypto::aead::KeySize);
    if (!contentKey)
        return contentKey.error();
    auto plain = crypto::aead::open(*contentKey, nonce, body, aad);
    if (!plain)
        return Error {
            ErrorCode::WrongKey, QCoreApplication::translate("Vault", "The record failed its integrity check.")};
    if (plain->size() < 4 || plain->size() % PaddingBlock != 0)
        return malformed();
    const quint32 length = qFromBigEndian<quint32>(plain->constData());
    if (length > quint32(plain->size() - 4))
        return malformed();
    if (header)
        *header = *parseHeader(sealed);
    // The payload is the plaintext without its length prefix and zero padding, in place: the
    // only copy of it in clear is the one returned.
    QByteArray payload = std::move(*plain);
    payload.remove(0, 4);
    payload.truncate(qsizetype(length));
    return payload;
}

} // namespace cc::protocol::sealedrecord
