// SPDX-License-Identifier: GPL-3.0-or-later
#include "relayserver.h"

#include "api.h"
#include "hinthub.h"
#include "httpadapter.h"
#include "logger.h"
#include "loginthrottle.h"
#include "metrics.h"
#include "protocol/wire.h"
#include "ratelimiter.h"
#include "storage.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWebSocket>

namespace cc::server {

namespace errors = protocol::errors;

RelayServer::RelayServer(ServerConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{ }

RelayServer::~RelayServer()
{
    delete m_http;
    delete m_hints;
    m_api.reset();
    m_storage.reset();
}

Result<quint16> RelayServer::start()
{
    auto storage = Storage::open(m_config.dataDir, m_config.databaseUrl);
    if (!storage)
        return storage.error();
    m_storage = std::move(*storage);
    m_metrics = std::make_unique<Metrics>();
    m_rateLimiter = std::make_unique<RateLimiter>(m_config.rateLimit, std::max(1.0, m_config.rateLimit * 4));
    m_throttle = std::make_unique<LoginThrottle>(5);
    m_hints = new HintHub(
        m_storage.get(), [this](const QByteArray &token) { return m_api->sessionOf(token); },
        m_config.hintAuthSeconds * 1000);
    if (m_storage->isPostgres()) {
        if (auto s = m_hints->listenForNotifications(); !s)
            return s.error();
    }
    m_api = std::make_unique<Api>(m_config, m_storage.get(), m_hints, m_metrics.get(), m_throttle.get());
    m_metrics->openHintSockets = [this] { return m_hints ? m_hints->openSockets() : 0; };
    m_metrics->activeSessions = [this] {
        if (m_shuttingDown)
            return qint64(0);
        auto n = m_storage->activeSessions(QDateTime::currentMSecsSinceEpoch());
        return n ? *n : 0;
    };
    ConnectionLimits limits;
    limits.maxBody = m_config.maxBody;
    limits.maxBuffered = m_config.maxBuffered;
    limits.headerTimeoutMs = m_config.headerTimeoutSeconds * 1000;
    limits.idleTimeoutMs = m_config.idleTimeoutSeconds * 1000;
    m_http = new HttpAdapter([this](const HttpRequest &r) { return handle(r); }, limits, QStringLiteral("/v1/hints"));
    m_http->setRejectHook([this](const QHostAddress &, const HttpResponse &r) {
        m_metrics->countRequest(QStringLiteral("unmatched"), r.status);
        Logger::info(QStringLiteral("request"),
            {{QStringLiteral("route"), QStringLiteral("unmatched")}, {QStringLiteral("status"), r.status},
                {QStringLiteral("reason"), QStringLiteral("refused while reading")}});
    });
    connect(m_http, &HttpAdapter::webSocketConnected, this, [this](QWebSocket *socket) {
        if (m_shuttingDown) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway);
            socket->deleteLater();
            return;
        }
        // An upgrade is a request like any other: it takes a token of its address's bucket.
        int retryAfter = 0;
        if (!m_rateLimiter->allow(
                socket->peerAddress().toString().toLatin1(), QDateTime::currentMSecsSinceEpoch(), &retryAfter)) {
            m_metrics->countRateLimited();
            socket->abort();
            socket->deleteLater();
            return;
        }
        m_hints->addSocket(socket);
    });
    auto port = m_http->listen(m_config.listenAddress, m_config.listenPort, m_config.tlsCert, m_config.tlsKey);
    if (!port)
        return port.error();
    // Expired challenges, sessions and mailboxes go once a minute.
    auto *purge = new QTimer(this);
    connect(purge, &QTimer::timeout, this, [this] {
        if (!m_shuttingDown)
            (void)m_storage->purgeExpired(QDateTime::currentMSecsSinceEpoch());
    });
    purge->start(60 * 1000);
    Logger::info(QStringLiteral("started"),
        {{QStringLiteral("address"), m_config.listenAddress.toString()}, {QStringLiteral("port"), int(*port)},
            {QStringLiteral("database"),
                m_storage->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
            {QStringLiteral("tls"), !m_config.tlsCert.isEmpty()}});
    return port;
}

HttpResponse RelayServer::health()
{
    if (m_shuttingDown)
        return HttpResponse {
            503, protocol::errorBody(errors::Unavailable, QStringLiteral("Shutting down.")), "application/json", -1};
    if (!m_storage->ping())
        return HttpResponse {503,
            protocol::errorBody(errors::Unavailable, QStringLiteral("The database does not answer.")),
            "application/json", -1};
    return HttpResponse {200, QByteArrayLiteral("{\"status\":\"ok\"}"), "application/json", -1};
}

HttpResponse RelayServer::handle(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    QString route;
    QByteArray device;
    HttpResponse response;
    if (request.path == u"/healthz" && request.method == "GET") {
        route = request.path;
        response = health();
    } else if (request.path == u"/metrics" && request.method == "GET") {
        route = request.path;
        response = HttpResponse {200, m_metrics->render(), "text/plain; version=0.0.4", -1};
    } else if (m_shuttingDown) {
        route = QStringLiteral("unmatched");
        response = HttpResponse {
            503, protocol::errorBody(errors::Unavailable, QStringLiteral("Shutting down.")), "application/json", 1};
    } else {
        int retryAfter = 0;
        if (!m_rateLimiter->allow(
                request.remote.toString().toLatin1(), QDateTime::currentMSecsSinceEpoch(), &retryAfter)) {
            route = QStringLiteral("unmatched");
            m_metrics->countRateLimited();
            response = HttpResponse {429,
                protocol::errorBody(errors::RateLimited, QStringLiteral("Too many requests; slow down.")),
                "application/json", retryAfter};
        } else {
            response = m_api->handle(request, &route, &device);
        }
    }
    m_metrics->countRequest(route, response.status);
    QJsonObject fields {{QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("route"), route}, {QStringLiteral("status"), response.status},
        {QStringLiteral("ms"), double(timer.nsecsElapsed() / 1000) / 1000.0}};
    if (!device.isEmpty())
        fields.insert(QStringLiteral("device"), protocol::toBase64Url(device));
    if (route != u"/healthz" && route != u"/metrics")
        Logger::write(response.status >= 500 ? "error" : "info", QStringLiteral("request"), fields);
    return response;
}

void RelayServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    Logger::info(QStringLiteral("shutting_down"));
    // Handlers run to completion on this thread, so no transaction is in flight here.
    if (m_http)
        m_http->stopListening();
    if (m_hints)
        m_hints->closeAll();
    // Give close frames and queued answers a moment to leave, then close the database.
    QTimer::singleShot(m_config.shutdownGraceSeconds * 1000, this, [this] {
        delete m_hints;
        m_hints = nullptr;
        if (m_storage)
            m_storage->close();
        Logger::info(QStringLiteral("stopped"));
        Q_EMIT finished();
    });
}

} // namespace cc::server
