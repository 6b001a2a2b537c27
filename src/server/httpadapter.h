// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "requestguard.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QWebSocket;

namespace cc::server {

/** One HTTP request as the handlers see it (independent of Qt HttpServer's types). */
struct HttpRequest {
    QByteArray method; ///< "GET", "POST", …
    QString path; ///< decoded path, no query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;
    /** Header value by case-insensitive name (empty if absent). */
    QByteArray header(QByteArrayView name) const;
};

/** One answer; the adapter adds Content-Length. */
struct HttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    int retryAfter = -1; ///< seconds; adds Retry-After when ≥ 0
};

/**
 * The thin layer over Qt HttpServer 6.4's technology-preview API (QAbstractHttpServer,
 * whose API changes in 6.8): everything else in the server only sees HttpRequest,
 * HttpResponse and QWebSocket. It listens (plain or TLS), holds every connection to its
 * ConnectionLimits while reading (RequestGuard: body and header sizes, header and idle
 * timeouts, before Qt HttpServer buffers anything), answers each request with the
 * handler's response, and hands WebSocket upgrades of @p webSocketPath over as QWebSocket
 * objects.
 */
class HttpAdapter : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /** Called for a request whose body is over the limit (for logs and metrics). */
    using RejectHook = std::function<void(const QHostAddress &remote, const HttpResponse &)>;

    HttpAdapter(Handler handler, const ConnectionLimits &limits, QString webSocketPath, QObject *parent = nullptr);
    ~HttpAdapter() override;

    void setRejectHook(RejectHook hook);
    /** Listens on @p address:@p port (0: any free port); TLS if both files are given. */
    Result<quint16> listen(const QHostAddress &address, quint16 port, const QString &tlsCert, const QString &tlsKey);
    /** Stops accepting connections; open connections keep being served. */
    void stopListening();
    /** The body of a 413 answer (shared by the connection guard and the request check). */
    static HttpResponse tooLarge(qint64 maxBody);

Q_SIGNALS:
    /** A WebSocket on the upgrade path was handed over; the receiver owns @p socket. */
    void webSocketConnected(QWebSocket *socket);

private:
    class Backend;
    std::unique_ptr<Backend> m_backend;
};

} // namespace cc::server
