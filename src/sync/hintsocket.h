// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QWebSocket;

namespace cc::sync {

/**
 * The hint WebSocket of one session (docs/sync-protocol.md "Hints"): authenticates with the
 * session token as its first message, then reports the server's hints as signals. Hints carry
 * no record content; a malformed one is ignored.
 */
class HintSocket : public QObject
{
    Q_OBJECT
public:
    explicit HintSocket(QObject *parent = nullptr);
    ~HintSocket() override;

    /** Opening or open. */
    bool isOpen() const { return m_socket != nullptr; }
    /** The server accepted the token: from now on every change is hinted. */
    bool isReady() const { return m_ready; }
    void open(const QUrl &server, const QByteArray &token);
    /** Closes at once, without closed(). */
    void close();

Q_SIGNALS:
    void ready();
    /** Members, roles or keys of a space changed. */
    void membersChanged();
    /** @p space now holds revisions up to @p seq. */
    void changed(const QByteArray &space, qint64 seq);
    /** The server went away or the session ended. */
    void closed();

private:
    void onMessage(const QString &message);

    QWebSocket *m_socket = nullptr;
    QByteArray m_token;
    bool m_ready = false;
};

} // namespace cc::sync
