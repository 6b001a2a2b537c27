// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol's shared pieces: strict wire decoding, domain-separated proofs, and the
// account bundle that carries an account's secrets to a linked or restored device.
#include "crypto/keypair.h"
#include "crypto/random.h"
#include "protocol/accountbundle.h"
#include "protocol/proofs.h"
#include "protocol/wire.h"
#include "vault/recoverykey.h"

#include <QTest>

using namespace cc;
using namespace cc::protocol;

namespace {

AccountBundle sampleBundle(int spaceKeys)
{
    AccountBundle bundle;
    bundle.account = crypto::randomBytes(16);
    bundle.privateSpace = crypto::randomBytes(16);
    bundle.signSecret = crypto::randomSecret(32);
    bundle.boxSecret = crypto::randomSecret(32);
    bundle.recoverySecret = crypto::randomSecret(vault::recoverykey::SecretSize);
    for (int i = 0; i < spaceKeys; ++i)
        bundle.spaceKeys.push_back(vault::SpaceKey {crypto::randomBytes(16), quint32(i + 1), crypto::randomSecret(32)});
    return bundle;
}

void compareBundles(const AccountBundle &a, const AccountBundle &b)
{
    QCOMPARE(a.account, b.account);
    QCOMPARE(a.privateSpace, b.privateSpace);
    QVERIFY(a.signSecret.equals(b.signSecret));
    QVERIFY(a.boxSecret.equals(b.boxSecret));
    QVERIFY(a.recoverySecret.equals(b.recoverySecret));
    QCOMPARE(a.spaceKeys.size(), b.spaceKeys.size());
    for (std::size_t i = 0; i < a.spaceKeys.size(); ++i) {
        QCOMPARE(a.spaceKeys[i].space, b.spaceKeys[i].space);
        QCOMPARE(a.spaceKeys[i].version, b.spaceKeys[i].version);
        QVERIFY(a.spaceKeys[i].key.equals(b.spaceKeys[i].key));
    }
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT
private slots:
    void base64UrlRoundTripsEveryLength()
    {
        for (int n = 0; n < 40; ++n) {
            const QByteArray bytes = crypto::randomBytes(n);
            const QString text = toBase64Url(bytes);
            QVERIFY(!text.contains(u'=') && !text.contains(u'+') && !text.contains(u'/'));
            QCOMPARE(fromBase64Url(text), std::optional<QByteArray>(bytes));
        }
    }

    void base64UrlRefusesPaddingOtherAlphabetsAndNonCanonicalText()
    {
        QVERIFY(!fromBase64Url(u"AAE=").has_value());
        QVERIFY(!fromBase64Url(u"a+b/").has_value());
        QVERIFY(!fromBase64Url(u"AB C").has_value());
        QVERIFY(!fromBase64Url(u"A").has_value());
        QVERIFY(fromBase64Url(u"AA").has_value()); // one canonical byte (0x00)
        QVERIFY(!fromBase64Url(u"AF").has_value()); // stray low bits: not canonical
    }

    void jsonReaderReportsTheFirstProblemAndIgnoresUnknownKeys()
    {
        auto reader = JsonReader::parse(R"({"id": "AAAAAAAAAAAAAAAAAAAAAA", "n": 3, "extra": true})");
        QCOMPARE(reader.bytes(QStringLiteral("id"), IdSize), QByteArray(16, '\0'));
        QCOMPARE(reader.integer(QStringLiteral("n"), 0, 10), 3);
        QVERIFY(reader.ok());

        auto wrong = JsonReader::parse(R"({"id": 5, "n": 2.5})");
        wrong.bytes(QStringLiteral("id"), IdSize);
        wrong.integer(QStringLiteral("n"), 0, 10);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.problem().contains(u"'id'"));

        QVERIFY(!JsonReader::parse("{not json").ok());
        QVERIFY(!JsonReader::parse("[1, 2]").ok());
        auto sized = JsonReader::parse(R"({"id": "AAAA"})");
        sized.bytes(QStringLiteral("id"), IdSize);
        QVERIFY(!sized.ok());
        auto missing = JsonReader::parse(R"({})");
        missing.string(QStringLiteral("name"));
        QVERIFY(missing.problem().contains(u"name"));
    }

    void errorAnswersBecomeSentencesAUserCanActOn()
    {
        QCOMPARE(errorFromAnswer(401, u"unauthorized").code, ErrorCode::WrongKey);
        QCOMPARE(errorFromAnswer(429, u"rate_limited").code, ErrorCode::Unavailable);
        QCOMPARE(errorFromAnswer(503, u"").code, ErrorCode::Unavailable);
        QCOMPARE(errorFromAnswer(410, u"gone").code, ErrorCode::NotFound);
        QVERIFY(!errorFromAnswer(400, u"whatever").message.isEmpty());
        QVERIFY(!networkError().message.isEmpty());
    }

    void proofsOfDifferentKindsNeverVerifyForEachOther()
    {
        const auto device = crypto::ed25519::generate();
        const QByteArray account = crypto::randomBytes(16), id = crypto::randomBytes(16);
        const QByteArray challenge = crypto::randomBytes(32);
        const QByteArray login = proofs::loginMessage(challenge, id);
        auto signature = proofs::sign(device.secretKey, login);
        QVERIFY(signature.ok());
        QVERIFY(proofs::verify(device.publicKey, login, *signature));
        QVERIFY(!proofs::verify(device.publicKey, proofs::loginMessage(crypto::randomBytes(32), id), *signature));
        // The same bytes under another label do not verify.
        QVERIFY(!proofs::verify(device.publicKey, proofs::recordSignatureMessage(challenge + id), *signature));
        QVERIFY(proofs::deviceCertificateMessage(account, id, device.publicKey)
            != proofs::accountProofMessage(account, id, device.publicKey, {}));
    }

    void bundleRoundTripsAndRefusesDamage()
    {
        const AccountBundle bundle = sampleBundle(3);
        auto bytes = serializeBundle(bundle);
        QVERIFY(bytes.ok());
        auto back = deserializeBundle(*bytes);
        QVERIFY(back.ok());
        compareBundles(bundle, *back);

        crypto::SecureBuffer truncated = crypto::SecureBuffer::copyOf(bytes->view().chopped(1));
        QCOMPARE(deserializeBundle(truncated).code(), ErrorCode::Damaged);
        crypto::SecureBuffer badVersion = bytes->clone();
        badVersion.data()[0] = 2;
        QCOMPARE(deserializeBundle(badVersion).code(), ErrorCode::Damaged);
        QCOMPARE(deserializeBundle(crypto::SecureBuffer()).code(), ErrorCode::Damaged);
    }

    void recoveryBundleOpensOnlyWithItsKeyAndAccount()
    {
        const AccountBundle bundle = sampleBundle(2);
        auto sealed = recovery::sealBundle(bundle.recoverySecret, bundle);
        QVERIFY(sealed.ok());
        auto opened = recovery::openBundle(bundle.recoverySecret, bundle.account, *sealed);
        QVERIFY(opened.ok());
        compareBundles(bundle, *opened);

        const auto otherKey = crypto::randomSecret(vault::recoverykey::SecretSize);
        QCOMPARE(recovery::openBundle(otherKey, bundle.account, *sealed).code(), ErrorCode::WrongKey);
        QVERIFY(!recovery::openBundle(bundle.recoverySecret, crypto::randomBytes(16), *sealed).ok());
        QVERIFY(!recovery::openBundle(bundle.recoverySecret, bundle.account, sealed->left(10)).ok());

        auto locatorA = recovery::locator(bundle.recoverySecret);
        auto locatorB = recovery::locator(otherKey);
        QVERIFY(locatorA.ok() && locatorB.ok());
        QCOMPARE(locatorA->size(), LocatorSize);
        QVERIFY(*locatorA != *locatorB);
        QCOMPARE(*recovery::locator(bundle.recoverySecret), *locatorA);
    }

    void linkBundleOpensOnlyForTheNewDeviceAndItsMailbox()
    {
        const auto code = link::newCodeSecret();
        auto keys = link::derive(code);
        QVERIFY(keys.ok());
        QCOMPARE(keys->link.size(), IdSize);
        // The code a user types derives the same mailbox.
        auto typed = vault::recoverykey::parse(vault::recoverykey::format(code));
        QVERIFY(typed.ok());
        QCOMPARE(link::derive(*typed)->link, keys->link);

        const auto ephemeral = crypto::x25519::generate();
        const AccountBundle bundle = sampleBundle(1);
        auto sealed = link::sealBundle(ephemeral.publicKey, keys->link, bundle);
        QVERIFY(sealed.ok());
        auto opened = link::openBundle(ephemeral, keys->link, *sealed);
        QVERIFY(opened.ok());
        compareBundles(bundle, *opened);
        QVERIFY(!link::openBundle(crypto::x25519::generate(), keys->link, *sealed).ok());
        QVERIFY(!link::openBundle(ephemeral, crypto::randomBytes(16), *sealed).ok());

        const QByteArray device = crypto::randomBytes(16), signPub = crypto::randomBytes(32);
        const QByteArray mac = proofs::linkAcceptMac(keys->key, keys->link, device, signPub, ephemeral.publicKey);
        QCOMPARE(mac.size(), 32);
        auto otherKeys = link::derive(link::newCodeSecret());
        QVERIFY(mac != proofs::linkAcceptMac(otherKeys->key, keys->link, device, signPub, ephemeral.publicKey));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
