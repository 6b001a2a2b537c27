// SPDX-License-Identifier: GPL-3.0-or-later
// Sealed records as they arrive from the relay or a backup: sealedrecord::parseHeader and
// open (src/protocol/sealedrecord.cpp). Input byte 0 picks the mode:
//   0  the rest is a sealed record (seeds: real records sealed under the fuzz key). Oracle:
//      whatever opens is byte for byte what seal() makes of its header and payload.
//   1  the rest is XORed into one fixed valid record: any change must make open() fail.
//   2  the rest is a plaintext sealed like a record by a key holder: open() unpads it
//      exactly when its length prefix and padding are well formed.
#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "fuzzsupport.h"
#include "protocol/sealedrecord.h"

#include <QtEndian>

#include <algorithm>

using namespace cc;
using namespace cc::protocol;

namespace {

const crypto::SecureBuffer &spaceKey()
{
    static const crypto::SecureBuffer key = fuzz::fixedSecret(32, 's');
    return key;
}

SealedHeader fixedHeader()
{
    return SealedHeader {QByteArray(16, 'S'), QByteArray(16, 'R'), 3, false, QByteArray(16, 'D')};
}

void asReceived(const QByteArray &sealed)
{
    auto header = sealedrecord::parseHeader(sealed);
    if (header)
        fuzz::check(header->spaceId.size() == 16 && header->recordId.size() == 16 && header->authorDevice.size() == 16,
            "parsed header ids are 16 bytes");
    SealedHeader opened;
    auto payload = sealedrecord::open(spaceKey(), sealed, &opened);
    if (!payload)
        return;
    fuzz::check(header && opened == *header, "open() reports the header parseHeader() reads");
    const QByteArrayView random = QByteArrayView(sealed).sliced(sealedrecord::HeaderSize, sealedrecord::RandomSize);
    auto resealed = sealedrecord::sealWithRandom(spaceKey(), opened, *payload, random);
    fuzz::check(resealed && *resealed == sealed, "an opened record is exactly what seal() makes of it");
}

void mutated(const QByteArray &mask)
{
    static const QByteArray valid = *sealedrecord::sealWithRandom(
        spaceKey(), fixedHeader(), "fuzz payload", QByteArray(sealedrecord::RandomSize, 'n'));
    QByteArray sealed = valid;
    bool changed = mask.size() > valid.size();
    sealed.append(mask.mid(valid.size()));
    for (qsizetype i = 0; i < std::min(mask.size(), valid.size()); ++i) {
        sealed[i] = char(sealed[i] ^ mask[i]);
        changed = changed || mask[i] != 0;
    }
    auto opened = sealedrecord::open(spaceKey(), sealed);
    fuzz::check(opened.ok() == !changed, "a record opens if and only if it is unchanged");
}

void forgedPlaintext(const QByteArray &plain)
{
    const QByteArray salt(sealedrecord::SaltSize, 'a');
    const QByteArray nonce(crypto::aead::NonceSize, 'b');
    auto valid = sealedrecord::sealWithRandom(spaceKey(), fixedHeader(), {}, salt + nonce);
    const QByteArray aad = valid->first(sealedrecord::HeaderSize);
    auto contentKey = crypto::hkdfSha256(spaceKey().view(), salt, "carecircle/record/v1", crypto::aead::KeySize);
    auto body = crypto::aead::seal(*contentKey, nonce, plain, aad);
    fuzz::check(body.ok(), "AES-GCM seals any plaintext");
    auto opened = sealedrecord::open(spaceKey(), aad + salt + nonce + *body);
    const bool wellFormed = plain.size() >= 4 && plain.size() % sealedrecord::PaddingBlock == 0
        && qFromBigEndian<quint32>(plain.constData()) <= quint32(plain.size() - 4);
    fuzz::check(opened.ok() == wellFormed, "open() accepts exactly the well-formed plaintexts");
    if (opened)
        fuzz::check(*opened == plain.mid(4, qFromBigEndian<quint32>(plain.constData())), "open() unpads");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray rest = input.mid(1);
    switch (fuzz::mode(input) % 3) {
    case 0:
        asReceived(rest);
        break;
    case 1:
        mutated(rest);
        break;
    default:
        forgedPlaintext(rest);
        break;
    }
    return 0;
}
