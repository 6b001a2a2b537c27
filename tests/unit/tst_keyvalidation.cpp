// SPDX-License-Identifier: GPL-3.0-or-later
// Public keys the relay refuses: small-order and non-canonical Ed25519 points, small-order
// and non-canonical X25519 values; generated keys always pass.
#include "crypto/keypair.h"
#include "crypto/keyvalidation.h"

#include <QTest>

using namespace cc::crypto;

namespace {

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(hex);
}

/** p − k and p + k as 32 little-endian bytes (p = 2^255 − 19), with the top bit as given. */
QByteArray nearP(int offset, bool signBit = false)
{
    // p = ed ff … ff 7f (little endian)
    QByteArray b(32, char(0xff));
    b[31] = char(0x7f);
    b[0] = char(0xed + offset);
    if (signBit)
        b[31] = char(0xff);
    return b;
}

} // namespace

class TestKeyValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedKeysAreAcceptable()
    {
        for (int i = 0; i < 50; ++i) {
            QVERIFY(isAcceptableEd25519PublicKey(ed25519::generate().publicKey));
            QVERIFY(isAcceptableX25519PublicKey(x25519::generate().publicKey));
        }
    }

    void ed25519SmallOrderPointsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("key");
        // The eight points of small order, canonically encoded.
        QTest::newRow("neutral (order 1)")
            << fromHex("0100000000000000000000000000000000000000000000000000000000000000");
        QTest::newRow("order 2") << fromHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        QTest::newRow("order 4, x+") << fromHex("0000000000000000000000000000000000000000000000000000000000000000");
        QTest::newRow("order 4, x-") << fromHex("0000000000000000000000000000000000000000000000000000000000000080");
        QTest::newRow("order 8 a+") << fromHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05");
        QTest::newRow("order 8 a-") << fromHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85");
        QTest::newRow("order 8 b+") << fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
        QTest::newRow("order 8 b-") << fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa");
        // Non-canonical encodings of small-order points (x = 0 with the sign bit set).
        QTest::newRow("neutral, sign bit")
            << fromHex("0100000000000000000000000000000000000000000000000000000000000080");
        QTest::newRow("order 2, sign bit")
            << fromHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
    }
    void ed25519SmallOrderPointsAreRefused()
    {
        QFETCH(QByteArray, key);
        QCOMPARE(key.size(), 32);
        QVERIFY(!isAcceptableEd25519PublicKey(key));
    }

    void ed25519NonCanonicalEncodingsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("key");
        // y ≥ p: p, p + 1 (≡ 1, the neutral element), …, 2^255 − 1; with and without sign bit.
        for (int k = 0; k <= 18; ++k) {
            QTest::addRow("y = p + %d", k) << nearP(k);
            QTest::addRow("y = p + %d, sign bit", k) << nearP(k, true);
        }
    }
    void ed25519NonCanonicalEncodingsAreRefused()
    {
        QFETCH(QByteArray, key);
        QVERIFY(!isAcceptableEd25519PublicKey(key));
    }

    void ed25519MalformedKeysAreRefused()
    {
        QVERIFY(!isAcceptableEd25519PublicKey(QByteArray(31, 'a')));
        QVERIFY(!isAcceptableEd25519PublicKey(QByteArray(33, 'a')));
        QVERIFY(!isAcceptableEd25519PublicKey({}));
        // y = 2 is not the y of any curve point.
        QVERIFY(
            !isAcceptableEd25519PublicKey(fromHex("0200000000000000000000000000000000000000000000000000000000000000")));
    }

    void x25519WeakKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("0") << fromHex("0000000000000000000000000000000000000000000000000000000000000000");
        QTest::newRow("1") << fromHex("0100000000000000000000000000000000000000000000000000000000000000");
        QTest::newRow("order 8 a") << fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800");
        QTest::newRow("order 8 b") << fromHex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157");
        QTest::newRow("p - 1") << nearP(-1);
        QTest::newRow("p") << nearP(0);
        QTest::newRow("p + 1") << nearP(1);
        QTest::newRow("top bit") << fromHex("0900000000000000000000000000000000000000000000000000000000000080");
    }
    void x25519WeakKeysAreRefused()
    {
        QFETCH(QByteArray, key);
        QVERIFY(!isAcceptableX25519PublicKey(key));
    }
};

QTEST_GUILESS_MAIN(TestKeyValidation)
#include "tst_keyvalidation.moc"
