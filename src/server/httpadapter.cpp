// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpadapter.h"

#include "protocol/wire.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace cc::server {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpAdapter::tooLarge(qint64 maxBody)
{
    return HttpResponse {413,
        protocol::errorBody(
            protocol::errors::TooLarge, QStringLiteral("The request body is over the limit of %1 bytes.").arg(maxBody)),
        "application/json", -1};
}

namespace {

QByteArray statusText(int status)
{
    switch (status) {
    case 413:
        return "Payload Too Large";
    default:
        return "Error";
    }
}

/**
 * Looks at each request's headers as they arrive, before Qt HttpServer reads the body
 * into memory: an announced Content-Length over the limit is answered 413 at once and the
 * connection is drained and closed. Best effort (headers split over reads or chunked
 * bodies slip through); the request handler checks the body size again.
 */
class BodyGuard : public QObject
{
public:
    BodyGuard(QTcpSocket *socket, qint64 maxBody, HttpAdapter::RejectHook *hook)
        : QObject(socket), m_socket(socket), m_maxBody(maxBody), m_hook(hook)
    {
        // Connected before Qt HttpServer's own readyRead handler, so this runs first.
        connect(socket, &QTcpSocket::readyRead, this, &BodyGuard::check);
    }

private:
    void check()
    {
        if (m_passive)
            return;
        const QByteArray data = m_socket->peek(qMin<qint64>(m_socket->bytesAvailable(), 256 * 1024));
        qsizetype pos = 0;
        while (pos < data.size()) {
            if (m_skip > 0) {
                const qint64 take = qMin<qint64>(m_skip, data.size() - pos);
                pos += take;
                m_skip -= take;
                continue;
            }
            const qsizetype end = data.indexOf("\r\n\r\n", pos);
            if (end < 0)
                return;
            qint64 length = 0;
            const QList<QByteArray> lines = data.mid(pos, end - pos).split('\n');
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray key = line.left(colon).trimmed().toLower();
                if (key == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
                else if (key == "upgrade")
                    m_passive = true; // a WebSocket from here on: not HTTP any more
            }
            if (m_passive)
                return;
            if (length > m_maxBody) {
                reject(length - (data.size() - (end + 4)));
                return;
            }
            m_skip = length;
            pos = end + 4;
        }
    }

    // Past this size the rest of an oversized body is not awaited: answer and close.
    static constexpr qint64 MaxDrain = 64 * 1024 * 1024;

    void reject(qint64 remainingBody)
    {
        m_passive = true;
        // Qt HttpServer must not see this request: take readyRead away from it. Then read
        // and drop the body as it arrives (memory stays flat) and answer once it is in, so
        // that clients which only read after sending everything see the 413 too.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        m_drain = remainingBody;
        QTcpSocket *socket = m_socket;
        auto *idle = new QTimer(this);
        idle->setSingleShot(true);
        idle->setInterval(1000);
        connect(idle, &QTimer::timeout, this, &BodyGuard::answer);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle] {
            m_drain -= socket->skip(socket->bytesAvailable());
            if (m_drain <= 0 && !m_answered)
                answer();
            else
                idle->start();
        });
        m_drain -= socket->skip(socket->bytesAvailable());
        if (m_drain <= 0 || remainingBody > MaxDrain)
            answer();
        else
            idle->start();
    }

    void answer()
    {
        if (m_answered)
            return;
        m_answered = true;
        const HttpResponse r = HttpAdapter::tooLarge(m_maxBody);
        if (*m_hook)
            (*m_hook)(m_socket->peerAddress(), r);
        const QByteArray head = "HTTP/1.1 413 " + statusText(413) + "\r\nContent-Type: application/json\r\n"
            + "Connection: close\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
        m_socket->write(head + r.body);
        QTcpSocket *socket = m_socket;
        QTimer::singleShot(m_drain > 0 ? 2000 : 0, socket, [socket] { socket->disconnectFromHost(); });
    }

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    HttpAdapter::RejectHook *m_hook;
    qint64 m_skip = 0;
    qint64 m_drain = 0;
    bool m_passive = false;
    bool m_answered = false;
};

template<typename Base>
class GuardedServer : public Base
{
public:
    GuardedServer(qint64 maxBody, HttpAdapter::RejectHook *hook) : m_maxBody(maxBody), m_hook(hook) { }
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket)
            new BodyGuard(socket, m_maxBody, m_hook);
        return socket;
    }

private:
    qint64 m_maxBody;
    HttpAdapter::RejectHook *m_hook;
};

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

class HttpAdapter::Backend : public QAbstractHttpServer
{
public:
    Backend(HttpAdapter *owner, Handler handler, qint64 maxBody, QString webSocketPath)
        : m_owner(owner), m_handler(std::move(handler)), m_maxBody(maxBody), m_webSocketPath(std::move(webSocketPath))
    {
        // Connected before any upgrade arrives: Qt HttpServer only hands over upgrades
        // when this signal has a receiver.
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
            while (hasPendingWebSocketConnections()) {
                std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
                if (!socket)
                    break;
                if (socket->requestUrl().path() != m_webSocketPath) {
                    socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
                    socket.release()->deleteLater();
                    continue;
                }
                Q_EMIT m_owner->webSocketConnected(socket.release());
            }
        });
    }

    RejectHook hook;

    Result<quint16> listenOn(const QHostAddress &address, quint16 port, const QString &cert, const QString &key)
    {
        QTcpServer *server = nullptr;
        if (!cert.isEmpty()) {
            QFile certFile(cert), keyFile(key);
            if (!certFile.open(QIODevice::ReadOnly))
                return Error {ErrorCode::Io, QStringLiteral("Cannot read the TLS certificate file %1.").arg(cert)};
            if (!keyFile.open(QIODevice::ReadOnly))
                return Error {ErrorCode::Io, QStringLiteral("Cannot read the TLS key file %1.").arg(key)};
            const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
            const QByteArray keyPem = keyFile.readAll();
            QSslKey sslKey(keyPem, QSsl::Rsa, QSsl::Pem);
            if (sslKey.isNull())
                sslKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
            if (chain.isEmpty())
                return Error {ErrorCode::InvalidInput, QStringLiteral("%1 holds no PEM certificate.").arg(cert)};
            if (sslKey.isNull())
                return Error {ErrorCode::InvalidInput, QStringLiteral("%1 holds no PEM private key.").arg(key)};
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificateChain(chain);
            config.setPrivateKey(sslKey);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            auto *ssl = new GuardedServer<QSslServer>(m_maxBody, &hook);
            ssl->setSslConfiguration(config);
            server = ssl;
        } else {
            server = new GuardedServer<QTcpServer>(m_maxBody, &hook);
        }
        if (!server->listen(address, port)) {
            const QString why = server->errorString();
            delete server;
            return Error {
                ErrorCode::Io, QStringLiteral("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why)};
        }
        bind(server);
        return server->serverPort();
    }

    void stop()
    {
        for (QTcpServer *s : servers())
            s->close();
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        HttpRequest r;
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.query = request.query();
        r.headers = request.headers();
        r.remote = request.remoteAddress();
        if (r.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0 && r.path == m_webSocketPath) {
            // Qt HttpServer 6.4 hands the socket over only if a handler accepts the
            // upgrade and writes nothing.
            return true;
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        HttpResponse response;
        if (request.body().size() > m_maxBody) {
            response = HttpAdapter::tooLarge(m_maxBody);
            if (hook)
                hook(r.remote, response);
        } else {
            r.body = request.body();
            response = m_handler(r);
        }
        const auto status = QHttpServerResponder::StatusCode(response.status);
        if (response.status == 204) {
            responder.write(status);
        } else if (response.retryAfter >= 0) {
            responder.write(response.body,
                {{"Content-Type", response.contentType}, {"Retry-After", QByteArray::number(response.retryAfter)}},
                status);
        } else {
            responder.write(response.body, {{"Content-Type", response.contentType}}, status);
        }
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(protocol::errorBody(protocol::errors::NotFound, QStringLiteral("No such route.")),
            {{"Content-Type", "application/json"}}, QHttpServerResponder::StatusCode::NotFound);
    }

private:
    HttpAdapter *m_owner;
    Handler m_handler;
    qint64 m_maxBody;
    QString m_webSocketPath;
};

HttpAdapter::HttpAdapter(Handler handler, qint64 maxBody, QString webSocketPath, QObject *parent)
    : QObject(parent), m_backend(std::make_unique<Backend>(this, std::move(handler), maxBody, std::move(webSocketPath)))
{ }

HttpAdapter::~HttpAdapter() = default;

void HttpAdapter::setRejectHook(RejectHook hook)
{
    m_backend->hook = std::move(hook);
}

Result<quint16> HttpAdapter::listen(
    const QHostAddress &address, quint16 port, const QString &tlsCert, const QString &tlsKey)
{
    return m_backend->listenOn(address, port, tlsCert, tlsKey);
}

void HttpAdapter::stopListening()
{
    m_backend->stop();
}

} // namespace cc::server
