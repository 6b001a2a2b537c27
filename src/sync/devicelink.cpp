// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicelink.h"

#include "accountsupport.h"
#include "crypto/hkdf.h"
#include "crypto/keypair.h"
#include "crypto/random.h"
#include "httpclient.h"
#include "protocol/accountbundle.h"
#include "protocol/proofs.h"
#include "protocol/recoverykey.h"
#include "protocol/wire.h"
#include "vault/vault.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QTimer>

namespace cc::sync {

namespace {
constexpr int PollMs = 500;
constexpr int LinkLifetimeMs = 5 * 60 * 1000;

QString linkPath(const QByteArray &link)
{
    return QStringLiteral("/v1/links/") + protocol::toBase64Url(link);
}

Error expired()
{
    return makeError(ErrorCode::NotFound, trNoop("Sync", "The code has expired. Ask for a new one."));
}

Error cancelled()
{
    return makeError(ErrorCode::InvalidInput, trNoop("Sync", "Linking was cancelled."));
}

/**
 * One look into a link mailbox, the same for both sides of linking. An expired code or a
 * refusal ends the link through @p finish; a passing failure (no network, a server problem,
 * too many requests) looks again after PollMs, until the code expires. A readable answer
 * goes to @p onAnswer, which returns false to keep waiting.
 */
template<typename Finish, typename OnAnswer>
void lookIntoMailbox(HttpClient &http, const QByteArray &link, const QDeadlineTimer &deadline, QTimer &poll,
    const bool &done, Finish finish, OnAnswer onAnswer)
{
    if (done)
        return;
    if (deadline.hasExpired())
        return finish(expired());
    http.get(linkPath(link), false, [&done, &poll, finish, onAnswer](const HttpReply &reply) {
        if (done)
            return;
        if (reply.status == 410)
            return finish(expired());
        if (!reply.ok()) {
            if (reply.status == 0 || reply.status >= 500 || reply.status == 429)
                return poll.start(PollMs);
            return finish(reply.error());
        }
        if (!onAnswer(reply.json))
            poll.start(PollMs);
    });
}
} // namespace

// --- LinkOffer -----------------------------------------------------------------------------

class LinkOffer::Private
{
public:
    LinkOffer *q;
    vault::Vault &vault;
    HttpClient *http = nullptr;
    QString code;
    QByteArray link;
    crypto::SecureBuffer linkKey;
    QDeadlineTimer deadline;
    QTimer poll;
    bool done = false;
    bool answered = false;

    Private(LinkOffer *offer, vault::Vault &v) : q(offer), vault(v) { }

    void finish(const Status &status)
    {
        if (done)
            return;
        done = true;
        poll.stop();
        linkKey.clear();
        Q_EMIT q->finished(status);
    }

    void check()
    {
        lookIntoMailbox(
            *http, link, deadline, poll, done, [this](const Status &status) { finish(status); },
            [this](const QJsonObject &answer) {
                const QString state = answer.value(QStringLiteral("state")).toString();
                if (state == QLatin1String("waiting"))
                    return false;
                if (state != QLatin1String("accepted") || answered) {
                    finish(unreadableAnswer());
                    return true;
                }
                answered = true;
                complete(answer.value(QStringLiteral("accept")).toObject());
                return true;
            });
    }

    void complete(const QJsonObject &accept)
    {
        protocol::JsonReader reader(accept);
        const QByteArray device = reader.bytes(QStringLiteral("device"), protocol::IdSize);
        const QByteArray signPub = reader.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
        const QByteArray boxPub = reader.bytes(QStringLiteral("boxPub"), protocol::PublicKeySize);
        const QByteArray mac = reader.bytes(QStringLiteral("mac"), 32);
        if (!reader.ok())
            return finish(unreadableAnswer());
        // Only the holder of the code can make this MAC: anyone else's answer is refused.
        if (!crypto::sameMac(mac, protocol::proofs::linkAcceptMac(linkKey, link, device, signPub, boxPub)))
            return finish(makeError(ErrorCode::InvalidInput,
                trNoop("Sync", "The answering device does not know the code. Nothing was shared.")));
        Q_EMIT q->deviceAnswered();
        auto material = vault.accountMaterial();
        if (!material)
            return finish(material.error());
        auto registration = account::deviceRegistration(
            *material, device, signPub, QCoreApplication::translate("Sync", "Linked device"));
        if (!registration)
            return finish(registration.error());
        auto sealed = protocol::link::sealBundle(boxPub, link, *material);
        if (!sealed)
            return finish(sealed.error());
        const QString bundle = protocol::toBase64Url(*sealed);
        http->post(
            QStringLiteral("/v1/accounts/") + protocol::toBase64Url(material->account) + QStringLiteral("/devices"),
            *registration, false, [this, bundle](const HttpReply &registered) {
                if (done)
                    return;
                if (!registered.ok())
                    return finish(registered.error());
                http->put(linkPath(link) + QStringLiteral("/bundle"), QJsonObject {{QStringLiteral("bundle"), bundle}},
                    true, [this](const HttpReply &put) {
                        if (!put.ok())
                            return finish(put.error());
                        finish({});
                    });
            });
    }
};

LinkOffer::LinkOffer(vault::Vault &vault, QObject *parent) : QObject(parent), d(new Private(this, vault))
{
    d->poll.setSingleShot(true);
    connect(&d->poll, &QTimer::timeout, this, [this] { d->check(); });
}

LinkOffer::~LinkOffer()
{
    delete d->http;
    delete d;
}

void LinkOffer::start()
{
    if (!d->vault.isConnected())
        return d->finish(makeError(ErrorCode::NotFound, trNoop("Sync", "This device is not connected to a server.")));
    auto key = d->vault.deviceSigningKey(false);
    if (!key)
        return d->finish(key.error());
    const crypto::SecureBuffer secret = protocol::link::newCodeSecret();
    auto keys = protocol::link::derive(secret);
    if (!keys)
        return d->finish(keys.error());
    d->link = keys->link;
    d->linkKey = std::move(keys->key);
    d->http = new HttpClient(QUrl(d->vault.serverUrl()), this);
    d->http->setDevice(d->vault.deviceId(), std::move(key->secretKey));
    const QString code = protocol::recoverykey::format(secret);
    d->http->post(QStringLiteral("/v1/links"), QJsonObject {{QStringLiteral("link"), protocol::toBase64Url(d->link)}},
        true, [this, code](const HttpReply &reply) {
            if (d->done)
                return;
            if (!reply.ok())
                return d->finish(reply.error());
            const int lifetime = int(reply.json.value(QStringLiteral("expiresIn")).toInteger(LinkLifetimeMs / 1000));
            d->deadline = QDeadlineTimer(qint64(std::clamp(lifetime, 1, LinkLifetimeMs / 1000)) * 1000);
            d->code = code;
            Q_EMIT codeReady(code);
            d->poll.start(PollMs);
        });
}

void LinkOffer::cancel()
{
    d->finish(cancelled());
}

QString LinkOffer::code() const
{
    return d->code;
}

int LinkOffer::secondsLeft() const
{
    if (d->code.isEmpty() || d->done)
        return 0;
    return int(std::max<qint64>(0, d->deadline.remainingTime() / 1000));
}

// --- LinkAccept ----------------------------------------------------------------------------

class LinkAccept::Private
{
public:
    LinkAccept *q;
    HttpClient *http = nullptr;
    QUrl server;
    QString directory;
    vault::PassphraseKdf kdf;
    crypto::SecureBuffer kek;
    QByteArray link;
    QByteArray deviceId;
    crypto::KeyPair deviceKey;
    crypto::KeyPair ephemeral;
    QDeadlineTimer deadline;
    QTimer poll;
    bool done = false;

    explicit Private(LinkAccept *accept) : q(accept) { }

    void finish(const Status &status)
    {
        if (done)
            return;
        done = true;
        poll.stop();
        kek.clear();
        ephemeral.secretKey.clear();
        deviceKey.secretKey.clear();
        Q_EMIT q->finished(status);
    }

    void check()
    {
        lookIntoMailbox(
            *http, link, deadline, poll, done, [this](const Status &status) { finish(status); },
            [this](const QJsonObject &answer) {
                const QString sealedText = answer.value(QStringLiteral("bundle")).toString();
                if (sealedText.isEmpty())
                    return false;
                finish(adopt(sealedText));
                return true;
            });
    }

    /** Opens the account bundle sealed to this device and creates its vault from it. */
    Status adopt(const QString &sealedText)
    {
        const auto sealed = protocol::fromBase64Url(sealedText);
        if (!sealed)
            return unreadableAnswer();
        auto material = protocol::link::openBundle(ephemeral, link, *sealed);
        if (!material)
            return material.error();
        auto created = vault::Vault::createForAccount(directory, kdf, kek, *material, deviceId, deviceKey);
        if (!created)
            return created.error();
        if (auto s = account::pinOwners(**created, *material); !s)
            return s;
        if (auto s = (*created)->setServer(server.toString(), material->account); !s)
            return s;
        return (*created)->setConnected(true);
    }
};

LinkAccept::LinkAccept(QObject *parent) : QObject(parent), d(new Private(this))
{
    d->poll.setSingleShot(true);
    connect(&d->poll, &QTimer::timeout, this, [this] { d->check(); });
}

LinkAccept::~LinkAccept()
{
    delete d->http;
    delete d;
}

void LinkAccept::start(const QUrl &server, const QString &code, const QString &directory,
    const vault::PassphraseKdf &kdf, const crypto::SecureBuffer &keyEncryptionKey, const QString &deviceLabel)
{
    Q_UNUSED(deviceLabel) // the linked device names the new one (the mailbox carries no label)
    if (vault::Vault::exists(directory))
        return d->finish(
            makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder.")));
    auto secret = protocol::recoverykey::parse(code);
    if (!secret)
        return d->finish(makeError(ErrorCode::InvalidInput,
            trNoop("Sync", "The code is not correct. Check it for typing mistakes and try again.")));
    auto keys = protocol::link::derive(*secret);
    if (!keys)
        return d->finish(keys.error());
    d->server = server;
    d->directory = directory;
    d->kdf = kdf;
    d->kek = keyEncryptionKey.clone();
    d->link = keys->link;
    d->deviceId = crypto::randomBytes(protocol::IdSize);
    d->deviceKey = crypto::ed25519::generate();
    d->ephemeral = crypto::x25519::generate();
    const QByteArray mac = protocol::proofs::linkAcceptMac(
        keys->key, d->link, d->deviceId, d->deviceKey.publicKey, d->ephemeral.publicKey);
    d->http = new HttpClient(server, this);
    d->deadline = QDeadlineTimer(LinkLifetimeMs);
    const QJsonObject body {{QStringLiteral("device"), protocol::toBase64Url(d->deviceId)},
        {QStringLiteral("signPub"), protocol::toBase64Url(d->deviceKey.publicKey)},
        {QStringLiteral("boxPub"), protocol::toBase64Url(d->ephemeral.publicKey)},
        {QStringLiteral("mac"), protocol::toBase64Url(mac)}};
    d->http->post(linkPath(d->link) + QStringLiteral("/accept"), body, false, [this](const HttpReply &reply) {
        if (d->done)
            return;
        if (reply.status == 404)
            return d->finish(makeError(ErrorCode::NotFound,
                trNoop("Sync", "No device is waiting with this code. Check the code, or ask for a new one.")));
        if (!reply.ok())
            return d->finish(reply.error());
        d->poll.start(PollMs);
    });
}

void LinkAccept::cancel()
{
    d->finish(cancelled());
}

// --- AccountRestore ------------------------------------------------------------------------

class AccountRestore::Private
{
public:
    HttpClient *http = nullptr;
};

AccountRestore::AccountRestore(QObject *parent) : QObject(parent), d(new Private)
{ }

AccountRestore::~AccountRestore()
{
    delete d->http;
    delete d;
}

void AccountRestore::start(const QUrl &server, const QString &recoveryKey, const QString &directory,
    const vault::PassphraseKdf &kdf, const crypto::SecureBuffer &keyEncryptionKey, const QString &deviceLabel)
{
    auto fail = [this](const Status &status) { Q_EMIT finished(status); };
    if (vault::Vault::exists(directory))
        return fail(makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder.")));
    auto recovery = protocol::recoverykey::parse(recoveryKey);
    if (!recovery)
        return fail(recovery.error());
    auto locator = protocol::recovery::locator(*recovery);
    if (!locator)
        return fail(locator.error());
    auto secret = std::make_shared<crypto::SecureBuffer>(std::move(*recovery));
    auto kek = std::make_shared<crypto::SecureBuffer>(keyEncryptionKey.clone());
    delete d->http;
    d->http = new HttpClient(server, this);
    d->http->get(
        QStringLiteral("/v1/recovery/") + protocol::toBase64Url(*locator), false, [=, this](const HttpReply &reply) {
            if (reply.status == 404)
                return fail(makeError(ErrorCode::WrongKey,
                    trNoop("Sync", "No account on this server has this recovery key. Check the key and the server.")));
            if (!reply.ok())
                return fail(reply.error());
            protocol::JsonReader reader(reply.json);
            const QByteArray account = reader.bytes(QStringLiteral("account"), protocol::IdSize);
            const QByteArray bundle = reader.bytes(QStringLiteral("bundle"), 0, protocol::MaxRecordSize);
            if (!reader.ok())
                return fail(unreadableAnswer());
            auto material = protocol::recovery::openBundle(*secret, account, bundle);
            if (!material)
                return fail(material.error());
            const QByteArray deviceId = crypto::randomBytes(protocol::IdSize);
            auto deviceKey = std::make_shared<crypto::KeyPair>(crypto::ed25519::generate());
            auto registration = account::deviceRegistration(*material, deviceId, deviceKey->publicKey, deviceLabel);
            if (!registration)
                return fail(registration.error());
            auto shared = std::make_shared<protocol::AccountMaterial>(std::move(*material));
            d->http->post(QStringLiteral("/v1/accounts/") + protocol::toBase64Url(account) + QStringLiteral("/devices"),
                *registration, false, [=, this](const HttpReply &registered) {
                    if (!registered.ok())
                        return fail(registered.error());
                    auto created = vault::Vault::createForAccount(directory, kdf, *kek, *shared, deviceId, *deviceKey);
                    if (!created)
                        return fail(created.error());
                    if (auto s = account::pinOwners(**created, *shared); !s)
                        return fail(s);
                    if (auto s = (*created)->setServer(server.toString(), shared->account); !s)
                        return fail(s);
                    if (auto s = (*created)->setConnected(true); !s)
                        return fail(s);
                    fail({});
                });
        });
}

} // namespace cc::sync
