// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/careteamdemo.h"

#include "crypto/random.h"
#include "demo/demohistory.h"
#include "demo/demostory.h"
#include "demo/demovault.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>

namespace cc::demo::careteamdemo {

namespace {

domain::LocalizedText nl(const QString &text)
{
    return {text, QStringLiteral("nl")};
}

/** Gives the demo story another person: her names in every text, her own goals. */
void retell(DemoStory &story, const QString &first, const QString &last, const QStringList &goals)
{
    const auto swap = [&](domain::LocalizedText &t) {
        t.text.replace(QStringLiteral("Maria"), first).replace(QStringLiteral("Peeters"), last);
    };
    story.profile.preferredName = first;
    for (domain::CareTeamMember &m : story.members)
        m.displayName.replace(QStringLiteral("Maria"), first).replace(QStringLiteral("Peeters"), last);
    swap(story.plan.title);
    for (domain::LocalizedText &a : story.plan.agreements)
        swap(a);
    for (domain::Activity &a : story.activities)
        swap(a.title);
    for (domain::ProgressEntry &p : story.progress)
        swap(p.note);
    for (domain::Comment &c : story.comments)
        swap(c.text);
    for (qsizetype i = 0; i < story.goals.size() && i < goals.size(); ++i)
        story.goals[i].whatMattersToMe = nl(goals.at(i));
}

domain::CheckIn &latest(DemoStory &story)
{
    return story.checkIns.last();
}

/** One of the demo's patients: her name, her space's colour, her own goals (none: Maria's). */
struct Person {
    QString first, last, colour;
    QStringList goals;
};

QList<Person> people(int count)
{
    QList<Person> list = {
        {QStringLiteral("Maria"), QStringLiteral("Peeters"), QStringLiteral("teal"), {}},
        {QStringLiteral("Jozef"), QStringLiteral("Maes"), QStringLiteral("blue"),
            {QStringLiteral("Elke ochtend zelf mijn krant halen bij de krantenwinkel"),
                QStringLiteral("Mijn moestuin zelf blijven onderhouden"),
                QStringLiteral("Mijn pillen zelf klaarzetten voor de hele week")}},
        {QStringLiteral("Fatima"), QStringLiteral("El Idrissi"), QStringLiteral("purple"),
            {QStringLiteral("Zonder hulp boodschappen doen in de buurt"),
                QStringLiteral("Op vrijdag weer voor de hele familie koken"),
                QStringLiteral("Zelf mijn insuline spuiten, ook op reis")}},
    };
    // More patients for a large practice: every pairing of these names, in a fixed order.
    static const char *const firsts[] = {"Anna", "Luc", "Rita", "Marc", "Godelieve", "Youssef", "Lieve", "Frans",
        "Nadia", "Willy", "Agnes", "Rudi", "Mireille", "Jean", "Hilde"};
    static const char *const lasts[] = {"Janssens", "Wouters", "De Smet", "Jacobs", "Mertens", "Willems", "Claes",
        "Goossens", "Dubois", "Lambert", "Vermeulen", "Hermans", "Aerts", "Pauwels", "Michiels", "Bakker", "Desmet",
        "Lemmens", "Cools", "Verstraeten", "Maes"};
    static const char *const colours[] = {"teal", "blue", "purple", "orange", "green"};
    for (int i = int(list.size()); i < count; ++i) {
        const int n = i - 3;
        list.append({QString::fromUtf8(firsts[n % std::size(firsts)]),
            QString::fromUtf8(lasts[(n / std::size(firsts)) % std::size(lasts)]),
            QString::fromLatin1(colours[i % std::size(colours)]), {}});
    }
    return list.mid(0, count);
}

/** The GP's own account first (in a scratch folder), then his device's vault in @p directory
 *  made from the account material with the patients' space keys added, as sharing would add
 *  them. @p spaces receives the three patients' space ids. */
Result<std::unique_ptr<vault::Vault>> createGpVault(
    const QString &directory, const crypto::Argon2Params &kdf, int patients, QList<QByteArray> &spaces)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error {ErrorCode::Io, QCoreApplication::translate("careteamdemo", "No temporary folder.")};
    auto account = vault::Vault::create(
        scratch.filePath(QStringLiteral("account")), crypto::SecureBuffer::copyOf("demo account"), {1, 1024, 1});
    if (!account)
        return account.error();
    auto material = account->vault->accountMaterial();
    if (!material)
        return material.error();
    for (int i = 0; i < patients; ++i) {
        spaces.append(crypto::randomBytes(16));
        material->spaceKeys.push_back(protocol::SpaceKey {spaces.last(), 1, crypto::randomSecret(32)});
    }
    const vault::PassphraseKdf passphraseKdf = vault::Vault::newPassphraseKdf(kdf);
    QByteArray pass = demovault::passphrase().toUtf8();
    auto kek = vault::Vault::derivePassphraseKey(crypto::SecureBuffer::takeFrom(pass), passphraseKdf);
    if (!kek)
        return kek.error();
    return vault::Vault::createForAccount(directory, passphraseKdf, *kek, *material);
}

/** The member's own profile (her name), in her private space. */
Status writeMemberProfile(vault::Vault &gpVault, const QString &name)
{
    domain::CareStore own(gpVault);
    const QByteArray privateSpace = gpVault.privateSpaceId();
    own.setSpaceFilter([privateSpace](const QByteArray &s) { return s == privateSpace; });
    if (auto s = own.load(); !s)
        return s;
    domain::PatientProfile me;
    me.preferredName = name;
    me.language = QStringLiteral("nl");
    return own.save(me);
}

/** The demo story of patient @p index (0 Maria, 1 Jozef, 2 Fatima, then the generated ones),
 *  the first three each with what the workspace should flag about them. */
DemoStory storyOf(int index, const Person &person, QDate today)
{
    DemoStory story = generateDemoStory(today);
    if (index > 0)
        retell(story, person.first, person.last, person.goals);
    domain::CheckIn &last = latest(story);
    for (auto it = last.answers.begin(); it != last.answers.end(); ++it)
        it->wantToDiscuss = false;
    if (index == 0) { // Maria wants to talk about her sleep
        domain::CheckIn::DomainAnswer &mind = last.answers[QStringLiteral("mind")];
        mind.wantToDiscuss = true;
        mind.note = nl(QStringLiteral("Ik slaap weer slechter en maak me zorgen over de operatie van mijn zus."));
    } else if (index == 1) { // Jozef: the meeting was not held; one goal got harder
        story.plan.nextReview = today.addDays(-6);
        story.goals[1].achievement = QStringLiteral("worsening");
    } else if (index == 2) { // Fatima: her body rating fell sharply this week
        domain::CheckIn::DomainAnswer &body = last.answers[QStringLiteral("body")];
        body.rating = std::max(0, body.rating - 4);
        body.note = nl(QStringLiteral("Veel pijn in mijn knie sinds ik gevallen ben."));
    }
    return story;
}

/** The GP already answered Maria once, through the workspace. */
Status writeGpReply(domain::CareStore &store, const vault::Vault &gpVault, const DemoStory &story, QDate today)
{
    domain::Comment reply;
    reply.targetId = story.goals.constFirst().id;
    reply.targetKind = QStringLiteral("goal");
    reply.authorAccount = gpVault.vaultId();
    reply.authorName = doctorName();
    reply.authorRole = QStringLiteral("gp");
    reply.text =
        nl(QStringLiteral("Mooi dat het lukt met de rollator. We bespreken de longrevalidatie op het overleg."));
    reply.time = QDateTime(today.addDays(-3), QTime(17, 40)).toUTC();
    return store.save(reply);
}

/** The member's role in the patient's space, as joining it records (sync::Sharing). */
Status writeSpaceRole(vault::Vault &memberVault, const QByteArray &space, const QString &role)
{
    vault::SpaceState state;
    state.id = space;
    state.owner = ownerOf(space);
    state.role = role;
    return memberVault.saveSpaceState(state);
}

/** Writes patient @p index's story and space info into her shared @p space. */
Status writePatientSpace(
    vault::Vault &gpVault, const QByteArray &space, int index, const Person &person, QDate today, int records)
{
    const DemoStory story = storyOf(index, person, today);
    domain::CareStore store(gpVault);
    store.setSpaceFilter([space](const QByteArray &s) { return s == space; });
    store.setDefaultSpace(space);
    if (auto s = store.load(); !s)
        return s;
    const auto importBatch = [&store](const domain::CareRecords &batch) { return store.importRecords(batch); };
    if (auto s = demohistory::write(story, records, importBatch); !s)
        return s;
    domain::SpaceInfo info;
    info.id = space;
    info.name = QStringLiteral("Zorgteam");
    info.colour = person.colour;
    info.ownerName = person.first + QLatin1Char(' ') + person.last;
    if (auto s = store.save(info); !s)
        return s;
    return index == 0 ? writeGpReply(store, gpVault, story, today) : Status {};
}

} // namespace

QByteArray ownerOf(const QByteArray &space)
{
    return QCryptographicHash::hash(QByteArray("carecircle-demo-owner") + space, QCryptographicHash::Sha256).left(16);
}

QString doctorName()
{
    return QStringLiteral("dr. Jan Claes");
}

Status create(const QString &directory, QDate today, const crypto::Argon2Params &kdf)
{
    return create(directory, 3, 0, today, kdf);
}

Status create(
    const QString &directory, int patients, int recordsPerPatient, QDate today, const crypto::Argon2Params &kdf)
{
    QList<QByteArray> spaces;
    auto created = createGpVault(directory, kdf, patients, spaces);
    if (!created)
        return created.error();
    vault::Vault &gpVault = **created;
    if (auto s = writeMemberProfile(gpVault, doctorName()); !s)
        return s;
    const QList<Person> people = careteamdemo::people(patients);
    for (int i = 0; i < patients; ++i) {
        if (auto s = writePatientSpace(gpVault, spaces.at(i), i, people.at(i), today, recordsPerPatient); !s)
            return s;
        // "Read, comment and add progress notes": the GP is a contributor.
        if (auto s = writeSpaceRole(gpVault, spaces.at(i), QStringLiteral("contributor")); !s)
            return s;
    }
    return {};
}

QString caregiverName()
{
    return QStringLiteral("Els Peeters");
}

Status createCaregiver(const QString &directory, QDate today, const crypto::Argon2Params &kdf)
{
    QList<QByteArray> spaces;
    auto created = createGpVault(directory, kdf, 1, spaces);
    if (!created)
        return created.error();
    vault::Vault &elsVault = **created;
    if (auto s = writeMemberProfile(elsVault, caregiverName()); !s)
        return s;
    const Person maria = careteamdemo::people(1).constFirst();
    DemoStory story = storyOf(0, maria, today);
    domain::CareStore store(elsVault);
    const QByteArray space = spaces.constFirst();
    store.setSpaceFilter([space](const QByteArray &s) { return s == space; });
    store.setDefaultSpace(space);
    if (auto s = store.load(); !s)
        return s;
    if (auto s =
            demohistory::write(story, 0, [&store](const domain::CareRecords &b) { return store.importRecords(b); });
        !s)
        return s;
    domain::SpaceInfo info;
    info.id = space;
    info.name = QStringLiteral("Familie");
    info.colour = maria.colour;
    info.ownerName = maria.first + QLatin1Char(' ') + maria.last;
    if (auto s = store.save(info); !s)
        return s;
    return writeSpaceRole(elsVault, space, QStringLiteral("editor")); // "May edit with and for you"
}

} // namespace cc::demo::careteamdemo
