// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

namespace cc::server {

struct HttpResponse;

/** The limits one HTTP connection is held to before Qt HttpServer may buffer anything. */
struct ConnectionLimits {
    qint64 maxBody = 8 * 1024 * 1024; ///< decoded body bytes (Content-Length or chunks)
    qint64 maxHeaderBytes = 64 * 1024; ///< request line + header fields (and chunk trailers)
    int headerTimeoutMs = 10 * 1000; ///< from a request's first byte to its blank line
    int idleTimeoutMs = 60 * 1000; ///< without a byte in either direction
    qint64 maxBuffered = 16 * 1024 * 1024; ///< requests in progress of all connections together (ReadBudget)
};

/**
 * The bytes of requests in progress all guarded connections together may hold (in socket
 * buffers or in Qt HttpServer's request buffers). One connection may hold a whole legal
 * request (ConnectionLimits::maxBody), so without a
 * shared bound N parallel uploads cost N × maxBody; with it, a request that would take the
 * total past @c max is answered 503 while it arrives, and its bytes are given back.
 */
struct ReadBudget {
    qint64 max = 0;
    qint64 held = 0;
};

/**
 * Follows the HTTP/1.1 framing of every byte a client sends on one connection, before
 * Qt HttpServer reads it (its readyRead slot is connected first; Qt HttpServer buffers a
 * whole request in memory). It counts header bytes, an announced Content-Length and the
 * decoded sizes of chunks as they arrive — however the client splits its writes — and at
 * the first limit crossed takes the socket away from Qt HttpServer, answers (413, 431 or
 * 400) and closes. It also closes connections whose headers are too slow or that stay
 * idle. A WebSocket upgrade ends its watch: from then on the WebSocket limits apply.
 */
class RequestGuard : public QObject
{
public:
    using RejectHook = std::function<void(const QHostAddress &remote, const HttpResponse &)>;

    /** Watches @p socket (and is its child). @p budget, when given, is shared by every guard
     *  of one server and must outlive them; the guard gives its bytes back when destroyed. */
    RequestGuard(QTcpSocket *socket, const ConnectionLimits &limits, RejectHook *hook,
        std::shared_ptr<ReadBudget> budget = nullptr);
    ~RequestGuard() override;

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Passive, Rejected };

    void beforeQt();
    void afterQt();
    void scan(const char *data, qsizetype size);
    /** Counts up to @p size bytes of a fixed body or chunk as read; returns how many. */
    qint64 consumeBody(qint64 size);
    qsizetype scanHead(const char *data, qsizetype size);
    qsizetype scanLine(const char *data, qsizetype size);
    void headComplete();
    void chunkSizeLine(const QByteArray &line);
    void lineComplete();
    void rejectNow(int status);
    void rejectAfterBody(qint64 announced);
    void answer(int status);
    void touch();
    void ackNow();
    void timedOut();
    bool charge(qint64 held);

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    RejectHook *m_hook;
    std::shared_ptr<ReadBudget> m_budget;
    qint64 m_charged = 0; ///< this connection's share of m_budget
    qint64 m_requestBytes = 0; ///< of the request in progress, as sent (framing included)
    State m_state = State::Head;
    QByteArray m_line; ///< the head, a chunk-size line or a trailer line so far
    qint64 m_remaining = 0; ///< of a fixed body or of the current chunk
    qint64 m_decoded = 0; ///< chunked body bytes so far
    qint64 m_trailerBytes = 0;
    qint64 m_unread = 0; ///< bytes Qt HttpServer left in the socket after its last read
    qint64 m_drain = 0;
    bool m_answered = false;
    bool m_watchingQt = false;
    QTimer *m_headerTimer;
    QTimer *m_idleTimer;
};

} // namespace cc::server
