// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's check of a push's record signatures (server/signaturecheck): the first item whose
// signature does not verify is found wherever it is, inline for a few items and on the check's
// own threads for many, and a check that is dropped unanswered still waits for its threads.
#include "crypto/random.h"
#include "protocol/proofs.h"
#include "server/signaturecheck.h"
#include "servertestkit.h"

#include <QTest>

using namespace cc;
using namespace cc::server;
using namespace cc::testing;

class TestSignatureCheck : public QObject
{
    Q_OBJECT

    const TestAccount m_account = TestAccount::create();

    /** @p count items signed by the account's device; the signatures of @p forged altered. */
    QList<PushItem> push(qsizetype count, const QList<qsizetype> &forged = {}) const
    {
        QList<PushItem> items;
        for (qsizetype i = 0; i < count; ++i) {
            PushItem item;
            item.sealed = sealRecord(m_account.spaceKey, m_account.space, randomId(), m_account.device.id,
                "progress " + QByteArray::number(i));
            item.signature = *protocol::proofs::sign(
                m_account.device.sign.secretKey, protocol::proofs::recordSignatureMessage(item.sealed));
            if (forged.contains(i))
                item.signature[5] = char(item.signature.at(5) ^ 0x20);
            items.append(item);
        }
        return items;
    }

    crypto::Ed25519Verifier verifier() const
    {
        return *crypto::Ed25519Verifier::create(m_account.device.sign.publicKey);
    }

private Q_SLOTS:
    void theFirstForgedItemIsFoundWhereverItIs_data()
    {
        QTest::addColumn<qsizetype>("count");
        QTest::addColumn<QList<qsizetype>>("forged");
        QTest::addColumn<qsizetype>("first");
        // Below 32 items: inline. From 32 on: slices of 64 on threads of the check's own.
        QTest::newRow("a few, none forged") << qsizetype(5) << QList<qsizetype> {} << qsizetype(-1);
        QTest::newRow("a few, the last forged") << qsizetype(31) << QList<qsizetype> {30} << qsizetype(30);
        QTest::newRow("the fewest threaded, the last forged")
            << qsizetype(32) << QList<qsizetype> {31} << qsizetype(31);
        QTest::newRow("many, none forged") << qsizetype(300) << QList<qsizetype> {} << qsizetype(-1);
        QTest::newRow("many, the first forged") << qsizetype(300) << QList<qsizetype> {0} << qsizetype(0);
        QTest::newRow("many, one in the last slice") << qsizetype(300) << QList<qsizetype> {299} << qsizetype(299);
        QTest::newRow("many, two in different slices") << qsizetype(300) << QList<qsizetype> {250, 70} << qsizetype(70);
        QTest::newRow("just threaded, slice edge") << qsizetype(65) << QList<qsizetype> {64} << qsizetype(64);
    }

    void theFirstForgedItemIsFoundWhereverItIs()
    {
        QFETCH(qsizetype, count);
        QFETCH(QList<qsizetype>, forged);
        QFETCH(qsizetype, first);
        const QList<PushItem> items = push(count, forged);
        SignatureCheck check(verifier(), items);
        QCOMPARE(check.firstInvalid(), first);
        QCOMPARE(check.firstInvalid(), first); // asked again, the same answer
    }

    void aCheckDroppedUnansweredWaitsForItsThreads()
    {
        const QList<PushItem> items = push(400, {399});
        for (int round = 0; round < 5; ++round) {
            // The push failed for another reason before its signatures were asked about: the
            // threads still read the items, so the check must not end before them.
            auto check = std::make_unique<SignatureCheck>(verifier(), items);
            check.reset();
        }
        SignatureCheck check(verifier(), items);
        QCOMPARE(check.firstInvalid(), 399);
    }
};

QTEST_GUILESS_MAIN(TestSignatureCheck)
#include "tst_signaturecheck.moc"
