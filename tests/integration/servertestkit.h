// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keypair.h"
#include "crypto/securebuffer.h"
#include "protocol/sharing.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace cc::testing {

/** One answer of the server: status, raw body, the body as JSON (if it is an object), headers. */
struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray header(QByteArrayView name) const;
    /** The error code of an error answer. */
    QString error() const { return json.value(QStringLiteral("error")).toString(); }
};

/** Synchronous HTTP for tests (spins the event loop until the answer arrives). */
class Http
{
public:
    explicit Http(QUrl base) : m_base(std::move(base)) { }
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &token = {});
    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token = {});
    Reply get(const QString &path, const QString &token = {}) { return send("GET", path, QByteArray(), token); }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return send("POST", path, body, token);
    }
    QUrl base() const { return m_base; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

/** A device of a test account: id, Ed25519 key, certificate by the account key. */
struct TestDevice {
    QByteArray id;
    crypto::KeyPair sign;
    QByteArray certificate;
    QByteArray label;
    QJsonObject json() const;
};

/**
 * A complete client identity built the way the protocol wants it: account identity keys,
 * locator, an opaque bundle, one first device, a private space and its key.
 */
struct TestAccount {
    QByteArray account;
    crypto::KeyPair sign;
    crypto::KeyPair box;
    QByteArray locator;
    QByteArray bundle;
    QByteArray proof;
    TestDevice device;
    QByteArray space;
    crypto::SecureBuffer spaceKey;

    static TestAccount create();
    TestDevice newDevice() const;
    /** The body of POST /v1/accounts. */
    QJsonObject registration() const;
};

QString b64(const QByteArray &bytes);
QByteArray unb64(const QString &text);
QByteArray randomId();

/** Registers @p a (POST /v1/accounts) and creates its private space; QVERIFY-style bool. */
bool registerAccount(Http &http, const TestAccount &a);
/** Challenge–response login of @p device; the bearer token, or empty on failure. */
QString login(Http &http, const TestDevice &device);
/** A sealed record of @p space by @p author with @p payload, sealed with key version @p keyVersion. */
QByteArray sealRecord(const crypto::SecureBuffer &spaceKey, const QByteArray &space, const QByteArray &record,
    const QByteArray &author, const QByteArray &payload, bool deleted = false, quint32 keyVersion = 1);
/** One element of a push: {record, sig, base}. */
QJsonObject pushItem(const QByteArray &sealed, const TestDevice &signer, const QByteArray &base = {});
/** A push body as the app sends it: new records (base null), signed once by @p signer
 *  ({"sig", "records": [{record, base}]}, docs/sync-protocol.md "Spaces and records"). */
QJsonObject signedOncePush(const QList<QByteArray> &sealed, const TestDevice &signer);
/** The AEAD tag of a sealed record (its etag). */
QByteArray tagOf(const QByteArray &sealed);

/** @p a as a member list entry (its account identity keys). */
protocol::sharing::MemberEntry memberEntry(const TestAccount &a, protocol::sharing::Role role, qint64 expires = 0);
/** A wrap as PUT /v1/spaces/{space}/members carries it. */
QJsonObject wrapJson(const protocol::sharing::KeyWrap &wrap);
/**
 * The body of PUT /v1/spaces/{space}/members: @p list encoded and signed by @p signer's
 * identity key (the owner's, unless a test forges it), with a wrap of @p spaceKey at the
 * list's key version for every listed non-owner, signed by @p signer too.
 */
QJsonObject membersBody(
    const TestAccount &signer, const protocol::sharing::MemberList &list, const crypto::SecureBuffer &spaceKey);

/** A hint WebSocket: connects to /v1/hints and authenticates with @p token (an empty token:
 *  sends nothing); isReady() once the server answered {"type":"ready"}. Received text
 *  messages are collected in messages(). Accepts self-signed TLS certificates. */
class HintSocket
{
public:
    HintSocket(const QUrl &base, const QString &token);
    ~HintSocket();
    bool isReady() const { return m_ready; }
    bool isClosed() const { return m_closed; }
    QList<QJsonObject> messages() const { return m_messages; }
    /** Waits up to @p ms for a "changed" hint for @p space with seq ≥ @p seq. */
    bool waitForChanged(const QByteArray &space, qint64 seq, int ms = 5000);
    bool waitForClose(int ms = 5000);
    /** Waits up to @p ms for a {"type":"members"} hint for @p space. */
    bool waitForMembers(const QByteArray &space, int ms = 5000);
    void clearMessages() { m_messages.clear(); }

private:
    std::unique_ptr<QWebSocket> m_socket;
    bool m_ready = false;
    bool m_closed = false;
    QList<QJsonObject> m_messages;
};

} // namespace cc::testing
