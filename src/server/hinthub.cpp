// SPDX-License-Identifier: GPL-3.0-or-later
#include "hinthub.h"

#include "crypto/hkdf.h"
#include "logger.h"
#include "protocol/wire.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>
#include <QWebSocket>

namespace cc::server {

namespace {
const QString Channel = QStringLiteral("carecircle_hints");
constexpr quint16 CloseUnauthorized = 4401;
/** Frames and messages a client may send: it only ever sends {"type":"auth","token"}
 *  (about 70 bytes); without a cap Qt buffers up to 2 GiB per message. */
constexpr quint64 MaxIncoming = 4096;
/** A peer that does not answer a close frame is cut off after this long. */
constexpr int CloseGraceMs = 2000;

/** Closes @p socket with a close frame, and for good if the peer does not answer it. */
void closeSocket(QWebSocket *socket, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    socket->close(code, reason);
    QTimer::singleShot(CloseGraceMs, socket, [socket] { socket->abort(); });
}

QByteArray b64(const QByteArray &bytes)
{
    return protocol::toBase64Url(bytes).toLatin1();
}
} // namespace

HintHub::HintHub(Storage *storage, Authenticator authenticator, int authTimeoutMs, QObject *parent)
    : QObject(parent), m_storage(storage), m_authenticate(std::move(authenticator)), m_authTimeoutMs(authTimeoutMs)
{ }

HintHub::~HintHub()
{
    closeAll();
    if (m_listener.isValid()) {
        const QString name = m_listener.connectionName();
        m_listener.close();
        m_listener = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
}

Status HintHub::listenForNotifications()
{
    m_listener = m_storage->openExtraConnection(QStringLiteral("listen"));
    if (!m_listener.isOpen())
        return makeError(ErrorCode::Io, trNoop("Server", "Cannot open the notification connection."));
    QSqlDriver *driver = m_listener.driver();
    if (!driver->subscribeToNotification(Channel))
        return makeError(ErrorCode::Io, trNoop("Server", "Cannot LISTEN for hints."));
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (name == Channel)
                deliver(payload.toString().toLatin1());
        });
    m_viaNotify = true;
    return {};
}

qint64 HintHub::openSockets() const
{
    qint64 n = 0;
    for (const Client &c : m_clients)
        n += c.ready ? 1 : 0;
    return n;
}

void HintHub::addSocket(QWebSocket *socket)
{
    m_clients.insert(socket, Client {});
    socket->setMaxAllowedIncomingFrameSize(MaxIncoming);
    socket->setMaxAllowedIncomingMessageSize(MaxIncoming);
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, socket](const QString &message) { onMessage(socket, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket](const QByteArray &) {
        closeSocket(socket, QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("text only"));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.remove(socket);
        socket->deleteLater();
    });
    QTimer::singleShot(m_authTimeoutMs, socket, [this, socket] {
        auto it = m_clients.find(socket);
        if (it != m_clients.end() && !it->ready)
            closeSocket(socket, QWebSocketProtocol::CloseCode(CloseUnauthorized), QStringLiteral("authenticate first"));
    });
}

void HintHub::onMessage(QWebSocket *socket, const QString &message)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end() || it->ready)
        return; // after auth the client has nothing to say; ignore
    const QByteArray utf8 = message.toUtf8();
    protocol::JsonReader reader = protocol::JsonReader::parse(utf8);
    const QString type = reader.string(QStringLiteral("type"));
    const QString token = reader.string(QStringLiteral("token"));
    const std::optional<QByteArray> tokenBytes = protocol::fromBase64Url(token);
    std::optional<Storage::Session> session;
    if (reader.ok() && type == u"auth" && tokenBytes)
        session = m_authenticate(*tokenBytes);
    if (!session) {
        closeSocket(socket, QWebSocketProtocol::CloseCode(CloseUnauthorized), QStringLiteral("unauthorized"));
        return;
    }
    it->device = session->device;
    it->account = session->account;
    it->tokenHash = crypto::sha256(*tokenBytes);
    it->ready = true;
    closeAtExpiry(socket, session->expires);
    socket->sendTextMessage(QStringLiteral("{\"type\":\"ready\"}"));
    Logger::info(
        QStringLiteral("hint_socket_ready"), {{QStringLiteral("device"), protocol::toBase64Url(session->device)}});
}

void HintHub::closeAtExpiry(QWebSocket *socket, qint64 expires)
{
    // The socket lives no longer than the session it authenticated with; logout and
    // device revocation close it earlier (publishSessionEnded, publishDeviceRevoked).
    const qint64 left = std::clamp<qint64>(expires - QDateTime::currentMSecsSinceEpoch(), 0, 24LL * 3600 * 1000);
    QTimer::singleShot(int(left), socket, [this, socket] {
        auto it = m_clients.find(socket);
        if (it == m_clients.end() || !it->ready)
            return;
        it->ready = false;
        closeSocket(socket, QWebSocketProtocol::CloseCode(CloseUnauthorized), QStringLiteral("session expired"));
    });
}

void HintHub::publish(const QByteArray &payload)
{
    if (!m_viaNotify) {
        deliver(payload);
        return;
    }
    if (auto s = m_storage->exec(QStringLiteral("SELECT pg_notify(?, ?)"), {Channel, QString::fromLatin1(payload)}); !s)
        Logger::error(QStringLiteral("hint_notify_failed"));
}

void HintHub::publishChanged(const QByteArray &space, qint64 seq)
{
    publish("c " + b64(space) + ' ' + QByteArray::number(seq));
}

void HintHub::publishMembers(const QByteArray &space, const QList<QByteArray> &accounts)
{
    // NOTIFY payloads are limited to 8000 bytes: a few dozen accounts per notification.
    constexpr qsizetype PerMessage = 200;
    for (qsizetype start = 0; start < accounts.size(); start += PerMessage) {
        QByteArray payload = "m " + b64(space);
        for (qsizetype i = start; i < std::min(accounts.size(), start + PerMessage); ++i)
            payload += ' ' + b64(accounts.at(i));
        publish(payload);
    }
}

void HintHub::publishDeviceRevoked(const QByteArray &device)
{
    publish("d " + b64(device));
}

void HintHub::publishSessionEnded(const QByteArray &tokenHash)
{
    publish("s " + b64(tokenHash));
}

void HintHub::deliver(const QByteArray &payload)
{
    const QList<QByteArray> parts = payload.split(' ');
    if (parts.size() < 2)
        return;
    const std::optional<QByteArray> id = protocol::fromBase64Url(QString::fromLatin1(parts.at(1)));
    if (!id)
        return;
    if (parts.at(0) == "d") {
        closeWhere([&](const Client &c) { return c.device == *id; }, QStringLiteral("device revoked"));
    } else if (parts.at(0) == "s") {
        closeWhere([&](const Client &c) { return c.tokenHash == *id; }, QStringLiteral("logged out"));
    } else if (parts.at(0) == "c" && parts.size() == 3) {
        if (m_clients.isEmpty())
            return;
        auto members = m_storage->memberAccounts(*id, QDateTime::currentMSecsSinceEpoch());
        if (!members)
            return;
        const QByteArray text = QJsonDocument(QJsonObject {{QStringLiteral("type"), QStringLiteral("changed")},
                                                  {QStringLiteral("space"), QString::fromLatin1(parts.at(1))},
                                                  {QStringLiteral("seq"), parts.at(2).toLongLong()}})
                                    .toJson(QJsonDocument::Compact);
        for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
            if (it->ready && members->contains(it->account))
                it.key()->sendTextMessage(QString::fromUtf8(text));
        }
    } else if (parts.at(0) == "m") {
        QSet<QByteArray> accounts;
        for (qsizetype i = 2; i < parts.size(); ++i) {
            if (const auto account = protocol::fromBase64Url(QString::fromLatin1(parts.at(i))))
                accounts.insert(*account);
        }
        const QString text =
            QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("type"), QStringLiteral("members")},
                                                {QStringLiteral("space"), QString::fromLatin1(parts.at(1))}})
                                  .toJson(QJsonDocument::Compact));
        for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
            if (it->ready && accounts.contains(it->account))
                it.key()->sendTextMessage(text);
        }
    }
}

void HintHub::closeWhere(const std::function<bool(const Client &)> &predicate, const QString &reason)
{
    QList<QWebSocket *> doomed;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it->ready && predicate(*it))
            doomed.append(it.key());
    }
    for (QWebSocket *s : doomed) {
        m_clients[s].ready = false;
        closeSocket(s, QWebSocketProtocol::CloseCode(CloseUnauthorized), reason);
    }
}

void HintHub::closeAll()
{
    const QList<QWebSocket *> all = m_clients.keys();
    for (QWebSocket *s : all) {
        s->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
    }
}

} // namespace cc::server
