// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "serverconfig.h"

#include <QObject>

#include <memory>

namespace cc::server {

class Api;
class HintHub;
class HttpAdapter;
class LoginThrottle;
class Metrics;
class RateLimiter;
class Storage;
struct HttpRequest;
struct HttpResponse;

/**
 * The whole relay server of one process: storage, HTTP adapter, endpoints, hint hub,
 * limits, metrics and logs, wired together. start() opens the database and listens;
 * shutdown() stops accepting, answers 503 to what still arrives, closes hint sockets and
 * the database, then emits finished().
 */
class RelayServer : public QObject
{
    Q_OBJECT
public:
    explicit RelayServer(ServerConfig config, QObject *parent = nullptr);
    ~RelayServer() override;

    /** The port it listens on, or why it cannot start. */
    Result<quint16> start();
    void shutdown();

Q_SIGNALS:
    void finished();

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse health();

    ServerConfig m_config;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<LoginThrottle> m_throttle;
    HintHub *m_hints = nullptr;
    std::unique_ptr<Api> m_api;
    HttpAdapter *m_http = nullptr;
    bool m_shuttingDown = false;
};

} // namespace cc::server
