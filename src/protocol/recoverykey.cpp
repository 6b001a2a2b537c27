// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverykey.h"

#include "crypto/hkdf.h"

namespace cc::protocol::recoverykey {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int CheckBits = Characters * 5 - SecretSize * 8; // 12

quint16 checkOf(QByteArrayView secret)
{
    const QByteArray digest = crypto::sha256(QByteArray("carecircle/recovery-check/v1") + secret.toByteArray());
    return quint16((quint8(digest[0]) << 4) | (quint8(digest[1]) >> 4)); // top 12 bits
}

int valueOf(QChar c)
{
    const char u = c.toUpper().toLatin1();
    if (u == 'O')
        return 0;
    if (u == 'I' || u == 'L')
        return 1;
    for (int i = 0; i < 32; ++i) {
        if (Alphabet[i] == u)
            return i;
    }
    return -1;
}

} // namespace

QString format(const crypto::SecureBuffer &secret)
{
    Q_ASSERT(secret.size() == SecretSize);
    // 140 bits: secret (128) then check (12), read five bits at a time.
    const quint16 check = checkOf(secret.view());
    auto bitAt = [&](int i) -> int {
        if (i < SecretSize * 8)
            return (secret.data()[i / 8] >> (7 - i % 8)) & 1;
        return (check >> (CheckBits - 1 - (i - SecretSize * 8))) & 1;
    };
    QString out;
    out.reserve(Characters + Characters / 4);
    for (int c = 0; c < Characters; ++c) {
        int v = 0;
        for (int b = 0; b < 5; ++b)
            v = (v << 1) | bitAt(c * 5 + b);
        if (c > 0 && c % 4 == 0)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(Alphabet[v]));
    }
    return out;
}

Result<crypto::SecureBuffer> parse(const QString &text)
{
    QList<int> values;
    values.reserve(Characters);
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = valueOf(c);
        if (v < 0)
            return makeError(ErrorCode::InvalidInput,
                trNoop("Vault", "The recovery key contains a character that cannot be in it. Check what you typed."));
        values.append(v);
    }
    if (values.size() != Characters)
        return makeError(ErrorCode::InvalidInput,
            trNoop("Vault", "A recovery key has 28 characters in seven groups of four. Check what you typed."));
    crypto::SecureBuffer secret(SecretSize);
    quint16 check = 0;
    for (int i = 0; i < Characters * 5; ++i) {
        const int bit = (values[i / 5] >> (4 - i % 5)) & 1;
        if (i < SecretSize * 8)
            secret.data()[i / 8] = static_cast<unsigned char>(secret.data()[i / 8] | (bit << (7 - i % 8)));
        else
            check = quint16((check << 1) | bit);
    }
    if (check != checkOf(secret.view()))
        return makeError(ErrorCode::InvalidInput,
            trNoop("Vault", "This recovery key has a typing mistake in it. Check each group of four characters."));
    return secret;
}

} // namespace cc::protocol::recoverykey
