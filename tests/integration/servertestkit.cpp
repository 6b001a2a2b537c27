// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertestkit.h"

#include "crypto/random.h"
#include "protocol/proofs.h"
#include "protocol/recordproof.h"
#include "protocol/sealedrecord.h"
#include "protocol/wire.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

namespace cc::testing {

QByteArray Reply::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString b64(const QByteArray &bytes)
{
    return protocol::toBase64Url(bytes);
}

QByteArray unb64(const QString &text)
{
    return protocol::fromBase64Url(text).value_or(QByteArray());
}

QByteArray randomId()
{
    return crypto::randomBytes(16);
}

Reply Http::send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token)
{
    QNetworkRequest request(QUrl(m_base.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
        [r = reply.get()](const QList<QSslError> &) { r->ignoreSslErrors(); }); // self-signed in tests
    // An event loop, not QTest::qWaitFor: that sleeps 10 ms between rounds, which would
    // dominate the timing of large uploads in the benchmarks.
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->isFinished())
        return {};
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.json = QJsonDocument::fromJson(r.body).object();
    if (r.status == 0)
        qWarning("%s %s: no HTTP answer: %s", method.constData(), qPrintable(path), qPrintable(reply->errorString()));
    return r;
}

Reply Http::send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token)
{
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QJsonObject TestDevice::json() const
{
    return {{QStringLiteral("id"), b64(id)}, {QStringLiteral("signPub"), b64(sign.publicKey)},
        {QStringLiteral("certificate"), b64(certificate)}, {QStringLiteral("label"), b64(label)}};
}

TestAccount TestAccount::create()
{
    TestAccount a;
    a.account = randomId();
    a.sign = crypto::ed25519::generate();
    a.box = crypto::x25519::generate();
    a.locator = crypto::randomBytes(32);
    a.bundle = crypto::randomBytes(300); // opaque to the server
    a.proof = *protocol::proofs::sign(a.sign.secretKey,
        protocol::proofs::accountProofMessage(a.account, a.sign.publicKey, a.box.publicKey, a.locator));
    a.device = a.newDevice();
    a.space = randomId();
    a.spaceKey = crypto::randomSecret(32);
    return a;
}

TestDevice TestAccount::newDevice() const
{
    TestDevice d;
    d.id = randomId();
    d.sign = crypto::ed25519::generate();
    d.certificate = *protocol::proofs::sign(
        sign.secretKey, protocol::proofs::deviceCertificateMessage(account, d.id, d.sign.publicKey));
    d.label = crypto::randomBytes(48); // a sealed device name, to the server
    return d;
}

QJsonObject TestAccount::registration() const
{
    return {{QStringLiteral("account"), b64(account)}, {QStringLiteral("signPub"), b64(sign.publicKey)},
        {QStringLiteral("boxPub"), b64(box.publicKey)}, {QStringLiteral("locator"), b64(locator)},
        {QStringLiteral("bundle"), b64(bundle)}, {QStringLiteral("proof"), b64(proof)},
        {QStringLiteral("device"), device.json()}};
}

bool registerAccount(Http &http, const TestAccount &a)
{
    const Reply r = http.post(QStringLiteral("/v1/accounts"), a.registration());
    if (r.status != 201 && r.status != 200)
        return false;
    const QString token = login(http, a.device);
    if (token.isEmpty())
        return false;
    const Reply s = http.post(QStringLiteral("/v1/spaces"), {{QStringLiteral("space"), b64(a.space)}}, token);
    return s.status == 201 || s.status == 200;
}

QString login(Http &http, const TestDevice &device)
{
    const Reply c = http.post(QStringLiteral("/v1/auth/challenge"), {{QStringLiteral("device"), b64(device.id)}});
    if (c.status != 200)
        return {};
    const QByteArray challenge = unb64(c.json.value(QStringLiteral("challenge")).toString());
    const auto signature =
        protocol::proofs::sign(device.sign.secretKey, protocol::proofs::loginMessage(challenge, device.id));
    const Reply s = http.post(QStringLiteral("/v1/auth/session"),
        {{QStringLiteral("device"), b64(device.id)}, {QStringLiteral("challenge"), b64(challenge)},
            {QStringLiteral("signature"), b64(*signature)}});
    if (s.status != 200)
        return {};
    return s.json.value(QStringLiteral("token")).toString();
}

QByteArray sealRecord(const crypto::SecureBuffer &spaceKey, const QByteArray &space, const QByteArray &record,
    const QByteArray &author, const QByteArray &payload, bool deleted, quint32 keyVersion)
{
    protocol::SealedHeader header;
    header.spaceId = space;
    header.recordId = record;
    header.keyVersion = keyVersion;
    header.deleted = deleted;
    header.authorDevice = author;
    return *protocol::sealedrecord::seal(spaceKey, header, payload);
}

QJsonObject pushItem(const QByteArray &sealed, const TestDevice &signer, const QByteArray &base)
{
    const auto sig = protocol::proofs::sign(signer.sign.secretKey, protocol::proofs::recordSignatureMessage(sealed));
    return {{QStringLiteral("record"), b64(sealed)}, {QStringLiteral("sig"), b64(*sig)},
        {QStringLiteral("base"), base.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(b64(base))}};
}

QJsonObject signedOncePush(const QList<QByteArray> &sealed, const TestDevice &signer)
{
    const auto tree = protocol::recordproof::PushTree::of(sealed);
    QJsonArray items;
    for (const QByteArray &record : sealed)
        items.append(QJsonObject {{QStringLiteral("record"), b64(record)}, {QStringLiteral("base"), QJsonValue::Null}});
    return {{QStringLiteral("sig"),
                tree ? b64(*protocol::proofs::sign(signer.sign.secretKey, tree->message())) : QString()},
        {QStringLiteral("records"), items}};
}

QByteArray tagOf(const QByteArray &sealed)
{
    return protocol::sealedrecord::revisionTag(sealed);
}

protocol::sharing::MemberEntry memberEntry(const TestAccount &a, protocol::sharing::Role role, qint64 expires)
{
    return protocol::sharing::MemberEntry {a.account, a.sign.publicKey, a.box.publicKey, role, expires};
}

QJsonObject wrapJson(const protocol::sharing::KeyWrap &wrap)
{
    return {{QStringLiteral("account"), b64(wrap.account)}, {QStringLiteral("keyVersion"), double(wrap.keyVersion)},
        {QStringLiteral("wrap"), b64(wrap.wrap)}, {QStringLiteral("sig"), b64(wrap.sig)}};
}

QJsonObject membersBody(
    const TestAccount &signer, const protocol::sharing::MemberList &list, const crypto::SecureBuffer &spaceKey)
{
    namespace sharing = protocol::sharing;
    const QByteArray encoded = sharing::encodeMemberList(list);
    QJsonArray wraps;
    for (const sharing::MemberEntry &entry : list.members) {
        if (entry.role == sharing::Role::Owner)
            continue;
        wraps.append(
            wrapJson(*sharing::wrapSpaceKey(signer.sign.secretKey, list.space, entry, list.keyVersion, spaceKey)));
    }
    return {{QStringLiteral("list"), b64(encoded)},
        {QStringLiteral("sig"), b64(*sharing::signMemberList(signer.sign.secretKey, encoded))},
        {QStringLiteral("wraps"), wraps}};
}

HintSocket::HintSocket(const QUrl &base, const QString &token) : m_socket(std::make_unique<QWebSocket>())
{
    QUrl url = base;
    url.setScheme(base.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/v1/hints"));
    QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(), [this](const QString &m) {
        const QJsonObject o = QJsonDocument::fromJson(m.toUtf8()).object();
        if (o.value(QStringLiteral("type")).toString() == u"ready")
            m_ready = true;
        else
            m_messages.append(o);
    });
    QObject::connect(m_socket.get(), &QWebSocket::disconnected, m_socket.get(), [this] { m_closed = true; });
    QObject::connect(m_socket.get(), &QWebSocket::sslErrors, m_socket.get(),
        [this](const QList<QSslError> &) { m_socket->ignoreSslErrors(); }); // tests use self-signed certificates
    QObject::connect(m_socket.get(), &QWebSocket::connected, m_socket.get(), [this, token] {
        if (token.isEmpty())
            return; // a silent client, for the authentication timeout
        m_socket->sendTextMessage(QStringLiteral("{\"type\":\"auth\",\"token\":\"%1\"}").arg(token));
    });
    m_socket->open(url);
    (void)QTest::qWaitFor([this] { return m_ready || m_closed; }, 10000);
}

HintSocket::~HintSocket() = default;

bool HintSocket::waitForChanged(const QByteArray &space, qint64 seq, int ms)
{
    return QTest::qWaitFor(
        [&] {
            for (const QJsonObject &m : m_messages) {
                if (m.value(QStringLiteral("type")).toString() == u"changed"
                    && m.value(QStringLiteral("space")).toString() == b64(space)
                    && m.value(QStringLiteral("seq")).toInteger() >= seq)
                    return true;
            }
            return false;
        },
        ms);
}

bool HintSocket::waitForMembers(const QByteArray &space, int ms)
{
    return QTest::qWaitFor(
        [&] {
            for (const QJsonObject &m : m_messages) {
                if (m.value(QStringLiteral("type")).toString() == u"members"
                    && m.value(QStringLiteral("space")).toString() == b64(space))
                    return true;
            }
            return false;
        },
        ms);
}

bool HintSocket::waitForClose(int ms)
{
    return QTest::qWaitFor([this] { return m_closed; }, ms);
}

} // namespace cc::testing
