// SPDX-License-Identifier: GPL-3.0-or-later
// Ed25519VerifierCache: the same answers as ed25519::verify(), keys parsed once, bad keys
// refused, and concurrent verification.
#include "crypto/ed25519verifiercache.h"
#include "crypto/keypair.h"

#include <QTest>
#include <QtConcurrent>

using namespace cc::crypto;

class TestVerifierCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsTheOneOffVerification()
    {
        const KeyPair alice = ed25519::generate();
        const KeyPair bob = ed25519::generate();
        const QByteArray message("a sealed record");
        const QByteArray signature = *ed25519::sign(alice.secretKey, message);
        Ed25519VerifierCache cache;
        QVERIFY(cache.add(alice.publicKey));
        QVERIFY(cache.add(alice.publicKey)); // once is enough; twice changes nothing
        QCOMPARE(cache.size(), 1);
        QVERIFY(cache.verify(alice.publicKey, message, signature));
        QVERIFY(ed25519::verify(alice.publicKey, message, signature));

        QByteArray tampered = message;
        tampered[0] = 'A';
        QVERIFY(!cache.verify(alice.publicKey, tampered, signature));
        QByteArray badSignature = signature;
        badSignature[10] = char(badSignature[10] ^ 1);
        QVERIFY(!cache.verify(alice.publicKey, message, badSignature));
        QVERIFY(!cache.verify(alice.publicKey, message, signature.left(63)));
        // A key that was never added verifies nothing, even its own signatures.
        QVERIFY(!cache.verify(bob.publicKey, message, *ed25519::sign(bob.secretKey, message)));
        QVERIFY(cache.add(bob.publicKey));
        QVERIFY(cache.verify(bob.publicKey, message, *ed25519::sign(bob.secretKey, message)));
        QVERIFY(!cache.verify(bob.publicKey, message, signature));
        cache.clear();
        QVERIFY(!cache.verify(alice.publicKey, message, signature));
    }

    void smallOrderAndMalformedKeysAreRefused()
    {
        Ed25519VerifierCache cache;
        // The neutral element (y = 1): its "signature" R = neutral, S = 0 would verify anything.
        QByteArray identity(32, '\0');
        identity[0] = 1;
        QVERIFY(!cache.add(identity));
        QByteArray trivial(64, '\0');
        trivial[0] = 1;
        QVERIFY(!cache.verify(identity, QByteArray("anything"), trivial));
        QVERIFY(!cache.add(QByteArray(31, 'k')));
        QVERIFY(!cache.add(QByteArray()));
        QCOMPARE(cache.size(), 0);
    }

    void threadsVerifyAtTheSameTime()
    {
        const KeyPair key = ed25519::generate();
        Ed25519VerifierCache cache;
        QVERIFY(cache.add(key.publicKey));
        QList<QByteArray> messages;
        QList<QByteArray> signatures;
        for (int i = 0; i < 64; ++i) {
            messages.append(QByteArray::number(i));
            signatures.append(*ed25519::sign(key.secretKey, messages.last()));
        }
        signatures[17] = signatures[18]; // one wrong pairing
        auto check = [&](int from, int to) {
            int valid = 0;
            for (int i = from; i < to; ++i)
                valid += cache.verify(key.publicKey, messages[i], signatures[i]) ? 1 : 0;
            return valid;
        };
        QFuture<int> other = QtConcurrent::run(check, 32, 64);
        const int mine = check(0, 32);
        QCOMPARE(mine + other.result(), 63);
    }
};

QTEST_GUILESS_MAIN(TestVerifierCache)
#include "tst_verifiercache.moc"
