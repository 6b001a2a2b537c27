// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace cc::sync {

/** "The server sent an answer CareCircle cannot read.": a reply that is not what the protocol says. */
Error unreadableAnswer();
/** The path of a space's resources on the relay: /v1/spaces/{id in base64url}. */
QString spacePath(const QByteArray &space);

/** One answer of the server (or the absence of one). */
struct HttpReply {
    int status = 0; ///< 0 when no answer came (network failure)
    QByteArray body;
    QJsonObject json; ///< the body, if it was a JSON object (a failed answer's, for Answer::Bytes)
    std::optional<Error> failure; ///< set when the request could not be made (e.g. login failed)
    bool ok() const { return status >= 200 && status < 300; }
    /** The protocol's error code of a failed answer ("conflict", …), empty if none. */
    QString errorCode() const;
    /** The failure in translated words (protocol::errorFromAnswer / networkError). */
    Error error() const;
};

/**
 * JSON over HTTP to one carecircle-server (docs/sync-protocol.md): bodies and answers as
 * JSON objects, the bearer token on authenticated requests, and device login by
 * challenge–response when there is no token or the server answers 401 (then the request
 * is sent once more). Bodies and tokens are never logged.
 */
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const HttpReply &)>;
    /** What a successful answer is read into: HttpReply::json, or only HttpReply::body (the
     *  caller parses it, e.g. a pull page, which a DOM would only slow down). */
    enum class Answer { Json, Bytes };

    HttpClient(const QUrl &server, QObject *parent);
    ~HttpClient() override;

    QUrl server() const { return m_server; }
    /** Lets authenticated requests log in as this device (Ed25519 seed of the device key). */
    void setDevice(const QByteArray &deviceId, crypto::SecureBuffer deviceSignSecret);
    /** The session token (empty before login); for the hint socket. */
    QByteArray token() const { return m_token; }

    void get(const QString &path, bool authenticated, Done done);
    /** A GET whose successful answer is left in HttpReply::body, unparsed (Answer::Bytes). */
    void getBytes(const QString &path, bool authenticated, Done done);
    void post(const QString &path, const QJsonObject &body, bool authenticated, Done done);
    void put(const QString &path, const QJsonObject &body, bool authenticated, Done done);
    void remove(const QString &path, bool authenticated, Done done);
    /** Logs in now (challenge, signature, session). */
    void login(std::function<void(const Status &)> done);

Q_SIGNALS:
    /** One request went out and its answer (or failure) came back: one round trip, logins
     *  included. The path has no query; for counting round trips, never for logging. */
    void exchanged(const QByteArray &method, const QString &path, int status);

private:
    void send(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body, bool authenticated,
        bool mayRetry, Done done, Answer answer = Answer::Json);
    void sendNow(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body,
        bool authenticated, bool mayRetry, Done done, Answer answer = Answer::Json);

    QUrl m_server;
    QNetworkAccessManager *m_network;
    QByteArray m_deviceId;
    crypto::SecureBuffer m_deviceSecret;
    QByteArray m_token;
    bool m_loggingIn = false;
    QList<std::function<void(const Status &)>> m_waitingForLogin;
};

} // namespace cc::sync
