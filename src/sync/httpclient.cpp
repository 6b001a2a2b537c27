// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include "protocol/proofs.h"
#include "protocol/wire.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cc::sync {

Error unreadableAnswer()
{
    return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The server sent an answer CareCircle cannot read."));
}

QString spacePath(const QByteArray &space)
{
    return QStringLiteral("/v1/spaces/") + protocol::toBase64Url(space);
}

namespace {
constexpr int TransferTimeoutMs = 30 * 1000;
}

QString HttpReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toString();
}

Error HttpReply::error() const
{
    if (failure)
        return *failure;
    if (status == 0)
        return protocol::networkError();
    return protocol::errorFromAnswer(status, errorCode());
}

HttpClient::HttpClient(const QUrl &server, QObject *parent)
    : QObject(parent), m_server(server), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient() = default;

void HttpClient::setDevice(const QByteArray &deviceId, crypto::SecureBuffer deviceSignSecret)
{
    m_deviceId = deviceId;
    m_deviceSecret = std::move(deviceSignSecret);
    m_token.clear();
}

void HttpClient::get(const QString &path, bool authenticated, Done done)
{
    send("GET", path, std::nullopt, authenticated, true, std::move(done));
}

void HttpClient::getBytes(const QString &path, bool authenticated, Done done)
{
    send("GET", path, std::nullopt, authenticated, true, std::move(done), Answer::Bytes);
}

void HttpClient::post(const QString &path, const QJsonObject &body, bool authenticated, Done done)
{
    send("POST", path, body, authenticated, true, std::move(done));
}

void HttpClient::put(const QString &path, const QJsonObject &body, bool authenticated, Done done)
{
    send("PUT", path, body, authenticated, true, std::move(done));
}

void HttpClient::remove(const QString &path, bool authenticated, Done done)
{
    send("DELETE", path, std::nullopt, authenticated, true, std::move(done));
}

void HttpClient::send(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body,
    bool authenticated, bool mayRetry, Done done, Answer answerAs)
{
    if (authenticated && m_token.isEmpty()) {
        login([this, method, path, body, done, answerAs](const Status &status) {
            if (!status) {
                HttpReply failed;
                failed.failure = status.error();
                done(failed);
                return;
            }
            sendNow(method, path, body, true, false, done, answerAs);
        });
        return;
    }
    sendNow(method, path, body, authenticated, mayRetry, std::move(done), answerAs);
}

void HttpClient::sendNow(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body,
    bool authenticated, bool mayRetry, Done done, Answer answerAs)
{
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (authenticated)
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token);
    const QByteArray payload = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        HttpReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        if (answerAs == Answer::Json || !answer.ok()) {
            const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
            if (doc.isObject())
                answer.json = doc.object();
        }
        Q_EMIT exchanged(method, url.path(), answer.status);
        if (answer.status == 401 && authenticated && mayRetry && !m_deviceSecret.isEmpty()) {
            // The session expired or was revoked: log in again once, then repeat the request.
            m_token.clear();
            send(method, path, body, true, false, done, answerAs);
            return;
        }
        done(answer);
    });
}

void HttpClient::login(std::function<void(const Status &)> done)
{
    if (m_deviceSecret.isEmpty()) {
        done(makeError(ErrorCode::NotFound, trNoop("Sync", "This device is not connected to a server.")));
        return;
    }
    m_waitingForLogin.append(std::move(done));
    if (m_loggingIn)
        return;
    m_loggingIn = true;
    auto finish = [this](const Status &status) {
        m_loggingIn = false;
        const auto waiting = std::exchange(m_waitingForLogin, {});
        for (const auto &callback : waiting)
            callback(status);
    };
    const QJsonObject challengeBody {{QStringLiteral("device"), protocol::toBase64Url(m_deviceId)}};
    sendNow("POST", QStringLiteral("/v1/auth/challenge"), challengeBody, false, false,
        [this, finish](const HttpReply &reply) {
            if (!reply.ok())
                return finish(reply.error());
            protocol::JsonReader reader(reply.json);
            const QByteArray challenge = reader.bytes(QStringLiteral("challenge"), protocol::ChallengeSize);
            if (!reader.ok())
                return finish(unreadableAnswer());
            auto signature =
                protocol::proofs::sign(m_deviceSecret, protocol::proofs::loginMessage(challenge, m_deviceId));
            if (!signature)
                return finish(signature.error());
            const QJsonObject sessionBody {{QStringLiteral("device"), protocol::toBase64Url(m_deviceId)},
                {QStringLiteral("challenge"), protocol::toBase64Url(challenge)},
                {QStringLiteral("signature"), protocol::toBase64Url(*signature)}};
            sendNow("POST", QStringLiteral("/v1/auth/session"), sessionBody, false, false,
                [this, finish](const HttpReply &session) {
                    if (!session.ok())
                        return finish(session.error());
                    const QString token = session.json.value(QStringLiteral("token")).toString();
                    if (token.isEmpty())
                        return finish(unreadableAnswer());
                    m_token = token.toUtf8();
                    finish({});
                });
        });
}

} // namespace cc::sync
