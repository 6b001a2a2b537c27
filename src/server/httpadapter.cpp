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

template<typename Base>
class GuardedServer : public Base
{
public:
    GuardedServer(const ConnectionLimits &limits, HttpAdapter::RejectHook *hook)
        : m_limits(limits), m_hook(hook), m_budget(std::make_shared<ReadBudget>())
    {
        // One whole legal request must always fit, however small the configured total.
        m_budget->max = std::max(limits.maxBuffered, limits.maxBody + limits.maxBody / 8 + 2 * limits.maxHeaderBytes);
    }
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket)
            new RequestGuard(socket, m_limits, m_hook, m_budget);
        return socket;
    }

private:
    ConnectionLimits m_limits;
    HttpAdapter::RejectHook *m_hook;
    std::shared_ptr<ReadBudget> m_budget; ///< shared with every guard; they may outlive this server
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
    Backend(HttpAdapter *owner, Handler handler, const ConnectionLimits &limits, QString webSocketPath)
        : m_owner(owner), m_handler(std::move(handler)), m_limits(limits), m_maxBody(limits.maxBody),
          m_webSocketPath(std::move(webSocketPath))
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
            auto *ssl = new GuardedServer<QSslServer>(m_limits, &hook);
            ssl->setSslConfiguration(config);
            server = ssl;
        } else {
            server = new GuardedServer<QTcpServer>(m_limits, &hook);
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
    ConnectionLimits m_limits;
    qint64 m_maxBody;
    QString m_webSocketPath;
};

HttpAdapter::HttpAdapter(Handler handler, const ConnectionLimits &limits, QString webSocketPath, QObject *parent)
    : QObject(parent), m_backend(std::make_unique<Backend>(this, std::move(handler), limits, std::move(webSocketPath)))
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
