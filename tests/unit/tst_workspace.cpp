// SPDX-License-Identifier: GPL-3.0-or-later
// The care-team workspace: attention flags (each rule fires, and not just below its
// boundary), new-comment counts, commenting as a space member into the patient's space,
// one's own name kept sealed and private, the meeting agenda (text and PDF) of one patient
// only, and the care-team demo vault the screenshots use.
#include "app/session/session.h"
#include "app/workspace/careteamdemo.h"
#include "app/workspace/patientlistmodel.h"
#include "app/workspace/patientsummary.h"
#include "app/workspace/workspacecontroller.h"
#include "crypto/random.h"
#include "demo/careteamdemo.h"
#include "domain/attentionflags.h"
#include "domain/carestore.h"
#include "domain/changeset.h"
#include "domain/codelabels.h"
#include "domain/ownspaces.h"
#include "interop/agendaexport.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::domain;
using cc::domain::AttentionFlags;

namespace {

std::unique_ptr<vault::Vault> newVault(const QTemporaryDir &dir)
{
    auto created = vault::Vault::create(
        dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("workspace passphrase"), {1, 1024, 1});
    return created ? std::move(created->vault) : nullptr;
}

const QDate Today(2026, 11, 22);

QDateTime at(int daysAgo)
{
    return QDateTime(Today.addDays(-daysAgo), QTime(9, 0), Qt::UTC);
}

/** A patient check-in of @p daysAgo with one rating for "mind" (and "body" at 5). */
CheckIn checkIn(int daysAgo, int mind, bool discussMind = false)
{
    CheckIn c;
    c.completedById = QByteArray(16, 'p');
    c.time = at(daysAgo);
    c.answers.insert(QStringLiteral("body"), {5, {}, false, {}});
    CheckIn::DomainAnswer answer {mind, {}, discussMind, {}};
    if (discussMind)
        answer.note = {QStringLiteral("I sleep badly"), QStringLiteral("en")};
    c.answers.insert(QStringLiteral("mind"), answer);
    return c;
}

/** A new care-team demo vault in @p dir, unlocked (nullptr if that failed). */
std::unique_ptr<vault::Vault> unlockedCareTeamDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("gp"));
    if (!demo::careteamdemo::create(path, QDate::currentDate(), {1, 1024, 1}))
        return nullptr;
    auto opened = vault::Vault::open(path);
    QByteArray pass = QByteArrayLiteral("Mechelen-zaterdagmarkt-2026");
    if (!opened || !(*opened)->unlockWithPassphrase(crypto::SecureBuffer::takeFrom(pass)))
        return nullptr;
    return std::move(*opened);
}

/** The spaces patient @p owner shares, as the demo's patient feed gives them. */
QList<QByteArray> spacesOf(const QList<app::PatientSource> &sources, const QByteArray &owner)
{
    for (const app::PatientSource &source : sources) {
        if (source.owner == owner)
            return source.spaces;
    }
    return {};
}

/** Writes into @p spaces, as a pull would, a newest check-in like the latest one there that
 *  asks to discuss nothing; its id, or nothing if that failed. */
QByteArray writeCalmCheckIn(vault::Vault &v, const QList<QByteArray> &spaces)
{
    CareStore hers(v);
    if (!hers.load(spaces) || !hers.latestPatientCheckIn())
        return {};
    CheckIn calm = *hers.latestPatientCheckIn();
    const QByteArray space = hers.spaceOf(calm.id);
    calm.id.clear();
    calm.time = QDateTime::currentDateTimeUtc();
    for (CheckIn::DomainAnswer &answer : calm.answers)
        answer.wantToDiscuss = false;
    return hers.saveInSpace(calm, space).ok() ? calm.id : QByteArray();
}

/** What an unlock does for the workspace: its vault, then the patients who share with it. */
void listPatients(app::WorkspaceController &workspace, vault::Vault &v, const QList<app::PatientSource> &sources)
{
    workspace.setVaultSource([&v] { return &v; });
    workspace.setPatients(sources);
}

bool hasWorsening(const AttentionFlags &flags, const QString &domain)
{
    return std::any_of(flags.worsening.cbegin(), flags.worsening.cend(),
        [&](const AttentionFlags::Worsening &w) { return w.domain == domain; });
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

    app::Session m_session;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;

    /** A fresh store in a fresh vault, for the flag rules. */
    struct Scratch {
        QTemporaryDir dir;
        std::unique_ptr<vault::Vault> vault;
        std::unique_ptr<CareStore> store;
    };
    static std::unique_ptr<Scratch> scratch()
    {
        auto s = std::make_unique<Scratch>();
        s->vault = newVault(s->dir);
        if (!s->vault)
            return nullptr;
        s->store = std::make_unique<CareStore>(*s->vault);
        if (!s->store->load())
            return nullptr;
        return s;
    }

    /** The demo patient whose SpaceInfo names her @p name. */
    static QString patientIdNamed(const app::WorkspaceController &workspace, const QString &name)
    {
        for (int row = 0; row < workspace.patients()->count(); ++row) {
            const QVariantMap patient = workspace.patients()->get(row);
            if (patient.value(QStringLiteral("name")).toString() == name)
                return patient.value(QStringLiteral("patientId")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CareCircleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workspace"));
        QSettings().remove(QStringLiteral("workspace"));

        const QString path = m_dir.filePath(QStringLiteral("gp"));
        QVERIFY(demo::careteamdemo::create(path, QDate::currentDate(), {1, 1024, 1}).ok());
        auto opened = vault::Vault::open(path);
        QVERIFY(opened.ok());
        m_vault = std::move(*opened);
        QByteArray pass = QByteArrayLiteral("Mechelen-zaterdagmarkt-2026");
        QVERIFY(m_vault->unlockWithPassphrase(crypto::SecureBuffer::takeFrom(pass)).ok());
    }

    void cleanupTestCase() { QSettings().remove(QStringLiteral("workspace")); }

    // --- (a) worsening: latest at least 2 below the mean of the previous up to 3 ----------------
    void worseningFiresAtTwoBelowTheMeanOfThePreviousThree()
    {
        auto s = scratch();
        QVERIFY(s);
        // An older 10 lies outside the window of three: the mean is (6 + 7 + 8) / 3 = 7.
        for (auto [days, mind] : {std::pair {28, 10}, {21, 6}, {14, 7}, {7, 8}}) {
            CheckIn c = checkIn(days, mind);
            QVERIFY(s->store->save(c).ok());
        }
        CheckIn latest = checkIn(0, 5);
        QVERIFY(s->store->save(latest).ok());
        const AttentionFlags flags = AttentionFlags::compute(*s->store, Today);
        QVERIFY(hasWorsening(flags, QStringLiteral("mind")));
        QVERIFY(!hasWorsening(flags, QStringLiteral("body"))); // 5 every time
        QCOMPARE(flags.worsening.constFirst().latest, 5);
        QCOMPARE(flags.worsening.constFirst().previousMean, 7.0);
    }

    void worseningDoesNotFireOneBelowTheMean()
    {
        auto s = scratch();
        QVERIFY(s);
        for (auto [days, mind] : {std::pair {21, 6}, {14, 7}, {7, 8}}) {
            CheckIn c = checkIn(days, mind);
            QVERIFY(s->store->save(c).ok());
        }
        CheckIn latest = checkIn(0, 6); // 1 below the mean of 7
        QVERIFY(s->store->save(latest).ok());
        QVERIFY(!hasWorsening(AttentionFlags::compute(*s->store, Today), QStringLiteral("mind")));
    }

    void worseningCountsFractionalMeansExactly()
    {
        auto s = scratch();
        QVERIFY(s);
        for (auto [days, mind] : {std::pair {14, 6}, {7, 7}}) { // mean 6.5
            CheckIn c = checkIn(days, mind);
            QVERIFY(s->store->save(c).ok());
        }
        CheckIn latest = checkIn(0, 5); // 1.5 below: not yet
        QVERIFY(s->store->save(latest).ok());
        QVERIFY(!hasWorsening(AttentionFlags::compute(*s->store, Today), QStringLiteral("mind")));
        CheckIn lower = checkIn(0, 4); // 2.5 below, now the latest
        lower.time = lower.time.addSecs(60);
        QVERIFY(s->store->save(lower).ok());
        QVERIFY(hasWorsening(AttentionFlags::compute(*s->store, Today), QStringLiteral("mind")));
    }

    void aSingleCheckInOrACaregiversOwnCheckInRaisesNoTrend()
    {
        auto s = scratch();
        QVERIFY(s);
        CheckIn only = checkIn(0, 1);
        QVERIFY(s->store->save(only).ok());
        QVERIFY(AttentionFlags::compute(*s->store, Today).worsening.isEmpty());
        CheckIn own;
        own.completedById = QByteArray(16, 'c');
        own.time = at(0).addSecs(3600);
        own.answers.insert(QStringLiteral("caregiver_load"), {0, {}, true, {}});
        QVERIFY(s->store->save(own).ok());
        const AttentionFlags flags = AttentionFlags::compute(*s->store, Today);
        QVERIFY(flags.worsening.isEmpty());
        QVERIFY(flags.discuss.isEmpty()); // the caregiver's own strain is not the patient's
    }

    // --- (b) want to discuss in the latest check-in -----------------------------------------
    void wantToDiscussFiresOnlyForTheLatestCheckIn()
    {
        auto s = scratch();
        QVERIFY(s);
        CheckIn earlier = checkIn(7, 6, true);
        QVERIFY(s->store->save(earlier).ok());
        CheckIn latest = checkIn(0, 6);
        QVERIFY(s->store->save(latest).ok());
        QVERIFY(AttentionFlags::compute(*s->store, Today).discuss.isEmpty());

        CheckIn newest = checkIn(0, 6, true);
        newest.time = newest.time.addSecs(60);
        QVERIFY(s->store->save(newest).ok());
        const AttentionFlags flags = AttentionFlags::compute(*s->store, Today);
        QCOMPARE(flags.discuss.size(), 1);
        QCOMPARE(flags.discuss.constFirst().domain, QStringLiteral("mind"));
        QCOMPARE(flags.discuss.constFirst().note.text, QStringLiteral("I sleep badly"));
    }

    // --- (c) review date passed ---------------------------------------------------------------
    void reviewIsOverdueTheDayAfterNotOnTheDay()
    {
        auto s = scratch();
        QVERIFY(s);
        CarePlan plan;
        plan.title = {QStringLiteral("Plan"), QStringLiteral("en")};
        plan.status = QStringLiteral("active");
        plan.nextReview = Today;
        QVERIFY(s->store->save(plan).ok());
        QVERIFY(!AttentionFlags::compute(*s->store, Today).reviewOverdue);
        QVERIFY(AttentionFlags::compute(*s->store, Today.addDays(1)).reviewOverdue);
        QCOMPARE(AttentionFlags::compute(*s->store, Today.addDays(1)).nextReview, Today);
    }

    // --- (d) goal getting harder ----------------------------------------------------------------
    void aWorseningOpenGoalIsFlaggedAClosedOneIsNot()
    {
        auto s = scratch();
        QVERIFY(s);
        Goal goal;
        goal.whatMattersToMe = {QStringLiteral("Walk to the market"), QStringLiteral("en")};
        goal.domain = QStringLiteral("participation");
        goal.status = QStringLiteral("active");
        goal.achievement = QStringLiteral("no_change");
        QVERIFY(s->store->save(goal).ok());
        QVERIFY(AttentionFlags::compute(*s->store, Today).worseningGoals.isEmpty());
        goal.achievement = QStringLiteral("worsening");
        QVERIFY(s->store->save(goal).ok());
        const AttentionFlags flags = AttentionFlags::compute(*s->store, Today);
        QCOMPARE(flags.worseningGoals.size(), 1);
        QCOMPARE(flags.worseningGoals.constFirst().words.text, QStringLiteral("Walk to the market"));
        QCOMPARE(flags.kindCount(), 1);
        goal.status = QStringLiteral("cancelled");
        QVERIFY(s->store->save(goal).ok());
        QVERIFY(AttentionFlags::compute(*s->store, Today).worseningGoals.isEmpty());
    }

    // --- new comments ---------------------------------------------------------------------------
    void newCommentsAreThoseSinceLastOpenedByOthers()
    {
        auto s = scratch();
        QVERIFY(s);
        Goal goal;
        goal.whatMattersToMe = {QStringLiteral("Walk"), QStringLiteral("en")};
        goal.domain = QStringLiteral("participation");
        QVERIFY(s->store->save(goal).ok());
        const QDateTime opened = at(1);
        const auto comment = [&](const QDateTime &time, const QByteArray &account) {
            Comment c;
            c.targetId = goal.id;
            c.targetKind = QStringLiteral("goal");
            c.authorAccount = account;
            c.authorName = QStringLiteral("Someone");
            c.text = {QStringLiteral("Hello"), QStringLiteral("en")};
            c.time = time;
            return s->store->save(c).ok();
        };
        QVERIFY(comment(opened.addSecs(-60), "nurse"));
        QVERIFY(comment(opened, "nurse")); // at the moment of opening: seen
        QVERIFY(comment(opened.addSecs(60), "nurse"));
        QVERIFY(comment(opened.addSecs(120), "me"));
        QCOMPARE(domain::newCommentCount(*s->store, opened, "me"), 1);
        QCOMPARE(domain::newCommentCount(*s->store, {}, "me"), 3);
    }

    // --- the controller over the care-team demo --------------------------------------------
    void theDemoShowsThreePatientsEachWithHerFlags()
    {
        app::WorkspaceController workspace(&m_session);
        QAbstractItemModelTester tester(workspace.patients(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!workspace.hasPatients());
        workspace.setVaultSource([this] { return m_vault.get(); });
        workspace.setPatients(app::careteamdemo::patients(*m_vault));
        QVERIFY(workspace.hasPatients());
        QVERIFY(workspace.available());
        QCOMPARE(workspace.patients()->count(), 3);

        const QString maria = patientIdNamed(workspace, QStringLiteral("Maria Peeters"));
        const QString jozef = patientIdNamed(workspace, QStringLiteral("Jozef Maes"));
        const QString fatima = patientIdNamed(workspace, QStringLiteral("Fatima El Idrissi"));
        QVERIFY(!maria.isEmpty() && !jozef.isEmpty() && !fatima.isEmpty());
        const AttentionFlags *m = workspace.flagsOf(QByteArray::fromHex(maria.toLatin1()));
        const AttentionFlags *j = workspace.flagsOf(QByteArray::fromHex(jozef.toLatin1()));
        const AttentionFlags *f = workspace.flagsOf(QByteArray::fromHex(fatima.toLatin1()));
        QVERIFY(m && j && f);
        QCOMPARE(m->discuss.size(), 1);
        QVERIFY(!m->reviewOverdue);
        QVERIFY(j->reviewOverdue);
        QCOMPARE(j->worseningGoals.size(), 1);
        QVERIFY(j->discuss.isEmpty());
        QVERIFY(hasWorsening(*f, QStringLiteral("body")));
        QVERIFY(f->discuss.isEmpty() && !f->reviewOverdue);
        // Jozef has two kinds of flag: he comes first.
        QCOMPARE(workspace.patients()->get(0).value(QStringLiteral("patientId")).toString(), jozef);

        // Each patient's store holds only her records.
        const CareStore *mariaStore = workspace.storeOf(QByteArray::fromHex(maria.toLatin1()));
        const CareStore *jozefStore = workspace.storeOf(QByteArray::fromHex(jozef.toLatin1()));
        QVERIFY(mariaStore && jozefStore);
        for (const Goal &goal : mariaStore->goals())
            QVERIFY(!jozefStore->goal(goal.id));
    }

    void anUnlockListsPatientsFromTheLocalCacheUntilHerSpacesChange()
    {
        // A vault of its own: this test writes into a patient's space.
        QTemporaryDir dir;
        auto opened = unlockedCareTeamDemo(dir);
        QVERIFY(opened);
        vault::Vault &v = *opened;
        const QList<app::PatientSource> sources = app::careteamdemo::patients(v);
        const auto rows = [](const app::WorkspaceController &w) {
            QList<QVariantMap> out;
            for (int row = 0; row < w.patients()->count(); ++row)
                out.append(w.patients()->get(row));
            return out;
        };

        // The first unlock reads every patient and keeps her row.
        QList<QVariantMap> first;
        {
            app::WorkspaceController workspace(&m_session);
            listPatients(workspace, v, sources);
            first = rows(workspace);
            QCOMPARE(first.size(), 3);
        }
        // The next one lists the same rows having read only the patient it shows.
        const QString maria = [&] {
            app::WorkspaceController workspace(&m_session);
            QAbstractItemModelTester tester(
                workspace.patients(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            listPatients(workspace, v, sources);
            [&] { QCOMPARE(rows(workspace), first); }();
            [&] { QCOMPARE(workspace.readStoreCount(), 1); }();
            const QString id = patientIdNamed(workspace, QStringLiteral("Maria Peeters"));
            const AttentionFlags *flags = workspace.flagsOf(QByteArray::fromHex(id.toLatin1()));
            [&] { QVERIFY(flags && flags->discuss.size() == 1); }();
            return id;
        }();
        QVERIFY(!maria.isEmpty());
        const QByteArray owner = QByteArray::fromHex(maria.toLatin1());

        // A record written into one of her spaces by another path (as a pull would) makes her
        // row stale: her newest check-in no longer asks to discuss anything.
        QVERIFY(!writeCalmCheckIn(v, spacesOf(sources, owner)).isEmpty());
        app::WorkspaceController workspace(&m_session);
        listPatients(workspace, v, sources);
        QVERIFY(workspace.flagsOf(owner));
        QVERIFY(workspace.flagsOf(owner)->discuss.isEmpty());
        // A damaged cache entry is made again, not trusted.
        QVERIFY(v.putLocalCache(app::PatientSummary::cacheName(owner), "not a summary").ok());
        app::WorkspaceController again(&m_session);
        listPatients(again, v, sources);
        QCOMPARE(rows(again), rows(workspace));
    }

    void aPullIntoAPatientNotReadHereRemakesHerRowAtHerTurnNotAtOnce()
    {
        QTemporaryDir dir;
        auto opened = unlockedCareTeamDemo(dir);
        QVERIFY(opened);
        vault::Vault &v = *opened;
        const QList<app::PatientSource> sources = app::careteamdemo::patients(v);
        app::WorkspaceController workspace(&m_session);
        listPatients(workspace, v, sources);
        const QByteArray maria =
            QByteArray::fromHex(patientIdNamed(workspace, QStringLiteral("Maria Peeters")).toLatin1());
        const QString jozef = patientIdNamed(workspace, QStringLiteral("Jozef Maes"));
        // A later unlock showing Jozef: only he is read; Maria's row comes from the cache.
        app::WorkspaceController later(&m_session);
        later.setVaultSource([&] { return &v; });
        later.setCurrentPatientId(jozef);
        later.setPatients(sources);
        const int read = later.readStoreCount();
        QCOMPARE(read, 1);
        QCOMPARE(later.flagsOf(maria)->discuss.size(), 1);

        const QByteArray written = writeCalmCheckIn(v, spacesOf(sources, maria));
        QVERIFY(!written.isEmpty());
        Q_EMIT m_session.recordsReceived({written});
        // Not read while the pull's signal is handled (a pull has many pages)...
        QCOMPARE(later.readStoreCount(), read);
        QCOMPARE(later.flagsOf(maria)->discuss.size(), 1);
        // ...but at her turn, from the vault as it is then.
        QTRY_VERIFY(later.flagsOf(maria)->discuss.isEmpty());
    }

    void aRowMadeFromAStoreThatMissedAWriteIsNotKeptAsCurrent()
    {
        QTemporaryDir dir;
        auto opened = unlockedCareTeamDemo(dir);
        QVERIFY(opened);
        vault::Vault &v = *opened;
        const QList<app::PatientSource> sources = app::careteamdemo::patients(v);

        app::WorkspaceController open(&m_session);
        listPatients(open, v, sources);
        const QString maria = patientIdNamed(open, QStringLiteral("Maria Peeters"));
        const QByteArray owner = QByteArray::fromHex(maria.toLatin1());
        open.setCurrentPatientId(maria); // her store is read now
        QCOMPARE(open.flagsOf(owner)->discuss.size(), 1);

        // A check-in lands in her space by a path this controller does not hear of.
        QVERIFY(!writeCalmCheckIn(v, spacesOf(sources, owner)).isEmpty());
        // Her row is made again from the store as it was read (a language switch does that);
        // it must not be kept as true for the vault as it is now.
        Q_EMIT m_session.languageChanged();
        QCOMPARE(open.flagsOf(owner)->discuss.size(), 1);

        app::WorkspaceController next(&m_session);
        listPatients(next, v, sources);
        QVERIFY(next.flagsOf(owner)->discuss.isEmpty());
    }

    void aReviewDueTodayIsOverdueTomorrowWithoutReadingRecords()
    {
        auto s = scratch();
        QVERIFY(s);
        CarePlan plan;
        plan.title = {QStringLiteral("Plan"), QStringLiteral("en")};
        plan.status = QStringLiteral("active");
        plan.nextReview = Today;
        vault::Vault *v = s->vault.get();
        auto space = domain::ownspaces::create(
            *s->store, QStringLiteral("Care team"), QStringLiteral("teal"), [v] { return v->createSpace(); });
        QVERIFY(space.ok());
        QVERIFY(s->store->saveInSpace(plan, *space).ok());
        app::PatientSummary summary = app::PatientSummary::of(*s->store, {*space}, "me", Today);
        QVERIFY(!summary.flags.reviewOverdue);
        app::PatientSummary kept = *app::PatientSummary::fromCbor(summary.toCbor());
        kept.updateReview(Today);
        QVERIFY(!kept.flags.reviewOverdue);
        kept.updateReview(Today.addDays(1));
        QVERIFY(kept.flags.reviewOverdue);
        // A kept row of another shape is not half read: it is made again from her records.
        QCborMap odd = QCborValue::fromCbor(summary.toCbor()).toMap();
        odd.insert(QStringLiteral("g"), QCborArray {QCborArray {QByteArray("goal")}});
        QVERIFY(!app::PatientSummary::fromCbor(odd.toCborValue().toCbor()));
        // A completed plan's date raises nothing, today or later.
        plan.status = QStringLiteral("completed");
        QVERIFY(s->store->save(plan).ok());
        app::PatientSummary done = app::PatientSummary::of(*s->store, {*space}, "me", Today);
        done.updateReview(Today.addDays(30));
        QVERIFY(!done.flags.reviewOverdue);
        QCOMPARE(done.flags.nextReview, Today);
    }

    void patientsWithoutAKeptRowAreReadAFewAtATimeAndListedWhenRead()
    {
        // A fresh vault: no patient has a row in its local cache yet.
        QTemporaryDir dir;
        auto opened = unlockedCareTeamDemo(dir);
        QVERIFY(opened);
        vault::Vault &v = *opened;

        app::WorkspaceController workspace(&m_session);
        QAbstractItemModelTester tester(workspace.patients(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace.setReadBudget(0, 0); // one patient per turn of the event loop
        workspace.setVaultSource([&] { return &v; });
        QList<int> listed;
        QStringList shown;
        connect(&workspace, &app::WorkspaceController::readingChanged, this, [&] {
            // Only patients whose row is made are listed, never a row without her flags.
            QCOMPARE(workspace.patients()->count() + workspace.patientsToRead(), workspace.patientCount());
            if (listed.isEmpty() || listed.constLast() != workspace.patients()->count())
                listed.append(workspace.patients()->count());
            // While reading, a listed row keeps its place: new rows come after it.
            QStringList now;
            for (int row = 0; row < workspace.patients()->count(); ++row)
                now.append(workspace.patients()->patientIdAt(row));
            if (workspace.patientsToRead() > 0)
                QCOMPARE(now.mid(0, shown.size()), shown);
            shown = now;
        });
        const QList<app::PatientSource> sources = app::careteamdemo::patients(v);
        workspace.setPatients(sources);
        QCOMPARE(workspace.patientCount(), 3);
        QCOMPARE(workspace.patients()->count(), 1);
        QCOMPARE(workspace.patientsToRead(), 2);
        // A pull meanwhile does not read every waiting patient at once.
        Q_EMIT m_session.recordsReceived({crypto::randomBytes(16)});
        QCOMPARE(workspace.patientsToRead(), 2);
        // Opening a patient not read yet shows her row, made now.
        const QString last = QString::fromLatin1(sources.constLast().owner.toHex());
        QVERIFY(workspace.patients()->patientIdAt(0) != last);
        workspace.setCurrentPatientId(last);
        QVERIFY(!workspace.patientName().startsWith(QStringLiteral("Patient ")));
        QCOMPARE(workspace.patientsToRead(), 1);
        QTRY_COMPARE(workspace.patientsToRead(), 0);
        QCOMPARE(workspace.patients()->count(), 3);
        QCOMPARE(listed, (QList<int> {1, 2, 3}));
        const QString jozef = patientIdNamed(workspace, QStringLiteral("Jozef Maes"));
        QVERIFY(workspace.flagsOf(QByteArray::fromHex(jozef.toLatin1()))->reviewOverdue);

        // Locked while reading: nothing more is read, and the next unlock starts again.
        app::WorkspaceController second(&m_session);
        second.setReadBudget(0, 0);
        bool locked = false;
        second.setVaultSource([&]() -> vault::Vault * { return locked ? nullptr : &v; });
        // Two rows are made again (their kept ones do not decode); the first in this turn.
        const QString maria = patientIdNamed(workspace, QStringLiteral("Maria Peeters"));
        for (const QString &id : {jozef, maria})
            QVERIFY(v.putLocalCache(app::PatientSummary::cacheName(QByteArray::fromHex(id.toLatin1())), "x").ok());
        second.setPatients(app::careteamdemo::patients(v));
        QCOMPARE(second.patientsToRead(), 1);
        locked = true;
        QTest::qWait(50);
        QCOMPARE(second.patientsToRead(), 1);
        QCOMPARE(second.patients()->count(), 2);
    }

    void openingAPatientShowsHerAndResetsHerNewComments()
    {
        app::WorkspaceController workspace(&m_session);
        workspace.setVaultSource([this] { return m_vault.get(); });
        workspace.setPatients(app::careteamdemo::patients(*m_vault));
        QAbstractItemModelTester goalsTester(workspace.goals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester checkInsTester(
            workspace.checkIns(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester activitiesTester(
            workspace.activities(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString maria = patientIdNamed(workspace, QStringLiteral("Maria Peeters"));
        const QByteArray owner = QByteArray::fromHex(maria.toLatin1());
        QSettings().remove(QStringLiteral("workspace/lastOpened/") + maria);
        workspace.reload();
        int row = 0;
        while (workspace.patients()->get(row).value(QStringLiteral("patientId")).toString() != maria)
            ++row;
        QVERIFY(workspace.patients()->get(row).value(QStringLiteral("newComments")).toInt() > 0);

        workspace.openPatient(maria);
        QCOMPARE(workspace.currentPatientId(), maria);
        QCOMPARE(workspace.patientName(), QStringLiteral("Maria Peeters"));
        QCOMPARE(workspace.goals()->count(), 3);
        QVERIFY(workspace.checkIns()->count() > 0);
        QVERIFY(workspace.activities()->count() > 0);
        QVERIFY(workspace.trends()->checkInCount() > 1);
        QVERIFY(workspace.lastOpened(owner).isValid());
        row = 0;
        while (workspace.patients()->get(row).value(QStringLiteral("patientId")).toString() != maria)
            ++row;
        QCOMPARE(workspace.patients()->get(row).value(QStringLiteral("newComments")).toInt(), 0);
        // Only a time is kept, under her random account id.
        QCOMPARE(QSettings().value(QStringLiteral("workspace/lastOpened/") + maria).typeId(), QMetaType::QDateTime);
    }

    void theOpenPatientsTrendsStayHersWhenTheMembersOwnCheckInsChange()
    {
        // The chart under a patient's name shows her check-ins only: a check-in the member
        // saves (or pulls) into his own store must not replace them.
        app::WorkspaceController workspace(&m_session);
        workspace.setVaultSource([this] { return m_vault.get(); });
        workspace.setPatients(app::careteamdemo::patients(*m_vault));
        workspace.openPatient(patientIdNamed(workspace, QStringLiteral("Maria Peeters")));
        const int hers = workspace.trends()->checkInCount();
        QVERIFY(hers > 1);

        CareStore own(*m_vault);
        QVERIFY(own.load().ok());
        m_session.setStore(&own);
        const auto noStore = qScopeGuard([this] { m_session.setStore(nullptr); });
        domain::ChangeSet changes;
        changes.add(
            QByteArrayLiteral("own-check-in"), QString(domain::CheckIn::Kind), m_vault->privateSpaceId(), false);
        m_session.announce(changes);
        QCOMPARE(workspace.trends()->checkInCount(), hers);
    }

    void aCommentIsAuthoredWithAccountNameAndRoleInThePatientsSpace()
    {
        QSettings().remove(QStringLiteral("workspace/role"));
        app::WorkspaceController workspace(&m_session);
        workspace.setVaultSource([this] { return m_vault.get(); });
        workspace.setPatients(app::careteamdemo::patients(*m_vault));
        const QString fatima = patientIdNamed(workspace, QStringLiteral("Fatima El Idrissi"));
        workspace.openPatient(fatima);
        const QString goalId = workspace.goals()->get(0).value(QStringLiteral("recordId")).toString();

        // The demo GP has a name (sealed in his private space) but no role yet.
        QCOMPARE(workspace.myName(), demo::careteamdemo::doctorName());
        QVERIFY(!workspace.identityComplete());
        QVERIFY(!workspace.addComment(goalId, QStringLiteral("Shall we look at the knee?")).isEmpty());
        QVERIFY(!workspace.setMyRole(QStringLiteral("patient")).isEmpty());
        QVERIFY(!workspace.setMyRole(QStringLiteral("astronaut")).isEmpty());
        QCOMPARE(workspace.setMyRole(QStringLiteral("gp")), QString());
        QVERIFY(!workspace.setMyName(QStringLiteral("   ")).isEmpty());
        QCOMPARE(workspace.setMyName(QStringLiteral("dr. An Claes")), QString());
        QVERIFY(workspace.identityComplete());
        QVERIFY(!workspace.addComment(goalId, QStringLiteral("   ")).isEmpty());
        QCOMPARE(workspace.addComment(goalId, QStringLiteral("Shall we look at the knee?")), QString());

        const QByteArray owner = QByteArray::fromHex(fatima.toLatin1());
        const CareStore *store = workspace.storeOf(owner);
        QVERIFY(store);
        const QList<Comment> comments = store->comments();
        const auto it = std::find_if(comments.cbegin(), comments.cend(),
            [](const Comment &c) { return c.text.text == QLatin1String("Shall we look at the knee?"); });
        QVERIFY(it != comments.cend());
        QCOMPARE(it->authorAccount, m_vault->vaultId()); // not connected: the vault id
        QCOMPARE(it->authorName, QStringLiteral("dr. An Claes"));
        QCOMPARE(it->authorRole, QStringLiteral("gp"));
        QVERIFY(it->authorId.isEmpty());
        QCOMPARE(it->targetKind, QStringLiteral("goal"));
        const QByteArray space = store->spaceOf(QByteArray::fromHex(goalId.toLatin1()));
        QVERIFY(!space.isEmpty());
        QVERIFY(space != m_vault->privateSpaceId());
        QCOMPARE(store->spaceOf(it->id), space);
        QCOMPARE(m_vault->get(it->id)->header.spaceId, space);
        // The view shows it, marked as one's own; another patient's store does not have it.
        const QVariantList shown = workspace.goals()->get(0).value(QStringLiteral("comments")).toList();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.last().toMap().value(QStringLiteral("authorName")).toString(), QStringLiteral("dr. An Claes"));
        QVERIFY(shown.last().toMap().value(QStringLiteral("mine")).toBool());
        const QString maria = patientIdNamed(workspace, QStringLiteral("Maria Peeters"));
        const CareStore *other = workspace.storeOf(QByteArray::fromHex(maria.toLatin1()));
        QVERIFY(other);
        for (const Comment &c : other->comments())
            QVERIFY(c.id != it->id);

        // Her name lives sealed in her private space, never in the settings.
        CareStore own(*m_vault);
        const QByteArray privateSpace = m_vault->privateSpaceId();
        own.setSpaceFilter([privateSpace](const QByteArray &s) { return s == privateSpace; });
        QVERIFY(own.load().ok());
        QVERIFY(own.profile());
        QCOMPARE(own.profile()->preferredName, QStringLiteral("dr. An Claes"));
        QCOMPARE(m_vault->get(own.profile()->id)->header.spaceId, privateSpace);
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("Claes")));
        QVERIFY(QFile(settings.fileName()).exists());
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Claes"));
    }

    void theAgendaHoldsHerGoalsNeedsAndQuestionsAndNoOneElses()
    {
        app::WorkspaceController workspace(&m_session);
        workspace.setVaultSource([this] { return m_vault.get(); });
        workspace.setPatients(app::careteamdemo::patients(*m_vault));
        const QByteArray maria =
            QByteArray::fromHex(patientIdNamed(workspace, QStringLiteral("Maria Peeters")).toLatin1());
        const QByteArray jozef =
            QByteArray::fromHex(patientIdNamed(workspace, QStringLiteral("Jozef Maes")).toLatin1());
        const CareStore *store = workspace.storeOf(maria);
        QVERIFY(store && workspace.flagsOf(maria));
        const interop::AgendaExport agenda(*store, QStringLiteral("Maria Peeters"), *workspace.flagsOf(maria));
        const QString text = agenda.toText();

        QVERIFY(text.contains(QLatin1String("Maria Peeters")));
        for (const Goal &goal : store->goals())
            QVERIFY2(text.contains(goal.whatMattersToMe.text), qPrintable(goal.whatMattersToMe.text));
        // The flagged need: the domain and her own note.
        QVERIFY(text.contains(domain::codelabels::domain(QStringLiteral("mind"))));
        QVERIFY(text.contains(QLatin1String("Ik slaap weer slechter")));
        // Open questions: the GP's reply of three days ago.
        QVERIFY(text.contains(QLatin1String("We bespreken de longrevalidatie")));
        // Nothing of Jozef.
        for (const Goal &goal : workspace.storeOf(jozef)->goals())
            QVERIFY(!text.contains(goal.whatMattersToMe.text));
        QVERIFY(!text.contains(QLatin1String("Jozef")));
        QCOMPARE(agenda.sections().size(), 3);

        // Jozef's agenda says his review is overdue and names the goal getting harder.
        const interop::AgendaExport his(
            *workspace.storeOf(jozef), QStringLiteral("Jozef Maes"), *workspace.flagsOf(jozef));
        QVERIFY(his.toText().contains(QLatin1String("Mijn moestuin zelf blijven onderhouden")));
        QVERIFY(his.sections().at(1).items.size() >= 2);
        QVERIFY(!his.toText().contains(QLatin1String("Maria")));
    }

    void theAgendaIsWrittenAsPdfAndText()
    {
        app::WorkspaceController workspace(&m_session);
        workspace.setVaultSource([this] { return m_vault.get(); });
        workspace.setPatients(app::careteamdemo::patients(*m_vault));
        workspace.openPatient(patientIdNamed(workspace, QStringLiteral("Maria Peeters")));
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("agenda.pdf"));
        QVariantMap result = workspace.exportAgenda(QUrl::fromLocalFile(pdf), QStringLiteral("pdf"));
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
            qPrintable(result.value(QStringLiteral("message")).toString()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(4) == "%PDF");
        QVERIFY(pdfFile.size() > 1000);

        const QString txt = out.filePath(QStringLiteral("agenda.txt"));
        result = workspace.exportAgenda(QUrl::fromLocalFile(txt), QStringLiteral("text"));
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        QVERIFY(result.value(QStringLiteral("message")).toString().contains(QLatin1String("agenda.txt")));
        QFile txtFile(txt);
        QVERIFY(txtFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(txtFile.readAll()).contains(QLatin1String("Maria Peeters")));

        // A folder that does not exist: a clear failure, nothing written.
        const QString nowhere = out.filePath(QStringLiteral("missing/agenda.pdf"));
        result = workspace.exportAgenda(QUrl::fromLocalFile(nowhere), QStringLiteral("pdf"));
        QVERIFY(!result.value(QStringLiteral("ok")).toBool());
        QVERIFY(!result.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!QFile::exists(nowhere));
    }

    void anAgendaIsSavedWhereTheUserSaidEvenWithoutADocumentsFolder()
    {
        // Issue 15: the suggestion pointed into ~/Documents, which does not exist on every
        // system, and a full path typed into Qt 6.4's file dialog arrives glued to the folder
        // the dialog showed ("<folder>//<typed path>") and was saved under its file name only.
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
        auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            if (oldConfig.isNull())
                qunsetenv("XDG_CONFIG_HOME");
            else
                qputenv("XDG_CONFIG_HOME", oldConfig);
        });
        app::WorkspaceController workspace(&m_session);
        workspace.setVaultSource([this] { return m_vault.get(); });
        workspace.setPatients(app::careteamdemo::patients(*m_vault));
        workspace.openPatient(patientIdNamed(workspace, QStringLiteral("Maria Peeters")));

        const QUrl suggested = workspace.suggestedFile(QStringLiteral("text"));
        QVERIFY(QFileInfo(suggested.toLocalFile()).absoluteDir().exists());
        QVariantMap result = workspace.exportAgenda(suggested, QStringLiteral("text"));
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
            qPrintable(result.value(QStringLiteral("message")).toString()));
        QVERIFY(QFile::exists(suggested.toLocalFile()));

        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("team/meetings")));
        const QString typed = home.filePath(QStringLiteral("team/meetings/agenda maria.txt"));
        const QString shownFolder = home.filePath(QStringLiteral("Documents"));
        result = workspace.exportAgenda(QUrl(shownFolder + QLatin1Char('/') + typed), QStringLiteral("text"));
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
            qPrintable(result.value(QStringLiteral("message")).toString()));
        QVERIFY(QFile::exists(typed));
        QVERIFY(result.value(QStringLiteral("message")).toString().contains(QDir::toNativeSeparators(typed)));

        result =
            workspace.exportAgenda(QUrl(shownFolder + QStringLiteral("/~/from-tilde.txt")), QStringLiteral("text"));
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("from-tilde.txt"))));
    }

    void twoPatientsOfTheSameNameAreToldApart()
    {
        // Issue 14: two patients named Maria were indistinguishable in My patients.
        // The birth year is what her SpaceInfo gives; the summary of each patient carries it.
        const QList<std::optional<int>> years {1948, 1961, std::nullopt, std::nullopt, std::nullopt};
        const QStringList names {QStringLiteral("Maria"), QStringLiteral("maria "), QStringLiteral("Anna"),
            QStringLiteral("Anna"), QStringLiteral("Jozef")};
        QList<app::PatientListModel::Row> rows;
        for (qsizetype i = 0; i < names.size(); ++i) {
            auto p = scratch();
            QVERIFY(p);
            vault::Vault *v = p->vault.get();
            auto space = domain::ownspaces::create(
                *p->store, QStringLiteral("Care team"), QStringLiteral("teal"), [v] { return v->createSpace(); });
            QVERIFY(space.ok());
            domain::SpaceInfo info = *p->store->spaceInfo(*space);
            info.ownerName = names[i];
            info.ownerBirthYear = years[i];
            QVERIFY(p->store->save(info).ok());
            const app::PatientSummary summary = app::PatientSummary::of(*p->store, {*space}, "me");
            QCOMPARE(summary.birthYear, years[i]);
            // What the local cache keeps reads back the same.
            QCOMPARE(app::PatientSummary::fromCbor(summary.toCbor())->birthYear, years[i]);
            const QByteArray owner = crypto::randomBytes(16);
            rows.append({QString::fromLatin1(owner.toHex()), names[i], QStringLiteral("teal"), QVariantList(), 0, 0,
                QDateTime(), QString(), summary.birthYear});
        }
        app::PatientListModel model(nullptr);
        model.setRows(rows);
        QCOMPARE(model.count(), 5);
        const auto detail = [&](int row) { return model.get(row).value(QStringLiteral("detail")).toString(); };
        QVERIFY(detail(0).contains(QStringLiteral("1948")));
        QVERIFY(detail(1).contains(QStringLiteral("1961")));
        // No birth year shared: two Annas differ by account, a lone Jozef needs nothing.
        QVERIFY(!detail(2).isEmpty());
        QVERIFY(!detail(3).isEmpty());
        QVERIFY(detail(2) != detail(3));
        QCOMPARE(detail(4), QString());
    }

    void lockingEmptiesTheWorkspace()
    {
        QTemporaryDir dir;
        std::unique_ptr<vault::Vault> v = unlockedCareTeamDemo(dir);
        QVERIFY(v);
        app::WorkspaceController workspace(&m_session);
        workspace.setVaultSource([&v] { return v.get(); });
        workspace.setPatients(app::careteamdemo::patients(*v));
        QCOMPARE(workspace.patients()->count(), 3);
        v->lock();
        workspace.reload(); // what Session::storeChanged does on lock
        QCOMPARE(workspace.patients()->count(), 0);
        QCOMPARE(workspace.goals()->count(), 0);
        QVERIFY(workspace.patientName().isEmpty());
        QVERIFY(workspace.hasPatients()); // still shared with her: shown again on unlock
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
