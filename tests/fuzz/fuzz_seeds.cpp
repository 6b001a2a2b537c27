// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpora of tests/fuzz (corpus/<target>/) from real, valid inputs, made by
// the same encoders the app and the server use and under the fixed keys the targets use:
//   build-fuzz/tests/fuzz/fuzz_seeds tests/fuzz/corpus
// Byte 0 of a seed is the target's mode (see each fuzz_<target>.cpp).
#include "crypto/aead.h"
#include "crypto/keypair.h"
#include "demo/demostory.h"
#include "domain/envelope.h"
#include "fuzzsupport.h"
#include "protocol/accountbundle.h"
#include "protocol/recoverykey.h"
#include "protocol/sealedrecord.h"
#include "protocol/sharing.h"
#include "protocol/wire.h"

#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

using namespace cc;
using namespace cc::protocol;

namespace {

QString root;
int written = 0;

void seed(const QString &target, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(root + QLatin1Char('/') + target);
    QFile file(root + QLatin1Char('/') + target + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size())
        ++written;
}

QByteArray mode(int m, const QByteArray &rest)
{
    return QByteArray(1, char(m)) + rest;
}

QByteArray id(char c)
{
    return QByteArray(16, c);
}

/** One record of each kind in the demo story, with its kind. */
QList<std::pair<QString, QCborMap>> demoFields()
{
    int next = 0;
    const demo::DemoStory story = demo::generateDemoStory(QDate(2026, 3, 1), [&next] {
        QByteArray bytes(16, '\0');
        qToBigEndian(quint32(++next), bytes.data() + 12);
        return bytes;
    });
    return {{QString(domain::PatientProfile::Kind), story.profile.toFields()},
        {QString(domain::CarePlan::Kind), story.plan.toFields()},
        {QString(domain::CareTeamMember::Kind), story.members.at(1).toFields()},
        {QString(domain::Goal::Kind), story.goals.first().toFields()},
        {QString(domain::Activity::Kind), story.activities.first().toFields()},
        {QString(domain::ProgressEntry::Kind), story.progress.first().toFields()},
        {QString(domain::CheckIn::Kind), story.checkIns.last().toFields()},
        {QString(domain::Comment::Kind), story.comments.first().toFields()}};
}

void recordSeeds()
{
    const domain::Hlc stamp {1767225600000, 3, id('D')};
    const crypto::SecureBuffer key = fuzz::fixedSecret(32, 's');
    PullPage page; // a pull answer as the server writes it, of the sealed records below
    int n = 0;
    for (const auto &[kind, fields] : demoFields()) {
        const QByteArray plain = domain::RecordEnvelope::make(kind, fields, stamp).encode();
        seed(QStringLiteral("envelope"), kind, plain);
        seed(QStringLiteral("fields"), kind, QCborValue(fields).toCbor());
        if (n++ % 3 == 0) {
            const SealedHeader header {id('S'), id(char('a' + n)), 2, false, id('D')};
            auto sealed = sealedrecord::sealWithRandom(key, header, plain, QByteArray(sealedrecord::RandomSize, 'n'));
            seed(QStringLiteral("sealedrecord"), kind, mode(0, *sealed));
            const WireRecord wire {*sealed, QByteArray(64, 'g'), n};
            QJsonObject push {{QStringLiteral("records"), QJsonArray {wire.toJson()}}};
            seed(QStringLiteral("wire"), QStringLiteral("push-") + kind, QJsonDocument(push).toJson());
            page.records.append(wire);
        }
    }
    page.next = n;
    page.done = false;
    seed(QStringLiteral("wire"), QStringLiteral("pull-page"), page.toJsonBytes());
    const SealedHeader tombstone {id('S'), id('T'), 1, true, id('D')};
    seed(QStringLiteral("sealedrecord"), QStringLiteral("tombstone"),
        mode(0, *sealedrecord::sealWithRandom(key, tombstone, {}, QByteArray(sealedrecord::RandomSize, 't'))));
    seed(QStringLiteral("sealedrecord"), QStringLiteral("unchanged"), mode(1, {}));
    QByteArray padded(256, '\0');
    qToBigEndian(quint32(5), padded.data());
    padded.replace(4, 5, "hello");
    seed(QStringLiteral("sealedrecord"), QStringLiteral("plaintext"), mode(2, padded));
}

void wireSeeds()
{
    seed(QStringLiteral("wire"), QStringLiteral("error"), errorBody(errors::Conflict, QStringLiteral("conflict")));
    QJsonObject login {{QStringLiteral("device"), toBase64Url(id('D'))},
        {QStringLiteral("challenge"), toBase64Url(QByteArray(32, 'c'))},
        {QStringLiteral("sig"), toBase64Url(QByteArray(64, 'g'))}, {QStringLiteral("limit"), 500},
        {QStringLiteral("after"), 17}, {QStringLiteral("deleted"), false},
        {QStringLiteral("name"), QStringLiteral("Els")}, {QStringLiteral("expires"), QJsonValue()}};
    seed(QStringLiteral("wire"), QStringLiteral("fields"), QJsonDocument(login).toJson(QJsonDocument::Compact));
}

sharing::MemberList memberList()
{
    sharing::MemberList list {id('S'), id('B'), 4, 2, {}};
    list.members = {{id('A'), QByteArray(32, 'a'), QByteArray(32, 'x'), sharing::Role::Viewer, 1800000000000},
        {id('B'), QByteArray(32, 'b'), QByteArray(32, 'y'), sharing::Role::Owner, 0},
        {id('C'), QByteArray(32, 'c'), QByteArray(32, 'z'), sharing::Role::Editor, 0}};
    return list;
}

void sharingSeeds()
{
    seed(QStringLiteral("memberlist"), QStringLiteral("three"), sharing::encodeMemberList(memberList()));
    const crypto::SecureBuffer ownerSign = fuzz::fixedSecret(32, 'o');
    const QByteArray memberBoxPub = *crypto::x25519::publicFromSecret(fuzz::fixedSecret(32, 'm'));
    const sharing::MemberEntry member {id('A'), QByteArray(32, 'k'), memberBoxPub, sharing::Role::Editor, 0};
    auto wrap = sharing::wrapSpaceKey(ownerSign, id('S'), member, 7, fuzz::fixedSecret(32, 'K'));
    QByteArray version(4, '\0');
    qToBigEndian(wrap->keyVersion, version.data());
    seed(QStringLiteral("keywrap"), QStringLiteral("valid"), mode(0, wrap->account + version + wrap->sig + wrap->wrap));
    seed(QStringLiteral("keywrap"), QStringLiteral("owner-signed-box"), mode(1, wrap->wrap));
    seed(QStringLiteral("keywrap"), QStringLiteral("unchanged"), mode(2, {}));

    const crypto::SecureBuffer inviteSecret = fuzz::fixedSecret(16, 'i');
    seed(QStringLiteral("codes"), QStringLiteral("invite"), sharing::inviteCode(inviteSecret).toUtf8());
    seed(QStringLiteral("codes"), QStringLiteral("qr"), sharing::inviteQrText(inviteSecret).toUtf8());
    const QString typed = recoverykey::format(fuzz::fixedSecret(16, 'r')).toLower();
    seed(QStringLiteral("codes"), QStringLiteral("typed"), "  " + QString(typed).replace(u'-', u' ').toUtf8());
    const auto keys = *sharing::deriveInvite(inviteSecret);
    const sharing::OwnerCard owner {id('B'), QByteArray(32, 'b'), QByteArray(32, 'y'), QStringLiteral("Maria Peeters"),
        id('S'), QStringLiteral("Zorg voor Maria"), sharing::Role::Contributor};
    seed(QStringLiteral("cards"), QStringLiteral("owner"), mode(0, *sharing::sealOwnerCard(keys, owner)));
    seed(QStringLiteral("cards"), QStringLiteral("guest"),
        mode(1, *sharing::sealGuestCard(keys, {QStringLiteral("Els"), {}})));
    QCborMap guest;
    guest.insert(QLatin1StringView("n"), QStringLiteral("Els"));
    seed(QStringLiteral("cards"), QStringLiteral("guest-plain"), mode(3, guest.toCborValue().toCbor()));
    QCborMap ownerPlain;
    ownerPlain.insert(QLatin1StringView("a"), owner.account);
    ownerPlain.insert(QLatin1StringView("s"), owner.signPub);
    ownerPlain.insert(QLatin1StringView("b"), owner.boxPub);
    ownerPlain.insert(QLatin1StringView("n"), owner.name);
    ownerPlain.insert(QLatin1StringView("sp"), owner.space);
    ownerPlain.insert(QLatin1StringView("sn"), owner.spaceName);
    ownerPlain.insert(QLatin1StringView("r"), QStringLiteral("viewer"));
    seed(QStringLiteral("cards"), QStringLiteral("owner-plain"), mode(2, ownerPlain.toCborValue().toCbor()));
}

void bundleSeeds()
{
    AccountBundle bundle;
    bundle.account = id('A');
    bundle.privateSpace = id('P');
    bundle.signSecret = fuzz::fixedSecret(32, '1');
    bundle.boxSecret = fuzz::fixedSecret(32, '2');
    bundle.recoverySecret = fuzz::fixedSecret(16, 'r');
    bundle.spaceKeys.push_back({id('P'), 1, fuzz::fixedSecret(32, '3')});
    bundle.spaceKeys.push_back({id('S'), 2, fuzz::fixedSecret(32, '4')});
    seed(QStringLiteral("bundle"), QStringLiteral("plain"), mode(0, serializeBundle(bundle)->view().toByteArray()));
    seed(QStringLiteral("bundle"), QStringLiteral("recovery"),
        mode(1, *recovery::sealBundle(fuzz::fixedSecret(16, 'r'), bundle)));
    const QByteArray devicePub = *crypto::x25519::publicFromSecret(fuzz::fixedSecret(32, 'e'));
    seed(QStringLiteral("bundle"), QStringLiteral("link"), mode(2, *link::sealBundle(devicePub, id('L'), bundle)));
}

void httpSeeds()
{
    const QList<std::pair<QString, QByteArray>> requests = {
        {QStringLiteral("get"), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"},
        {QStringLiteral("post"),
            "POST /v1/push HTTP/1.1\r\nContent-Length: 11\r\nAuthorization: Bearer x\r\n\r\n"
            "{\"a\":\"bcd\"}GET / HTTP/1.1\r\n\r\n"},
        {QStringLiteral("chunked"),
            "POST /v1/push HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
            "5;x=y\r\nhello\r\n0\r\nTrailer: 1\r\n\r\n"},
        {QStringLiteral("upgrade"),
            "GET /v1/hints HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"},
        {QStringLiteral("too-large"), "POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n"},
    };
    int split = 0;
    for (const auto &[name, bytes] : requests)
        seed(QStringLiteral("requestguard"), name, QByteArray(1, char(split++ * 7)) + bytes);
}

void questionnaireSeeds(const QString &assets)
{
    for (const QString &name : QDir(assets).entryList({QStringLiteral("*.json")})) {
        QFile file(assets + QLatin1Char('/') + name);
        if (file.open(QIODevice::ReadOnly))
            seed(QStringLiteral("questionnaire"), name, file.readAll());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds CORPUS_DIR (tests/fuzz/corpus)\n");
        return 2;
    }
    root = QString::fromLocal8Bit(argv[1]);
    recordSeeds();
    wireSeeds();
    sharingSeeds();
    bundleSeeds();
    httpSeeds();
    questionnaireSeeds(root + QStringLiteral("/../../../assets/questionnaires"));
    std::printf("%d seeds written under %s\n", written, argv[1]);
    return written > 0 ? 0 : 1;
}
