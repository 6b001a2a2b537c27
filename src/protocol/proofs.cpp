// SPDX-License-Identifier: GPL-3.0-or-later
#include "proofs.h"

#include "crypto/hkdf.h"
#include "crypto/keypair.h"

namespace cc::protocol::proofs {

namespace {

QByteArray labelled(const char *label, std::initializer_list<QByteArrayView> fields)
{
    QByteArray message(label);
    message.append('\0');
    for (QByteArrayView field : fields)
        message.append(field);
    return message;
}

} // namespace

QByteArray deviceCertificateMessage(QByteArrayView account, QByteArrayView device, QByteArrayView deviceSignPub)
{
    return labelled("carecircle/device-cert/v1", {account, device, deviceSignPub});
}

QByteArray accountProofMessage(
    QByteArrayView account, QByteArrayView signPub, QByteArrayView boxPub, QByteArrayView locator)
{
    return labelled("carecircle/account/v1", {account, signPub, boxPub, locator});
}

QByteArray loginMessage(QByteArrayView challenge, QByteArrayView device)
{
    return labelled("carecircle/login/v1", {challenge, device});
}

QByteArray recordSignatureMessage(QByteArrayView sealed)
{
    return labelled("carecircle/record-sig/v1", {sealed});
}

Result<QByteArray> sign(const crypto::SecureBuffer &signSecret, const QByteArray &message)
{
    return crypto::ed25519::sign(signSecret, message);
}

bool verify(QByteArrayView signPub, const QByteArray &message, QByteArrayView signature)
{
    return crypto::ed25519::verify(signPub, message, signature);
}

QByteArray linkAcceptMac(const crypto::SecureBuffer &linkKey, QByteArrayView link, QByteArrayView device,
    QByteArrayView signPub, QByteArrayView boxPub)
{
    return crypto::hmacSha256(linkKey.view(), labelled("carecircle/link-accept/v1", {link, device, signPub, boxPub}));
}

} // namespace cc::protocol::proofs
