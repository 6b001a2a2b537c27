// SPDX-License-Identifier: GPL-3.0-or-later
// ServerSeqs: when a push leaves nothing to pull, and which spaces a round must pull.
#include "sync/serverseqs.h"
#include "sync/spacesync.h"

#include <QTest>

using cc::sync::ServerSeqs;
using cc::sync::ServerSpace;

class TestServerSeqs : public QObject
{
    Q_OBJECT

    const QByteArray a = QByteArray(16, 'a');
    const QByteArray b = QByteArray(16, 'b');

private Q_SLOTS:
    void aPushRightAfterTheCursorMovesIt()
    {
        ServerSeqs seqs;
        QCOMPARE(seqs.cursorAfterPush(a, 10, {11}), std::optional<qint64>(11));
        // Out of order in the answer, and one revision sent twice (the same sequence).
        QCOMPARE(seqs.cursorAfterPush(a, 11, {14, 12, 13, 13}), std::optional<qint64>(14));
        QCOMPARE(seqs.known(a), 14);
    }

    void someoneElsesRevisionInBetweenMeansAPull()
    {
        ServerSeqs seqs;
        // Sequence 11 is someone else's: the cursor stays, and the space is known to be at 12.
        QCOMPARE(seqs.cursorAfterPush(a, 10, {12}), std::nullopt);
        QCOMPARE(seqs.known(a), 12);
        QCOMPARE(seqs.cursorAfterPush(a, 10, {11, 13}), std::nullopt);
        QCOMPARE(seqs.known(a), 13);
        // A replayed push answers with the revision's old sequence.
        QCOMPARE(seqs.cursorAfterPush(b, 10, {7}), std::nullopt);
        QCOMPARE(seqs.cursorAfterPush(b, 10, {}), std::nullopt);
    }

    void hintsOnlyMoveForward()
    {
        ServerSeqs seqs;
        seqs.note(a, 5);
        seqs.note(a, 3);
        QCOMPARE(seqs.known(a), 5);
        QCOMPARE(seqs.known(b), 0);
    }

    void aListingReplacesTheSpacesButKeepsNewerHints()
    {
        ServerSeqs seqs;
        QVERIFY(!seqs.listed());
        seqs.note(a, 9);
        seqs.note(b, 4);
        ServerSpace listedA;
        listedA.id = a;
        listedA.seq = 7; // the hint came after the listing was read
        ServerSpace removedB;
        removedB.id = b;
        removedB.seq = 4;
        removedB.removed = true;
        seqs.noteListing({listedA, removedB});
        QVERIFY(seqs.listed());
        QCOMPARE(seqs.known(a), 9);
        QCOMPARE(seqs.spaces(), QList<QByteArray> {a});
        seqs.clear();
        QVERIFY(!seqs.listed());
        QVERIFY(seqs.spaces().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerSeqs)
#include "tst_serverseqs.moc"
