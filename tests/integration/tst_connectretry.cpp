// SPDX-License-Identifier: GPL-3.0-or-later
// `connect` interrupted at every step and tried again, against a real server: the retry
// completes, the records reach the server, and the recovery key restores them (issue 11,
// problem 3: a re-sealed recovery bundle made every retry a 409).
#include "protocol/wire.h"
#include "serverprocess.h"
#include "sync/accountsupport.h"
#include "sync/devicelink.h"
#include "sync/httpclient.h"
#include "syncdevice.h"

#include <QProcess>
#include <QTest>

#include <optional>

using namespace cc;
using namespace cc::testing;

namespace {

/** How far the interrupted first attempt got before it was killed. */
enum class Step { AccountRegistered, ServerRecorded, SpaceCreated, MarkedConnected };

std::unique_ptr<ServerProcess> newServer()
{
#ifdef CARECIRCLE_TEST_POSTGRES
    const QString cluster = ServerProcess::postgresUrl();
    if (cluster.isEmpty())
        return nullptr;
    return std::make_unique<ServerProcess>(ServerProcess::createDatabase(cluster));
#else
    return std::make_unique<ServerProcess>();
#endif
}

/** One request through the client's own HttpClient, waited for. */
sync::HttpReply send(sync::HttpClient &http, const QString &path, const QJsonObject &body, bool authenticated)
{
    std::optional<sync::HttpReply> answer;
    http.post(path, body, authenticated, [&](const sync::HttpReply &r) { answer = r; });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, 20000);
    return answer.value_or(sync::HttpReply {});
}

/** What connectToServer does, step by step, stopped after @p last (a crash just then). */
bool interruptedConnect(Device &device, const QUrl &server, Step last)
{
    auto material = device.vault->accountMaterial();
    auto key = device.vault->deviceSigningKey(true);
    if (!material || !key)
        return false;
    auto reg = sync::account::deviceRegistration(
        *material, device.vault->deviceId(), key->publicKey, QStringLiteral("Old phone"));
    auto body = reg ? sync::account::accountRegistration(*material, *reg) : Result<QJsonObject>(reg.error());
    if (!body)
        return false;
    sync::HttpClient http(server, nullptr);
    http.setDevice(device.vault->deviceId(), std::move(key->secretKey));
    if (send(http, QStringLiteral("/v1/accounts"), *body, false).status != 201)
        return false;
    if (last == Step::AccountRegistered)
        return true;
    if (!device.vault->setServer(server.toString(), material->account))
        return false;
    if (last == Step::ServerRecorded)
        return true;
    const QJsonObject space {{QStringLiteral("space"), protocol::toBase64Url(material->privateSpace)}};
    if (send(http, QStringLiteral("/v1/spaces"), space, true).status != 201)
        return false;
    if (last == Step::SpaceCreated)
        return true;
    return device.vault->setConnected(true).ok();
}

} // namespace

class TestConnectRetry : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> server;

private Q_SLOTS:
    void init()
    {
        server = newServer();
        if (!server)
            QSKIP("No PostgreSQL test cluster (run through ctest, fixture 'postgres').");
        QVERIFY2(server->start(), qPrintable(server->lastError()));
    }

    void cleanup()
    {
        if (server)
            server->stop();
        server.reset();
    }

    void aRetriedConnectCompletesAndTheRecoveryKeyRestores_data()
    {
        QTest::addColumn<Step>("step");
        QTest::newRow("killed after the account was registered") << Step::AccountRegistered;
        QTest::newRow("killed after the vault recorded the server") << Step::ServerRecorded;
        QTest::newRow("killed after the private space was created") << Step::SpaceCreated;
        QTest::newRow("killed before the first push") << Step::MarkedConnected;
    }

    void aRetriedConnectCompletesAndTheRecoveryKeyRestores()
    {
        QFETCH(Step, step);
        Device phone;
        QVERIFY(phone.create());
        domain::Goal goal = sampleGoal(QStringLiteral("Walk to the market again"));
        QVERIFY(phone.store()->save(goal));
        QVERIFY(interruptedConnect(phone, server->baseUrl(), step));

        // The app is started again and connect is tried once more.
        phone.close();
        QVERIFY(phone.reopen());
        const Status retried = phone.connectTo(server->baseUrl());
        QVERIFY2(retried, qPrintable(retried.error().message));
        QVERIFY(phone.vault->isConnected());
        const SyncResult settled = phone.sync();
        QVERIFY2(settled.status, qPrintable(settled.status.error().message));
        QCOMPARE(phone.engine->pendingChanges(), 0);

        // The account on the server is whole: its recovery key restores the records.
        Device restored;
        const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(FastKdf);
        auto kek = vault::Vault::derivePassphraseKey(passphrase(), kdf);
        QVERIFY(kek);
        sync::AccountRestore restore(nullptr);
        std::optional<Status> result;
        QObject::connect(&restore, &sync::AccountRestore::finished, [&](const Status &s) { result = s; });
        restore.start(server->baseUrl(), phone.recoveryKey, restored.path(), kdf, *kek, QStringLiteral("New phone"));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(*result, qPrintable(result->error().message));
        QVERIFY(restored.open(*kek));
        QVERIFY(restored.sync().status);
        const auto restoredStore = restored.store();
        const domain::Goal *restoredGoal = restoredStore->goal(goal.id);
        QVERIFY(restoredGoal);
        QCOMPARE(restoredGoal->whatMattersToMe.text, QStringLiteral("Walk to the market again"));
    }

    void aRepeatedRegistrationIsAcceptedButKeepsTheStoredBundle()
    {
        Device phone;
        QVERIFY(phone.create());
        auto material = phone.vault->accountMaterial();
        auto key = phone.vault->deviceSigningKey(true);
        QVERIFY(material && key);
        auto reg = sync::account::deviceRegistration(
            *material, phone.vault->deviceId(), key->publicKey, QStringLiteral("Phone"));
        QVERIFY(reg);
        auto first = sync::account::accountRegistration(*material, *reg);
        auto second = sync::account::accountRegistration(*material, *reg);
        QVERIFY(first && second);
        QVERIFY(first->value(QStringLiteral("bundle")) != second->value(QStringLiteral("bundle"))); // a fresh seal
        sync::HttpClient http(server->baseUrl(), nullptr);
        QCOMPARE(send(http, QStringLiteral("/v1/accounts"), *first, false).status, 201);
        QCOMPARE(send(http, QStringLiteral("/v1/accounts"), *second, false).status, 200);
        // Unauthenticated, a repeat never replaces what recovery hands out.
        std::optional<sync::HttpReply> lookup;
        http.get(QStringLiteral("/v1/recovery/") + first->value(QStringLiteral("locator")).toString(), false,
            [&](const sync::HttpReply &r) { lookup = r; });
        QTRY_VERIFY_WITH_TIMEOUT(lookup.has_value(), 20000);
        QCOMPARE(lookup->status, 200);
        QCOMPARE(lookup->json.value(QStringLiteral("bundle")), first->value(QStringLiteral("bundle")));
    }

    void aDifferentAccountStillCannotTakeTheIdOrLocator()
    {
        Device phone;
        QVERIFY(phone.create());
        QVERIFY(phone.connectTo(server->baseUrl()));
        auto material = phone.vault->accountMaterial();
        QVERIFY(material);
        // Same account id and locator, other identity keys: refused, the first account stays.
        Device other;
        QVERIFY(other.create());
        auto forged = other.vault->accountMaterial();
        QVERIFY(forged);
        forged->account = material->account;
        forged->recoverySecret = crypto::SecureBuffer::copyOf(material->recoverySecret.view());
        auto key = other.vault->deviceSigningKey(true);
        QVERIFY(key);
        auto reg = sync::account::deviceRegistration(
            *forged, other.vault->deviceId(), key->publicKey, QStringLiteral("Forged"));
        QVERIFY(reg);
        auto body = sync::account::accountRegistration(*forged, *reg);
        QVERIFY(body);
        sync::HttpClient http(server->baseUrl(), nullptr);
        QCOMPARE(send(http, QStringLiteral("/v1/accounts"), *body, false).status, 409);
    }

    void theCliConnectAgainAfterACrashBeforeThePushCompletes()
    {
        Device phone;
        QVERIFY(phone.create());
        domain::Goal goal = sampleGoal(QStringLiteral("Cycle on Sunday"));
        QVERIFY(phone.store()->save(goal));
        QVERIFY(interruptedConnect(phone, server->baseUrl(), Step::MarkedConnected));
        phone.close();
        QProcess cli;
        cli.start(QStringLiteral(CARECIRCLE_CLI),
            {QStringLiteral("connect"), QStringLiteral("--vault"), phone.path(), QStringLiteral("--server"),
                server->baseUrl().toString()});
        QVERIFY(cli.waitForStarted());
        cli.write(QByteArray(Passphrase) + '\n');
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("pushed: 1")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestConnectRetry)
#include "tst_connectretry.moc"
