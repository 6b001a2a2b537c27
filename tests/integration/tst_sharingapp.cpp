// SPDX-License-Identifier: GPL-3.0-or-later
// The patient's side of sharing, as she uses it, against a real carecircle-server process:
// make a "Care team" space, invite her GP (who enters the code in carecircle-cli, a second
// process with its own account), compare the safety number on both screens, add him, put a
// goal in the space, read his comment on it, see in the access log that he fetched it, then
// remove him: what she writes afterwards never reaches him.
#include "app/home/caredata.h"
#include "app/session/session.h"
#include "app/session/vaultcontroller.h"
#include "app/sharing/commentmodel.h"
#include "app/sharing/inviteflow.h"
#include "app/sharing/sharingspaces.h"
#include "app/sharing/sharingstatus.h"
#include "app/sync/syncstatus.h"
#include "app/team/careteamcontroller.h"
#include "app/workspace/patientlistmodel.h"
#include "app/workspace/workspacecontroller.h"
#include "app/workspace/workspaceitemmodel.h"
#include "appharness.h"
#include "domain/carestore.h"
#include "domain/goal.h"
#include "serverprocess.h"
#include "vault/keystore.h"
#include "vault/vault.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using app::InviteFlow;
using app::SharingStatus;
using app::SyncStatus;
using app::VaultController;
using testing::cli;
using testing::Phone;

namespace {

const QString PatientPassphrase = QStringLiteral("quiet lanterns over the Leie");
const QString GpPassphrase = QStringLiteral("linden trees by the town hall");
constexpr int Patience = 30000;

/** Opens the GP's vault as his own app would. */
std::unique_ptr<vault::Vault> openGpVault(const QString &dir)
{
    auto vault = vault::Vault::open(dir);
    if (!vault || !(*vault)->unlockWithPassphrase(crypto::SecureBuffer::copyOf(GpPassphrase.toUtf8())))
        return nullptr;
    return std::move(*vault);
}

/** Runs one invitation from @p phone's selected space through to "added": the guest
 *  accepts in carecircle-cli as @p name; the safety numbers are said to match. */
bool inviteAndConfirm(testing::Phone &phone, const QString &careRole, const QString &permission, const QString &gpVault,
    const QString &name, const QString &memberCard = {})
{
    const QString gpIn = GpPassphrase + QLatin1Char('\n');
    if (memberCard.isEmpty())
        phone.invites->startInvite(careRole, permission, 7);
    else
        phone.invites->startInviteFor(memberCard, permission, 7);
    if (!QTest::qWaitFor([&] { return phone.invites->inviteState() == InviteFlow::InviteWaiting; }, Patience))
        return false;
    if (cli({QStringLiteral("accept"), QStringLiteral("--vault"), gpVault, QStringLiteral("--code"),
                phone.invites->inviteCode(), QStringLiteral("--name"), name},
            gpIn)
        != 0)
        return false;
    if (!QTest::qWaitFor([&] { return phone.invites->inviteState() == InviteFlow::InviteAccepted; }, Patience))
        return false;
    phone.invites->confirmInvite(true);
    return QTest::qWaitFor([&] { return phone.invites->inviteState() == InviteFlow::InviteDone; }, Patience);
}

/** The cards of @p role in the patient's care team. */
QList<domain::CareTeamMember> cardsOf(const domain::CareStore &store, const QString &role)
{
    QList<domain::CareTeamMember> found;
    for (const domain::CareTeamMember &m : store.members()) {
        if (m.role == role)
            found.append(m);
    }
    return found;
}

} // namespace

class TestSharingApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void aPatientSharesAGoalWithHerGpReadsHisCommentAndRemovesHim()
    {
        const QString server = m_server.baseUrl().toString();
        QTemporaryDir gpDir;
        const QString gp = gpDir.filePath(QStringLiteral("vault"));
        const QString gpIn = GpPassphrase + QLatin1Char('\n');
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--vault"), gp}, gpIn + gpIn), 0);
        QCOMPARE(
            cli({QStringLiteral("connect"), QStringLiteral("--vault"), gp, QStringLiteral("--server"), server}, gpIn),
            0);

        Phone phone;
        QSignalSpy created(phone.vaults, &VaultController::vaultCreated);
        phone.vaults->createVault(PatientPassphrase, false);
        QVERIFY(created.wait(Patience));
        domain::Goal goal;
        goal.whatMattersToMe = {QStringLiteral("Walk to the Saturday market"), QStringLiteral("en")};
        goal.domain = QStringLiteral("participation");
        QVERIFY(phone.store()->save(goal).ok());
        phone.session()->notifyChanged();

        // Before connecting she can already make a space; inviting needs the server.
        QVERIFY(!phone.spaces->available());
        const QString space = phone.spaces->createSpace(QStringLiteral("Care team"), QStringLiteral("teal"));
        QVERIFY2(!space.isEmpty(), qPrintable(phone.status->errorText()));
        QCOMPARE(phone.spaces->createSpace(QStringLiteral("care TEAM"), QStringLiteral("blue")), QString());
        QVERIFY(!phone.status->errorText().isEmpty()); // the same name twice is refused in words
        QCOMPARE(phone.spaces->spaces()->count(), 2); // Private and Care team
        QCOMPARE(phone.spaces->audienceOf(space), phone.spaces->audienceOf(phone.spaces->spaceOf({})));
        phone.spaces->setSelectedSpace(space);
        phone.invites->startInvite(QStringLiteral("gp"), QStringLiteral("contributor"), 7);
        QCOMPARE(phone.invites->inviteState(), InviteFlow::InviteNone);
        QVERIFY(!phone.status->errorText().isEmpty());

        QSignalSpy connected(phone.sync, &SyncStatus::connectSucceeded);
        phone.sync->connectToServer(server, QStringLiteral("Phone"));
        QVERIFY(connected.wait(Patience));
        QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
        QVERIFY(phone.spaces->available());

        // The invitation: a code, which the GP enters on his own computer.
        phone.invites->startInvite(QStringLiteral("gp"), QStringLiteral("contributor"), 7);
        QTRY_COMPARE_WITH_TIMEOUT(phone.invites->inviteState(), InviteFlow::InviteWaiting, Patience);
        const QString code = phone.invites->inviteCode();
        QVERIFY(phone.join->looksLikeInviteCode(code));
        QVERIFY(phone.invites->inviteQrText().endsWith(code));
        QVERIFY(phone.invites->inviteExpires() > QDateTime::currentDateTime().addDays(6));
        QByteArray gpOutput;
        QCOMPARE(cli({QStringLiteral("accept"), QStringLiteral("--vault"), gp, QStringLiteral("--code"), code,
                         QStringLiteral("--name"), QStringLiteral("dr. Claes")},
                     gpIn, &gpOutput),
            0);
        // Both screens show the same number.
        QTRY_COMPARE_WITH_TIMEOUT(phone.invites->inviteState(), InviteFlow::InviteAccepted, Patience);
        QCOMPARE(phone.invites->inviteGuestName(), QStringLiteral("dr. Claes"));
        const QString number = phone.invites->inviteSafetyNumber();
        QCOMPARE(number.count(QRegularExpression(QStringLiteral("\\d"))), 60);
        QVERIFY2(QString::fromUtf8(gpOutput).contains(number), gpOutput.constData());
        // A second person cannot use the same code.
        QCOMPARE(phone.invites->pendingInviteCount(), 1);

        QSignalSpy done(phone.status, &SharingStatus::membershipDone);
        phone.invites->confirmInvite(true);
        QVERIFY(done.wait(Patience));
        QCOMPARE(phone.invites->inviteState(), InviteFlow::InviteDone);
        QCOMPARE(phone.invites->inviteGuestName(), QStringLiteral("dr. Claes")); // still named once done
        QCOMPARE(phone.invites->pendingInviteCount(), 0);
        QCOMPARE(phone.members->members()->count(), 2);
        const QVariantMap gpRow = phone.members->members()->get(1);
        QCOMPARE(gpRow.value(QStringLiteral("name")).toString(), QStringLiteral("dr. Claes"));
        QCOMPARE(gpRow.value(QStringLiteral("careRole")).toString(), QStringLiteral("gp"));
        QCOMPARE(gpRow.value(QStringLiteral("permission")).toString(), QStringLiteral("contributor"));
        QVERIFY(gpRow.value(QStringLiteral("verified")).toBool());
        QVERIFY(phone.spaces->audienceOf(space).contains(QStringLiteral("dr. Claes")));
        const QString gpAccount = gpRow.value(QStringLiteral("account")).toString();

        // "Who can see this?": the goal goes to the care team and reaches the GP.
        QCOMPARE(phone.spaces->moveRecord(QString::fromLatin1(goal.id.toHex()), space), QString());
        QCOMPARE(phone.spaces->spaceOf(QString::fromLatin1(goal.id.toHex())), space);
        QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--vault"), gp}, gpIn), 0);
        QByteArray commentId;
        {
            auto gpVault = openGpVault(gp);
            QVERIFY(gpVault);
            domain::CareStore gpStore(*gpVault);
            gpStore.setSpaceFilter([&](const QByteArray &s) { return s == QByteArray::fromHex(space.toLatin1()); });
            QVERIFY(gpStore.load().ok());
            QVERIFY(gpStore.goal(goal.id));
            QCOMPARE(gpStore.goal(goal.id)->whatMattersToMe.text, QStringLiteral("Walk to the Saturday market"));
            domain::Comment comment;
            comment.targetId = goal.id;
            comment.targetKind = QStringLiteral("goal");
            comment.authorAccount = gpVault->accountId();
            comment.authorName = QStringLiteral("dr. Claes");
            comment.authorRole = QStringLiteral("gp");
            comment.text = {QStringLiteral("Take the bench halfway; it counts."), QStringLiteral("en")};
            comment.time = QDateTime::currentDateTimeUtc();
            QVERIFY(gpStore.save(comment).ok());
            commentId = comment.id;
        }
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--vault"), gp}, gpIn), 0);

        // His comment arrives by itself, with his name and role, marked new.
        app::CommentThread thread(phone.session());
        thread.setTargetKind(QStringLiteral("goal"));
        thread.setTargetId(QString::fromLatin1(goal.id.toHex()));
        QTRY_COMPARE_WITH_TIMEOUT(thread.count(), 1, Patience);
        QCOMPARE(thread.newCount(), 1);
        const QVariantMap comment = thread.comments()->get(0);
        QCOMPARE(comment.value(QStringLiteral("authorName")).toString(), QStringLiteral("dr. Claes"));
        QCOMPARE(comment.value(QStringLiteral("authorRole")).toString(), QStringLiteral("gp"));
        QVERIFY(comment.value(QStringLiteral("isNew")).toBool());
        thread.markSeen();
        QCOMPARE(thread.newCount(), 0);
        // She answers; her own comment is never "new" to her.
        QCOMPARE(thread.add(QStringLiteral("Thank you, I will.")), QString());
        QCOMPARE(thread.count(), 2);
        QCOMPARE(thread.newCount(), 0);

        // The access log names him.
        phone.members->refreshAccessLog();
        QTRY_VERIFY_WITH_TIMEOUT(!phone.members->accessLogLoading(), Patience);
        QCOMPARE(phone.members->accessLogError(), QString());
        bool gpSeen = false;
        for (int i = 0; i < phone.members->accessLog()->count(); ++i)
            gpSeen =
                gpSeen || phone.members->accessLog()->get(i).value(QStringLiteral("who")).toString() == u"dr. Claes";
        QVERIFY(gpSeen);

        // She removes him: nothing she writes afterwards reaches him.
        QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
        phone.members->removeMember(gpAccount);
        QVERIFY(done.wait(Patience));
        QCOMPARE(phone.members->members()->count(), 1);
        QVERIFY(done.last().first().toString().contains(QStringLiteral("stays with them")));
        domain::Goal later;
        later.whatMattersToMe = {QStringLiteral("Sleep through the night"), QStringLiteral("en")};
        later.domain = QStringLiteral("body");
        QVERIFY(phone.store()->saveInSpace(later, QByteArray::fromHex(space.toLatin1())).ok());
        phone.session()->notifyChanged();
        QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
        cli({QStringLiteral("sync"), QStringLiteral("--vault"), gp}, gpIn);
        {
            auto gpVault = openGpVault(gp);
            QVERIFY(gpVault);
            domain::CareStore gpStore(*gpVault);
            QVERIFY(gpStore.load().ok());
            QVERIFY(!gpStore.goal(later.id));
        }
    }

    void oneCardPerPersonThroughInvitationsAndRemoval()
    {
        // Issue 14: every invitation added a second card ("dr. Claes" beside "dr. Jan Claes"),
        // and the removed GP's card stayed as if he were still in the team.
        const QString server = m_server.baseUrl().toString();
        QTemporaryDir gpDir;
        const QString gp = gpDir.filePath(QStringLiteral("vault"));
        const QString gpIn = GpPassphrase + QLatin1Char('\n');
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--vault"), gp}, gpIn + gpIn), 0);
        QCOMPARE(
            cli({QStringLiteral("connect"), QStringLiteral("--vault"), gp, QStringLiteral("--server"), server}, gpIn),
            0);
        Phone phone;
        QSignalSpy created(phone.vaults, &VaultController::vaultCreated);
        phone.vaults->createVault(PatientPassphrase, false);
        QVERIFY(created.wait(Patience));
        QSignalSpy connected(phone.sync, &SyncStatus::connectSucceeded);
        phone.sync->connectToServer(server, QStringLiteral("Phone"));
        QVERIFY(connected.wait(Patience));
        QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);

        // She wrote her GP down before he used CareCircle, and invites him from that card.
        app::CareTeamController *team = phone.services.careTeam();
        QCOMPARE(team->saveMember({}, QStringLiteral("dr. Jan Claes"), QStringLiteral("gp"),
                     QStringLiteral("Praktijk Zuid"), QString()),
            QString());
        const QString card = team->lastSavedId();
        const QString careTeam = phone.spaces->createSpace(QStringLiteral("Care team"), QStringLiteral("teal"));
        phone.spaces->setSelectedSpace(careTeam);
        QVERIFY(inviteAndConfirm(phone, {}, QStringLiteral("contributor"), gp, QStringLiteral("dr. Claes"), card));
        QCOMPARE(cardsOf(*phone.store(), QStringLiteral("gp")).size(), 1);
        const domain::CareTeamMember linked = cardsOf(*phone.store(), QStringLiteral("gp")).constFirst();
        QCOMPARE(linked.displayName, QStringLiteral("dr. Jan Claes")); // what she wrote stays
        QCOMPARE(linked.organisation, QStringLiteral("Praktijk Zuid"));
        QVERIFY(!linked.linkedAccount.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(phone.members->members()->count(), 2, Patience);
        QCOMPARE(
            phone.members->members()->get(1).value(QStringLiteral("name")).toString(), QStringLiteral("dr. Jan Claes"));
        const QString gpAccount = phone.members->members()->get(1).value(QStringLiteral("account")).toString();

        // The GP marks her as verified too, from his own side.
        QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
        QByteArray out;
        // Nothing is marked unless he says the numbers match.
        QVERIFY(cli({QStringLiteral("verify-member"), QStringLiteral("--vault"), gp, QStringLiteral("--space"),
                        QStringLiteral("Care team")},
                    gpIn + QStringLiteral("n\n"), &out)
            != 0);
        QCOMPARE(cli({QStringLiteral("members"), QStringLiteral("--vault"), gp, QStringLiteral("--space"),
                         QStringLiteral("Care team")},
                     gpIn, &out),
            0);
        QVERIFY2(!out.contains(" owner - verified"), out.constData());
        QCOMPARE(cli({QStringLiteral("verify-member"), QStringLiteral("--vault"), gp, QStringLiteral("--space"),
                         QStringLiteral("Care team")},
                     gpIn + QStringLiteral("y\n"), &out),
            0);
        QCOMPARE(cli({QStringLiteral("members"), QStringLiteral("--vault"), gp, QStringLiteral("--space"),
                         QStringLiteral("Care team")},
                     gpIn, &out),
            0);
        QVERIFY2(out.contains(" owner - verified"), out.constData());

        // A second space for the same man, under another name he gives: still one card.
        const QString physio = phone.spaces->createSpace(QStringLiteral("Knee"), QStringLiteral("blue"));
        phone.spaces->setSelectedSpace(physio);
        QVERIFY(inviteAndConfirm(phone, QStringLiteral("gp"), QStringLiteral("viewer"), gp, QStringLiteral("Jan")));
        QCOMPARE(cardsOf(*phone.store(), QStringLiteral("gp")).size(), 1);

        // Removed from one space he is still in her team; removed from the last, he is a
        // former member: listed, marked, not deleted.
        QSignalSpy done(phone.status, &SharingStatus::membershipDone);
        QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
        phone.members->removeMember(gpAccount);
        QVERIFY(done.wait(Patience));
        QVERIFY(!cardsOf(*phone.store(), QStringLiteral("gp")).constFirst().former);
        phone.spaces->setSelectedSpace(careTeam);
        QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
        phone.members->removeMember(gpAccount);
        QVERIFY(done.wait(Patience));
        QCOMPARE(cardsOf(*phone.store(), QStringLiteral("gp")).size(), 1);
        QVERIFY(cardsOf(*phone.store(), QStringLiteral("gp")).constFirst().former);
        const int row = team->members()->indexOf(card);
        QVERIFY(row >= 0);
        QVERIFY(team->members()->get(row).value(QStringLiteral("former")).toBool());

        // Invited again: the same card, current again.
        QTRY_VERIFY_WITH_TIMEOUT(phone.settled(), Patience);
        QVERIFY(inviteAndConfirm(
            phone, QStringLiteral("gp"), QStringLiteral("contributor"), gp, QStringLiteral("dr. Claes")));
        QCOMPARE(cardsOf(*phone.store(), QStringLiteral("gp")).size(), 1);
        QVERIFY(!cardsOf(*phone.store(), QStringLiteral("gp")).constFirst().former);
    }

    void anInviteeNamesHerselfVerifiesTheOwnerAndSeesWhoWrote()
    {
        // Issue 14: the name given when accepting did not reach the invitee's own app, she
        // could not mark the owner as verified, and the patient's replies showed as
        // "Someone in the care circle" on her side.
        const QString server = m_server.baseUrl().toString();
        Phone maria;
        Phone els;
        for (Phone *p : {&maria, &els}) {
            QSignalSpy created(p->vaults, &VaultController::vaultCreated);
            p->vaults->createVault(PatientPassphrase, false);
            QVERIFY(created.wait(Patience));
        }
        domain::PatientProfile profile;
        profile.preferredName = QStringLiteral("Maria Janssens");
        profile.language = QStringLiteral("en");
        profile.birthYear = 1948;
        QVERIFY(maria.store()->save(profile).ok());
        domain::Goal goal;
        goal.whatMattersToMe = {QStringLiteral("Cook for the grandchildren"), QStringLiteral("en")};
        goal.domain = QStringLiteral("participation");
        QVERIFY(maria.store()->save(goal).ok());
        maria.session()->notifyChanged();
        for (Phone *p : {&maria, &els}) {
            QSignalSpy connected(p->sync, &SyncStatus::connectSucceeded);
            p->sync->connectToServer(server, QStringLiteral("Device"));
            QVERIFY(connected.wait(Patience));
            QTRY_VERIFY_WITH_TIMEOUT(p->settled(), Patience);
        }

        const QString space = maria.spaces->createSpace(QStringLiteral("Family"), QStringLiteral("teal"));
        maria.spaces->setSelectedSpace(space);
        QVERIFY(maria.invites->profileHasBirthYear());
        QVERIFY(!maria.invites->spaceSharesBirthYear()); // opt-in: nothing shared before she ticks it
        maria.invites->startInvite({}, QStringLiteral("editor"), 7, true);
        QVERIFY(maria.invites->spaceSharesBirthYear());
        QTRY_COMPARE_WITH_TIMEOUT(maria.invites->inviteState(), InviteFlow::InviteWaiting, Patience);
        els.join->openInvite(maria.invites->inviteCode());
        QTRY_COMPARE_WITH_TIMEOUT(els.join->joinState(), app::JoinFlow::JoinOpened, Patience);
        QCOMPARE(els.join->joinOwnerName(), QStringLiteral("Maria Janssens"));
        QVERIFY(!els.store()->profile() || els.store()->profile()->preferredName.isEmpty());
        els.join->acceptInvite(QStringLiteral("Els Peeters"), QStringLiteral("caregiver"));
        QTRY_COMPARE_WITH_TIMEOUT(els.join->joinState(), app::JoinFlow::JoinAccepted, Patience);
        // Her own app knows her name now ("Your name" was empty).
        QVERIFY(els.store()->profile());
        QCOMPARE(els.store()->profile()->preferredName, QStringLiteral("Els Peeters"));
        // She compared the number: she marks Maria as verified on her side.
        QCOMPARE(els.join->markOwnerVerified(true), QString());
        QVERIFY(els.join->ownerVerified());

        // Maria sees the name and care role Els gave, and her card says so.
        QTRY_COMPARE_WITH_TIMEOUT(maria.invites->inviteState(), InviteFlow::InviteAccepted, Patience);
        QCOMPARE(maria.invites->inviteGuestName(), QStringLiteral("Els Peeters"));
        QCOMPARE(maria.invites->inviteGuestCareRole(), QStringLiteral("caregiver"));
        maria.invites->confirmInvite(true);
        QTRY_COMPARE_WITH_TIMEOUT(maria.invites->inviteState(), InviteFlow::InviteDone, Patience);
        QCOMPARE(cardsOf(*maria.store(), QStringLiteral("caregiver")).size(), 1);
        QCOMPARE(cardsOf(*maria.store(), QStringLiteral("caregiver")).constFirst().displayName,
            QStringLiteral("Els Peeters"));

        // Maria's reply reaches Els with Maria's name and role.
        QCOMPARE(maria.spaces->moveRecord(QString::fromLatin1(goal.id.toHex()), space), QString());
        app::CommentThread thread(maria.session());
        thread.setTargetKind(QStringLiteral("goal"));
        thread.setTargetId(QString::fromLatin1(goal.id.toHex()));
        QCOMPARE(thread.add(QStringLiteral("Saturday, with soup.")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(maria.settled(), Patience);
        const QByteArray spaceId = QByteArray::fromHex(space.toLatin1());
        QVariantList comments;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                domain::CareStore seen(els.store()->vault());
                seen.setSpaceFilter([&](const QByteArray &s) { return s == spaceId; });
                if (!seen.load())
                    return false;
                comments = app::WorkspaceItemModel::commentsOn(seen, goal.id, {});
                return !comments.isEmpty();
            }(),
            Patience);
        const QVariantMap reply = comments.constFirst().toMap();
        QCOMPARE(reply.value(QStringLiteral("authorName")).toString(), QStringLiteral("Maria Janssens"));
        QCOMPARE(reply.value(QStringLiteral("authorRole")).toString(), QStringLiteral("patient"));

        // In Els's My patients Maria is told apart by the birth year she shares.
        app::WorkspaceController *workspace = els.services.workspace();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                // As the app's patient feed does on every change of her spaces.
                workspace->setPatients(app::patientsSharedWithMe(els.sync->sharing()->spaces()));
                return workspace->patients()->count() == 1
                    && !workspace->patients()->get(0).value(QStringLiteral("detail")).toString().isEmpty();
            }(),
            Patience);
        const QVariantMap row = workspace->patients()->get(0);
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Maria Janssens"));
        QVERIFY2(row.value(QStringLiteral("detail")).toString().contains(QStringLiteral("1948")),
            qPrintable(row.value(QStringLiteral("detail")).toString()));

        // Her next invitation without the box ticked takes the birth year out of the space.
        maria.invites->startInvite(QStringLiteral("gp"), QStringLiteral("contributor"), 7);
        QVERIFY(!maria.invites->spaceSharesBirthYear());
        QTRY_COMPARE_WITH_TIMEOUT(maria.invites->inviteState(), InviteFlow::InviteWaiting, Patience);
        maria.invites->cancelInvite();
        QVERIFY(!maria.store()->spaceInfo(spaceId)->ownerBirthYear);
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

private:
    testing::ServerProcess m_server;
};

QTEST_MAIN(TestSharingApp)
#include "tst_sharingapp.moc"
