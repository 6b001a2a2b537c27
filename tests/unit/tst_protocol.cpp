// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol's shared pieces: strict wire decoding, domain-separated proofs, and the
// account bundle that carries an account's secrets to a linked or restored device.
#include "crypto/ed25519verifier.h"
#include "crypto/keypair.h"
#include "crypto/random.h"
#include "protocol/accountbundle.h"
#include "protocol/proofs.h"
#include "protocol/recordproof.h"
#include "protocol/recordproofcheck.h"
#include "protocol/recoverykey.h"
#include "protocol/sharing.h"
#include "protocol/wire.h"
#include "sync/pushbatch.h"
#include "vault/vaulttypes.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <limits>

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
    bundle.recoverySecret = crypto::randomSecret(protocol::recoverykey::SecretSize);
    for (int i = 0; i < spaceKeys; ++i)
        bundle.spaceKeys.push_back(
            protocol::SpaceKey {crypto::randomBytes(16), quint32(i + 1), crypto::randomSecret(32)});
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

struct Person {
    QByteArray account = crypto::randomBytes(16);
    crypto::KeyPair sign = crypto::ed25519::generate();
    crypto::KeyPair box = crypto::x25519::generate();

    sharing::MemberEntry entry(sharing::Role role, qint64 expires = 0) const
    {
        return sharing::MemberEntry {account, sign.publicKey, box.publicKey, role, expires};
    }
};

sharing::MemberList sampleList(const Person &owner, const Person &editor, const Person &viewer)
{
    sharing::MemberList list;
    list.space = crypto::randomBytes(16);
    list.owner = owner.account;
    list.version = 7;
    list.keyVersion = 3;
    list.members = {viewer.entry(sharing::Role::Viewer, 1'900'000'000'000), owner.entry(sharing::Role::Owner),
        editor.entry(sharing::Role::Editor)};
    return list;
}

QByteArray rawEntry(const Person &person, quint8 role)
{
    QByteArray bytes = person.account + person.sign.publicKey + person.box.publicKey;
    bytes.append(char(role));
    bytes.append(QByteArray(8, '\0'));
    return bytes;
}

/** A member list written by hand (entries in the given order), to feed the strict decoder. */
QByteArray rawList(const QByteArray &space, const QByteArray &owner, const QList<QByteArray> &entries)
{
    QByteArray bytes("carecircle/members/v1");
    bytes.append('\0');
    bytes.append(space + owner);
    bytes.append(QByteArray::fromHex("0000000000000001"
                                     "00000001"));
    bytes.append(char(0));
    bytes.append(char(entries.size()));
    for (const QByteArray &entry : entries)
        bytes.append(entry);
    return bytes;
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
        QVERIFY(fromBase64Url(u"AAA").has_value()); // two canonical bytes
        QVERIFY(!fromBase64Url(u"AAB").has_value()); // stray low bits after two bytes
        QVERIFY(!fromBase64Url(u"AA\u00e9A").has_value()); // a character outside the alphabet
        QVERIFY(!fromBase64Url(u"AA\u0141A").has_value()); // a wide character whose low byte is 'A'
    }

    void base64UrlAgreesWithQtsStrictDecoderOnRandomText()
    {
        // The one-pass decoder against Qt's decoder plus a canonical re-encoding (what it
        // replaced), on random text of the alphabet with now and then a foreign character.
        const QString alphabet =
            QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ .");
        QRandomGenerator rng(7);
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int length = int(rng.bounded(12));
            for (int i = 0; i < length; ++i)
                text.append(alphabet.at(int(rng.bounded(round % 5 == 0 ? alphabet.size() : 64))));
            std::optional<QByteArray> expected;
            const bool urlAlphabet = !text.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")));
            if (urlAlphabet && text.size() % 4 != 1) {
                auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                        | QByteArray::AbortOnBase64DecodingErrors);
                if (decoded && toBase64Url(decoded.decoded) == text)
                    expected = decoded.decoded;
            }
            QCOMPARE(fromBase64Url(text), expected);
            accepted += expected ? 1 : 0;
        }
        QVERIFY(accepted > 1000); // the comparison met valid text, not only refusals
    }

    void aPullPageReadsItsRecordsAndACursorPastThemAll()
    {
        const QByteArray sealed(40, 'x');
        const QByteArray sig(64, 's');
        auto record = [&](qint64 seq) { return WireRecord {sealed, sig, seq}.toJson(); };
        // "next" below the last record (a lying or old server): the cursor still passes them.
        auto page = PullPage::fromJson({{QStringLiteral("records"), QJsonArray {record(11), record(14)}},
                                           {QStringLiteral("next"), 12}, {QStringLiteral("done"), false}},
            10);
        QVERIFY(page);
        QCOMPARE(page->records.size(), 2);
        QCOMPARE(page->records.at(1).sealed, sealed);
        QCOMPARE(page->next, 14);
        QVERIFY(!page->done);
        // No "next" and no records: the cursor stays where it was asked from.
        auto empty =
            PullPage::fromJson({{QStringLiteral("records"), QJsonArray {}}, {QStringLiteral("done"), true}}, 7);
        QVERIFY(empty && empty->done && empty->records.isEmpty());
        QCOMPARE(empty->next, 7);
        // One malformed record or a missing "done" refuses the whole page.
        QJsonObject broken = record(12);
        broken.insert(QStringLiteral("record"), QStringLiteral("not base64!"));
        QVERIFY(!PullPage::fromJson(
            {{QStringLiteral("records"), QJsonArray {record(11), broken}}, {QStringLiteral("done"), true}}, 10));
        QVERIFY(!PullPage::fromJson({{QStringLiteral("records"), QJsonArray {record(11)}}}, 10));

        // The server writes the page as bytes; it reads back as what was written, and as the
        // same JSON a QJsonDocument would have made.
        PullPage written;
        written.records = {WireRecord {crypto::randomBytes(301), crypto::randomBytes(388), 42},
            WireRecord {crypto::randomBytes(1), crypto::randomBytes(64), qint64(1) << 50}};
        written.next = qint64(1) << 50;
        written.done = false;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(written.toJsonBytes(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject expected {
            {QStringLiteral("records"), QJsonArray {written.records.at(0).toJson(), written.records.at(1).toJson()}},
            {QStringLiteral("next"), double(written.next)}, {QStringLiteral("done"), false}};
        QCOMPARE(doc.object(), expected);
        auto back = PullPage::fromJson(doc.object(), 0);
        QVERIFY(back);
        QCOMPARE(back->records.size(), 2);
        QCOMPARE(back->records.at(0).sealed, written.records.at(0).sealed);
        QCOMPARE(back->records.at(1).signature, written.records.at(1).signature);
        QCOMPARE(back->records.at(1).seq, written.records.at(1).seq);
        QCOMPARE(back->next, written.next);
        QVERIFY(!back->done);
        PullPage none;
        QCOMPARE(QJsonDocument::fromJson(none.toJsonBytes()).object(),
            QJsonObject({{QStringLiteral("records"), QJsonArray {}}, {QStringLiteral("next"), 0},
                {QStringLiteral("done"), true}}));
    }

    void aPullPageReadFromBytesIsThePageItsJsonReadsTo()
    {
        PullPage written;
        written.records = {WireRecord {crypto::randomBytes(301), crypto::randomBytes(388), 42},
            WireRecord {crypto::randomBytes(2), crypto::randomBytes(64), qint64(1) << 52}};
        written.next = 40; // below the last record: the cursor still passes them
        written.done = false;
        const QByteArray compact = written.toJsonBytes();
        auto viaDocument = [](const QByteArray &body) -> std::optional<PullPage> {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return std::nullopt;
            return PullPage::fromJson(doc.object(), 7);
        };
        auto same = [](const std::optional<PullPage> &a, const std::optional<PullPage> &b) {
            if (!a || !b)
                return !a && !b;
            bool equal = a->done == b->done && a->next == b->next && a->records.size() == b->records.size();
            for (qsizetype i = 0; equal && i < a->records.size(); ++i)
                equal = a->records.at(i).sealed == b->records.at(i).sealed
                    && a->records.at(i).signature == b->records.at(i).signature
                    && a->records.at(i).seq == b->records.at(i).seq;
            return equal;
        };
        const auto page = PullPage::fromJsonBytes(compact, 7);
        QVERIFY(page);
        QCOMPARE(page->records.size(), 2);
        QCOMPARE(page->records.at(0).sealed, written.records.at(0).sealed);
        QCOMPARE(page->records.at(1).signature, written.records.at(1).signature);
        QCOMPARE(page->next, qint64(1) << 52);
        QVERIFY(!page->done);
        QVERIFY(same(page, viaDocument(compact)));
        // Any other spelling of the same JSON is read to the same page.
        const QByteArray indented = QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented);
        QVERIFY(indented != compact);
        QVERIFY(same(PullPage::fromJsonBytes(indented, 7), page));
        // Every one-character change of the compact form, and every cut, reads as the JSON
        // reader reads it: the same page, another valid page, or a refusal by both.
        int refused = 0;
        for (qsizetype i = 0; i < compact.size(); ++i) {
            for (const char c : {'"', '0', '9', ' ', ',', '}', ']', 'A', '_', '=', '-', '\\'}) {
                QByteArray changed = compact;
                changed[i] = c;
                const auto fromBytes = PullPage::fromJsonBytes(changed, 7);
                if (!same(fromBytes, viaDocument(changed)))
                    QFAIL(
                        qPrintable(QStringLiteral("byte %1 set to '%2' reads differently").arg(i).arg(QLatin1Char(c))));
                refused += fromBytes ? 0 : 1;
            }
            QVERIFY(same(PullPage::fromJsonBytes(compact.left(i), 7), viaDocument(compact.left(i))));
        }
        QVERIFY(refused > 100); // the changes met refusals, not only valid variants
        QVERIFY(!PullPage::fromJsonBytes(compact + " x", 7));
        QVERIFY(!PullPage::fromJsonBytes(QByteArray(compact).replace("\"seq\":42", "\"seq\":042"), 7));
        QVERIFY(!PullPage::fromJsonBytes(QByteArray(compact).replace("\"seq\":42", "\"seq\":0"), 7));
    }

    void theRelayReadsTheAppsPushBodyInOnePassAndNothingTheJsonReadingWouldNot()
    {
        // The body exactly as the app sends it (sync::PushBatch, through QJsonDocument).
        const crypto::KeyPair key = crypto::ed25519::generate();
        const QList<vault::OutgoingRecord> chunk {{crypto::randomBytes(IdSize), {}, crypto::randomBytes(301), {}, {}},
            {crypto::randomBytes(IdSize), {}, crypto::randomBytes(2), crypto::randomBytes(TagSize), {}}};
        const auto batch = sync::PushBatch::sign(chunk, key);
        QVERIFY(batch);
        const QByteArray compact = QJsonDocument(batch->body()).toJson(QJsonDocument::Compact);
        const auto body = PushBody::fromCompactJson(compact);
        QVERIFY2(body, compact.left(120).constData()); // else every push takes the slow way
        QCOMPARE(body->items.size(), 2);
        QCOMPARE(body->items.at(0).sealed, chunk.at(0).sealed);
        QVERIFY(body->items.at(0).base.isEmpty());
        QCOMPARE(body->items.at(1).sealed, chunk.at(1).sealed);
        QCOMPARE(body->items.at(1).base, chunk.at(1).baseTag);
        QCOMPARE(body->signature.size(), recordproof::SignatureSize);

        // The same JSON read as any JSON, under the relay's rules for a push signed once.
        auto viaDocument = [](const QByteArray &text) -> std::optional<PushBody> {
            JsonReader r = JsonReader::parse(text);
            const QJsonArray records = r.array(QStringLiteral("records"), std::numeric_limits<int>::max());
            PushBody push;
            push.signature = r.bytes(QStringLiteral("sig"), recordproof::SignatureSize);
            for (const QJsonValue &v : records) {
                JsonReader item(v.toObject());
                if (!v.isObject() || item.has(QStringLiteral("sig")))
                    return std::nullopt;
                push.items.append(
                    {item.bytes(QStringLiteral("record")), item.optionalBytes(QStringLiteral("base"), TagSize)});
                if (!item.ok())
                    return std::nullopt;
            }
            if (!r.ok() || records.isEmpty())
                return std::nullopt;
            return push;
        };
        auto same = [](const PushBody &a, const PushBody &b) {
            bool equal = a.signature == b.signature && a.items.size() == b.items.size();
            for (qsizetype i = 0; equal && i < a.items.size(); ++i)
                equal = a.items.at(i).sealed == b.items.at(i).sealed && a.items.at(i).base == b.items.at(i).base;
            return equal;
        };
        QVERIFY(same(*body, *viaDocument(compact)));
        // Another spelling is left to the JSON reading.
        QVERIFY(!PushBody::fromCompactJson(QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented)));
        // Whatever one-character change or cut the one pass takes, the JSON reading takes
        // too, to the same body.
        int taken = 0;
        for (qsizetype i = 0; i < compact.size(); ++i) {
            for (const char c : {'"', '0', ' ', ',', '}', ']', 'A', '_', '=', '-', '\\', 'n'}) {
                QByteArray changed = compact;
                changed[i] = c;
                if (const auto fast = PushBody::fromCompactJson(changed)) {
                    const auto slow = viaDocument(changed);
                    if (!slow || !same(*fast, *slow))
                        QFAIL(qPrintable(
                            QStringLiteral("byte %1 set to '%2' is read differently").arg(i).arg(QLatin1Char(c))));
                    ++taken;
                }
            }
            QVERIFY(!PushBody::fromCompactJson(compact.left(i)));
        }
        QVERIFY(taken > 0); // some changes are still valid bodies, and were checked
        // Bodies the relay refuses in its own words are left to it: no records, too many.
        QVERIFY(!PushBody::fromCompactJson(
            QByteArray(compact).replace(compact.mid(12, compact.indexOf("],\"sig\"") - 12), "")));
        QByteArray many = "{\"records\":[";
        const QByteArray one = "{\"base\":null,\"record\":\""
            + crypto::randomBytes(8).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + "\"}";
        for (int i = 0; i <= MaxRecordsPerRequest; ++i)
            many += (i ? "," : "") + one;
        many += compact.mid(compact.indexOf("],\"sig\""));
        QVERIFY(!PushBody::fromCompactJson(many));
        QVERIFY(viaDocument(many)); // well-formed: the relay answers 413, not the reader
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

    void recordProofsProveEveryRecordOfAPushWithOneSignature()
    {
        const auto device = crypto::ed25519::generate();
        const auto verifier = crypto::Ed25519Verifier::create(device.publicKey);
        QVERIFY(verifier);
        for (const int n : {1, 2, 3, 5, 8, 33, 500, recordproof::MaxLeaves}) {
            QList<QByteArray> sealed;
            for (int i = 0; i < n; ++i)
                sealed.append(crypto::randomBytes(64 + i % 7));
            auto proofs = recordproof::sign(device.secretKey, sealed);
            QVERIFY(proofs.ok());
            QCOMPARE(proofs->size(), n);
            RecordProofCheck check;
            for (int i = 0; i < n; ++i) {
                const QByteArray &proof = proofs->at(i);
                QVERIFY(proof.size() <= recordproof::MaxProofSize);
                QVERIFY2(check.verify(*verifier, sealed.at(i), proof), qPrintable(QString::number(i)));
                // Each proof stands alone too (a fresh check remembers nothing).
                RecordProofCheck fresh;
                QVERIFY(fresh.verify(*verifier, sealed.at(i), proof));
            }
            // Signed once: the push's one signature is over the tree's message, and the proofs
            // a relay derives from it are exactly what the author would have sent.
            const auto tree = recordproof::PushTree::of(sealed);
            QVERIFY(tree);
            const QByteArray signature = proofs->first().first(recordproof::SignatureSize);
            QVERIFY(verifier->verify(tree->message(), signature));
            QCOMPARE(tree->proofs(signature), *proofs);
            // One record is signed plainly: the same signature as before tree proofs.
            if (n == 1)
                QVERIFY(
                    proofs::verify(device.publicKey, proofs::recordSignatureMessage(sealed.first()), proofs->first()));
        }
        QVERIFY(!recordproof::PushTree::of({}));
        QVERIFY(!recordproof::PushTree::of(QList<QByteArray>(recordproof::MaxLeaves + 1, "x")));
        QVERIFY(!recordproof::sign(device.secretKey, {}).ok());
        QVERIFY(!recordproof::sign(device.secretKey, QList<QByteArray>(recordproof::MaxLeaves + 1, "x")).ok());
    }

    void recordProofsRefuseEveryChangeEvenAfterTheirSignatureVerified()
    {
        const auto device = crypto::ed25519::generate();
        const auto other = crypto::ed25519::generate();
        const auto verifier = crypto::Ed25519Verifier::create(device.publicKey);
        const auto otherVerifier = crypto::Ed25519Verifier::create(other.publicKey);
        QList<QByteArray> sealed;
        for (int i = 0; i < 7; ++i)
            sealed.append(crypto::randomBytes(80));
        auto proofs = recordproof::sign(device.secretKey, sealed);
        QVERIFY(proofs.ok());
        RecordProofCheck check;
        // The tree's signature verified once: what follows must still fail on its own path.
        QVERIFY(check.verify(*verifier, sealed.at(0), proofs->at(0)));
        const QByteArray proof = proofs->at(3);
        QVERIFY(check.verify(*verifier, sealed.at(3), proof));
        QVERIFY(!check.verify(*verifier, crypto::randomBytes(80), proof)); // other bytes
        QVERIFY(!check.verify(*verifier, sealed.at(4), proof)); // another record's proof
        QVERIFY(!check.verify(*otherVerifier, sealed.at(3), proof)); // another device
        for (qsizetype byte = 0; byte < proof.size(); ++byte) {
            QByteArray damaged = proof;
            damaged[byte] = char(damaged.at(byte) ^ 0x01);
            // Signature, count, index or a sibling hash: any flipped bit is refused.
            QVERIFY2(!check.verify(*verifier, sealed.at(3), damaged), qPrintable(QString::number(byte)));
        }
        QVERIFY(!check.verify(*verifier, sealed.at(3), proof.chopped(32)));
        QVERIFY(!check.verify(*verifier, sealed.at(3), proof + crypto::randomBytes(32)));
        QVERIFY(!check.verify(*verifier, sealed.at(3), proof.first(65)));
        QVERIFY(!check.verify(*verifier, sealed.at(3), QByteArray()));
        // A plain signature of one record proves only that record.
        auto single = recordproof::sign(device.secretKey, {sealed.at(0)});
        QVERIFY(single.ok());
        QVERIFY(check.verify(*verifier, sealed.at(0), single->first()));
        QVERIFY(!check.verify(*verifier, sealed.at(1), single->first()));
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
        badVersion.data()[0] = 9;
        QCOMPARE(deserializeBundle(badVersion).code(), ErrorCode::Damaged);
        QCOMPARE(deserializeBundle(crypto::SecureBuffer()).code(), ErrorCode::Damaged);
        QCOMPARE(bytes->data()[0], 1); // no owners to carry: version 1, which older devices read
    }

    /** Issue 11, problem 5: the pinned owners of shared spaces travel in the bundle (v2). */
    void bundleCarriesThePinnedOwnersOfSharedSpaces()
    {
        AccountBundle bundle = sampleBundle(2);
        const protocol::SpaceOwner owner {
            crypto::randomBytes(16), crypto::randomBytes(16), crypto::randomBytes(32), crypto::randomBytes(32)};
        bundle.owners.push_back(owner);
        auto bytes = serializeBundle(bundle);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes->data()[0], 2);
        auto back = deserializeBundle(*bytes);
        QVERIFY(back.ok());
        compareBundles(bundle, *back);
        QCOMPARE(back->owners.size(), std::size_t(1));
        QCOMPARE(back->owners[0].space, owner.space);
        QCOMPARE(back->owners[0].account, owner.account);
        QCOMPARE(back->owners[0].signPub, owner.signPub);
        QCOMPARE(back->owners[0].boxPub, owner.boxPub);
        crypto::SecureBuffer truncated = crypto::SecureBuffer::copyOf(bytes->view().chopped(1));
        QCOMPARE(deserializeBundle(truncated).code(), ErrorCode::Damaged);

        // Version 2 is written only with owners: one that names none is not what any app wrote
        // (fuzz_bundle: it read as a bundle that serialises to other bytes).
        bundle.owners.clear();
        auto plain = serializeBundle(bundle);
        QVERIFY(plain.ok());
        QCOMPARE(plain->data()[0], 1);
        QByteArray noOwners = plain->view().toByteArray();
        noOwners[0] = 2;
        noOwners.append(2, '\0');
        QCOMPARE(deserializeBundle(crypto::SecureBuffer::copyOf(noOwners)).code(), ErrorCode::Damaged);
    }

    void recoveryBundleOpensOnlyWithItsKeyAndAccount()
    {
        const AccountBundle bundle = sampleBundle(2);
        auto sealed = recovery::sealBundle(bundle.recoverySecret, bundle);
        QVERIFY(sealed.ok());
        auto opened = recovery::openBundle(bundle.recoverySecret, bundle.account, *sealed);
        QVERIFY(opened.ok());
        compareBundles(bundle, *opened);

        const auto otherKey = crypto::randomSecret(protocol::recoverykey::SecretSize);
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
        auto typed = protocol::recoverykey::parse(protocol::recoverykey::format(code));
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

    void memberListRoundTripsSortedAndSigned()
    {
        const Person owner, editor, viewer;
        const sharing::MemberList list = sampleList(owner, editor, viewer);
        const QByteArray encoded = sharing::encodeMemberList(list);
        auto decoded = sharing::decodeMemberList(encoded);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->space, list.space);
        QCOMPARE(decoded->owner, owner.account);
        QCOMPARE(decoded->version, quint64(7));
        QCOMPARE(decoded->keyVersion, quint32(3));
        QCOMPARE(decoded->members.size(), 3);
        for (qsizetype i = 1; i < decoded->members.size(); ++i)
            QVERIFY(decoded->members[i - 1].account < decoded->members[i].account);
        QCOMPARE(*decoded->find(viewer.account), viewer.entry(sharing::Role::Viewer, 1'900'000'000'000));
        QCOMPARE(sharing::encodeMemberList(*decoded), encoded);

        QVERIFY(decoded->isActive(viewer.account, 1'800'000'000'000));
        QVERIFY(!decoded->isActive(viewer.account, 1'900'000'000'000));
        QVERIFY(decoded->isActive(editor.account, 4'000'000'000'000));
        QVERIFY(!decoded->isActive(crypto::randomBytes(16), 0));

        auto sig = sharing::signMemberList(owner.sign.secretKey, encoded);
        QVERIFY(sig.ok());
        QVERIFY(sharing::verifyMemberList(owner.sign.publicKey, encoded, *sig));
        QVERIFY(!sharing::verifyMemberList(editor.sign.publicKey, encoded, *sig));
        QByteArray tampered = encoded;
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
        QVERIFY(!sharing::verifyMemberList(owner.sign.publicKey, tampered, *sig));
    }

    void memberListDecodingIsStrict()
    {
        const Person owner, a, b;
        const QByteArray space = crypto::randomBytes(16);
        auto sorted = [](QList<const Person *> people) {
            std::sort(people.begin(), people.end(), [](auto x, auto y) { return x->account < y->account; });
            return people;
        };
        const auto two = sorted({&owner, &a});
        const QByteArray good = rawList(space, owner.account,
            {rawEntry(*two[0], two[0] == &owner ? 1 : 2), rawEntry(*two[1], two[1] == &owner ? 1 : 2)});
        QVERIFY(sharing::decodeMemberList(good).ok());

        // unsorted
        const QByteArray unsorted = rawList(space, owner.account,
            {rawEntry(*two[1], two[1] == &owner ? 1 : 2), rawEntry(*two[0], two[0] == &owner ? 1 : 2)});
        QVERIFY(!sharing::decodeMemberList(unsorted).ok());
        // duplicate
        QVERIFY(
            !sharing::decodeMemberList(rawList(space, owner.account, {rawEntry(owner, 1), rawEntry(owner, 1)})).ok());
        // trailing bytes, and a truncated list
        QVERIFY(!sharing::decodeMemberList(good + QByteArray(1, '\0')).ok());
        QVERIFY(!sharing::decodeMemberList(good.chopped(1)).ok());
        QVERIFY(!sharing::decodeMemberList(QByteArray()).ok());
        // two owners
        const QByteArray twoOwners = rawList(space, owner.account, {rawEntry(*two[0], 1), rawEntry(*two[1], 1)});
        QVERIFY(!sharing::decodeMemberList(twoOwners).ok());
        // no owner entry at all, and an owner entry naming another account
        QVERIFY(!sharing::decodeMemberList(rawList(space, owner.account, {rawEntry(a, 2)})).ok());
        QVERIFY(!sharing::decodeMemberList(rawList(space, owner.account, {rawEntry(a, 1)})).ok());
        // unknown roles
        for (quint8 role : {quint8(0), quint8(5), quint8(255)}) {
            const auto pair = sorted({&owner, &b});
            const QByteArray list = rawList(space, owner.account,
                {rawEntry(*pair[0], pair[0] == &owner ? 1 : role), rawEntry(*pair[1], pair[1] == &owner ? 1 : role)});
            QVERIFY2(!sharing::decodeMemberList(list).ok(), qPrintable(QString::number(role)));
        }
        // another label
        QByteArray relabelled = good;
        relabelled[11] = 'X';
        QVERIFY(!sharing::decodeMemberList(relabelled).ok());
    }

    void roleCodesRoundTripAndRulesFollowTheTable()
    {
        for (auto role :
            {sharing::Role::Owner, sharing::Role::Editor, sharing::Role::Contributor, sharing::Role::Viewer})
            QCOMPARE(*sharing::roleFromCode(sharing::roleCode(role)), role);
        QVERIFY(!sharing::roleFromCode(u"admin").ok());
        QVERIFY(sharing::mayWrite(sharing::Role::Contributor));
        QVERIFY(!sharing::mayWrite(sharing::Role::Viewer));
        QVERIFY(sharing::mayEditOthers(sharing::Role::Editor));
        QVERIFY(!sharing::mayEditOthers(sharing::Role::Contributor));
    }

    void aRotatedSpaceKeyIsTheSameOnEveryDeviceOfTheOwnerAndNowhereElse()
    {
        const crypto::KeyPair owner = crypto::x25519::generate();
        const crypto::KeyPair other = crypto::x25519::generate();
        const QByteArray space = crypto::randomBytes(IdSize);
        auto key = sharing::rotatedSpaceKey(owner.secretKey, space, 2);
        QVERIFY(key);
        QCOMPARE(key->size(), 32);
        // Another device holds the same identity secret (the account bundle): the same key.
        const crypto::SecureBuffer copy = owner.secretKey.clone();
        QVERIFY(sharing::rotatedSpaceKey(copy, space, 2)->equals(*key));
        // Another version, space or account gives another key.
        QVERIFY(!sharing::rotatedSpaceKey(owner.secretKey, space, 3)->equals(*key));
        QVERIFY(!sharing::rotatedSpaceKey(owner.secretKey, crypto::randomBytes(IdSize), 2)->equals(*key));
        QVERIFY(!sharing::rotatedSpaceKey(other.secretKey, space, 2)->equals(*key));
        // Version 1 is the space's random first key, never derived; malformed input is refused.
        QVERIFY(!sharing::rotatedSpaceKey(owner.secretKey, space, 1));
        QVERIFY(!sharing::rotatedSpaceKey(owner.secretKey, space.left(8), 2));
    }

    void keyWrapOpensOnlyForItsMemberAndRefusesTampering()
    {
        const Person owner, member, stranger;
        const QByteArray space = crypto::randomBytes(16);
        const crypto::SecureBuffer key = crypto::randomSecret(32);
        auto wrap = sharing::wrapSpaceKey(owner.sign.secretKey, space, member.entry(sharing::Role::Editor), 2, key);
        QVERIFY(wrap.ok());
        QCOMPARE(wrap->account, member.account);
        QCOMPARE(wrap->keyVersion, quint32(2));
        QVERIFY(sharing::verifyKeyWrap(owner.sign.publicKey, space, *wrap));
        auto opened = sharing::openSpaceKey(owner.sign.publicKey, space, *wrap, member.box);
        QVERIFY(opened.ok());
        QVERIFY(opened->equals(key));

        QVERIFY(!sharing::openSpaceKey(owner.sign.publicKey, space, *wrap, stranger.box).ok());
        QVERIFY(!sharing::verifyKeyWrap(stranger.sign.publicKey, space, *wrap));
        QVERIFY(!sharing::verifyKeyWrap(owner.sign.publicKey, crypto::randomBytes(16), *wrap));
        sharing::KeyWrap bumped = *wrap;
        bumped.keyVersion = 3;
        QVERIFY(!sharing::verifyKeyWrap(owner.sign.publicKey, space, bumped));
        sharing::KeyWrap tampered = *wrap;
        tampered.wrap[40] = char(tampered.wrap.at(40) ^ 1);
        QVERIFY(!sharing::verifyKeyWrap(owner.sign.publicKey, space, tampered));
        QVERIFY(!sharing::openSpaceKey(owner.sign.publicKey, space, tampered, member.box).ok());
        // A wrap signed by someone other than the owner is refused even though it opens.
        auto forged =
            sharing::wrapSpaceKey(stranger.sign.secretKey, space, member.entry(sharing::Role::Editor), 2, key);
        QVERIFY(forged.ok());
        QVERIFY(!sharing::openSpaceKey(owner.sign.publicKey, space, *forged, member.box).ok());
    }

    void inviteCodeRoundTripsTypedAndFromTheQrCode()
    {
        const crypto::SecureBuffer secret = sharing::newInviteSecret();
        QCOMPARE(secret.size(), std::size_t(16));
        const QString code = sharing::inviteCode(secret);
        QCOMPARE(code, protocol::recoverykey::format(secret));
        QCOMPARE(sharing::inviteQrText(secret), QStringLiteral("carecircle:invite:") + code);
        for (const QString &text : {code, code.toLower(), QString(code).remove(u'-'), sharing::inviteQrText(secret),
                 QStringLiteral("  ") + sharing::inviteQrText(secret) + QStringLiteral("\n")}) {
            auto parsed = sharing::parseInviteCode(text);
            QVERIFY2(parsed.ok(), qPrintable(text));
            QVERIFY(parsed->equals(secret));
        }
        QString typo = code;
        typo[0] = typo[0] == u'7' ? u'8' : u'7';
        QVERIFY(!sharing::parseInviteCode(typo).ok());
        QVERIFY(!sharing::parseInviteCode(QStringLiteral("carecircle:link:") + code).ok());

        auto keys = sharing::deriveInvite(secret);
        QVERIFY(keys.ok());
        QCOMPARE(keys->invite.size(), 16);
        QCOMPARE(keys->key.size(), std::size_t(32));
        auto again = sharing::deriveInvite(*sharing::parseInviteCode(code));
        QCOMPARE(again->invite, keys->invite);
        QVERIFY(again->key.equals(keys->key));
        QVERIFY(keys->invite != keys->key.view().first(16).toByteArray());
        QVERIFY(!sharing::deriveInvite(crypto::randomSecret(15)).ok());
    }

    void invitationCardsRoundTripAndAWrongCodeOpensNothing()
    {
        const Person owner, guest;
        auto keys = sharing::deriveInvite(sharing::newInviteSecret());
        auto wrongKeys = sharing::deriveInvite(sharing::newInviteSecret());
        sharing::OwnerCard card {owner.account, owner.sign.publicKey, owner.box.publicKey, QStringLiteral("Ada Ø"),
            crypto::randomBytes(16), QStringLiteral("Mum's care"), sharing::Role::Contributor};
        auto sealed = sharing::sealOwnerCard(*keys, card);
        QVERIFY(sealed.ok());
        QVERIFY(sealed->size() <= sharing::MaxCardSize);
        auto opened = sharing::openOwnerCard(*keys, *sealed);
        QVERIFY(opened.ok());
        QCOMPARE(opened->account, card.account);
        QCOMPARE(opened->signPub, card.signPub);
        QCOMPARE(opened->boxPub, card.boxPub);
        QCOMPARE(opened->name, card.name);
        QCOMPARE(opened->space, card.space);
        QCOMPARE(opened->spaceName, card.spaceName);
        QCOMPARE(opened->role, sharing::Role::Contributor);

        QVERIFY(!sharing::openOwnerCard(*wrongKeys, *sealed).ok());
        QByteArray tampered = *sealed;
        tampered[20] = char(tampered.at(20) ^ 1);
        QVERIFY(!sharing::openOwnerCard(*keys, tampered).ok());
        // the owner card does not pass for a guest card (other AAD), nor the other way round
        QVERIFY(!sharing::openGuestCard(*keys, *sealed).ok());

        // A card as apps before the care role made it ({"n"} only) still opens, without a role.
        auto guestSealed = sharing::sealGuestCard(*keys, sharing::GuestCard {QStringLiteral("Ben"), {}});
        QVERIFY(guestSealed.ok());
        QCOMPARE(sharing::openGuestCard(*keys, *guestSealed)->name, QStringLiteral("Ben"));
        QCOMPARE(sharing::openGuestCard(*keys, *guestSealed)->careRole, QString());
        auto withRole = sharing::sealGuestCard(*keys, {QStringLiteral("Els Peeters"), QStringLiteral("caregiver")});
        QVERIFY(withRole.ok());
        QCOMPARE(sharing::openGuestCard(*keys, *withRole)->careRole, QStringLiteral("caregiver"));
        QVERIFY(!sharing::sealGuestCard(*keys, {QStringLiteral("Els"), QString(65, QLatin1Char('r'))}).ok());
        QVERIFY(!sharing::openGuestCard(*wrongKeys, *guestSealed).ok());
        // A name is shown in the owner's safety-number step and printed by the CLI: line
        // breaks, escape sequences and bidi overrides cannot fake or restyle what is around it.
        const QString hostile = QStringLiteral("Els\nSafety number: 12345\x1b[31m \u202Egnirts\u200B  Peeters\t");
        auto hostileSealed = sharing::sealGuestCard(*keys, {hostile, {}});
        QVERIFY(hostileSealed.ok());
        QCOMPARE(sharing::openGuestCard(*keys, *hostileSealed)->name,
            QStringLiteral("Els Safety number: 12345[31m gnirts Peeters"));
        QVERIFY(!sharing::openOwnerCard(*keys, *guestSealed).ok());
        QVERIFY(!sharing::openGuestCard(*keys, QByteArray(10, 'x')).ok());

        card.role = sharing::Role::Owner;
        QVERIFY(!sharing::sealOwnerCard(*keys, card).ok());
    }

    void acceptMacBindsTheInviteAndTheAcceptingKeys()
    {
        const Person guest, other;
        auto keys = sharing::deriveInvite(sharing::newInviteSecret());
        auto wrongKeys = sharing::deriveInvite(sharing::newInviteSecret());
        const QByteArray mac = sharing::acceptMac(*keys, guest.account, guest.sign.publicKey, guest.box.publicKey);
        QCOMPARE(mac.size(), 32);
        QVERIFY(sharing::verifyAcceptMac(*keys, guest.account, guest.sign.publicKey, guest.box.publicKey, mac));
        QVERIFY(!sharing::verifyAcceptMac(*wrongKeys, guest.account, guest.sign.publicKey, guest.box.publicKey, mac));
        QVERIFY(!sharing::verifyAcceptMac(*keys, other.account, guest.sign.publicKey, guest.box.publicKey, mac));
        QVERIFY(!sharing::verifyAcceptMac(*keys, guest.account, other.sign.publicKey, guest.box.publicKey, mac));
        QVERIFY(!sharing::verifyAcceptMac(*keys, guest.account, guest.sign.publicKey, other.box.publicKey, mac));
        QByteArray tampered = mac;
        tampered[0] = char(tampered.at(0) ^ 1);
        QVERIFY(!sharing::verifyAcceptMac(*keys, guest.account, guest.sign.publicKey, guest.box.publicKey, tampered));
        QVERIFY(
            !sharing::verifyAcceptMac(*keys, guest.account, guest.sign.publicKey, guest.box.publicKey, mac.chopped(1)));
    }

    void safetyNumberIsSymmetricSixtyDigitsAndDiffersForOtherKeys()
    {
        const Person a, b, c;
        const QString ab = sharing::safetyNumber(a.sign.publicKey, b.sign.publicKey);
        QCOMPARE(ab.size(), 60);
        for (QChar ch : ab)
            QVERIFY(ch.isDigit());
        QCOMPARE(sharing::safetyNumber(b.sign.publicKey, a.sign.publicKey), ab);
        QVERIFY(sharing::safetyNumber(a.sign.publicKey, c.sign.publicKey) != ab);
        QVERIFY(sharing::safetyNumber(c.sign.publicKey, b.sign.publicKey) != ab);
        const QString formatted = sharing::formatSafetyNumber(ab);
        QCOMPARE(formatted.size(), 60 + 11);
        QCOMPARE(formatted.split(u' ').size(), 12);
        QCOMPARE(QString(formatted).remove(u' '), ab);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
