// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsupport.h"

#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "crypto/keypair.h"
#include "crypto/random.h"
#include "httpclient.h"
#include "protocol/accountbundle.h"
#include "protocol/proofs.h"
#include "protocol/wire.h"
#include "vault/vault.h"

#include <QJsonArray>

namespace cc::sync::account {

namespace {
constexpr QByteArrayView LabelInfo("carecircle/device-label/v1");
// Room for the nonce and tag inside the protocol's 256-byte limit.
constexpr qsizetype MaxLabelBytes = protocol::MaxLabelSize - crypto::aead::NonceSize - crypto::aead::TagSize;
} // namespace

const crypto::SecureBuffer *privateSpaceKey(const protocol::AccountMaterial &material)
{
    const crypto::SecureBuffer *key = nullptr;
    quint32 version = 0;
    for (const protocol::SpaceKey &k : material.spaceKeys) {
        if (k.space == material.privateSpace && k.version >= version) {
            key = &k.key;
            version = k.version;
        }
    }
    return key;
}

Result<QByteArray> sealLabel(
    const protocol::AccountMaterial &material, const QByteArray &deviceId, const QString &label)
{
    const crypto::SecureBuffer *spaceKey = privateSpaceKey(material);
    if (!spaceKey)
        return makeError(ErrorCode::Damaged, trNoop("Sync", "The account's keys are incomplete."));
    auto key = crypto::hkdfSha256(spaceKey->view(), {}, LabelInfo, 32);
    if (!key)
        return key.error();
    QByteArray text = label.toUtf8();
    while (text.size() > MaxLabelBytes) // cut whole characters only
        text = QString::fromUtf8(text).chopped(1).toUtf8();
    const QByteArray nonce = crypto::randomBytes(crypto::aead::NonceSize);
    auto sealed = crypto::aead::seal(*key, nonce, text, deviceId);
    if (!sealed)
        return sealed.error();
    return nonce + *sealed;
}

QString openLabel(const protocol::AccountMaterial &material, const QByteArray &deviceId, const QByteArray &sealed)
{
    const crypto::SecureBuffer *spaceKey = privateSpaceKey(material);
    if (!spaceKey || sealed.size() < crypto::aead::NonceSize + crypto::aead::TagSize)
        return {};
    auto key = crypto::hkdfSha256(spaceKey->view(), {}, LabelInfo, 32);
    if (!key)
        return {};
    auto text = crypto::aead::open(*key, QByteArrayView(sealed).first(crypto::aead::NonceSize),
        QByteArrayView(sealed).sliced(crypto::aead::NonceSize), deviceId);
    return text ? QString::fromUtf8(*text) : QString();
}

Result<QJsonObject> deviceRegistration(const protocol::AccountMaterial &material, const QByteArray &deviceId,
    const QByteArray &deviceSignPub, const QString &label)
{
    auto certificate = protocol::proofs::sign(
        material.signSecret, protocol::proofs::deviceCertificateMessage(material.account, deviceId, deviceSignPub));
    if (!certificate)
        return certificate.error();
    auto sealedLabel = sealLabel(material, deviceId, label);
    if (!sealedLabel)
        return sealedLabel.error();
    return QJsonObject {{QStringLiteral("id"), protocol::toBase64Url(deviceId)},
        {QStringLiteral("signPub"), protocol::toBase64Url(deviceSignPub)},
        {QStringLiteral("certificate"), protocol::toBase64Url(*certificate)},
        {QStringLiteral("label"), protocol::toBase64Url(*sealedLabel)}};
}

Result<QJsonObject> accountRegistration(const protocol::AccountMaterial &m, const QJsonObject &device)
{
    auto signPub = crypto::ed25519::publicFromSecret(m.signSecret);
    auto boxPub = crypto::x25519::publicFromSecret(m.boxSecret);
    auto locator = protocol::recovery::locator(m.recoverySecret);
    auto bundle = protocol::recovery::sealBundle(m.recoverySecret, m);
    if (!signPub || !boxPub || !locator || !bundle)
        return makeError(ErrorCode::Crypto, trNoop("Sync", "The account's keys could not be prepared."));
    auto proof = protocol::proofs::sign(
        m.signSecret, protocol::proofs::accountProofMessage(m.account, *signPub, *boxPub, *locator));
    if (!proof)
        return makeError(ErrorCode::Crypto, trNoop("Sync", "The account's keys could not be prepared."));
    return QJsonObject {{QStringLiteral("account"), protocol::toBase64Url(m.account)},
        {QStringLiteral("signPub"), protocol::toBase64Url(*signPub)},
        {QStringLiteral("boxPub"), protocol::toBase64Url(*boxPub)},
        {QStringLiteral("locator"), protocol::toBase64Url(*locator)},
        {QStringLiteral("bundle"), protocol::toBase64Url(*bundle)},
        {QStringLiteral("proof"), protocol::toBase64Url(*proof)}, {QStringLiteral("device"), device}};
}

Result<Devices> readDevices(
    const QJsonObject &answer, const protocol::AccountMaterial &material, const QByteArray &thisDevice)
{
    auto identity = crypto::ed25519::publicFromSecret(material.signSecret);
    if (!identity)
        return identity.error();
    protocol::JsonReader reader(answer);
    const QByteArray account = reader.bytes(QStringLiteral("account"), protocol::IdSize);
    const QByteArray signPub = reader.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
    const QJsonArray devices = reader.array(QStringLiteral("devices"));
    if (!reader.ok())
        return unreadableAnswer();
    if (account != material.account || signPub != *identity)
        return makeError(
            ErrorCode::InvalidInput, trNoop("Sync", "The server answered for another account. Nothing was changed."));
    Devices out;
    for (const QJsonValue &value : devices) {
        protocol::JsonReader device(value.toObject());
        const QByteArray id = device.bytes(QStringLiteral("id"), protocol::IdSize);
        const QByteArray key = device.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
        const QByteArray certificate = device.bytes(QStringLiteral("certificate"), protocol::SignatureSize);
        const QByteArray label = device.optionalBytes(QStringLiteral("label"), 0, protocol::MaxLabelSize);
        const qint64 created = device.optionalInteger(QStringLiteral("created"), 0, qint64(1) << 52).value_or(0);
        const std::optional<qint64> revoked = device.optionalInteger(QStringLiteral("revoked"), 0, qint64(1) << 52);
        if (!device.ok())
            return unreadableAnswer();
        // A device the account identity did not certify is ignored: its records are refused.
        if (!protocol::proofs::verify(
                *identity, protocol::proofs::deviceCertificateMessage(account, id, key), certificate))
            continue;
        out.signKeys.insert(id, key);
        DeviceInfo info;
        info.id = id;
        info.label = openLabel(material, id, label);
        info.created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        if (revoked)
            info.revoked = QDateTime::fromMSecsSinceEpoch(*revoked, Qt::UTC);
        info.thisDevice = id == thisDevice;
        out.list.append(info);
    }
    return out;
}

Status pinOwners(vault::Vault &vault, const protocol::AccountMaterial &material)
{
    for (const protocol::SpaceOwner &owner : material.owners) {
        if (owner.account == material.account)
            continue;
        vault::SpaceState state = vault.spaceState(owner.space).value_or(vault::SpaceState {});
        if (!state.ownerSignPub.isEmpty())
            continue;
        state.id = owner.space;
        state.owner = owner.account;
        state.ownerSignPub = owner.signPub;
        state.ownerBoxPub = owner.boxPub;
        if (state.role.isNull())
            state.role = QStringLiteral(""); // learnt from the listing; the column takes no NULL
        state.registered = true;
        if (auto s = vault.saveSpaceState(state); !s)
            return s;
        if (auto s = vault.addMemberKey(owner.space, owner.account, owner.signPub); !s)
            return s;
    }
    return {};
}

QUrl hintsUrl(const QUrl &server)
{
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/v1/hints"));
    return url;
}

Result<QJsonObject> registrationBody(const protocol::AccountMaterial &material, const QByteArray &deviceId,
    const QByteArray &deviceSignPub, const QString &label)
{
    auto device = deviceRegistration(material, deviceId, deviceSignPub, label);
    if (!device)
        return makeError(ErrorCode::Crypto, trNoop("Sync", "The account's keys could not be prepared."));
    return accountRegistration(material, *device);
}

void registerAccount(HttpClient &http, vault::Vault &vault, const QUrl &server, const QJsonObject &body,
    const QByteArray &account, const QByteArray &privateSpace, std::function<void(const Result<bool> &repeat)> done)
{
    http.post(QStringLiteral("/v1/accounts"), body, false, [=, &http, &vault](const HttpReply &reply) {
        if (!reply.ok())
            return done(reply.error());
        const bool repeat = reply.status == 200;
        if (auto s = vault.setServer(server.toString(), account); !s)
            return done(s.error());
        http.post(QStringLiteral("/v1/spaces"),
            QJsonObject {{QStringLiteral("space"), protocol::toBase64Url(privateSpace)}}, true,
            [=](const HttpReply &space) { space.ok() ? done(repeat) : done(space.error()); });
    });
}

} // namespace cc::sync::account
