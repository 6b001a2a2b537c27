// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, the patient's side of attention flags: she chooses per space whether flags are
// raised from it (a field of the space's sealed SpaceInfo that old records lack), the care
// team's workspace and her own Home honour that choice, and "share my check-ins since …"
// moves her earlier check-ins into a space (and back, on Undo) so a new member sees a trend.
#include "app/home/caredata.h"
#include "app/session/session.h"
#include "app/sharing/checkinhistoryshare.h"
#include "app/sharing/sharingspaces.h"
#include "app/sharing/sharingstatus.h"
#include "app/sync/syncstatus.h"
#include "app/workspace/workspacecontroller.h"
#include "demo/demohistory.h"
#include "demo/demostory.h"
#include "domain/attentionflags.h"
#include "domain/carestore.h"
#include "domain/ownspaces.h"
#include "domain/spaceinfo.h"
#include "vault/vault.h"

#include <QCborMap>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using domain::AttentionFlags;

namespace {

QString hexOf(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

/** A patient check-in @p daysAgo (before today) rating "mind" @p mind. */
domain::CheckIn checkIn(int daysAgo, int mind)
{
    domain::CheckIn c;
    c.completedById = QByteArray(16, 'p');
    c.time = QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(9, 0)).toUTC();
    c.answers.insert(QStringLiteral("body"), {5, {}, false, {}});
    c.answers.insert(QStringLiteral("mind"), {mind, {}, false, {}});
    return c;
}

/** One patient's unlocked vault with a "Care team" space, driven like the app does. */
struct Patient {
    QTemporaryDir dir;
    std::unique_ptr<vault::Vault> vault;
    std::unique_ptr<domain::CareStore> store;
    app::Session session;
    app::SharingStatus status;
    std::unique_ptr<app::SharingSpaces> spaces;
    QByteArray careTeam;

    bool open()
    {
        auto created = vault::Vault::create(
            dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("patient flags passphrase"), {1, 1024, 1});
        if (!created)
            return false;
        vault = std::move(created->vault);
        store = std::make_unique<domain::CareStore>(*vault);
        if (!store->load())
            return false;
        auto space = domain::ownspaces::create(
            *store, QStringLiteral("Care team"), QStringLiteral("teal"), [this] { return vault->createSpace(); });
        if (!space)
            return false;
        careTeam = *space;
        (void)store->takeChanges();
        session.setStore(store.get());
        spaces = std::make_unique<app::SharingSpaces>(nullptr, &session, &status);
        return true;
    }
    /** Weekly check-ins with "mind" at 8, 8, 8, then 4 (worse lately), in @p space. */
    bool writeWorseningIn(const QByteArray &space)
    {
        int days = 28;
        for (int mind : {8, 8, 8, 4}) {
            domain::CheckIn c = checkIn(days, mind);
            days -= 7;
            if (!(space.isEmpty() ? store->save(c) : store->saveInSpace(c, space)))
                return false;
        }
        session.notifyChanged();
        return true;
    }
    /** What the Sharing page shows of each space: its row's item count, by space id (hex). */
    QHash<QString, int> itemsPerSpace() const
    {
        const QAbstractItemModel *model = spaces->spaces();
        const QHash<int, QByteArray> roles = model->roleNames();
        const int idRole = roles.key("spaceId");
        const int countRole = roles.key("recordCount");
        QHash<QString, int> counts;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex at = model->index(row, 0);
            counts.insert(at.data(idRole).toString(), at.data(countRole).toInt());
        }
        return counts;
    }
    int checkInsIn(const QByteArray &space) const
    {
        int n = 0;
        for (const domain::CheckIn &c : store->checkInsById())
            n += int(store->spaceOf(c.id) == space);
        return n;
    }
};

} // namespace

class TestPatientFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSpaceInfoWithoutTheChoiceRaisesFlags()
    {
        domain::SpaceInfo info;
        info.name = QStringLiteral("Care team");
        info.colour = QStringLiteral("teal");
        // The default is written as before the choice existed: an older app reads the same.
        QVERIFY(!info.toFields().contains(QStringLiteral("nf")));
        auto old = domain::SpaceInfo::fromFields(info.toFields());
        QVERIFY(old.ok());
        QVERIFY(old->raisesFlags);
        info.raisesFlags = false;
        auto off = domain::SpaceInfo::fromFields(info.toFields());
        QVERIFY(off.ok());
        QVERIFY(!off->raisesFlags);
        QCOMPARE(*off, info);
    }

    /** A space whose SpaceInfo has not arrived (or does not open) raises nothing: the
     *  patient's choice is unknown, and a flag she turned off must not appear meanwhile. */
    void aSpaceWithoutItsInfoRaisesNoFlags()
    {
        Patient p;
        QVERIFY(p.open());
        auto bare = p.vault->createSpace();
        QVERIFY(bare.ok());
        QVERIFY(p.writeWorseningIn(*bare));
        QVERIFY(!p.store->spaceInfo(*bare));
        QCOMPARE(AttentionFlags::compute(*p.store).worsening.size(), 1);
        QVERIFY(AttentionFlags::compute(*p.store, QDate::currentDate(), domain::raisesFlagsIn(*p.store)).isEmpty());
    }

    void flagsComeOnlyFromSpacesThatRaiseThem()
    {
        Patient p;
        QVERIFY(p.open());
        QVERIFY(p.writeWorseningIn(p.careTeam));
        QCOMPARE(
            AttentionFlags::compute(*p.store, QDate::currentDate(), domain::raisesFlagsIn(*p.store)).worsening.size(),
            1);

        p.spaces->setSelectedSpace(hexOf(p.careTeam));
        QVERIFY(p.spaces->selectedRaisesFlags());
        QSignalSpy selected(p.spaces.get(), &app::SharingSpaces::selectedSpaceChanged);
        QCOMPARE(p.spaces->setRaisesFlags(hexOf(p.careTeam), false), QString());
        QVERIFY(!selected.isEmpty());
        QVERIFY(!p.spaces->selectedRaisesFlags());
        QVERIFY(!p.store->spaceInfo(p.careTeam)->raisesFlags); // sealed in the space itself
        QVERIFY(AttentionFlags::compute(*p.store, QDate::currentDate(), domain::raisesFlagsIn(*p.store)).isEmpty());
        // The rule itself is unchanged: without the choice the same check-ins still flag.
        QCOMPARE(AttentionFlags::compute(*p.store).worsening.size(), 1);
        // The private space cannot be switched: nobody sees it.
        QVERIFY(!p.spaces->setRaisesFlags(hexOf(p.vault->privateSpaceId()), false).isEmpty());
    }

    void theWorkspaceRaisesFlagsOnlyFromSpacesThatAllowIt()
    {
        Patient p;
        QVERIFY(p.open());
        QVERIFY(p.writeWorseningIn(p.careTeam));
        // Her space read as a care-team member's app reads a patient: by its spaces.
        app::WorkspaceController workspace(&p.session);
        workspace.setVaultSource([&p] { return p.vault.get(); });
        const QByteArray owner(16, 'o');
        workspace.setPatients({app::PatientSource {owner, {p.careTeam}}});
        QVERIFY(workspace.flagsOf(owner));
        QCOMPARE(workspace.flagsOf(owner)->worsening.size(), 1);

        QCOMPARE(p.spaces->setRaisesFlags(hexOf(p.careTeam), false), QString());
        workspace.reload();
        QVERIFY(workspace.flagsOf(owner));
        QVERIFY(workspace.flagsOf(owner)->isEmpty());
        QCOMPARE(workspace.patients()->get(0).value(QStringLiteral("flagCount")).toInt(), 0);
    }

    void homeShowsTheFlagsHerTeamSeesAndWhere()
    {
        Patient p;
        QVERIFY(p.open());
        app::CareData home(nullptr);
        home.followSession(&p.session);
        // Private check-ins raise nothing: nobody but her sees them.
        QVERIFY(p.writeWorseningIn({}));
        home.reload(p.store.get());
        QVERIFY(home.hasOwnCare());
        QVERIFY(home.flags().isEmpty());

        for (const domain::CheckIn &c : p.store->checkInsById())
            QVERIFY(p.store->moveToSpace(c.id, p.careTeam).ok());
        home.reload(p.store.get());
        QCOMPARE(home.flags().size(), 1);
        QCOMPARE(
            home.flags().constFirst().toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("worsening"));
        QCOMPARE(home.flagSpaces(), QStringLiteral("Care team"));

        // Turning them off for the space takes them off her Home at once.
        QSignalSpy changed(&home, &app::CareData::changed);
        QCOMPARE(p.spaces->setRaisesFlags(hexOf(p.careTeam), false), QString());
        QVERIFY(!changed.isEmpty());
        QVERIFY(home.flags().isEmpty());
        QVERIFY(home.flagSpaces().isEmpty());
    }

    void anAccountWithOnlyANameHasNoOwnCare()
    {
        Patient p;
        QVERIFY(p.open());
        domain::PatientProfile profile;
        profile.preferredName = QStringLiteral("dr. Jan Claes");
        profile.language = QStringLiteral("en");
        QVERIFY(p.store->save(profile).ok());
        app::CareData home(nullptr);
        home.reload(p.store.get());
        QVERIFY(!home.hasOwnCare());
        domain::CheckIn c = checkIn(1, 6);
        QVERIFY(p.store->save(c).ok());
        home.reload(p.store.get());
        QVERIFY(home.hasOwnCare());
    }

    void sharingCheckInsSinceADayMovesThemAndUndoBringsThemBack()
    {
        Patient p;
        QVERIFY(p.open());
        QVERIFY(p.writeWorseningIn({})); // 28, 21, 14 and 7 days ago, all private
        app::CheckInHistoryShare *history = p.spaces->history();
        const QString space = hexOf(p.careTeam);
        const QString since = QDate::currentDate().addDays(-21).toString(Qt::ISODate);
        // The day counts from its start: the check-in of that very morning is shared.
        QCOMPARE(history->countSince(space, since), 3);
        const QVariantMap three {{QStringLiteral("count"), 3}, {QStringLiteral("error"), QString()}};
        QCOMPARE(history->checkSince(space, since), three);
        const QVariantMap none {{QStringLiteral("count"), 0},
            {QStringLiteral("error"),
                app::CheckInHistoryShare::tr("You have no private check-ins since that day.", "@info error")}};
        QCOMPARE(history->checkSince(space, QDate::currentDate().toString(Qt::ISODate)), none);
        QCOMPARE(history->countSince(space, QDate::currentDate().addDays(-60).toString(Qt::ISODate)), 4);
        QCOMPARE(history->countSince(space, QDate::currentDate().toString(Qt::ISODate)), 0);
        // Only into an own sharing space, from a real day.
        QCOMPARE(history->countSince(hexOf(p.vault->privateSpaceId()), since), -1);
        QCOMPARE(history->countSince(space, QStringLiteral("2026-02-30")), -1);
        QVERIFY(!history->shareSince(space, QDate::currentDate().toString(Qt::ISODate)).isEmpty());
        QVERIFY(!history->canUndo());

        QSignalSpy changes(&p.session, &app::Session::dataChanged);
        QCOMPARE(history->shareSince(space, since), QString());
        QCOMPARE(history->lastShared(), 3);
        QVERIFY(history->canUndo());
        QCOMPARE(p.checkInsIn(p.careTeam), 3);
        QCOMPARE(p.checkInsIn(p.vault->privateSpaceId()), 1);
        QCOMPARE(changes.count(), 1); // the views re-read once
        // Already shared ones are not counted again.
        QCOMPARE(history->countSince(space, since), 0);
        // Now the team sees a trend: the latest is worse than the two before it.
        QCOMPARE(AttentionFlags::compute(
                     *p.store, QDate::currentDate(), [&](const QByteArray &s) { return s == p.careTeam; })
                     .worsening.size(),
            1);

        // One she moves on by hand stays where she put it; Undo brings back the rest.
        auto family = domain::ownspaces::create(
            *p.store, QStringLiteral("Family"), QStringLiteral("blue"), [&p] { return p.vault->createSpace(); });
        QVERIFY(family.ok());
        QByteArray movedOn;
        for (const domain::CheckIn &c : p.store->checkInsById()) {
            if (p.store->spaceOf(c.id) == p.careTeam) {
                movedOn = c.id;
                break;
            }
        }
        QVERIFY(p.store->moveToSpace(movedOn, *family).ok());
        QCOMPARE(history->undo(), QString());
        QVERIFY(!history->canUndo());
        QCOMPARE(p.checkInsIn(p.careTeam), 0);
        QCOMPARE(p.checkInsIn(p.vault->privateSpaceId()), 3);
        QCOMPARE(p.store->spaceOf(movedOn), *family);
    }

    void aHistoryThatCannotBeReadIsReportedNotTakenForNoCheckIns()
    {
        Patient p;
        QVERIFY(p.open());
        QVERIFY(demo::demohistory::write(demo::generateDemoStory(QDate::currentDate()), 5000,
            [&p](const domain::CareRecords &batch) { return p.store->importRecords(batch); }));
        // Unlocked as the app unlocks a large vault: the recent records first, the history
        // later (the first recent-first read makes the order the second one follows).
        QVERIFY(domain::CareStore(*p.vault).loadRecentFirst(p.vault->ownSpaces(), 0).ok());
        QVERIFY(p.store->loadRecentFirst(p.vault->ownSpaces(), 0).ok());
        QVERIFY(!p.store->isComplete());
        // Then the history cannot be read (the disk fails under it).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("failing"));
            db.setDatabaseName(vault::Vault::databasePath(p.dir.filePath(QStringLiteral("v"))));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE records RENAME TO records_gone")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("failing"));
        app::CheckInHistoryShare *history = p.spaces->history();
        const QString space = hexOf(p.careTeam);
        const QString since = QDate::currentDate().addYears(-5).toString(Qt::ISODate);
        // She is told that reading failed, in the words sharing gives; not that she has no
        // check-ins to share.
        QCOMPARE(history->countSince(space, since), -1);
        const QVariantMap check = history->checkSince(space, since);
        const QString why = check.value(QStringLiteral("error")).toString();
        QVERIFY(!why.isEmpty());
        QVERIFY(why != app::CheckInHistoryShare::tr("You have no private check-ins since that day.", "@info error"));
        QCOMPARE(check.value(QStringLiteral("count")).toInt(), 0);
        QCOMPARE(history->shareSince(space, since), why);
        QVERIFY(!history->canUndo());
        // What she can fix is said as before.
        QCOMPARE(history->checkSince(hexOf(p.vault->privateSpaceId()), since).value(QStringLiteral("error")),
            QCoreApplication::translate("cc::app::SharingController", "That space no longer exists."));
    }

    void sharingCheckInsLeavesHerOwnCaregiverCheckInsPrivate()
    {
        Patient p;
        QVERIFY(p.open());
        QVERIFY(p.writeWorseningIn({}));
        // Her check-in about her own strain as a caregiver is shown to others only if she
        // puts it in a space herself: sharing her check-in history does not take it along.
        domain::CheckIn own;
        own.completedById = QByteArray(16, 'p');
        own.time = QDateTime(QDate::currentDate().addDays(-3), QTime(9, 0)).toUTC();
        own.answers.insert(QStringLiteral("caregiver_load"), {3, {}, false, {}});
        QVERIFY(p.store->save(own).ok());
        app::CheckInHistoryShare *history = p.spaces->history();
        const QString since = QDate::currentDate().addDays(-60).toString(Qt::ISODate);
        QCOMPARE(history->countSince(hexOf(p.careTeam), since), 4);
        QCOMPARE(history->shareSince(hexOf(p.careTeam), since), QString());
        QCOMPARE(p.store->spaceOf(own.id), p.vault->privateSpaceId());
        QCOMPARE(p.checkInsIn(p.careTeam), 4);
    }

    /** The Sharing page's rows say how many goals, activities and check-ins each space holds,
     *  and follow writes, moves and deletions. */
    void eachSpaceRowCountsItsItems()
    {
        Patient p;
        QVERIFY(p.open());
        const QString own = hexOf(p.vault->privateSpaceId());
        const QString team = hexOf(p.careTeam);
        QVERIFY(p.writeWorseningIn({})); // four private check-ins
        domain::CheckIn strain;
        strain.completedById = QByteArray(16, 'p');
        strain.time = QDateTime(QDate::currentDate().addDays(-3), QTime(9, 0)).toUTC();
        strain.answers.insert(QStringLiteral("caregiver_load"), {3, {}, false, {}});
        QVERIFY(p.store->save(strain).ok());
        domain::Goal goal;
        goal.whatMattersToMe = {QStringLiteral("Walk to the market"), QStringLiteral("en")};
        goal.domain = QStringLiteral("practical");
        QVERIFY(p.store->saveInSpace(goal, p.careTeam).ok());
        p.session.notifyChanged();
        QCOMPARE(p.itemsPerSpace(), (QHash<QString, int> {{own, 5}, {team, 1}}));

        QCOMPARE(
            p.spaces->history()->shareSince(team, QDate::currentDate().addDays(-60).toString(Qt::ISODate)), QString());
        QCOMPARE(p.itemsPerSpace(), (QHash<QString, int> {{own, 1}, {team, 5}}));
        QByteArray shared;
        for (const domain::CheckIn &c : p.store->checkInsById())
            shared = p.store->spaceOf(c.id) == p.careTeam ? c.id : shared;
        QVERIFY(p.store->remove(shared).ok());
        p.session.notifyChanged();
        QCOMPARE(p.itemsPerSpace(), (QHash<QString, int> {{own, 1}, {team, 4}}));
    }

    void aLockForgetsTheUndo()
    {
        Patient p;
        QVERIFY(p.open());
        QVERIFY(p.writeWorseningIn({}));
        app::CheckInHistoryShare *history = p.spaces->history();
        QCOMPARE(
            history->shareSince(hexOf(p.careTeam), QDate::currentDate().addDays(-60).toString(Qt::ISODate)), QString());
        QVERIFY(history->canUndo());
        p.session.setStore(nullptr);
        QVERIFY(!history->canUndo());
        QVERIFY(!history->undo().isEmpty()); // locked: nothing to do, said in words
    }
};

QTEST_MAIN(TestPatientFlags)
#include "tst_patientflags.moc"
