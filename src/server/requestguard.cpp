// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"

#include "httpadapter.h"
#include "protocol/wire.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace cc::server {

namespace {

/** A chunk-size line (hex size and extensions) longer than this is not a client's. */
constexpr qsizetype MaxChunkLine = 1024;
/** Past this size the rest of an announced oversized body is not awaited: answer and close. */
constexpr qint64 MaxDrain = 64 * 1024 * 1024;
/** The socket buffer of a connection that is only drained. */
constexpr qint64 DrainReadBytes = 64 * 1024;
/** How long a rejected connection is drained so that the client can read the answer. */
constexpr int DrainGraceMs = 1000;

QByteArray statusLine(int status)
{
    switch (status) {
    case 400:
        return "400 Bad Request";
    case 413:
        return "413 Payload Too Large";
    case 431:
        return "431 Request Header Fields Too Large";
    case 503:
        return "503 Service Unavailable";
    default:
        return QByteArray::number(status) + " Error";
    }
}

HttpResponse rejection(int status, qint64 maxBody)
{
    if (status == 413)
        return HttpAdapter::tooLarge(maxBody);
    if (status == 503)
        return HttpResponse {503,
            protocol::errorBody(protocol::errors::Unavailable,
                QStringLiteral("The server is receiving too much at once; try again in a moment.")),
            "application/json", -1};
    if (status == 431)
        return HttpResponse {431,
            protocol::errorBody(protocol::errors::TooLarge, QStringLiteral("The request headers are over the limit.")),
            "application/json", -1};
    return HttpResponse {400,
        protocol::errorBody(protocol::errors::BadRequest, QStringLiteral("The request framing is malformed.")),
        "application/json", -1};
}

/** The value of a hex chunk size ("1a2b;ext"), or -1 when it is not one. */
qint64 chunkSize(const QByteArray &line)
{
    QByteArray hex = line;
    if (const qsizetype semicolon = hex.indexOf(';'); semicolon >= 0)
        hex.truncate(semicolon);
    hex = hex.trimmed();
    if (hex.isEmpty() || hex.size() > 15)
        return -1;
    bool ok = false;
    const qint64 size = hex.toLongLong(&ok, 16);
    return ok && size >= 0 ? size : -1;
}

} // namespace

RequestGuard::RequestGuard(
    QTcpSocket *socket, const ConnectionLimits &limits, RejectHook *hook, std::shared_ptr<ReadBudget> budget)
    : QObject(socket), m_socket(socket), m_limits(limits), m_hook(hook), m_budget(std::move(budget)),
      m_headerTimer(new QTimer(this)), m_idleTimer(new QTimer(this))
{
    // What a client sends beyond one request's worth stays in the kernel's socket buffer
    // (TCP flow control) until it is scanned. Qt HttpServer keeps a request's bytes in the
    // socket buffer until it is complete, so the buffer must hold one whole legal request
    // (chunk framing included).
    socket->setReadBufferSize(limits.maxBody + limits.maxBody / 8 + 2 * limits.maxHeaderBytes);
    // Connected before Qt HttpServer's own readyRead handler, so this runs first.
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::beforeQt);
    connect(socket, &QTcpSocket::bytesWritten, this, &RequestGuard::touch);
    m_headerTimer->setSingleShot(true);
    m_headerTimer->setInterval(limits.headerTimeoutMs);
    connect(m_headerTimer, &QTimer::timeout, this, &RequestGuard::timedOut);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(limits.idleTimeoutMs);
    connect(m_idleTimer, &QTimer::timeout, this, &RequestGuard::timedOut);
    m_idleTimer->start();
}

RequestGuard::~RequestGuard()
{
    charge(0);
}

bool RequestGuard::charge(qint64 held)
{
    if (!m_budget)
        return true;
    const qint64 delta = held - m_charged;
    if (delta > 0 && m_budget->held + delta > m_budget->max)
        return false;
    m_budget->held += delta;
    m_charged = held;
    return true;
}

void RequestGuard::beforeQt()
{
    if (m_state == State::Passive || m_state == State::Rejected)
        return;
    touch();
    ackNow();
    if (!m_watchingQt) {
        // From the next readyRead on, afterQt() runs right after Qt HttpServer's handler
        // (connected later than it); this first time, once the handler has run.
        m_watchingQt = true;
        connect(m_socket, &QTcpSocket::readyRead, this, &RequestGuard::afterQt);
        QMetaObject::invokeMethod(this, &RequestGuard::afterQt, Qt::QueuedConnection);
    }
    // Only the bytes Qt HttpServer has not seen yet are new to the scan as well.
    const qint64 available = m_socket->bytesAvailable();
    if (available > m_unread && (m_state == State::Body || m_state == State::ChunkData)
        && available - m_unread <= m_remaining) {
        // Nothing but body bytes arrived: only their count matters, so they are not copied
        // out of the socket to be looked at (an upload is almost all such reads).
        m_requestBytes += available - m_unread;
        consumeBody(available - m_unread);
    } else if (available > m_unread) {
        const QByteArray data = m_socket->peek(available);
        m_requestBytes += data.size() - m_unread;
        scan(data.constData() + m_unread, data.size() - m_unread);
    }
    if (m_state == State::Passive)
        charge(0); // from now on the WebSocket's own limits hold it
    // A rejected request keeps its share until the connection closes: Qt HttpServer holds
    // what it had taken of it until then.
    if (m_state == State::Rejected || m_state == State::Passive)
        return;
    m_unread = available;
    // Qt HttpServer moves a request's bytes out of the socket into its own buffers as they
    // arrive, so what a connection holds is its request so far, until that is complete.
    if (m_state == State::Head && m_line.isEmpty())
        m_requestBytes = 0;
    if (!charge(m_requestBytes))
        rejectNow(503);
}

void RequestGuard::afterQt()
{
    if (m_state != State::Rejected)
        m_unread = m_socket->bytesAvailable();
}

void RequestGuard::scan(const char *data, qsizetype size)
{
    qsizetype pos = 0;
    while (pos < size) {
        switch (m_state) {
        case State::Head:
            pos += scanHead(data + pos, size - pos);
            break;
        case State::Body:
        case State::ChunkData:
            pos += consumeBody(size - pos);
            break;
        case State::ChunkSize:
        case State::ChunkEnd:
        case State::Trailers:
            pos += scanLine(data + pos, size - pos);
            break;
        case State::Passive:
        case State::Rejected:
            return;
        }
    }
}

qint64 RequestGuard::consumeBody(qint64 size)
{
    const qint64 take = std::min<qint64>(m_remaining, size);
    m_remaining -= take;
    if (m_remaining == 0)
        m_state = m_state == State::Body ? State::Head : State::ChunkEnd;
    return take;
}

qsizetype RequestGuard::scanHead(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (m_line.isEmpty() && (c == '\r' || c == '\n'))
            continue; // blank lines between requests
        if (m_line.isEmpty())
            m_headerTimer->start();
        m_line.append(c);
        if (m_line.size() > m_limits.maxHeaderBytes) {
            rejectNow(431);
            return size;
        }
        if (c == '\n' && (m_line.endsWith("\r\n\r\n") || m_line.endsWith("\n\n"))) {
            headComplete();
            return i + 1;
        }
    }
    return size;
}

qsizetype RequestGuard::scanLine(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        m_line.append(data[i]);
        const qint64 cap = m_state == State::Trailers ? m_limits.maxHeaderBytes - m_trailerBytes : MaxChunkLine;
        if (m_line.size() > cap) {
            rejectNow(m_state == State::Trailers ? 431 : 400);
            return size;
        }
        if (data[i] == '\n') {
            lineComplete();
            return i + 1;
        }
    }
    return size;
}

void RequestGuard::headComplete()
{
    m_headerTimer->stop();
    const QList<QByteArray> lines = m_line.split('\n');
    m_line.clear();
    qint64 length = -1;
    QByteArray transferEncoding;
    bool upgrade = false, webSocket = false, connectionUpgrade = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed().toLower();
        if (key == "content-length") {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            if (!ok || v < 0 || (length >= 0 && v != length))
                return rejectNow(400);
            length = v;
        } else if (key == "transfer-encoding") {
            transferEncoding = value;
        } else if (key == "upgrade") {
            upgrade = true;
            webSocket = value.contains("websocket");
        } else if (key == "connection") {
            connectionUpgrade = value.contains("upgrade");
        }
    }
    if (upgrade && connectionUpgrade) {
        // Qt HttpServer stops reading HTTP here; only a bodiless WebSocket upgrade may pass.
        if (!webSocket || length > 0 || !transferEncoding.isEmpty())
            return rejectNow(400);
        m_state = State::Passive;
        m_idleTimer->stop();
        return;
    }
    if (!transferEncoding.isEmpty()) {
        if (!transferEncoding.endsWith("chunked"))
            return rejectNow(400);
        m_decoded = 0;
        m_state = State::ChunkSize;
    } else if (length > m_limits.maxBody) {
        rejectAfterBody(length);
    } else if (length > 0) {
        m_remaining = length;
        m_state = State::Body;
    }
}

void RequestGuard::lineComplete()
{
    const QByteArray line = m_line;
    m_line.clear();
    switch (m_state) {
    case State::ChunkSize:
        return chunkSizeLine(line);
    case State::ChunkEnd:
        if (!line.trimmed().isEmpty())
            return rejectNow(400);
        m_state = State::ChunkSize;
        return;
    case State::Trailers:
        m_trailerBytes += line.size();
        if (line.trimmed().isEmpty())
            m_state = State::Head; // the request is complete
        return;
    default:
        return;
    }
}

void RequestGuard::chunkSizeLine(const QByteArray &line)
{
    const qint64 size = chunkSize(line);
    if (size < 0)
        return rejectNow(400);
    // The decoded body counts, chunk by chunk, as it is announced: never buffered past the limit.
    if (size > m_limits.maxBody - m_decoded)
        return rejectNow(413);
    m_decoded += size;
    if (size == 0) {
        m_trailerBytes = 0;
        m_state = State::Trailers;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
}

void RequestGuard::rejectNow(int status)
{
    rejectAfterBody(0);
    answer(status);
}

void RequestGuard::rejectAfterBody(qint64 announced)
{
    m_state = State::Rejected;
    m_headerTimer->stop();
    // Qt HttpServer must not see this request: take readyRead away from it. Then read and
    // drop what arrives (memory stays flat) and answer once the announced body is in, so
    // that clients which only read after sending everything see the answer too.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    // Drained in small reads: a buffer sized for a whole request would fill with what is
    // thrown away, on every rejected connection at once.
    m_socket->setReadBufferSize(DrainReadBytes);
    m_drain = announced;
    auto *quiet = new QTimer(this);
    quiet->setSingleShot(true);
    quiet->setInterval(DrainGraceMs);
    connect(quiet, &QTimer::timeout, this, [this] { answer(413); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this, quiet] {
        m_drain -= m_socket->skip(m_socket->bytesAvailable());
        if (m_drain <= 0 && !m_answered)
            answer(413);
        else if (!m_answered)
            quiet->start();
    });
    m_drain -= m_socket->skip(m_socket->bytesAvailable());
    if (announced > 0) {
        if (m_drain <= 0 || announced > MaxDrain)
            answer(413);
        else
            quiet->start();
    }
}

void RequestGuard::answer(int status)
{
    if (m_answered)
        return;
    m_answered = true;
    const HttpResponse r = rejection(status, m_limits.maxBody);
    if (*m_hook)
        (*m_hook)(m_socket->peerAddress(), r);
    const QByteArray retry = status == 503 ? QByteArray("Retry-After: 1\r\n") : QByteArray();
    const QByteArray head = "HTTP/1.1 " + statusLine(status) + "\r\nContent-Type: application/json\r\n" + retry
        + "Connection: close\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    m_socket->write(head + r.body);
    // Still draining for a moment lets the client read the answer instead of a reset.
    QTcpSocket *socket = m_socket;
    QTimer::singleShot(DrainGraceMs, socket, [socket] { socket->disconnectFromHost(); });
}

void RequestGuard::touch()
{
    if (m_state != State::Passive)
        m_idleTimer->start();
}

void RequestGuard::timedOut()
{
    if (m_state == State::Passive)
        return;
    m_socket->abort();
}

/**
 * Acknowledges what was read at once. Clients with Nagle's algorithm on (Qt's HTTP client
 * writes a body in 16 KiB pieces) hold the last, short piece of a body until the earlier
 * ones are acknowledged, and Linux delays an acknowledgement up to 40 ms: without this, a
 * large push waited that long for its own tail (docs/sync-protocol.md). The option does not
 * stay set, so it is set on every read.
 */
void RequestGuard::ackNow()
{
#ifdef Q_OS_LINUX
    const int one = 1;
    ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#endif
}

} // namespace cc::server
