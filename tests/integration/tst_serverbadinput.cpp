// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input to carecircle-server: each is answered with the documented JSON error
// (docs/sync-protocol.md), the server stays up, and data stored before is intact.
#include "serverprocess.h"
#include "servertestkit.h"

#include "protocol/proofs.h"
#include "protocol/recordproof.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace cc::testing;

class TestServerBadInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Http> m_http;
    TestAccount m_account;
    QString m_token;
    QByteArray m_kept;

    QString recordsPath() const { return QStringLiteral("/v1/spaces/%1/records").arg(b64(m_account.space)); }

    /** How many of @p sealed pull back from @p path with exactly the proof in @p proofs. */
    int pulledWithProofs(
        const QString &path, const QString &token, const QList<QByteArray> &sealed, const QList<QByteArray> &proofs)
    {
        const Reply pulled = m_http->get(path + QStringLiteral("?limit=1000"), token);
        int found = 0;
        for (const QJsonValue &v : pulled.json.value(QStringLiteral("records")).toArray()) {
            const qsizetype i = sealed.indexOf(unb64(v.toObject().value(QStringLiteral("record")).toString()));
            if (i >= 0 && unb64(v.toObject().value(QStringLiteral("sig")).toString()) == proofs.at(i))
                ++found;
        }
        return pulled.status == 200 ? found : -1;
    }

    void expectError(const Reply &r, int status, const char *code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.error(), QString::fromLatin1(code));
        QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QString(),
            QStringList {QStringLiteral("--max-body"), QStringLiteral("2MiB"), QStringLiteral("--rate-limit"),
                QStringLiteral("1000/s")});
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        m_http = std::make_unique<Http>(m_server->baseUrl());
        m_account = TestAccount::create();
        QVERIFY(registerAccount(*m_http, m_account));
        m_token = login(*m_http, m_account.device);
        m_kept = sealRecord(m_account.spaceKey, m_account.space, randomId(), m_account.device.id, "kept");
        QCOMPARE(m_http
                     ->post(recordsPath(),
                         {{QStringLiteral("records"), QJsonArray {pushItem(m_kept, m_account.device)}}}, m_token)
                     .status,
            200);
    }

    /** After every case: the server is healthy and the stored record is unchanged. */
    void cleanup()
    {
        QCOMPARE(m_http->get(QStringLiteral("/healthz")).status, 200);
        const Reply pulled = m_http->get(recordsPath(), m_token);
        QCOMPARE(pulled.status, 200);
        const QJsonArray records = pulled.json.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(unb64(records.at(0).toObject().value(QStringLiteral("record")).toString()), m_kept);
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->lastError())); }

    void malformedJsonIsBadRequest()
    {
        expectError(m_http->send("POST", recordsPath(), QByteArray("{\"records\": [}"), m_token), 400, "bad_request");
        expectError(m_http->send("POST", QStringLiteral("/v1/accounts"), QByteArray("[1,2]")), 400, "bad_request");
    }

    void wrongTypesAreBadRequest()
    {
        expectError(m_http->post(recordsPath(), {{QStringLiteral("records"), 5}}, m_token), 400, "bad_request");
        expectError(
            m_http->post(QStringLiteral("/v1/auth/challenge"), {{QStringLiteral("device"), 12}}), 400, "bad_request");
        expectError(m_http->get(recordsPath() + QStringLiteral("?since=abc"), m_token), 400, "bad_request");
        expectError(m_http->get(recordsPath() + QStringLiteral("?limit=5000"), m_token), 400, "bad_request");
    }

    void badBase64IsBadRequest()
    {
        expectError(m_http->post(QStringLiteral("/v1/auth/challenge"),
                        {{QStringLiteral("device"), QStringLiteral("AAAA+AAAAAAAAAAAAAAAAA")}}),
            400, "bad_request");
        expectError(m_http->post(QStringLiteral("/v1/auth/challenge"),
                        {{QStringLiteral("device"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA==")}}),
            400, "bad_request");
        QJsonObject item = pushItem(m_kept, m_account.device);
        item.insert(QStringLiteral("record"), QStringLiteral("not base64!"));
        expectError(
            m_http->post(recordsPath(), {{QStringLiteral("records"), QJsonArray {item}}}, m_token), 400, "bad_request");
    }

    void oversizedBodyIsTooLarge()
    {
        // Sent whole: refused with 413.
        const QByteArray big(3 * 1024 * 1024, 'x');
        expectError(m_http->send("POST", recordsPath(), big, m_token), 413, "too_large");
        // Announced only: refused from the headers, before the body is sent.
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/accounts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                     "900000000\r\n\r\n");
        QVERIFY(QTest::qWaitFor(
            [&] { return socket.bytesAvailable() > 0 && socket.peek(4096).contains("too_large"); }, 5000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 413"));
    }

    void tooManyRecordsIsTooLarge()
    {
        QJsonArray items;
        const QJsonObject one = pushItem(m_kept, m_account.device);
        for (int i = 0; i < 1001; ++i)
            items.append(one);
        expectError(m_http->post(recordsPath(), {{QStringLiteral("records"), items}}, m_token), 413, "too_large");
    }

    void recordOverOneMegabyteIsTooLarge()
    {
        const QByteArray huge = sealRecord(
            m_account.spaceKey, m_account.space, randomId(), m_account.device.id, QByteArray(1024 * 1024 + 10, 'a'));
        expectError(m_http->post(recordsPath(),
                        {{QStringLiteral("records"), QJsonArray {pushItem(huge, m_account.device)}}}, m_token),
            413, "too_large");
    }

    void badRecordSignatureIsRefused()
    {
        const QByteArray sealed = sealRecord(m_account.spaceKey, m_account.space, randomId(), m_account.device.id, "x");
        QJsonObject item = pushItem(sealed, m_account.device);
        item.insert(QStringLiteral("sig"), pushItem(m_kept, m_account.device).value(QStringLiteral("sig")));
        expectError(m_http->post(recordsPath(), {{QStringLiteral("records"), QJsonArray {item}}}, m_token), 400,
            "bad_signature");
    }

    void treeProofsAreCheckedForEveryRecordOfAPush()
    {
        // A push as clients send it: one signature over a tree of its records.
        QList<QByteArray> sealed;
        for (int i = 0; i < 40; ++i)
            sealed.append(sealRecord(m_account.spaceKey, m_account.space, randomId(), m_account.device.id, "t"));
        auto proofs = cc::protocol::recordproof::sign(m_account.device.sign.secretKey, sealed);
        QVERIFY(proofs.ok());
        const auto items = [&](const QList<QByteArray> &records, const QList<QByteArray> &sigs) {
            QJsonArray list;
            for (qsizetype i = 0; i < records.size(); ++i) {
                list.append(QJsonObject {{QStringLiteral("record"), b64(records.at(i))},
                    {QStringLiteral("sig"), b64(sigs.at(i))}, {QStringLiteral("base"), QJsonValue::Null}});
            }
            return QJsonObject {{QStringLiteral("records"), list}};
        };
        // One record swapped for another of the same device: its path no longer leads to
        // the signed root, although every other record (and the signature) is good.
        QList<QByteArray> swapped = sealed;
        swapped[27] = sealRecord(m_account.spaceKey, m_account.space, randomId(), m_account.device.id, "u");
        const Reply refused = m_http->post(recordsPath(), items(swapped, *proofs), m_token);
        expectError(refused, 400, "bad_signature");
        QVERIFY(refused.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("records[27]")));
        // A tree signed by another device's key, pushed with this device's session.
        const TestAccount other = TestAccount::create();
        auto foreign = cc::protocol::recordproof::sign(other.device.sign.secretKey, sealed);
        QVERIFY(foreign.ok());
        expectError(m_http->post(recordsPath(), items(sealed, *foreign), m_token), 400, "bad_signature");
        // A proof longer than any tree of a push is refused while reading.
        QList<QByteArray> padded = *proofs;
        padded[0] += QByteArray(cc::protocol::recordproof::MaxProofSize, 'p');
        expectError(m_http->post(recordsPath(), items(sealed, padded), m_token), 400, "bad_request");
        // Such a push is stored whole, and pulls back with its proofs (in a space of its own:
        // cleanup() counts this space's records).
        QVERIFY(registerAccount(*m_http, other));
        const QString token = login(*m_http, other.device);
        for (QByteArray &record : sealed)
            record = sealRecord(other.spaceKey, other.space, randomId(), other.device.id, "t");
        auto own = cc::protocol::recordproof::sign(other.device.sign.secretKey, sealed);
        QVERIFY(own.ok());
        const QString path = QStringLiteral("/v1/spaces/%1/records").arg(b64(other.space));
        const Reply stored = m_http->post(path, items(sealed, *own), token);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json.value(QStringLiteral("records")).toArray().size(), 40);
        QCOMPARE(pulledWithProofs(path, token, sealed, *own), 40);
    }

    void aPushSignedOnceIsStoredWithEachRecordsProof()
    {
        // How the app pushes: one signature for the whole push, no proof per record. The
        // relay checks it against the tree of the records as sent and stores with each
        // record the proof its author would have sent (pulled and verified by members).
        const TestAccount other = TestAccount::create();
        QVERIFY(registerAccount(*m_http, other));
        const QString token = login(*m_http, other.device);
        const QString path = QStringLiteral("/v1/spaces/%1/records").arg(b64(other.space));
        QList<QByteArray> sealed;
        for (int i = 0; i < 40; ++i)
            sealed.append(sealRecord(other.spaceKey, other.space, randomId(), other.device.id, "t"));
        const QJsonObject body = signedOncePush(sealed, other.device);

        // A record swapped after signing, a signature by another device, a proof per record
        // besides the push's, a signature of the wrong size: refused, nothing stored.
        QJsonObject swapped = body;
        QJsonArray items = body.value(QStringLiteral("records")).toArray();
        items[27] = QJsonObject {
            {QStringLiteral("record"), b64(sealRecord(other.spaceKey, other.space, randomId(), other.device.id, "u"))},
            {QStringLiteral("base"), QJsonValue::Null}};
        swapped.insert(QStringLiteral("records"), items);
        expectError(m_http->post(path, swapped, token), 400, "bad_signature");
        QJsonObject foreign = body;
        foreign.insert(QStringLiteral("sig"), signedOncePush(sealed, m_account.device).value(QStringLiteral("sig")));
        expectError(m_http->post(path, foreign, token), 400, "bad_signature");
        QJsonObject both = body;
        items = body.value(QStringLiteral("records")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("sig"), pushItem(sealed.at(0), other.device).value(QStringLiteral("sig")));
        items[0] = first;
        both.insert(QStringLiteral("records"), items);
        expectError(m_http->post(path, both, token), 400, "bad_request");
        QJsonObject shortSig = body;
        shortSig.insert(QStringLiteral("sig"), b64(QByteArray(32, 's')));
        expectError(m_http->post(path, shortSig, token), 400, "bad_request");
        QCOMPARE(m_http->get(path + QStringLiteral("?limit=1000"), token)
                     .json.value(QStringLiteral("records"))
                     .toArray()
                     .size(),
            0);

        const Reply stored = m_http->post(path, body, token);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json.value(QStringLiteral("records")).toArray().size(), 40);
        auto expected = cc::protocol::recordproof::sign(other.device.sign.secretKey, sealed);
        QVERIFY(expected.ok());
        QCOMPARE(pulledWithProofs(path, token, sealed, *expected), 40);
        // The app's compact spelling is read in one pass; any other spelling of the same
        // push is read as JSON, to the same answer (a retry: the same sequence numbers).
        const Reply retried = m_http->send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Indented), token);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json, stored.json);

        // One record signed once: its proof is the plain record signature.
        const QByteArray lone = sealRecord(other.spaceKey, other.space, randomId(), other.device.id, "one");
        QCOMPARE(m_http->post(path, signedOncePush({lone}, other.device), token).status, 200);
        const Reply again = m_http->get(
            path + QStringLiteral("?since=%1").arg(stored.json.value(QStringLiteral("seq")).toInteger()), token);
        const QJsonArray last = again.json.value(QStringLiteral("records")).toArray();
        QCOMPARE(last.size(), 1);
        QCOMPARE(unb64(last.at(0).toObject().value(QStringLiteral("sig")).toString()),
            unb64(pushItem(lone, other.device).value(QStringLiteral("sig")).toString()));
    }

    void badCertificateAndBadAccountProofAreRefused()
    {
        TestDevice forged = m_account.newDevice();
        forged.certificate = TestAccount::create().newDevice().certificate; // signed by another account
        expectError(m_http->post(QStringLiteral("/v1/accounts/%1/devices").arg(b64(m_account.account)), forged.json()),
            400, "bad_signature");
        TestAccount b = TestAccount::create();
        b.proof = m_account.proof;
        expectError(m_http->post(QStringLiteral("/v1/accounts"), b.registration()), 400, "bad_signature");
        expectError(m_http->post(QStringLiteral("/v1/accounts/%1/devices").arg(b64(randomId())), forged.json()), 404,
            "not_found");
    }

    void badLoginSignatureAndReplayedChallengeAreUnauthorized()
    {
        const Reply c =
            m_http->post(QStringLiteral("/v1/auth/challenge"), {{QStringLiteral("device"), b64(m_account.device.id)}});
        const QByteArray challenge = unb64(c.json.value(QStringLiteral("challenge")).toString());
        const TestDevice other = m_account.newDevice();
        const auto wrong = cc::protocol::proofs::sign(
            other.sign.secretKey, cc::protocol::proofs::loginMessage(challenge, m_account.device.id));
        expectError(m_http->post(QStringLiteral("/v1/auth/session"),
                        {{QStringLiteral("device"), b64(m_account.device.id)},
                            {QStringLiteral("challenge"), b64(challenge)}, {QStringLiteral("signature"), b64(*wrong)}}),
            401, "unauthorized");
        // The challenge was used up by that attempt: even the right signature fails now.
        const auto right = cc::protocol::proofs::sign(
            m_account.device.sign.secretKey, cc::protocol::proofs::loginMessage(challenge, m_account.device.id));
        expectError(m_http->post(QStringLiteral("/v1/auth/session"),
                        {{QStringLiteral("device"), b64(m_account.device.id)},
                            {QStringLiteral("challenge"), b64(challenge)}, {QStringLiteral("signature"), b64(*right)}}),
            401, "unauthorized");
    }

    void missingOrUnknownTokenIsUnauthorized()
    {
        expectError(m_http->get(QStringLiteral("/v1/spaces")), 401, "unauthorized");
        expectError(m_http->get(QStringLiteral("/v1/spaces"), b64(randomId() + randomId())), 401, "unauthorized");
        expectError(m_http->get(QStringLiteral("/v1/spaces"), QStringLiteral("%%%")), 401, "unauthorized");
    }

    void expiredTokenIsUnauthorized()
    {
        ServerProcess server(QString(), {QStringLiteral("--session-expiry"), QStringLiteral("1")});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Http http(server.baseUrl());
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(http, a));
        const QString token = login(http, a.device);
        QCOMPARE(http.get(QStringLiteral("/v1/spaces"), token).status, 200);
        QTest::qWait(1100);
        expectError(http.get(QStringLiteral("/v1/spaces"), token), 401, "unauthorized");
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    void recordNamingAnotherSpaceIsWrongSpace()
    {
        const QByteArray moved = sealRecord(m_account.spaceKey, randomId(), randomId(), m_account.device.id, "x");
        expectError(m_http->post(recordsPath(),
                        {{QStringLiteral("records"), QJsonArray {pushItem(moved, m_account.device)}}}, m_token),
            400, "wrong_space");
    }

    void recordByAnotherDeviceIsForbidden()
    {
        const TestDevice other = m_account.newDevice();
        const QByteArray foreign = sealRecord(m_account.spaceKey, m_account.space, randomId(), other.id, "x");
        expectError(
            m_http->post(recordsPath(), {{QStringLiteral("records"), QJsonArray {pushItem(foreign, other)}}}, m_token),
            403, "forbidden");
    }

    void garbageRecordIsBadRequest()
    {
        QJsonObject item = pushItem(m_kept, m_account.device);
        item.insert(QStringLiteral("record"), b64(QByteArray(40, 'z')));
        expectError(
            m_http->post(recordsPath(), {{QStringLiteral("records"), QJsonArray {item}}}, m_token), 400, "bad_request");
    }

    void anotherAccountsSpaceIsNotFound()
    {
        const TestAccount stranger = TestAccount::create();
        QVERIFY(registerAccount(*m_http, stranger));
        expectError(m_http->get(recordsPath(), login(*m_http, stranger.device)), 404, "not_found");
    }

    void unknownRoutesAreNotFound()
    {
        expectError(m_http->get(QStringLiteral("/v1/nothing")), 404, "not_found");
        expectError(m_http->send("PATCH", QStringLiteral("/v1/spaces"), QByteArray("{}"), m_token), 404, "not_found");
        expectError(m_http->get(QStringLiteral("/")), 404, "not_found");
    }

    void repeatedFailedLoginsAreRateLimited()
    {
        const TestAccount a = TestAccount::create();
        QVERIFY(registerAccount(*m_http, a));
        Reply last;
        for (int i = 0; i < 7; ++i) {
            last = m_http->post(QStringLiteral("/v1/auth/session"),
                {{QStringLiteral("device"), b64(a.device.id)},
                    {QStringLiteral("challenge"), b64(randomId() + randomId())},
                    {QStringLiteral("signature"), b64(QByteArray(64, 'a'))}});
        }
        expectError(last, 429, "rate_limited");
        QVERIFY(last.header("Retry-After").toInt() >= 1);
    }

    void silentHintSocketIsClosedAfterTheAuthTimeout()
    {
        ServerProcess server(QString(), {QStringLiteral("--hint-auth-timeout"), QStringLiteral("1")});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        HintSocket silent(server.baseUrl(), QString());
        QVERIFY(!silent.isReady());
        QVERIFY(silent.waitForClose(5000));
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }

    void requestFloodIsRateLimited()
    {
        ServerProcess server(QString(), {QStringLiteral("--rate-limit"), QStringLiteral("2/s")});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Http http(server.baseUrl());
        Reply last;
        for (int i = 0; i < 20 && last.status != 429; ++i)
            last = http.get(QStringLiteral("/v1/spaces"));
        expectError(last, 429, "rate_limited");
        QVERIFY(last.header("Retry-After").toInt() >= 1);
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);
        QVERIFY2(server.stop(), qPrintable(server.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_serverbadinput.moc"
