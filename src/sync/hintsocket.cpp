// SPDX-License-Identifier: GPL-3.0-or-later
#include "hintsocket.h"

#include "accountsupport.h"
#include "protocol/wire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace cc::sync {

HintSocket::HintSocket(QObject *parent) : QObject(parent)
{ }

HintSocket::~HintSocket()
{
    close();
}

void HintSocket::open(const QUrl &server, const QByteArray &token)
{
    if (m_socket)
        return;
    m_token = token;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        const QJsonObject auth {
            {QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), QString::fromUtf8(m_token)}};
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &HintSocket::onMessage);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        socket->deleteLater();
        if (m_socket != socket)
            return;
        m_socket = nullptr;
        m_ready = false;
        Q_EMIT closed();
    });
    socket->open(account::hintsUrl(server));
}

void HintSocket::close()
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    m_ready = false;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void HintSocket::onMessage(const QString &message)
{
    const QJsonObject hint = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = hint.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("ready")) {
        m_ready = true;
        Q_EMIT ready();
    } else if (type == QLatin1String("members")) {
        Q_EMIT membersChanged();
    } else if (type == QLatin1String("changed")) {
        const auto space = protocol::fromBase64Url(hint.value(QStringLiteral("space")).toString());
        const qint64 seq = hint.value(QStringLiteral("seq")).toInteger(-1);
        if (space && seq >= 0)
            Q_EMIT changed(*space, seq);
    }
}

} // namespace cc::sync
