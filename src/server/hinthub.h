// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QWebSocket;

namespace cc::server {

/**
 * The change-hint WebSockets (`GET /v1/hints`, docs/sync-protocol.md "Hints"). A socket
 * first authenticates with {"type":"auth","token"} (within the auth timeout, else it is
 * closed), then receives {"type":"changed","space","seq"} after each push to a space its
 * account is an active member of, and {"type":"members","space"} when the space's member
 * list changed and its account is in the old or the new list. A socket closes (code 4401) when its session
 * expires, is logged out or its device is revoked; it may send at most 4 KiB per message. On PostgreSQL every event
 * (changed, device revoked, session ended) travels through NOTIFY on channel `carecircle_hints`, and each instance —
 * the sender included — delivers it to its own sockets once, when the notification arrives.
 */
class HintHub : public QObject
{
    Q_OBJECT
public:
    /** Maps a bearer token to its live session (or nothing). */
    using Authenticator = std::function<std::optional<Storage::Session>(const QByteArray &token)>;

    HintHub(Storage *storage, Authenticator authenticator, int authTimeoutMs, QObject *parent = nullptr);
    ~HintHub() override;

    /** PostgreSQL only: LISTEN on a dedicated connection. */
    Status listenForNotifications();
    void addSocket(QWebSocket *socket);
    /** After a committed push. */
    void publishChanged(const QByteArray &space, qint64 seq);
    /** After a new member list: {"type":"members","space"} to every account of the old or new list. */
    void publishMembers(const QByteArray &space, const QList<QByteArray> &accounts);
    /** After a device was revoked: its sockets close (on every instance). */
    void publishDeviceRevoked(const QByteArray &device);
    /** After a logout: the sockets opened with that token close. */
    void publishSessionEnded(const QByteArray &tokenHash);
    /** Closes every socket (shutdown). */
    void closeAll();
    qint64 openSockets() const;

private:
    struct Client {
        QByteArray device, account, tokenHash;
        bool ready = false;
    };
    void publish(const QByteArray &payload);
    void deliver(const QByteArray &payload);
    void onMessage(QWebSocket *socket, const QString &message);
    void closeWhere(const std::function<bool(const Client &)> &predicate, const QString &reason);
    /** Schedules the close of a ready @p socket when its session expires (ms since epoch). */
    void closeAtExpiry(QWebSocket *socket, qint64 expires);

    Storage *m_storage;
    Authenticator m_authenticate;
    int m_authTimeoutMs;
    QHash<QWebSocket *, Client> m_clients;
    QSqlDatabase m_listener;
    bool m_viaNotify = false;
};

} // namespace cc::server
