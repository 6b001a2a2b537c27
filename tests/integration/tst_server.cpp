// SPDX-License-Identifier: GPL-3.0-or-later
// carecircle-server end to end over HTTP and WebSocket, through the real executable — on
// SQLite (tst_server_sqlite) and on PostgreSQL (tst_server_postgres, with the cluster of
// the `postgres` test fixture): what the sync client relies on (docs/sync-protocol.md).
#include "serverprocess.h"
#include "servertestkit.h"

#include "crypto/sha256.h"
#include "protocol/proofs.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace cc::testing;

class TestServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Http> m_http;

    /** A server on the backend under test; extra arguments for special cases. */
    std::unique_ptr<ServerProcess> newServer(const QStringList &extra = {}, const QString &databaseUrl = {})
    {
#ifdef CARECIRCLE_TEST_POSTGRES
        const QString url =
            databaseUrl.isEmpty() ? ServerProcess::createDatabase(ServerProcess::postgresUrl()) : databaseUrl;
        return std::make_unique<ServerProcess>(url, extra);
#else
        Q_UNUSED(databaseUrl);
        return std::make_unique<ServerProcess>(QString(), extra);
#endif
    }

    QJsonObject push(const TestAccount &a, const QString &token, const QJsonArray &items, int *status)
    {
        const Reply r = m_http->post(
            QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space)), {{QStringLiteral("records"), items}}, token);
        *status = r.status;
        return r.json;
    }

    QList<QJsonObject> pullAll(const TestAccount &a, const QString &token, int limit)
    {
        QList<QJsonObject> out;
        qint64 since = 0;
        for (int page = 0; page < 1000; ++page) {
            const Reply r = m_http->get(
                QStringLiteral("/v1/spaces/%1/records?since=%2&limit=%3").arg(b64(a.space)).arg(since).arg(limit),
                token);
            if (r.status != 200)
                return {};
            for (const QJsonValue &v : r.json.value(QStringLiteral("records")).toArray())
                out.append(v.toObject());
            since = r.json.value(QStringLiteral("next")).toInteger();
            if (r.json.value(QStringLiteral("done")).toBool())
                break;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef CARECIRCLE_TEST_POSTGRES
        QVERIFY2(!ServerProcess::postgresUrl().isEmpty(), "the postgres fixture gives no cluster URL");
#endif
        m_server = newServer();
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        m_http = std::make_unique<Http>(m_server->baseUrl());
    }

    void cleanupTestCase()
    {
        m_http.reset();
        if (m_server)
            QVERIFY2(m_server->stop(), qPrintable(m_server->lastError()));
    }

    void accountRegistrationIsIdempotent()
    {
        const TestAccount a = TestAccount::create();
        QCOMPARE(m_http->post(QStringLiteral("/v1/accounts"), a.registration()).status, 201);
        QCOMPARE(m_http->post(QStringLiteral("/v1/accounts"), a.registration()).status, 200);
        // Another account under the same id, or the same locator, is refused.
        TestAccount b = TestAccount::create();
        b.account = a.account;
        b.device = b.newDevice();
        b.proof = a.proof;
        const Reply taken = m_http->post(QStringLiteral("/v1/accounts"), b.registration());
        QVERIFY(taken.status == 409 || taken.status == 400);
        // A second device registers with its certificate, also idempotently.
        const TestDevice second = a.newDevice();
        const QString path = QStringLiteral("/v1/accounts/%1/devices").arg(b64(a.account));
        QCOMPARE(m_http->post(path, second.json()).status, 201);
        QCOMPARE(m_http->post(path, second.json()).status, 200);
        const QString token = login(*m_http, second);
        QVERIFY(!token.isEmpty());
        const Reply account = m_http->get(QStringLiteral("/v1/account"), token);
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json.value(QStringLiteral("account")).toString(), b64(a.account));
        const QJsonArray devices = account.json.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("label")).toString(), b64(a.device.label));
        QVERIFY(devices.at(0).toObject().value(QStringLiteral("revoked")).isNull());
    }

    void loginIsChallengeResponseAndAChallengeWorksOnce()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const Reply c =
            m_http->post(QStringLiteral("/v1/auth/challenge"), {{QStringLiteral("device"), b64(a.device.id)}});
        QCOMPARE(c.status, 200);
        QCOMPARE(c.json.value(QStringLiteral("expiresIn")).toInt(), 60);
        const QByteArray challenge = unb64(c.json.value(QStringLiteral("challenge")).toString());
        QCOMPARE(challenge.size(), 32);
        const auto sig = cc::protocol::proofs::sign(
            a.device.sign.secretKey, cc::protocol::proofs::loginMessage(challenge, a.device.id));
        const QJsonObject body {{QStringLiteral("device"), b64(a.device.id)},
            {QStringLiteral("challenge"), b64(challenge)}, {QStringLiteral("signature"), b64(*sig)}};
        const Reply first = m_http->post(QStringLiteral("/v1/auth/session"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(unb64(first.json.value(QStringLiteral("token")).toString()).size(), 32);
        QCOMPARE(first.json.value(QStringLiteral("expiresIn")).toInt(), 3600);
        const Reply replay = m_http->post(QStringLiteral("/v1/auth/session"), body);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.error(), QStringLiteral("unauthorized"));
    }

    void pushThenPullPagesInSequenceOrderUntilDone()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const QString token = login(*m_http, a.device);
        QJsonArray items;
        QList<QByteArray> sealed;
        for (int i = 0; i < 25; ++i) {
            sealed.append(sealRecord(a.spaceKey, a.space, randomId(), a.device.id, QByteArray::number(i)));
            items.append(pushItem(sealed.last(), a.device));
        }
        int status = 0;
        const QJsonObject pushed = push(a, token, items, &status);
        QCOMPARE(status, 200);
        QCOMPARE(pushed.value(QStringLiteral("seq")).toInteger(), 25);
        const QJsonArray ids = pushed.value(QStringLiteral("records")).toArray();
        QCOMPARE(ids.size(), 25);
        for (int i = 0; i < 25; ++i)
            QCOMPARE(ids.at(i).toObject().value(QStringLiteral("seq")).toInteger(), i + 1);

        const QList<QJsonObject> all = pullAll(a, token, 10);
        QCOMPARE(all.size(), 25);
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(all.at(i).value(QStringLiteral("seq")).toInteger(), i + 1);
            QCOMPARE(unb64(all.at(i).value(QStringLiteral("record")).toString()), sealed.at(i));
        }
        // A page in the middle says it is not done; since=next continues exactly after it.
        const Reply page =
            m_http->get(QStringLiteral("/v1/spaces/%1/records?since=5&limit=10").arg(b64(a.space)), token);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QStringLiteral("done")).toBool(), false);
        QCOMPARE(page.json.value(QStringLiteral("next")).toInteger(), 15);
        const Reply end = m_http->get(QStringLiteral("/v1/spaces/%1/records?since=25").arg(b64(a.space)), token);
        QCOMPARE(end.json.value(QStringLiteral("records")).toArray().size(), 0);
        QCOMPARE(end.json.value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(end.json.value(QStringLiteral("next")).toInteger(), 25);
        // The list of spaces shows the sequence.
        const Reply spaces = m_http->get(QStringLiteral("/v1/spaces"), token);
        const QJsonObject mine = spaces.json.value(QStringLiteral("spaces")).toArray().at(0).toObject();
        QCOMPARE(mine.value(QStringLiteral("space")).toString(), b64(a.space));
        QCOMPARE(mine.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(mine.value(QStringLiteral("seq")).toInteger(), 25);
    }

    void conflictingPushStoresNothingAndShowsTheCurrentRevision()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const QString token = login(*m_http, a.device);
        const QByteArray id = randomId();
        const QByteArray v1 = sealRecord(a.spaceKey, a.space, id, a.device.id, "v1");
        int status = 0;
        push(a, token, {pushItem(v1, a.device)}, &status);
        QCOMPARE(status, 200);
        const QByteArray v2 = sealRecord(a.spaceKey, a.space, id, a.device.id, "v2");
        push(a, token, {pushItem(v2, a.device, tagOf(v1))}, &status);
        QCOMPARE(status, 200);
        // An edit of v1 (stale base) together with a new record: 409, and neither is stored.
        const QByteArray stale = sealRecord(a.spaceKey, a.space, id, a.device.id, "v2-other");
        const QByteArray fresh = sealRecord(a.spaceKey, a.space, randomId(), a.device.id, "new");
        const QJsonObject conflict =
            push(a, token, {pushItem(fresh, a.device), pushItem(stale, a.device, tagOf(v1))}, &status);
        QCOMPARE(status, 409);
        QCOMPARE(conflict.value(QStringLiteral("error")).toString(), QStringLiteral("conflict"));
        const QJsonArray conflicts = conflict.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).toObject().value(QStringLiteral("id")).toString(), b64(id));
        const QJsonObject current = conflicts.at(0).toObject().value(QStringLiteral("current")).toObject();
        QCOMPARE(unb64(current.value(QStringLiteral("record")).toString()), v2);
        QCOMPARE(current.value(QStringLiteral("seq")).toInteger(), 2);
        // A non-null base for an unknown record is a conflict with current null.
        const QJsonObject unknown = push(a, token,
            {pushItem(sealRecord(a.spaceKey, a.space, randomId(), a.device.id, "x"), a.device, tagOf(v1))}, &status);
        QCOMPARE(status, 409);
        QVERIFY(unknown.value(QStringLiteral("conflicts"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("current"))
                    .isNull());

        const QList<QJsonObject> all = pullAll(a, token, 100);
        QCOMPARE(all.size(), 1);
        QCOMPARE(unb64(all.at(0).value(QStringLiteral("record")).toString()), v2);
    }

    void retriedPushAnswersTheSameSequenceNumbers()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const QString token = login(*m_http, a.device);
        QJsonArray items;
        for (int i = 0; i < 3; ++i)
            items.append(pushItem(sealRecord(a.spaceKey, a.space, randomId(), a.device.id, "r"), a.device));
        int status = 0;
        const QJsonObject first = push(a, token, items, &status);
        QCOMPARE(status, 200);
        const QJsonObject again = push(a, token, items, &status);
        QCOMPARE(status, 200);
        QCOMPARE(again.value(QStringLiteral("records")), first.value(QStringLiteral("records")));
        QCOMPARE(again.value(QStringLiteral("seq")).toInteger(), 3);
        QCOMPARE(pullAll(a, token, 100).size(), 3);
    }

    void logoutKillsTheTokenAtOnce()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const QString token = login(*m_http, a.device);
        QCOMPARE(m_http->get(QStringLiteral("/v1/spaces"), token).status, 200);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/v1/auth/session"), QByteArray(), token).status, 204);
        const Reply after = m_http->get(QStringLiteral("/v1/spaces"), token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.error(), QStringLiteral("unauthorized"));
    }

    void revokedDeviceLosesLoginPushAndHints()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const TestDevice tablet = a.newDevice();
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/accounts/%1/devices").arg(b64(a.account)), tablet.json()).status, 201);
        const QString phoneToken = login(*m_http, a.device);
        const QString tabletToken = login(*m_http, tablet);
        QVERIFY(!tabletToken.isEmpty());
        HintSocket hints(m_server->baseUrl(), tabletToken);
        QVERIFY(hints.isReady());

        QCOMPARE(
            m_http
                ->send("DELETE", QStringLiteral("/v1/account/devices/%1").arg(b64(tablet.id)), QByteArray(), phoneToken)
                .status,
            204);
        QVERIFY(hints.waitForClose());
        int status = 0;
        push(a, tabletToken, {pushItem(sealRecord(a.spaceKey, a.space, randomId(), tablet.id, "x"), tablet)}, &status);
        QCOMPARE(status, 401);
        QVERIFY(login(*m_http, tablet).isEmpty());
        const Reply challenge =
            m_http->post(QStringLiteral("/v1/auth/challenge"), {{QStringLiteral("device"), b64(tablet.id)}});
        QCOMPARE(challenge.status, 403);
        QCOMPARE(challenge.error(), QStringLiteral("forbidden"));
        // Never registered again; still listed with its certificate, marked revoked.
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/accounts/%1/devices").arg(b64(a.account)), tablet.json()).status, 403);
        const QJsonArray devices =
            m_http->get(QStringLiteral("/v1/account"), phoneToken).json.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        bool revokedListed = false;
        for (const QJsonValue &d : devices) {
            if (d.toObject().value(QStringLiteral("id")).toString() == b64(tablet.id))
                revokedListed = d.toObject().value(QStringLiteral("revoked")).toInteger() > 0;
        }
        QVERIFY(revokedListed);
    }

    void hintArrivesOverWebSocketAfterAPush()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const TestDevice tablet = a.newDevice();
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/accounts/%1/devices").arg(b64(a.account)), tablet.json()).status, 201);
        HintSocket hints(m_server->baseUrl(), login(*m_http, tablet));
        QVERIFY(hints.isReady());
        // Another account's socket hears nothing of this space.
        const TestAccount stranger = TestAccount::create();
        QVERIFY(registerAccount(*m_http, stranger));
        HintSocket strangerHints(m_server->baseUrl(), login(*m_http, stranger.device));
        QVERIFY(strangerHints.isReady());

        int status = 0;
        push(a, login(*m_http, a.device),
            {pushItem(sealRecord(a.spaceKey, a.space, randomId(), a.device.id, "x"), a.device)}, &status);
        QCOMPARE(status, 200);
        QVERIFY(hints.waitForChanged(a.space, 1));
        QTest::qWait(200);
        QVERIFY(strangerHints.messages().isEmpty());
        // A socket that presents a bad token is closed.
        HintSocket bad(m_server->baseUrl(), QStringLiteral("AAAA"));
        QVERIFY(!bad.isReady());
        QVERIFY(bad.waitForClose());
    }

    void linkMailboxCarriesTheAcceptAndTheBundleOnce()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const QString token = login(*m_http, a.device);
        const QByteArray link = randomId();
        const Reply created = m_http->post(QStringLiteral("/v1/links"), {{QStringLiteral("link"), b64(link)}}, token);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QStringLiteral("expiresIn")).toInt(), 300);
        const QString path = QStringLiteral("/v1/links/%1").arg(b64(link));
        QCOMPARE(m_http->get(path).json.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
        const QJsonObject accept {{QStringLiteral("device"), b64(randomId())},
            {QStringLiteral("signPub"), b64(randomId() + randomId())},
            {QStringLiteral("boxPub"), b64(randomId() + randomId())},
            {QStringLiteral("mac"), b64(randomId() + randomId())}};
        QCOMPARE(m_http->post(path + QStringLiteral("/accept"), accept).status, 202);
        QCOMPARE(m_http->post(path + QStringLiteral("/accept"), accept).status, 409);
        const Reply accepted = m_http->get(path);
        QCOMPARE(accepted.json.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        QCOMPARE(accepted.json.value(QStringLiteral("accept")).toObject(), accept);
        // Only the offering account may complete it.
        const TestAccount other = TestAccount::create();
        QVERIFY(registerAccount(*m_http, other));
        const QByteArray bundle = randomId() + randomId();
        QCOMPARE(m_http
                     ->send("PUT", path + QStringLiteral("/bundle"),
                         QJsonObject {{QStringLiteral("bundle"), b64(bundle)}}, login(*m_http, other.device))
                     .status,
            403);
        QCOMPARE(m_http
                     ->send("PUT", path + QStringLiteral("/bundle"),
                         QJsonObject {{QStringLiteral("bundle"), b64(bundle)}}, token)
                     .status,
            204);
        const Reply completed = m_http->get(path);
        QCOMPARE(completed.json.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(unb64(completed.json.value(QStringLiteral("bundle")).toString()), bundle);
        QCOMPARE(m_http->get(path).status, 404); // fetched once, then deleted
    }

    void linkMailboxExpires()
    {
        std::unique_ptr<ServerProcess> server = newServer({QStringLiteral("--link-expiry"), QStringLiteral("1")});
        QVERIFY2(server->start(), qPrintable(server->lastError()));
        Http http(server->baseUrl());
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(http, a));
        const QByteArray link = randomId();
        const Reply created =
            http.post(QStringLiteral("/v1/links"), {{QStringLiteral("link"), b64(link)}}, login(http, a.device));
        QCOMPARE(created.json.value(QStringLiteral("expiresIn")).toInt(), 1);
        QTest::qWait(1200);
        const Reply gone = http.get(QStringLiteral("/v1/links/%1").arg(b64(link)));
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.error(), QStringLiteral("gone"));
        QVERIFY2(server->stop(), qPrintable(server->lastError()));
    }

    void recoveryLookupReturnsTheSealedBundle()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const Reply r = m_http->get(QStringLiteral("/v1/recovery/%1").arg(b64(a.locator)));
        QCOMPARE(r.status, 200);
        QCOMPARE(unb64(r.json.value(QStringLiteral("account")).toString()), a.account);
        QCOMPARE(unb64(r.json.value(QStringLiteral("bundle")).toString()), a.bundle);
        // After a bundle update, the lookup returns the new one.
        const QByteArray newer = randomId() + randomId();
        QCOMPARE(m_http
                     ->send("PUT", QStringLiteral("/v1/account/bundle"),
                         QJsonObject {{QStringLiteral("bundle"), b64(newer)}}, login(*m_http, a.device))
                     .status,
            204);
        QCOMPARE(unb64(m_http->get(QStringLiteral("/v1/recovery/%1").arg(b64(a.locator)))
                           .json.value(QStringLiteral("bundle"))
                           .toString()),
            newer);
        const Reply unknown = m_http->get(QStringLiteral("/v1/recovery/%1").arg(b64(randomId() + randomId())));
        QCOMPARE(unknown.status, 404);
    }

    void aBundlePutOverAnOlderBundleThanTheStoredOneIsRefused()
    {
        // Two devices of an account fetch the bundle, add their keys and put it back, each
        // naming (by its SHA-256) the bundle it started from: the second put, made from the
        // bundle the first one replaced, is refused and changes nothing.
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        const QString token = login(*m_http, a.device);
        auto put = [&](const QByteArray &bundle, const std::optional<QByteArray> &replaces) {
            QJsonObject body {{QStringLiteral("bundle"), b64(bundle)}};
            if (replaces)
                body.insert(QStringLiteral("replaces"), b64(*replaces));
            return m_http->send("PUT", QStringLiteral("/v1/account/bundle"), body, token);
        };
        auto stored = [&] {
            return unb64(m_http->get(QStringLiteral("/v1/recovery/%1").arg(b64(a.locator)))
                             .json.value(QStringLiteral("bundle"))
                             .toString());
        };
        const QByteArray first = randomId() + randomId(), second = randomId() + randomId();
        QCOMPARE(put(first, cc::crypto::sha256({a.bundle})).status, 204);
        QCOMPARE(stored(), first);
        const Reply crossed = put(second, cc::crypto::sha256({a.bundle}));
        QCOMPARE(crossed.status, 409);
        QCOMPARE(crossed.json.value(QStringLiteral("error")).toString(), QStringLiteral("conflict"));
        QCOMPARE(stored(), first);
        QCOMPARE(put(second, cc::crypto::sha256({first})).status, 204);
        QCOMPARE(stored(), second);
        QCOMPARE(put(first, QByteArray(31, 'x')).status, 400);
        // Clients before "replaces" put unconditionally, as they always did.
        QCOMPARE(put(first, std::nullopt).status, 204);
        QCOMPARE(stored(), first);
    }

    void restartKeepsDataAndSessions()
    {
        std::unique_ptr<ServerProcess> server = newServer();
        QVERIFY2(server->start(), qPrintable(server->lastError()));
        Http http(server->baseUrl());
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(http, a));
        const QString token = login(http, a.device);
        const QByteArray sealed = sealRecord(a.spaceKey, a.space, randomId(), a.device.id, "kept");
        QCOMPARE(http.post(QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space)),
                         {{QStringLiteral("records"), QJsonArray {pushItem(sealed, a.device)}}}, token)
                     .status,
            200);
        QVERIFY2(server->restart(), qPrintable(server->lastError()));
        const Reply pulled = http.get(QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space)), token);
        QCOMPARE(pulled.status, 200);
        QCOMPARE(unb64(pulled.json.value(QStringLiteral("records"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("record"))
                           .toString()),
            sealed);
        QVERIFY2(server->stop(), qPrintable(server->lastError()));
        // The log told what happened, with no token or body in it.
        const QByteArray log = server->log();
        QVERIFY(log.contains("\"event\":\"shutting_down\""));
        QVERIFY(log.contains("\"route\":\"/v1/spaces/{space}/records\""));
        QVERIFY(!log.contains(token.toLatin1()));
        QVERIFY(!log.contains(b64(sealed).left(40).toLatin1()));
    }

    void healthAndMetricsAnswer()
    {
        const Reply health = m_http->get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        const Reply metrics = m_http->get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains(
            "carecircle_http_requests_total{route=\"/v1/spaces/{space}/records\",status=\"200\"}"));
        QVERIFY(metrics.body.contains("carecircle_records_pushed_total "));
        QVERIFY(metrics.body.contains("carecircle_push_conflicts_total "));
        QVERIFY(metrics.body.contains("carecircle_hint_sockets "));
        QVERIFY(metrics.body.contains("carecircle_active_sessions "));
    }

#ifdef CARECIRCLE_TEST_POSTGRES
    void aPushToOneInstanceHintsASocketOfAnother()
    {
        const QString url = ServerProcess::createDatabase(ServerProcess::postgresUrl());
        QVERIFY(!url.isEmpty());
        ServerProcess first(url), second(url);
        QVERIFY2(first.start(), qPrintable(first.lastError()));
        QVERIFY2(second.start(), qPrintable(second.lastError()));
        Http httpA(first.baseUrl()), httpB(second.baseUrl());
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(httpA, a));
        const TestDevice tablet = a.newDevice();
        QCOMPARE(httpA.post(QStringLiteral("/v1/accounts/%1/devices").arg(b64(a.account)), tablet.json()).status, 201);
        // Sessions are shared: the tablet logs in on B, the phone pushes to A.
        HintSocket hints(second.baseUrl(), login(httpB, tablet));
        QVERIFY(hints.isReady());
        const QString token = login(httpA, a.device);
        QCOMPARE(httpA
                     .post(QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space)),
                         {{ QStringLiteral("records"),
                             QJsonArray {
                                 pushItem(sealRecord(a.spaceKey, a.space, randomId(), a.device.id, "x"), a.device)
                             } }},
                         token)
                     .status,
            200);
        QVERIFY(hints.waitForChanged(a.space, 1));
        QTest::qWait(300);
        QCOMPARE(hints.messages().size(), 1); // exactly once
        // A token made on A works on B, and a revocation on B closes B's sockets too.
        QCOMPARE(httpB.get(QStringLiteral("/v1/spaces"), token).status, 200);
        QCOMPARE(httpA.send("DELETE", QStringLiteral("/v1/account/devices/%1").arg(b64(tablet.id)), QByteArray(), token)
                     .status,
            204);
        QVERIFY(hints.waitForClose());
        QVERIFY2(first.stop(), qPrintable(first.lastError()));
        QVERIFY2(second.stop(), qPrintable(second.lastError()));
    }
#else
    void theLogIsCopiedIntoTheDatabaseWhileTheServerRuns()
    {
        // SQLite only. Pushes append to the write-ahead log; the server's checkpoint thread
        // copies it into server.db within moments, not in a later request's commit (SQLite's
        // own checkpoint, at 1,000 pages, made that request wait for the copy and its
        // syncs) and not only at shutdown. About 0.8 MB, less than SQLite's own threshold.
        std::unique_ptr<ServerProcess> server = newServer();
        QVERIFY2(server->start(), qPrintable(server->lastError()));
        Http http(server->baseUrl());
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(http, a));
        const QString token = login(http, a.device);
        const QString database = QDir(server->dataDir()).filePath(QStringLiteral("server.db"));
        const qint64 before = QFileInfo(database).size();
        for (int push = 0; push < 4; ++push) {
            QJsonArray items;
            for (int i = 0; i < 100; ++i) {
                const QByteArray payload(2000, char('a' + i % 26));
                items.append(pushItem(sealRecord(a.spaceKey, a.space, randomId(), a.device.id, payload), a.device));
            }
            QCOMPARE(http.post(QStringLiteral("/v1/spaces/%1/records").arg(b64(a.space)),
                             {{QStringLiteral("records"), items}}, token)
                         .status,
                200);
        }
        QVERIFY2(QTest::qWaitFor([&] { return QFileInfo(database).size() - before > 700'000; }, 5000),
            qPrintable(QStringLiteral("server.db grew by %1 bytes only").arg(QFileInfo(database).size() - before)));
        QVERIFY2(server->stop(), qPrintable(server->lastError()));
    }
#endif

    void requestsDuringShutdownAreAnsweredUnavailable()
    {
        // A grace period long enough that a loaded test machine still sees it.
        std::unique_ptr<ServerProcess> server = newServer({QStringLiteral("--shutdown-grace"), QStringLiteral("5")});
        QVERIFY2(server->start(), qPrintable(server->lastError()));
        // One kept-alive connection, opened before the signal: new connections are refused
        // once shutdown begins, but requests on it are still answered — with 503.
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), server->port());
        QVERIFY(socket.waitForConnected(5000));
        // The server must have taken the connection before the signal (a loaded machine may
        // still hold it in the listen backlog): one answered request proves it.
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray first;
        for (int i = 0; i < 50 && !first.contains("\r\n\r\n"); ++i) {
            if (socket.waitForReadyRead(200))
                first += socket.readAll();
        }
        QVERIFY2(first.startsWith("HTTP/1.1 200"), first.constData());
        QTest::qWait(100); // the rest of the answer's body, if any, is read and dropped
        socket.readAll();
        QVERIFY(::kill(pid_t(server->pid()), SIGTERM) == 0);
        QByteArray seen;
        for (int i = 0; i < 200 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write("GET /v1/spaces HTTP/1.1\r\nHost: x\r\n\r\n");
            if (socket.waitForReadyRead(1000))
                seen += socket.readAll();
            if (seen.contains("HTTP/1.1 503"))
                break;
            QTest::qWait(10);
        }
        QVERIFY2(seen.contains("HTTP/1.1 503"), seen.constData());
        QVERIFY(seen.contains("\"error\":\"unavailable\""));
        QVERIFY2(server->stop(), qPrintable(server->lastError()));
    }

    void sigtermEndsTheServerWithStatusZero()
    {
        std::unique_ptr<ServerProcess> server = newServer();
        QVERIFY2(server->start(), qPrintable(server->lastError()));
        const TestAccount a = TestAccount::create();
        Http http(server->baseUrl());
        QVERIFY(registerAccount(http, a));
        HintSocket hints(server->baseUrl(), login(http, a.device));
        QVERIFY(hints.isReady());
        QVERIFY2(server->stop(), qPrintable(server->lastError()));
        QVERIFY(hints.waitForClose());
        QVERIFY(server->log().contains("\"event\":\"stopped\""));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
