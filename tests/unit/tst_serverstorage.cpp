// SPDX-License-Identifier: GPL-3.0-or-later
// The server's Storage on SQLite: what the endpoints rely on — all-or-nothing pushes with
// gapless per-space sequences, conflicts, idempotent retries, single-use challenges,
// sessions that end with expiry and revocation, and link mailboxes that are accepted once.
#include "server/storage.h"

#include "crypto/random.h"

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

    void reopeningKeepsEverything()
    {
        m_storage.reset();
        auto s = Storage::open(m_dir.path(), QString());
        QVERIFY(s.ok());
        m_storage = std::move(*s);
        QCOMPARE((*m_storage->accountByLocator(m_account.locator))->account, m_account.account);
        QCOMPARE(m_storage->spaces(m_account.account)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerStorage)
#include "tst_serverstorage.moc"
