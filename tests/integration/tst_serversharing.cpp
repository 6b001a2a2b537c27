// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing through the real carecircle-server, at the wire (docs/sync-protocol.md,
// "Sharing"): who may read, write, manage members, see keys and the access log; member
// lists, key wraps, invitations and end dates. Every refusal is checked for its error code
// AND for having changed nothing, by reading back. Runs on SQLite (tst_serversharing_sqlite)
// and on PostgreSQL (tst_serversharing_postgres, CARECIRCLE_TEST_BACKEND=postgres).
#include "serverprocess.h"
#include "servertestkit.h"

#include "crypto/random.h"
#include "protocol/proofs.h"
#include "protocol/sealedrecord.h"
#include "protocol/sharing.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace cc;
using namespace cc::testing;
namespace sharing = cc::protocol::sharing;
using sharing::Role;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/** A space shared by its owner: the newest list the owner signed and the current key. */
struct Shared {
    QByteArray id;
    sharing::MemberList list;
    crypto::SecureBuffer key;
};

/** A registered account and its session. */
struct Person {
    TestAccount account;
    QString token;
};

/** The schema of server version 1 (before sharing), frozen here to test the migration. */
const char *const SchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "CREATE TABLE accounts (account BYTEA PRIMARY KEY, sign_pub BYTEA NOT NULL, box_pub BYTEA NOT NULL, locator "
    "BYTEA NOT NULL UNIQUE, bundle BYTEA NOT NULL, proof BYTEA NOT NULL, created BIGINT NOT NULL)",
    "CREATE TABLE devices (device BYTEA PRIMARY KEY, account BYTEA NOT NULL REFERENCES accounts(account), sign_pub "
    "BYTEA NOT NULL, certificate BYTEA NOT NULL, label BYTEA NOT NULL, created BIGINT NOT NULL, revoked BIGINT)",
    "CREATE INDEX devices_account ON devices(account)",
    "CREATE TABLE challenges (challenge BYTEA PRIMARY KEY, device BYTEA NOT NULL, expires BIGINT NOT NULL)",
    "CREATE TABLE sessions (token_hash BYTEA PRIMARY KEY, device BYTEA NOT NULL REFERENCES devices(device), account "
    "BYTEA NOT NULL, expires BIGINT NOT NULL)",
    "CREATE INDEX sessions_device ON sessions(device)",
    "CREATE TABLE spaces (space BYTEA PRIMARY KEY, owner BYTEA NOT NULL REFERENCES accounts(account), seq BIGINT NOT "
    "NULL DEFAULT 0, created BIGINT NOT NULL)",
    "CREATE TABLE members (space BYTEA NOT NULL REFERENCES spaces(space), account BYTEA NOT NULL, role TEXT NOT NULL, "
    "removed BIGINT, PRIMARY KEY (space, account))",
    "CREATE INDEX members_account ON members(account)",
    "CREATE TABLE records (space BYTEA NOT NULL REFERENCES spaces(space), record BYTEA NOT NULL, seq BIGINT NOT NULL, "
    "key_version BIGINT NOT NULL, deleted BIGINT NOT NULL, author BYTEA NOT NULL, tag BYTEA NOT NULL, size BIGINT NOT "
    "NULL, sig BYTEA NOT NULL, sealed BYTEA NOT NULL, PRIMARY KEY (space, record))",
    "CREATE UNIQUE INDEX records_seq ON records(space, seq)",
    "CREATE TABLE revisions (space BYTEA NOT NULL, record BYTEA NOT NULL, tag BYTEA NOT NULL, seq BIGINT NOT NULL, "
    "PRIMARY KEY (space, record, tag))",
    "CREATE TABLE links (link BYTEA PRIMARY KEY, account BYTEA NOT NULL REFERENCES accounts(account), expires BIGINT "
    "NOT NULL, accept_device BYTEA, accept_sign_pub BYTEA, accept_box_pub BYTEA, accept_mac BYTEA, bundle BYTEA)",
};

/** Writes a version-1 database holding @p a, its device, its private space and @p sealed as
 *  the space's one record (what a server before sharing left behind). */
bool writeVersionOneDatabase(QSqlDatabase &d, const TestAccount &a, const QByteArray &sealed, const QByteArray &sig)
{
    if (!d.open()) {
        qWarning("%s", qPrintable(d.lastError().text()));
        return false;
    }
    QSqlQuery q(d);
    for (const char *statement : SchemaV1) {
        if (!q.exec(QLatin1StringView(statement))) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
    }
    const auto header = protocol::sealedrecord::parseHeader(sealed);
    const QList<std::pair<QString, QVariantList>> rows {
        {QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 1)"), {QStringLiteral("schema_version")}},
        {QStringLiteral("INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, 1)"),
            {a.account, a.sign.publicKey, a.box.publicKey, a.locator, a.bundle, a.proof}},
        {QStringLiteral("INSERT INTO devices VALUES (?, ?, ?, ?, ?, 1, NULL)"),
            {a.device.id, a.account, a.device.sign.publicKey, a.device.certificate, a.device.label}},
        {QStringLiteral("INSERT INTO spaces VALUES (?, ?, 1, 1)"), {a.space, a.account}},
        {QStringLiteral("INSERT INTO members VALUES (?, ?, 'owner', NULL)"), {a.space, a.account}},
        {QStringLiteral("INSERT INTO records VALUES (?, ?, 1, 1, 0, ?, ?, ?, ?, ?)"),
            {a.space, header->recordId, a.device.id, tagOf(sealed), qint64(sealed.size()), sig, sealed}},
        {QStringLiteral("INSERT INTO revisions VALUES (?, ?, ?, 1)"), {a.space, header->recordId, tagOf(sealed)}},
    };
    for (const auto &[sql, values] : rows) {
        q.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
    }
    d.close();
    return true;
}

} // namespace

/** The answer is the documented error: status, code and an operator's message (fails the test here). */
#define EXPECT_ERROR(reply, expectedStatus, expectedCode)                                                              \
    do {                                                                                                               \
        const Reply answer_ = (reply);                                                                                 \
        QCOMPARE(answer_.status, expectedStatus);                                                                      \
        QCOMPARE(answer_.error(), QStringLiteral(expectedCode));                                                       \
        QVERIFY(!answer_.json.value(QStringLiteral("message")).toString().isEmpty());                                  \
    } while (false)

class TestServerSharing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Http> m_http;
    Person m_owner, m_editor, m_contributor, m_viewer, m_stranger;
    QString m_databaseUrl;

    static bool onPostgres() { return qEnvironmentVariable("CARECIRCLE_TEST_BACKEND") == u"postgres"; }

    Person newPerson()
    {
        Person p {TestAccount::create(), {}};
        if (registerAccount(*m_http, p.account))
            p.token = login(*m_http, p.account.device);
        return p;
    }

    /** A new space of m_owner, with the owner alone. */
    Shared newSpace()
    {
        Shared s;
        s.id = randomId();
        s.key = crypto::randomSecret(32);
        s.list.space = s.id;
        s.list.owner = m_owner.account.account;
        s.list.version = 0;
        s.list.keyVersion = 1;
        s.list.members = {memberEntry(m_owner.account, Role::Owner)};
        const Reply r =
            m_http->post(QStringLiteral("/v1/spaces"), {{QStringLiteral("space"), b64(s.id)}}, m_owner.token);
        if (r.status != 201)
            qWarning("creating a space: %d", r.status);
        return s;
    }

    /** The owner's next list: the owner plus @p others; on 204 @p s holds it. */
    Reply share(Shared &s, const QList<sharing::MemberEntry> &others, quint32 keyVersion = 0,
        crypto::SecureBuffer *newKey = nullptr)
    {
        sharing::MemberList next = s.list;
        next.version += 1;
        if (keyVersion)
            next.keyVersion = keyVersion;
        next.members = {memberEntry(m_owner.account, Role::Owner)};
        next.members.append(others);
        const crypto::SecureBuffer &key = newKey ? *newKey : s.key;
        const Reply r = putMembers(s.id, membersBody(m_owner.account, next, key), m_owner.token);
        if (r.status == 204) {
            s.list = next;
            if (newKey)
                s.key = newKey->clone();
        }
        return r;
    }

    Reply putMembers(const QByteArray &space, const QJsonObject &body, const QString &token)
    {
        return m_http->send("PUT", QStringLiteral("/v1/spaces/%1/members").arg(b64(space)), body, token);
    }

    QString path(const QByteArray &space, const char *what) const
    {
        return QStringLiteral("/v1/spaces/%1/%2").arg(b64(space), QLatin1StringView(what));
    }

    Reply push(const QByteArray &space, const QString &token, const QJsonArray &items)
    {
        return m_http->post(path(space, "records"), {{QStringLiteral("records"), items}}, token);
    }

    /** Every record of the space as the owner pulls it: id → sealed bytes. */
    QMap<QByteArray, QByteArray> records(const QByteArray &space)
    {
        QMap<QByteArray, QByteArray> out;
        const Reply r = m_http->get(path(space, "records") + QStringLiteral("?limit=1000"), m_owner.token);
        if (r.status != 200)
            return out;
        for (const QJsonValue &v : r.json.value(QStringLiteral("records")).toArray()) {
            const QByteArray sealed = unb64(v.toObject().value(QStringLiteral("record")).toString());
            out.insert(protocol::sealedrecord::parseHeader(sealed)->recordId, sealed);
        }
        return out;
    }

    /** The stored member list as GET members answers it to the owner. */
    QString storedList(const QByteArray &space)
    {
        return m_http->get(path(space, "members"), m_owner.token).json.value(QStringLiteral("list")).toString();
    }

    QJsonObject spaceEntry(const Person &p, const QByteArray &space)
    {
        const Reply r = m_http->get(QStringLiteral("/v1/spaces"), p.token);
        for (const QJsonValue &v : r.json.value(QStringLiteral("spaces")).toArray()) {
            if (v.toObject().value(QStringLiteral("space")).toString() == b64(space))
                return v.toObject();
        }
        return {};
    }

    /** A record of @p author's first device in @p s, sealed with the current key. */
    QByteArray sealFor(const Shared &s, const Person &author, const QByteArray &record, const QByteArray &payload)
    {
        return sealRecord(s.key, s.id, record, author.account.device.id, payload, false, s.list.keyVersion);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString url;
        if (onPostgres()) {
            QVERIFY2(!ServerProcess::postgresUrl().isEmpty(), "the postgres fixture gives no cluster URL");
            url = ServerProcess::createDatabase(ServerProcess::postgresUrl());
            QVERIFY(!url.isEmpty());
        }
        m_databaseUrl = url;
        m_server = std::make_unique<ServerProcess>(url);
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        m_http = std::make_unique<Http>(m_server->baseUrl());
        for (Person *p : {&m_owner, &m_editor, &m_contributor, &m_viewer, &m_stranger}) {
            *p = newPerson();
            QVERIFY(!p->token.isEmpty());
        }
    }

    void cleanupTestCase()
    {
        m_http.reset();
        if (m_server)
            QVERIFY(m_server->stop());
    }

    void aVersionOneDatabaseMigratesAndItsSpacesCanBeShared()
    {
        const TestAccount old = TestAccount::create();
        const QByteArray sealed = sealRecord(old.spaceKey, old.space, randomId(), old.device.id, "kept");
        const QByteArray sig =
            *protocol::proofs::sign(old.device.sign.secretKey, protocol::proofs::recordSignatureMessage(sealed));
        std::unique_ptr<ServerProcess> server;
        {
            QSqlDatabase d;
            if (onPostgres()) {
                const QString url = ServerProcess::createDatabase(ServerProcess::postgresUrl());
                QVERIFY(!url.isEmpty());
                server = std::make_unique<ServerProcess>(url);
                const QUrl u(url);
                d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("v1"));
                d.setHostName(u.host());
                d.setPort(u.port(5432));
                d.setUserName(u.userName());
                d.setPassword(u.password());
                d.setDatabaseName(u.path().mid(1));
            } else {
                server = std::make_unique<ServerProcess>();
                d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
                d.setDatabaseName(QDir(server->dataDir()).filePath(QStringLiteral("server.db")));
            }
            QVERIFY(writeVersionOneDatabase(d, old, sealed, sig));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        QVERIFY2(server->start(), qPrintable(server->lastError()));
        Http http(server->baseUrl());
        const QString token = login(http, old.device);
        QVERIFY(!token.isEmpty());
        const Reply spaces = http.get(QStringLiteral("/v1/spaces"), token);
        QCOMPARE(spaces.status, 200);
        const QJsonObject entry = spaces.json.value(QStringLiteral("spaces")).toArray().at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("space")).toString(), b64(old.space));
        QCOMPARE(entry.value(QStringLiteral("owner")).toString(), b64(old.account));
        QCOMPARE(entry.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(entry.value(QStringLiteral("seq")).toInteger(), 1);
        QCOMPARE(entry.value(QStringLiteral("keyVersion")).toInteger(), 1);
        QCOMPARE(entry.value(QStringLiteral("listVersion")).toInteger(), 0);
        QVERIFY(entry.value(QStringLiteral("removed")).isNull());

        // the migrated space is shared like a new one, and the member reads the old record
        const TestAccount guest = TestAccount::create();
        QVERIFY(registerAccount(http, guest));
        sharing::MemberList list;
        list.space = old.space;
        list.owner = old.account;
        list.version = 1;
        list.keyVersion = 1;
        list.members = {memberEntry(old, Role::Owner), memberEntry(guest, Role::Viewer)};
        QCOMPARE(http.send("PUT", QStringLiteral("/v1/spaces/%1/members").arg(b64(old.space)),
                         membersBody(old, list, old.spaceKey), token)
                     .status,
            204);
        const Reply pulled =
            http.get(QStringLiteral("/v1/spaces/%1/records").arg(b64(old.space)), login(http, guest.device));
        QCOMPARE(pulled.status, 200);
        const QJsonArray records = pulled.json.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(unb64(records.at(0).toObject().value(QStringLiteral("record")).toString()), sealed);
        QVERIFY(server->stop());
    }

    void aNewSpaceHasItsOwnerAloneAtListVersionZeroAndKeyVersionOne()
    {
        Shared s = newSpace();
        const QJsonObject entry = spaceEntry(m_owner, s.id);
        QCOMPARE(entry.value(QStringLiteral("owner")).toString(), b64(m_owner.account.account));
        QCOMPARE(entry.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(entry.value(QStringLiteral("keyVersion")).toInteger(), 1);
        QCOMPARE(entry.value(QStringLiteral("listVersion")).toInteger(), 0);
        QVERIFY(entry.value(QStringLiteral("expires")).isNull());
        QVERIFY(entry.value(QStringLiteral("removed")).isNull());
        const Reply members = m_http->get(path(s.id, "members"), m_owner.token);
        QCOMPARE(members.status, 200);
        QVERIFY(members.json.value(QStringLiteral("list")).isNull());
        QCOMPARE(m_http->get(path(s.id, "keys"), m_owner.token).json.value(QStringLiteral("keys")).toArray().size(), 0);
        // again by the owner: 200; by anyone else: the id is taken
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/spaces"), {{QStringLiteral("space"), b64(s.id)}}, m_owner.token).status,
            200);
        EXPECT_ERROR(
            m_http->post(QStringLiteral("/v1/spaces"), {{QStringLiteral("space"), b64(s.id)}}, m_stranger.token), 409,
            "conflict");
    }

    void aNonMemberCanNeitherReadNorWriteNorSeeAnything()
    {
        Shared s = newSpace();
        const QByteArray record = randomId();
        QCOMPARE(push(s.id, m_owner.token, {pushItem(sealFor(s, m_owner, record, "owner's"), m_owner.account.device)})
                     .status,
            200);
        const auto before = records(s.id);
        const Person &x = m_stranger;
        EXPECT_ERROR(m_http->get(path(s.id, "records"), x.token), 404, "not_found");
        EXPECT_ERROR(
            push(s.id, x.token, {pushItem(sealFor(s, x, randomId(), "intruder"), x.account.device)}), 404, "not_found");
        EXPECT_ERROR(m_http->get(path(s.id, "members"), x.token), 404, "not_found");
        EXPECT_ERROR(m_http->get(path(s.id, "keys"), x.token), 404, "not_found");
        EXPECT_ERROR(m_http->get(path(s.id, "devices"), x.token), 404, "not_found");
        EXPECT_ERROR(m_http->get(path(s.id, "access"), x.token), 404, "not_found");
        sharing::MemberList grab = s.list;
        grab.version = 5;
        grab.owner = x.account.account;
        EXPECT_ERROR(putMembers(s.id, membersBody(x.account, grab, s.key), x.token), 404, "not_found");
        QCOMPARE(records(s.id), before);
        QVERIFY(storedList(s.id).isEmpty());
        QVERIFY(spaceEntry(x, s.id).isEmpty());
        // and the access log holds no event of the stranger
        const Reply log = m_http->get(path(s.id, "access"), m_owner.token);
        for (const QJsonValue &e : log.json.value(QStringLiteral("events")).toArray())
            QVERIFY(e.toObject().value(QStringLiteral("account")).toString() != b64(x.account.account));
    }

    void eachRoleMayDoWhatItsRowOfTheTableSays()
    {
        Shared s = newSpace();
        const Reply shared = share(s,
            {memberEntry(m_editor.account, Role::Editor), memberEntry(m_contributor.account, Role::Contributor),
                memberEntry(m_viewer.account, Role::Viewer)});
        QCOMPARE(shared.status, 204);
        const QByteArray ownerRecord = randomId(), editorRecord = randomId();
        const QByteArray ownerSealed = sealFor(s, m_owner, ownerRecord, "owner v1");
        QCOMPARE(push(s.id, m_owner.token, {pushItem(ownerSealed, m_owner.account.device)}).status, 200);
        const QByteArray editorSealed = sealFor(s, m_editor, editorRecord, "editor v1");
        QCOMPARE(push(s.id, m_editor.token, {pushItem(editorSealed, m_editor.account.device)}).status, 200);

        // every member reads
        for (const Person *p : {&m_editor, &m_contributor, &m_viewer}) {
            const Reply r = m_http->get(path(s.id, "records"), p->token);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("records")).toArray().size(), 2);
        }
        // the viewer writes nothing, neither new nor edit
        auto before = records(s.id);
        EXPECT_ERROR(
            push(s.id, m_viewer.token, {pushItem(sealFor(s, m_viewer, randomId(), "v"), m_viewer.account.device)}), 403,
            "forbidden");
        EXPECT_ERROR(
            push(s.id, m_viewer.token,
                {pushItem(sealFor(s, m_viewer, ownerRecord, "v"), m_viewer.account.device, tagOf(ownerSealed))}),
            403, "forbidden");
        QCOMPARE(records(s.id), before);

        // the contributor may not edit the owner's or the editor's record...
        const QByteArray contributorEdit = sealFor(s, m_contributor, ownerRecord, "contributor's edit");
        EXPECT_ERROR(push(s.id, m_contributor.token,
                         {pushItem(contributorEdit, m_contributor.account.device, tagOf(ownerSealed))}),
            403, "forbidden");
        EXPECT_ERROR(
            push(s.id, m_contributor.token,
                {pushItem(sealFor(s, m_contributor, randomId(), "new, in the same push"), m_contributor.account.device),
                    pushItem(sealFor(s, m_contributor, editorRecord, "x"), m_contributor.account.device,
                        tagOf(editorSealed))}),
            403, "forbidden");
        QCOMPARE(records(s.id), before);
        QCOMPARE(records(s.id).value(ownerRecord), ownerSealed);

        // ...but adds records and edits its own
        const QByteArray own = randomId();
        const QByteArray ownV1 = sealFor(s, m_contributor, own, "contributor v1");
        QCOMPARE(push(s.id, m_contributor.token, {pushItem(ownV1, m_contributor.account.device)}).status, 200);
        const QByteArray ownV2 = sealFor(s, m_contributor, own, "contributor v2");
        QCOMPARE(
            push(s.id, m_contributor.token, {pushItem(ownV2, m_contributor.account.device, tagOf(ownV1))}).status, 200);
        QCOMPARE(records(s.id).value(own), ownV2);

        // the editor edits anyone's record, and so does the owner
        const QByteArray editorEdit = sealFor(s, m_editor, ownerRecord, "editor's edit");
        QCOMPARE(push(s.id, m_editor.token, {pushItem(editorEdit, m_editor.account.device, tagOf(ownerSealed))}).status,
            200);
        const QByteArray ownerEdit = sealFor(s, m_owner, own, "owner's edit");
        QCOMPARE(push(s.id, m_owner.token, {pushItem(ownerEdit, m_owner.account.device, tagOf(ownV2))}).status, 200);
        // now the owner wrote the contributor's record last: the contributor may not edit it
        EXPECT_ERROR(
            push(s.id, m_contributor.token,
                {pushItem(sealFor(s, m_contributor, own, "v3"), m_contributor.account.device, tagOf(ownerEdit))}),
            403, "forbidden");
        QCOMPARE(records(s.id).value(own), ownerEdit);

        // members see the list, their own key, and every member's devices
        for (const Person *p : {&m_editor, &m_contributor, &m_viewer}) {
            const Reply list = m_http->get(path(s.id, "members"), p->token);
            QCOMPARE(list.status, 200);
            const QByteArray bytes = unb64(list.json.value(QStringLiteral("list")).toString());
            QVERIFY(sharing::verifyMemberList(
                m_owner.account.sign.publicKey, bytes, unb64(list.json.value(QStringLiteral("sig")).toString())));
            QCOMPARE(bytes, sharing::encodeMemberList(s.list));
            const QJsonArray keys =
                m_http->get(path(s.id, "keys"), p->token).json.value(QStringLiteral("keys")).toArray();
            QCOMPARE(keys.size(), 1);
            const QJsonObject k = keys.at(0).toObject();
            const sharing::KeyWrap wrap {p->account.account, quint32(k.value(QStringLiteral("keyVersion")).toInteger()),
                unb64(k.value(QStringLiteral("wrap")).toString()), unb64(k.value(QStringLiteral("sig")).toString())};
            auto key = sharing::openSpaceKey(m_owner.account.sign.publicKey, s.id, wrap, p->account.box);
            QVERIFY(key.ok());
            QVERIFY(key->equals(s.key));
            const QJsonArray accounts =
                m_http->get(path(s.id, "devices"), p->token).json.value(QStringLiteral("accounts")).toArray();
            QCOMPARE(accounts.size(), 4);
            const QJsonObject entry = spaceEntry(*p, s.id);
            QCOMPARE(entry.value(QStringLiteral("owner")).toString(), b64(m_owner.account.account));
            QCOMPARE(entry.value(QStringLiteral("listVersion")).toInteger(), 1);
            QVERIFY(entry.value(QStringLiteral("removed")).isNull());
        }
        QCOMPARE(spaceEntry(m_viewer, s.id).value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        QCOMPARE(
            spaceEntry(m_contributor, s.id).value(QStringLiteral("role")).toString(), QStringLiteral("contributor"));

        // only the owner manages: an editor may not put a list, nor read the access log
        sharing::MemberList editorsList = s.list;
        editorsList.version += 1;
        EXPECT_ERROR(
            putMembers(s.id, membersBody(m_owner.account, editorsList, s.key), m_editor.token), 403, "forbidden");
        EXPECT_ERROR(m_http->get(path(s.id, "access"), m_editor.token), 403, "forbidden");
        QCOMPARE(unb64(storedList(s.id)), sharing::encodeMemberList(s.list));
    }

    void aMemberListMustBeSignedByTheOwnerNewerAndTrue()
    {
        Shared s = newSpace();
        QCOMPARE(share(s, {memberEntry(m_editor.account, Role::Editor)}).status, 204);
        const QString before = storedList(s.id);
        sharing::MemberList next = s.list;
        next.version += 1;
        next.members.append(memberEntry(m_viewer.account, Role::Viewer));

        // signed by someone else (the editor's identity key)
        EXPECT_ERROR(putMembers(s.id, membersBody(m_editor.account, next, s.key), m_owner.token), 400, "bad_signature");
        // tampered after signing: a role raised
        QJsonObject tampered = membersBody(m_owner.account, next, s.key);
        QByteArray bytes = unb64(tampered.value(QStringLiteral("list")).toString());
        const qsizetype viewerRole = bytes.indexOf(m_viewer.account.account) + 16 + 32 + 32;
        bytes[viewerRole] = char(quint8(Role::Editor));
        QVERIFY(sharing::decodeMemberList(bytes).ok());
        tampered.insert(QStringLiteral("list"), b64(bytes));
        EXPECT_ERROR(putMembers(s.id, tampered, m_owner.token), 400, "bad_signature");
        // not newer: the same version again
        sharing::MemberList same = next;
        same.version = s.list.version;
        EXPECT_ERROR(putMembers(s.id, membersBody(m_owner.account, same, s.key), m_owner.token), 409, "conflict");
        // an account listed with keys that are not its own (the viewer with the stranger's keys)
        sharing::MemberList lying = next;
        for (sharing::MemberEntry &e : lying.members) {
            if (e.account == m_viewer.account.account) {
                e.signPub = m_stranger.account.sign.publicKey;
                e.boxPub = m_stranger.account.box.publicKey;
            }
        }
        EXPECT_ERROR(putMembers(s.id, membersBody(m_owner.account, lying, s.key), m_owner.token), 400, "bad_request");
        // an account the server does not know
        sharing::MemberList unknown = s.list;
        unknown.version += 1;
        TestAccount ghost = TestAccount::create();
        unknown.members.append(memberEntry(ghost, Role::Viewer));
        EXPECT_ERROR(putMembers(s.id, membersBody(m_owner.account, unknown, s.key), m_owner.token), 404, "not_found");
        // a wrap signed by someone other than the owner
        QJsonObject foreignWrap = membersBody(m_owner.account, next, s.key);
        QJsonArray wraps = foreignWrap.value(QStringLiteral("wraps")).toArray();
        wraps[1] = wrapJson(*sharing::wrapSpaceKey(
            m_editor.account.sign.secretKey, s.id, memberEntry(m_viewer.account, Role::Viewer), 1, s.key));
        wraps[0] = wrapJson(*sharing::wrapSpaceKey(
            m_editor.account.sign.secretKey, s.id, memberEntry(m_editor.account, Role::Editor), 1, s.key));
        foreignWrap.insert(QStringLiteral("wraps"), wraps);
        EXPECT_ERROR(putMembers(s.id, foreignWrap, m_owner.token), 400, "bad_signature");
        // a listed member without a wrap
        QJsonObject missing = membersBody(m_owner.account, next, s.key);
        QJsonArray one = missing.value(QStringLiteral("wraps")).toArray();
        one.removeLast();
        missing.insert(QStringLiteral("wraps"), one);
        EXPECT_ERROR(putMembers(s.id, missing, m_owner.token), 400, "bad_request");
        // a wrap for an account the list does not name
        QJsonObject extra = membersBody(m_owner.account, next, s.key);
        QJsonArray more = extra.value(QStringLiteral("wraps")).toArray();
        more.append(wrapJson(*sharing::wrapSpaceKey(
            m_owner.account.sign.secretKey, s.id, memberEntry(m_stranger.account, Role::Viewer), 1, s.key)));
        extra.insert(QStringLiteral("wraps"), more);
        EXPECT_ERROR(putMembers(s.id, extra, m_owner.token), 400, "bad_request");
        // a list of another space
        sharing::MemberList elsewhere = next;
        elsewhere.space = m_owner.account.space;
        EXPECT_ERROR(
            putMembers(s.id, membersBody(m_owner.account, elsewhere, s.key), m_owner.token), 400, "bad_request");
        // a lower key version than the stored one is refused too (after a rotation to 2)
        crypto::SecureBuffer key2 = crypto::randomSecret(32);
        QCOMPARE(share(s, {memberEntry(m_editor.account, Role::Editor)}, 2, &key2).status, 204);
        const QString rotated = storedList(s.id);
        QVERIFY(rotated != before);
        sharing::MemberList lower = s.list;
        lower.version += 1;
        lower.keyVersion = 1;
        EXPECT_ERROR(putMembers(s.id, membersBody(m_owner.account, lower, s.key), m_owner.token), 400, "bad_request");

        // nothing of the refused lists reached the server: neither the list nor the viewer
        QCOMPARE(storedList(s.id), rotated);
        EXPECT_ERROR(m_http->get(path(s.id, "records"), m_viewer.token), 404, "not_found");
        EXPECT_ERROR(m_http->get(path(s.id, "keys"), m_viewer.token), 404, "not_found");
        QCOMPARE(
            m_http->get(path(s.id, "keys"), m_editor.token).json.value(QStringLiteral("keys")).toArray().size(), 2);
    }

    void everyEarlierMemberListIsServedOrOnlyThoseAfterAVersion()
    {
        // A new device verifies old records against the lists that held when they were
        // written: the newest list comes with every earlier one. A device that keeps the
        // lists up to its own newest asks only for the later ones (?since=V).
        Shared s = newSpace();
        QCOMPARE(share(s, {memberEntry(m_editor.account, Role::Editor)}).status, 204);
        QCOMPARE(share(s, {memberEntry(m_viewer.account, Role::Viewer)}).status, 204);
        QCOMPARE(share(s, {}).status, 204);
        auto versions = [&](const QString &query) {
            const Reply r = m_http->get(path(s.id, "members") + query, m_owner.token);
            QList<qint64> out;
            for (const QJsonValue &h : r.json.value(QStringLiteral("history")).toArray())
                out.append(h.toObject().value(QStringLiteral("version")).toInteger());
            out.append(r.status == 200 ? r.json.value(QStringLiteral("version")).toInteger() : -r.status);
            return out;
        };
        QCOMPARE(versions(QString()), QList<qint64>({1, 2, 3}));
        QCOMPARE(versions(QStringLiteral("?since=0")), QList<qint64>({1, 2, 3}));
        QCOMPARE(versions(QStringLiteral("?since=1")), QList<qint64>({2, 3}));
        QCOMPARE(versions(QStringLiteral("?since=3")), QList<qint64>({3}));
        QCOMPARE(versions(QStringLiteral("?since=-1")), QList<qint64>({-400}));
        QCOMPARE(versions(QStringLiteral("?since=x")), QList<qint64>({-400}));
    }

    void aRemovedMemberIsRefusedAtOnceAndTheNewKeyIsNotTheOld()
    {
        Shared s = newSpace();
        QCOMPARE(
            share(s, {memberEntry(m_editor.account, Role::Editor), memberEntry(m_viewer.account, Role::Viewer)}).status,
            204);
        const crypto::SecureBuffer oldKey = s.key.clone();
        QCOMPARE(m_http->get(path(s.id, "records"), m_editor.token).status, 200);
        HintSocket editorHints(m_server->baseUrl(), m_editor.token);
        HintSocket viewerHints(m_server->baseUrl(), m_viewer.token);
        QVERIFY(editorHints.isReady() && viewerHints.isReady());

        crypto::SecureBuffer newKey = crypto::randomSecret(32);
        QCOMPARE(share(s, {memberEntry(m_viewer.account, Role::Viewer)}, 2, &newKey).status, 204);
        // both the removed and the remaining member hear of the new list
        QVERIFY(editorHints.waitForMembers(s.id));
        QVERIFY(viewerHints.waitForMembers(s.id));

        const QByteArray record = randomId();
        EXPECT_ERROR(
            push(s.id, m_editor.token, {pushItem(sealFor(s, m_editor, record, "after"), m_editor.account.device)}), 403,
            "forbidden");
        EXPECT_ERROR(m_http->get(path(s.id, "records"), m_editor.token), 403, "forbidden");
        EXPECT_ERROR(m_http->get(path(s.id, "keys"), m_editor.token), 403, "forbidden");
        EXPECT_ERROR(m_http->get(path(s.id, "members"), m_editor.token), 403, "forbidden");
        EXPECT_ERROR(m_http->get(path(s.id, "devices"), m_editor.token), 403, "forbidden");
        const QJsonObject entry = spaceEntry(m_editor, s.id);
        QVERIFY(entry.value(QStringLiteral("removed")).isDouble());
        QCOMPARE(entry.value(QStringLiteral("seq")).toInteger(), 0);
        QVERIFY(!records(s.id).contains(record));

        // the owner writes with the new key: the removed member's old key opens nothing
        const QByteArray secret = sealFor(s, m_owner, randomId(), "after the removal");
        QCOMPARE(push(s.id, m_owner.token, {pushItem(secret, m_owner.account.device)}).status, 200);
        QCOMPARE(protocol::sealedrecord::parseHeader(secret)->keyVersion, quint32(2));
        QVERIFY(!protocol::sealedrecord::open(oldKey, secret).ok());
        QVERIFY(protocol::sealedrecord::open(s.key, secret).ok());
        // the remaining member got the new key; the removed one hears no change
        QVERIFY(viewerHints.waitForChanged(s.id, 1));
        QTest::qWait(300);
        for (const QJsonObject &m : editorHints.messages())
            QVERIFY(m.value(QStringLiteral("type")).toString() != u"changed");
        const QJsonArray keys =
            m_http->get(path(s.id, "keys"), m_viewer.token).json.value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 2);
    }

    void aNewMemberListIsHintedThroughEveryInstance()
    {
        if (!onPostgres())
            QSKIP("two instances share one database only on PostgreSQL");
        ServerProcess second(m_databaseUrl);
        QVERIFY2(second.start(), qPrintable(second.lastError()));
        Shared s = newSpace();
        HintSocket added(second.baseUrl(), m_viewer.token);
        HintSocket bystander(second.baseUrl(), m_stranger.token);
        QVERIFY(added.isReady() && bystander.isReady());
        QCOMPARE(share(s, {memberEntry(m_viewer.account, Role::Viewer)}).status, 204);
        QVERIFY(added.waitForMembers(s.id));
        // and the new member hears of pushes from then on, through the other instance too
        QCOMPARE(
            push(s.id, m_owner.token, {pushItem(sealFor(s, m_owner, randomId(), "x"), m_owner.account.device)}).status,
            200);
        QVERIFY(added.waitForChanged(s.id, 1));
        QVERIFY(bystander.messages().isEmpty());
        QVERIFY(second.stop());
    }

    void aRecordSealedWithAReplacedKeyIsStale()
    {
        Shared s = newSpace();
        QCOMPARE(share(s, {memberEntry(m_editor.account, Role::Editor)}).status, 204);
        const crypto::SecureBuffer oldKey = s.key.clone();
        crypto::SecureBuffer newKey = crypto::randomSecret(32);
        QCOMPARE(share(s, {memberEntry(m_editor.account, Role::Editor)}, 2, &newKey).status, 204);
        const auto before = records(s.id);
        const QByteArray stale = sealRecord(oldKey, s.id, randomId(), m_editor.account.device.id, "old key", false, 1);
        const Reply r = push(s.id, m_editor.token, {pushItem(stale, m_editor.account.device)});
        EXPECT_ERROR(r, 409, "stale_key");
        QCOMPARE(r.json.value(QStringLiteral("keyVersion")).toInteger(), 2);
        QCOMPARE(records(s.id), before);
        QCOMPARE(
            push(s.id, m_editor.token, {pushItem(sealFor(s, m_editor, randomId(), "new key"), m_editor.account.device)})
                .status,
            200);
    }

    void aMembershipEndsAtItsEndDate()
    {
        Shared s = newSpace();
        const qint64 end = nowMs() + 1500;
        QCOMPARE(share(s, {memberEntry(m_contributor.account, Role::Contributor, end)}).status, 204);
        QCOMPARE(m_http->get(path(s.id, "records"), m_contributor.token).status, 200);
        QCOMPARE(spaceEntry(m_contributor, s.id).value(QStringLiteral("expires")).toInteger(), end);
        HintSocket hints(m_server->baseUrl(), m_contributor.token);
        QVERIFY(hints.isReady());
        QVERIFY(QTest::qWaitFor([&] { return nowMs() > end + 50; }, 5000));

        const QByteArray record = randomId();
        EXPECT_ERROR(push(s.id, m_contributor.token,
                         {pushItem(sealFor(s, m_contributor, record, "late"), m_contributor.account.device)}),
            403, "forbidden");
        EXPECT_ERROR(m_http->get(path(s.id, "records"), m_contributor.token), 403, "forbidden");
        EXPECT_ERROR(m_http->get(path(s.id, "keys"), m_contributor.token), 403, "forbidden");
        EXPECT_ERROR(m_http->get(path(s.id, "members"), m_contributor.token), 403, "forbidden");
        QCOMPARE(spaceEntry(m_contributor, s.id).value(QStringLiteral("removed")).toInteger(), end);
        QVERIFY(!records(s.id).contains(record));
        // no hints after the end date
        QCOMPARE(
            push(s.id, m_owner.token, {pushItem(sealFor(s, m_owner, randomId(), "x"), m_owner.account.device)}).status,
            200);
        QTest::qWait(500);
        for (const QJsonObject &m : hints.messages())
            QVERIFY(m.value(QStringLiteral("type")).toString() != u"changed");
    }

    void aForgedAuthorSignatureOfAMemberIsRefused()
    {
        Shared s = newSpace();
        QCOMPARE(share(s, {memberEntry(m_editor.account, Role::Editor)}).status, 204);
        const auto before = records(s.id);
        const QByteArray sealed = sealFor(s, m_editor, randomId(), "forged");
        // the header names the editor's device, the signature is by another key
        QJsonObject item = pushItem(sealed, m_editor.account.device);
        const auto forged = protocol::proofs::sign(
            m_owner.account.device.sign.secretKey, protocol::proofs::recordSignatureMessage(sealed));
        item.insert(QStringLiteral("sig"), b64(*forged));
        EXPECT_ERROR(push(s.id, m_editor.token, {item}), 400, "bad_signature");
        // a record naming the owner's device, pushed by the editor
        EXPECT_ERROR(push(s.id, m_editor.token,
                         {pushItem(sealFor(s, m_owner, randomId(), "as the owner"), m_owner.account.device)}),
            403, "forbidden");
        QCOMPARE(records(s.id), before);
    }

    void theAccessLogRecordsPullsAndOnlyTheOwnerReadsIt()
    {
        Shared s = newSpace();
        QCOMPARE(share(s, {memberEntry(m_viewer.account, Role::Viewer)}).status, 204);
        QCOMPARE(push(s.id, m_owner.token,
                     {pushItem(sealFor(s, m_owner, randomId(), "a"), m_owner.account.device),
                         pushItem(sealFor(s, m_owner, randomId(), "b"), m_owner.account.device),
                         pushItem(sealFor(s, m_owner, randomId(), "c"), m_owner.account.device)})
                     .status,
            200);
        const qint64 before = nowMs();
        QCOMPARE(m_http->get(path(s.id, "records") + QStringLiteral("?limit=2"), m_viewer.token).status, 200);
        // a pull that returns nothing is not logged
        QCOMPARE(m_http->get(path(s.id, "records") + QStringLiteral("?since=3"), m_viewer.token).status, 200);

        const Reply log = m_http->get(path(s.id, "access"), m_owner.token);
        QCOMPARE(log.status, 200);
        const QJsonArray events = log.json.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject e = events.at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("account")).toString(), b64(m_viewer.account.account));
        QCOMPARE(e.value(QStringLiteral("device")).toString(), b64(m_viewer.account.device.id));
        QCOMPARE(e.value(QStringLiteral("count")).toInteger(), 2);
        QVERIFY(e.value(QStringLiteral("time")).toInteger() >= before);

        // newest first, limited, and paged by time
        QCOMPARE(m_http->get(path(s.id, "records"), m_owner.token).status, 200);
        const QJsonArray two =
            m_http->get(path(s.id, "access"), m_owner.token).json.value(QStringLiteral("events")).toArray();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).toObject().value(QStringLiteral("account")).toString(), b64(m_owner.account.account));
        QCOMPARE(m_http->get(path(s.id, "access") + QStringLiteral("?limit=1"), m_owner.token)
                     .json.value(QStringLiteral("events"))
                     .toArray()
                     .size(),
            1);
        QCOMPARE(m_http->get(path(s.id, "access") + QStringLiteral("?before=%1").arg(before), m_owner.token)
                     .json.value(QStringLiteral("events"))
                     .toArray()
                     .size(),
            0);
        EXPECT_ERROR(
            m_http->get(path(s.id, "access") + QStringLiteral("?limit=1001"), m_owner.token), 400, "bad_request");
        EXPECT_ERROR(m_http->get(path(s.id, "access"), m_viewer.token), 403, "forbidden");
    }

    void anInvitationIsAcceptedOnceByTheAccountThatHoldsItsKeys()
    {
        Shared s = newSpace();
        QCOMPARE(share(s, {memberEntry(m_editor.account, Role::Editor)}).status, 204);
        const crypto::SecureBuffer secret = sharing::newInviteSecret();
        const auto keys = sharing::deriveInvite(secret);
        QVERIFY(keys.ok());
        const sharing::OwnerCard ownerCard {m_owner.account.account, m_owner.account.sign.publicKey,
            m_owner.account.box.publicKey, QStringLiteral("Olga"), s.id, QStringLiteral("Dad"), Role::Contributor};
        const QByteArray card = *sharing::sealOwnerCard(*keys, ownerCard);
        QJsonObject body {{QStringLiteral("invite"), b64(keys->invite)}, {QStringLiteral("space"), b64(s.id)},
            {QStringLiteral("role"), QStringLiteral("contributor")},
            {QStringLiteral("expires"), double(nowMs() + 24 * 3600 * 1000)}, {QStringLiteral("card"), b64(card)}};

        // only the owner invites, and within the rules
        EXPECT_ERROR(m_http->post(QStringLiteral("/v1/invites"), body, m_editor.token), 403, "forbidden");
        EXPECT_ERROR(m_http->post(QStringLiteral("/v1/invites"), body, m_stranger.token), 404, "not_found");
        QJsonObject bad = body;
        bad.insert(QStringLiteral("role"), QStringLiteral("owner"));
        EXPECT_ERROR(m_http->post(QStringLiteral("/v1/invites"), bad, m_owner.token), 400, "bad_request");
        bad = body;
        bad.insert(QStringLiteral("expires"), double(nowMs() + sharing::MaxInviteLifetimeMs + 60'000));
        EXPECT_ERROR(m_http->post(QStringLiteral("/v1/invites"), bad, m_owner.token), 400, "bad_request");
        bad.insert(QStringLiteral("expires"), double(nowMs() - 1));
        EXPECT_ERROR(m_http->post(QStringLiteral("/v1/invites"), bad, m_owner.token), 400, "bad_request");
        bad = body;
        bad.insert(QStringLiteral("card"), b64(QByteArray(sharing::MaxCardSize + 1, 'c')));
        EXPECT_ERROR(m_http->post(QStringLiteral("/v1/invites"), bad, m_owner.token), 400, "bad_request");
        const QString invitePath = QStringLiteral("/v1/invites/%1").arg(b64(keys->invite));
        EXPECT_ERROR(m_http->get(invitePath, m_contributor.token), 404, "not_found");
        QCOMPARE(m_http->post(QStringLiteral("/v1/invites"), body, m_owner.token).status, 201);
        EXPECT_ERROR(m_http->post(QStringLiteral("/v1/invites"), body, m_owner.token), 409, "conflict");

        // the invitee types the code and reads the owner's card
        const auto typed = sharing::deriveInvite(*sharing::parseInviteCode(sharing::inviteCode(secret)));
        const Reply open = m_http->get(QStringLiteral("/v1/invites/%1").arg(b64(typed->invite)), m_contributor.token);
        QCOMPARE(open.status, 200);
        QCOMPARE(open.json.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(open.json.value(QStringLiteral("role")).toString(), QStringLiteral("contributor"));
        QVERIFY(!open.json.contains(QStringLiteral("accept")));
        const auto opened = sharing::openOwnerCard(*typed, unb64(open.json.value(QStringLiteral("card")).toString()));
        QVERIFY(opened.ok());
        QCOMPARE(opened->signPub, m_owner.account.sign.publicKey);
        QCOMPARE(opened->space, s.id);

        const TestAccount &guest = m_contributor.account;
        QJsonObject accept {{QStringLiteral("signPub"), b64(guest.sign.publicKey)},
            {QStringLiteral("boxPub"), b64(guest.box.publicKey)},
            {QStringLiteral("card"), b64(*sharing::sealGuestCard(*typed, {QStringLiteral("Gus"), {}}))},
            {QStringLiteral("mac"),
                b64(sharing::acceptMac(*typed, guest.account, guest.sign.publicKey, guest.box.publicKey))}};
        // the owner may not accept, a member may not, nor anyone with keys not its own
        EXPECT_ERROR(m_http->post(invitePath + QStringLiteral("/accept"), accept, m_owner.token), 400, "bad_request");
        EXPECT_ERROR(m_http->post(invitePath + QStringLiteral("/accept"), accept, m_editor.token), 400, "bad_request");
        QJsonObject stolen = accept;
        stolen.insert(QStringLiteral("signPub"), b64(m_stranger.account.sign.publicKey));
        EXPECT_ERROR(
            m_http->post(invitePath + QStringLiteral("/accept"), stolen, m_contributor.token), 400, "bad_request");
        QCOMPARE(m_http->get(invitePath, m_owner.token).json.value(QStringLiteral("state")).toString(),
            QStringLiteral("open"));

        QCOMPARE(m_http->post(invitePath + QStringLiteral("/accept"), accept, m_contributor.token).status, 202);
        // used: a second accept is a conflict, and a third account no longer sees it
        EXPECT_ERROR(
            m_http->post(invitePath + QStringLiteral("/accept"), accept, m_contributor.token), 409, "conflict");
        QJsonObject strangers = accept;
        strangers.insert(QStringLiteral("signPub"), b64(m_stranger.account.sign.publicKey));
        strangers.insert(QStringLiteral("boxPub"), b64(m_stranger.account.box.publicKey));
        EXPECT_ERROR(
            m_http->post(invitePath + QStringLiteral("/accept"), strangers, m_stranger.token), 409, "conflict");
        EXPECT_ERROR(m_http->get(invitePath, m_stranger.token), 410, "gone");

        // the owner sees who accepted and checks the MAC with the code she holds
        const Reply done = m_http->get(invitePath, m_owner.token);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        const QJsonObject a = done.json.value(QStringLiteral("accept")).toObject();
        QCOMPARE(a.value(QStringLiteral("account")).toString(), b64(guest.account));
        QVERIFY(sharing::verifyAcceptMac(*keys, unb64(a.value(QStringLiteral("account")).toString()),
            unb64(a.value(QStringLiteral("signPub")).toString()), unb64(a.value(QStringLiteral("boxPub")).toString()),
            unb64(a.value(QStringLiteral("mac")).toString())));
        QCOMPARE(sharing::openGuestCard(*keys, unb64(a.value(QStringLiteral("card")).toString()))->name,
            QStringLiteral("Gus"));
        QCOMPARE(m_http->get(invitePath, m_contributor.token).status, 200);
        // accepting made nobody a member: the owner adds the account, then closes the invitation
        EXPECT_ERROR(m_http->get(path(s.id, "records"), m_contributor.token), 404, "not_found");
        EXPECT_ERROR(m_http->send("DELETE", invitePath, QByteArray(), m_contributor.token), 403, "forbidden");
        QCOMPARE(
            share(s, {memberEntry(m_editor.account, Role::Editor), memberEntry(guest, Role::Contributor)}).status, 204);
        QCOMPARE(m_http->send("DELETE", invitePath, QByteArray(), m_owner.token).status, 204);
        EXPECT_ERROR(m_http->get(invitePath, m_owner.token), 404, "not_found");
        QCOMPARE(m_http->get(path(s.id, "records"), m_contributor.token).status, 200);
    }

    void anExpiredInvitationIsGoneAndDeleted()
    {
        Shared s = newSpace();
        const auto keys = sharing::deriveInvite(sharing::newInviteSecret());
        const QByteArray card = *sharing::sealOwnerCard(*keys,
            {m_owner.account.account, m_owner.account.sign.publicKey, m_owner.account.box.publicKey,
                QStringLiteral("Olga"), s.id, QStringLiteral("Mum"), Role::Viewer});
        const qint64 expires = nowMs() + 800;
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/invites"),
                         {{QStringLiteral("invite"), b64(keys->invite)}, {QStringLiteral("space"), b64(s.id)},
                             {QStringLiteral("role"), QStringLiteral("viewer")},
                             {QStringLiteral("expires"), double(expires)}, {QStringLiteral("card"), b64(card)}},
                         m_owner.token)
                     .status,
            201);
        QVERIFY(QTest::qWaitFor([&] { return nowMs() > expires + 50; }, 5000));
        const QString invitePath = QStringLiteral("/v1/invites/%1").arg(b64(keys->invite));
        const TestAccount &guest = m_viewer.account;
        const QJsonObject accept {{QStringLiteral("signPub"), b64(guest.sign.publicKey)},
            {QStringLiteral("boxPub"), b64(guest.box.publicKey)}, {QStringLiteral("card"), b64(QByteArray(40, 'g'))},
            {QStringLiteral("mac"),
                b64(sharing::acceptMac(*keys, guest.account, guest.sign.publicKey, guest.box.publicKey))}};
        EXPECT_ERROR(m_http->post(invitePath + QStringLiteral("/accept"), accept, m_viewer.token), 410, "gone");
        EXPECT_ERROR(m_http->get(invitePath, m_owner.token), 404, "not_found");
        EXPECT_ERROR(m_http->get(path(s.id, "records"), m_viewer.token), 404, "not_found");
    }
};

QTEST_GUILESS_MAIN(TestServerSharing)
#include "tst_serversharing.moc"
