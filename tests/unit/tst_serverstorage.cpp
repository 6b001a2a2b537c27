// SPDX-License-Identifier: GPL-3.0-or-later
// The server's Storage on SQLite: what the endpoints rely on — all-or-nothing pushes with
// gapless per-space sequences, conflicts, idempotent retries, single-use challenges,
// sessions that end with expiry and revocation, and link mailboxes that are accepted once.
#include "server/storage.h"

#include "crypto/random.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cc::server::Storage;

namespace {

QByteArray id()
{
    return cc::crypto::randomBytes(16);
}

Storage::PushItem item(const QByteArray &record, const QByteArray &tag, const QByteArray &base = {})
{
    Storage::PushItem p;
    p.record = record;
    p.tag = tag;
    p.base = base;
    p.sealed = QByteArray(100, 'x') + tag; // the tag is the last 16 bytes
    p.signature = QByteArray(64, 's');
    p.author = QByteArray(16, 'd');
    return p;
}

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

Storage::Account sampleAccount()
{
    return {id(), cc::crypto::randomBytes(32), cc::crypto::randomBytes(32), cc::crypto::randomBytes(32), "bundle",
        QByteArray(64, 'f')};
}

} // namespace

class TestServerStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    Storage::Account m_account;
    Storage::Device m_device;
    QByteArray m_space;

private Q_SLOTS:
    void initTestCase()
    {
        auto s = Storage::open(m_dir.path(), QString());
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        m_storage = std::move(*s);
        m_account = {
            id(), QByteArray(32, 'p'), QByteArray(32, 'b'), cc::crypto::randomBytes(32), "bundle", QByteArray(64, 'f')};
        m_device = {id(), m_account.account, QByteArray(32, 'k'), QByteArray(64, 'c'), "label", 1, {}};
        QCOMPARE(*m_storage->createAccount(m_account, m_device), Storage::Put::Created);
        QCOMPARE(*m_storage->createAccount(m_account, m_device), Storage::Put::Same);
        m_space = id();
        QCOMPARE(*m_storage->createSpace(m_space, m_account.account, 1), Storage::Put::Created);
        QCOMPARE(*m_storage->createSpace(m_space, m_account.account, 1), Storage::Put::Same);
    }

    void pushAllocatesGaplessSequencesInRequestOrder()
    {
        const QByteArray space = id();
        QCOMPARE(*m_storage->createSpace(space, m_account.account, 1), Storage::Put::Created);
        auto out = m_storage->push(space, {item(id(), "tag-aaaaaaaaaaa1"), item(id(), "tag-aaaaaaaaaaa2")});
        QVERIFY(out.ok());
        QCOMPARE(out->seqs, (QList<qint64> {1, 2}));
        QCOMPARE(out->spaceSeq, 2);
        bool done = false;
        auto pulled = m_storage->pull(space, 0, 1, &done);
        QCOMPARE(pulled->size(), 1);
        QVERIFY(!done);
        pulled = m_storage->pull(space, 1, 10, &done);
        QCOMPARE(pulled->size(), 1);
        QCOMPARE(pulled->at(0).seq, 2);
        QVERIFY(done);
    }

    void editsChainWithinOnePushAndConflictsStoreNothing()
    {
        const QByteArray record = id();
        auto first = m_storage->push(
            m_space, {item(record, "rev-1aaaaaaaaaaa"), item(record, "rev-2aaaaaaaaaaa", "rev-1aaaaaaaaaaa")});
        QVERIFY(first.ok());
        QVERIFY(first->conflicts.isEmpty());
        const qint64 seqBefore = first->spaceSeq;
        auto conflict = m_storage->push(
            m_space, {item(id(), "new-aaaaaaaaaaaa"), item(record, "rev-3aaaaaaaaaaa", "rev-1aaaaaaaaaaa")});
        QVERIFY(conflict.ok());
        QCOMPARE(conflict->conflicts.size(), 1);
        QCOMPARE(conflict->conflicts.at(0).record, record);
        QVERIFY(conflict->conflicts.at(0).current.has_value());
        QVERIFY(conflict->conflicts.at(0).current->sealed.endsWith("rev-2aaaaaaaaaaa"));
        bool done = false;
        auto after = m_storage->pull(m_space, seqBefore, 100, &done);
        QVERIFY(after->isEmpty()); // nothing of the conflicting push was stored
    }

    void retryOfAnOlderRevisionAnswersItsSequence()
    {
        const QByteArray record = id();
        auto v1 = m_storage->push(m_space, {item(record, "old-aaaaaaaaaaaa")});
        auto v2 = m_storage->push(m_space, {item(record, "new-bbbbbbbbbbbb", "old-aaaaaaaaaaaa")});
        auto retry = m_storage->push(m_space, {item(record, "old-aaaaaaaaaaaa")});
        QVERIFY(retry.ok());
        QVERIFY(retry->conflicts.isEmpty());
        QCOMPARE(retry->seqs, v1->seqs);
        QCOMPARE(retry->stored, 0);
        QCOMPARE(retry->spaceSeq, v2->spaceSeq);
    }

    void pushToAnUnknownSpaceIsNotFound()
    {
        auto out = m_storage->push(id(), {item(id(), "tag-cccccccccccc")});
        QCOMPARE(out.code(), cc::ErrorCode::NotFound);
    }

    void challengeWorksOnceForItsDeviceOnly()
    {
        const QByteArray challenge = cc::crypto::randomBytes(32);
        QVERIFY(m_storage->putChallenge(challenge, m_device.id, 10'000));
        QCOMPARE(*m_storage->takeChallenge(challenge, id(), 5'000), false); // wrong device burns it too
        QCOMPARE(*m_storage->takeChallenge(challenge, m_device.id, 5'000), false);
        const QByteArray fresh = cc::crypto::randomBytes(32);
        QVERIFY(m_storage->putChallenge(fresh, m_device.id, 10'000));
        QCOMPARE(*m_storage->takeChallenge(fresh, m_device.id, 10'001), false); // expired
        const QByteArray good = cc::crypto::randomBytes(32);
        QVERIFY(m_storage->putChallenge(good, m_device.id, 10'000));
        QCOMPARE(*m_storage->takeChallenge(good, m_device.id, 5'000), true);
    }

    void sessionsEndWithExpiryLogoutAndRevocation()
    {
        Storage::Device tablet {id(), m_account.account, QByteArray(32, 't'), QByteArray(64, 'c'), "t", 2, {}};
        QCOMPARE(*m_storage->addDevice(tablet), Storage::Put::Created);
        QCOMPARE(*m_storage->addDevice(tablet), Storage::Put::Same);
        const QByteArray hash = cc::crypto::randomBytes(32);
        QVERIFY(m_storage->putSession(hash, {tablet.id, m_account.account}, 1000));
        QVERIFY(m_storage->session(hash, 999)->has_value());
        QVERIFY(!m_storage->session(hash, 1000)->has_value());
        const QByteArray other = cc::crypto::randomBytes(32);
        QVERIFY(m_storage->putSession(other, {tablet.id, m_account.account}, 1000));
        QVERIFY(m_storage->deleteSession(other));
        QVERIFY(!m_storage->session(other, 1)->has_value());
        const QByteArray live = cc::crypto::randomBytes(32);
        QVERIFY(m_storage->putSession(live, {tablet.id, m_account.account}, 1000));
        QCOMPARE(*m_storage->revokeDevice(id(), tablet.id, 5), false); // not that account's device
        QCOMPARE(*m_storage->revokeDevice(m_account.account, tablet.id, 5), true);
        QVERIFY(!m_storage->session(live, 1)->has_value());
        QCOMPARE(*m_storage->addDevice(tablet), Storage::Put::Forbidden);
        QCOMPARE((*m_storage->device(tablet.id))->revoked, std::optional<qint64>(5));
    }

    void linkMailboxIsAcceptedOnce()
    {
        const QByteArray link = id();
        QCOMPARE(*m_storage->createLink(link, m_account.account, 1000), Storage::Put::Created);
        QCOMPARE(*m_storage->createLink(link, m_account.account, 1000), Storage::Put::Conflict);
        Storage::Link accept;
        accept.link = link;
        accept.acceptDevice = id();
        accept.acceptSignPub = QByteArray(32, 's');
        accept.acceptBoxPub = QByteArray(32, 'b');
        accept.acceptMac = QByteArray(32, 'm');
        QCOMPARE(*m_storage->acceptLink(accept), Storage::Put::Created);
        QCOMPARE(*m_storage->acceptLink(accept), Storage::Put::Conflict);
        QVERIFY(m_storage->completeLink(link, "sealed bundle"));
        QVERIFY((*m_storage->link(link))->completed());
        QVERIFY(m_storage->purgeExpired(1000));
        QVERIFY(!m_storage->link(link)->has_value());
    }

    void aVersionOneDatabaseMigratesWithItsSpacesOwnedAndUnshared()
    {
        QTemporaryDir dir;
        const QByteArray account = id(), device = id(), space = id(), record = id();
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            d.setDatabaseName(dir.filePath(QStringLiteral("server.db")));
            QVERIFY(d.open());
            QSqlQuery q(d);
            for (const char *statement : SchemaV1)
                QVERIFY2(q.exec(QLatin1StringView(statement)), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', 1)")));
            const QList<std::pair<QString, QVariantList>> rows {
                {QStringLiteral("INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, 1)"),
                    {account, QByteArray(32, 'p'), QByteArray(32, 'b'), QByteArray(32, 'l'), QByteArray("b"),
                        QByteArray(64, 'f')}},
                {QStringLiteral("INSERT INTO devices VALUES (?, ?, ?, ?, ?, 1, NULL)"),
                    {device, account, QByteArray(32, 'k'), QByteArray(64, 'c'), QByteArray("l")}},
                {QStringLiteral("INSERT INTO spaces VALUES (?, ?, 1, 1)"), {space, account}},
                {QStringLiteral("INSERT INTO members VALUES (?, ?, 'owner', NULL)"), {space, account}},
                {QStringLiteral("INSERT INTO records VALUES (?, ?, 1, 1, 0, ?, ?, 3, ?, ?)"),
                    {space, record, device, QByteArray("tag-vvvvvvvvvvv1"), QByteArray(64, 's'),
                        QByteArray("sealedtag-vvvvvvvvvvv1")}},
            };
            for (const auto &[sql, values] : rows) {
                QVERIFY(q.prepare(sql));
                for (qsizetype i = 0; i < values.size(); ++i)
                    q.bindValue(int(i), values.at(i));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto opened = Storage::open(dir.path(), QString());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Storage &s = **opened;
        auto spaces = s.spaces(account, 10);
        QVERIFY(spaces.ok());
        QCOMPARE(spaces->size(), 1);
        QCOMPARE(spaces->at(0).owner, account);
        QCOMPARE(spaces->at(0).role, QStringLiteral("owner"));
        QCOMPARE(spaces->at(0).seq, 1);
        QCOMPARE(spaces->at(0).keyVersion, 1);
        QCOMPARE(spaces->at(0).listVersion, 0);
        QVERIFY(!spaces->at(0).removed && !spaces->at(0).expires);
        auto list = s.memberList(space);
        QVERIFY(list.ok() && list->has_value());
        QVERIFY((*list)->list.isEmpty());
        QCOMPARE((*list)->version, 0);
        bool done = false;
        QCOMPARE(s.pull(space, 0, 10, &done)->size(), 1);
        // the new tables work on the migrated database
        auto pushed = s.push(space, {item(id(), "tag-vvvvvvvvvvv2")});
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->spaceSeq, 2);
        QVERIFY(s.logAccess(space, {account, device, 5, 1}));
        QCOMPARE(s.accessLog(space, 100, 10)->size(), 1);
        QList<QByteArray> affected;
        QCOMPARE(*s.putMembers(space, 1, 1, "list", QByteArray(64, 's'), {{account, QStringLiteral("owner"), {}}}, {},
                     10, &affected),
            Storage::MembersOutcome::Stored);
        opened->reset();
        // opening again is a no-op
        auto again = Storage::open(dir.path(), QString());
        QVERIFY(again.ok());
        QCOMPARE((*(*again)->memberList(space))->version, 1);
    }

    void memberListsMoveForwardAndKeepTheMembersTableInStep()
    {
        const Storage::Account guest = sampleAccount(), other = sampleAccount();
        QCOMPARE(*m_storage->createAccount(
                     guest, {id(), guest.account, QByteArray(32, 'g'), QByteArray(64, 'c'), "g", 1, {}}),
            Storage::Put::Created);
        QCOMPARE(*m_storage->createAccount(
                     other, {id(), other.account, QByteArray(32, 'o'), QByteArray(64, 'c'), "o", 1, {}}),
            Storage::Put::Created);
        const QByteArray space = id();
        QCOMPARE(*m_storage->createSpace(space, m_account.account, 1), Storage::Put::Created);
        const Storage::MemberUpdate owner {m_account.account, QStringLiteral("owner"), {}};
        const Storage::MemberUpdate g {guest.account, QStringLiteral("viewer"), 5000};
        const Storage::MemberUpdate o {other.account, QStringLiteral("contributor"), {}};
        QList<QByteArray> affected;
        // a listed member without a wrap for the key version: nothing changes
        QCOMPARE(*m_storage->putMembers(space, 1, 1, "l1", "s1", {owner, g}, {}, 10, &affected),
            Storage::MembersOutcome::MissingWrap);
        QVERIFY(!m_storage->membership(space, guest.account)->has_value());
        QCOMPARE((*m_storage->memberList(space))->version, 0);

        QCOMPARE(*m_storage->putMembers(space, 1, 1, "l1", "s1", {owner, g, o},
                     {{guest.account, 1, "w", "s"}, {other.account, 1, "w", "s"}}, 10, &affected),
            Storage::MembersOutcome::Stored);
        QCOMPARE(QSet<QByteArray>(affected.begin(), affected.end()),
            (QSet<QByteArray> {m_account.account, guest.account, other.account}));
        auto m = m_storage->membership(space, guest.account);
        QCOMPARE((*m)->role, QStringLiteral("viewer"));
        QVERIFY((*m)->activeAt(4999));
        QVERIFY(!(*m)->activeAt(5000));
        QCOMPARE(m_storage->memberAccounts(space, 4999)->size(), 3);
        QCOMPARE(m_storage->memberAccounts(space, 5000)->size(), 2);

        QCOMPARE(
            *m_storage->putMembers(space, 1, 2, "l2", "s2", {owner, o}, {{other.account, 2, "w", "s"}}, 20, &affected),
            Storage::MembersOutcome::NotNewer);
        QCOMPARE(*m_storage->putMembers(
                     space, 2, 2, "l2", "s2", {owner, o}, {{other.account, 2, "w2", "s2"}}, 20, &affected),
            Storage::MembersOutcome::Stored);
        QCOMPARE((*m_storage->membership(space, guest.account))->removed, std::optional<qint64>(20));
        QVERIFY(affected.contains(guest.account));
        QCOMPARE(*m_storage->putMembers(space, 3, 1, "l3", "s3", {owner, o}, {}, 30, &affected),
            Storage::MembersOutcome::KeyVersionLower);
        QCOMPARE(m_storage->keyWraps(space, other.account)->size(), 2);
        QList<QByteArray> everyone {m_account.account, guest.account, other.account};
        std::sort(everyone.begin(), everyone.end());
        QCOMPARE(*m_storage->everMemberAccounts(space), everyone);

        // the contributor edits only records its own devices wrote; a replaced key is refused
        const QByteArray owners = id();
        Storage::PushItem byOwner = item(owners, "own-aaaaaaaaaaa1");
        byOwner.author = m_device.id;
        byOwner.keyVersion = 2;
        QCOMPARE(m_storage->push(space, {byOwner})->stored, 1);
        Storage::PushItem stale = item(id(), "stl-aaaaaaaaaaa1");
        auto staleOut = m_storage->push(space, {stale});
        QCOMPARE(staleOut->staleKey, std::optional<qint64>(2));
        Storage::PushItem edit = item(owners, "own-aaaaaaaaaaa2", "own-aaaaaaaaaaa1");
        edit.keyVersion = 2;
        edit.author = id();
        auto refused = m_storage->push(space, {edit}, other.account);
        QCOMPARE(refused->forbidden, std::optional<qsizetype>(0));
        bool done = false;
        QCOMPARE(m_storage->pull(space, 0, 10, &done)->size(), 1);
    }

    void invitationsAreAcceptedOnceAndPurgedWhenExpired()
    {
        Storage::Invite invite;
        invite.invite = id();
        invite.space = m_space;
        invite.role = QStringLiteral("viewer");
        invite.expires = 1000;
        invite.card = "card";
        QCOMPARE(*m_storage->createInvite(invite), Storage::Put::Created);
        QCOMPARE(*m_storage->createInvite(invite), Storage::Put::Conflict);
        auto stored = m_storage->invite(invite.invite);
        QCOMPARE((*stored)->owner, m_account.account);
        QVERIFY(!(*stored)->accepted());
        invite.acceptAccount = id();
        invite.acceptSignPub = QByteArray(32, 's');
        invite.acceptBoxPub = QByteArray(32, 'b');
        invite.acceptCard = "guest";
        invite.acceptMac = QByteArray(32, 'm');
        QCOMPARE(*m_storage->acceptInvite(invite), Storage::Put::Created);
        Storage::Invite second = invite;
        second.acceptAccount = id();
        QCOMPARE(*m_storage->acceptInvite(second), Storage::Put::Conflict);
        QCOMPARE((*m_storage->invite(invite.invite))->acceptAccount, invite.acceptAccount);
        QVERIFY(m_storage->purgeExpired(1000));
        QVERIFY(!m_storage->invite(invite.invite)->has_value());
    }

    void reopeningKeepsEverything()
    {
        m_storage.reset();
        auto s = Storage::open(m_dir.path(), QString());
        QVERIFY(s.ok());
        m_storage = std::move(*s);
        QCOMPARE((*m_storage->accountByLocator(m_account.locator))->account, m_account.account);
        QCOMPARE(m_storage->spaces(m_account.account, 1)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestServerStorage)
#include "tst_serverstorage.moc"
