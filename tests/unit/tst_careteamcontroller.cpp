// SPDX-License-Identifier: GPL-3.0-or-later
// The care team page's controller over the demo vault (a plan and seven people): the list,
// adding and editing with the domain's validation, one coordinator at a time in step with the
// plan, the patient's own entry protected, removal with undo, and lock.
#include "app/plan/careplancontroller.h"
#include "app/plan/planwrites.h"
#include "app/session/session.h"
#include "app/team/careteamcontroller.h"
#include "demo/demovault.h"
#include "domain/carestore.h"
#include "domain/codes.h"
#include "vault/vault.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestCareTeamController : public QObject
{
    Q_OBJECT

    app::Session m_session;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<domain::CareStore> m_store;

    int coordinatorCount() const
    {
        int n = 0;
        for (const domain::CareTeamMember &m : m_store->members())
            n += m.isCoordinator ? 1 : 0;
        return n;
    }

    QString idOfRole(const app::CareTeamController &team, const QString &role) const
    {
        for (int row = 0; row < team.members()->count(); ++row) {
            if (team.members()->get(row).value(QStringLiteral("role")).toString() == role)
                return team.members()->get(row).value(QStringLiteral("recordId")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("vault"));
        QVERIFY(demo::demovault::create(path, QDate(2026, 11, 22), {1, 1024, 1}).ok());
        auto opened = vault::Vault::open(path);
        QVERIFY(opened.ok());
        m_vault = std::move(*opened);
        QByteArray pass = demo::demovault::passphrase().toUtf8();
        QVERIFY(m_vault->unlockWithPassphrase(crypto::SecureBuffer::takeFrom(pass)).ok());
        m_store = std::make_unique<domain::CareStore>(*m_vault);
        QVERIFY(m_store->load().ok());
        m_session.setStore(m_store.get());
    }

    void cleanupTestCase() { m_session.setStore(nullptr); }

    void theTeamListsThePatientFirstThenByRole()
    {
        app::CareTeamController team(&m_session);
        QAbstractItemModelTester tester(team.members(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(team.members()->count(), int(m_store->members().size()));
        QVERIFY(team.members()->count() >= 7);
        const QVariantMap first = team.members()->get(0);
        QVERIFY(first.value(QStringLiteral("isPatient")).toBool());
        QCOMPARE(first.value(QStringLiteral("recordId")).toString(), team.patientMemberId());
        const QStringList &roles = domain::codes::roles();
        for (int row = 2; row < team.members()->count(); ++row) {
            QVERIFY(roles.indexOf(team.members()->get(row - 1).value(QStringLiteral("role")).toString())
                <= roles.indexOf(team.members()->get(row).value(QStringLiteral("role")).toString()));
        }
        int coordinators = 0;
        for (int row = 0; row < team.members()->count(); ++row)
            coordinators += team.members()->get(row).value(QStringLiteral("isCoordinator")).toBool() ? 1 : 0;
        QCOMPARE(coordinators, 1);
    }

    void addingAndEditingAPersonIsValidated()
    {
        app::CareTeamController team(&m_session);
        QAbstractItemModelTester tester(team.members(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = team.members()->count();
        QVERIFY(!team.saveMember({}, QStringLiteral("  "), QStringLiteral("dietitian"), {}, {}).isEmpty());
        QVERIFY(!team.saveMember({}, QStringLiteral("Els"), QStringLiteral("astrologer"), {}, {}).isEmpty());
        QCOMPARE(team.members()->count(), before);
        QCOMPARE(team.saveMember({}, QStringLiteral(" Els Peeters "), QStringLiteral("dietitian"),
                     QStringLiteral("AZ Groeninge"), QStringLiteral("056 12 34 56")),
            QString());
        QCOMPARE(team.members()->count(), before + 1);
        const QString id = team.lastSavedId();
        QCOMPARE(team.member(id).value(QStringLiteral("name")).toString(), QStringLiteral("Els Peeters"));
        QCOMPARE(team.saveMember(id, QStringLiteral("Els Peeters"), QStringLiteral("dietitian"),
                     QStringLiteral("AZ Groeninge"), QStringLiteral("els@example.org")),
            QString());
        QCOMPARE(team.members()->count(), before + 1);
        QCOMPARE(m_store->member(app::planwrites::idFromHex(id))->contact, QStringLiteral("els@example.org"));
        // The patient's own entry keeps its role.
        QVERIFY(
            !team.saveMember(team.patientMemberId(), QStringLiteral("Maria"), QStringLiteral("gp"), {}, {}).isEmpty());
    }

    void thereIsOneCoordinatorAtATimeInStepWithThePlan()
    {
        app::CareTeamController team(&m_session);
        app::CarePlanController plan(&m_session);
        QAbstractItemModelTester tester(team.members(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString nurse = idOfRole(team, QStringLiteral("home_nurse"));
        QVERIFY(!nurse.isEmpty());
        QCOMPARE(team.setCoordinator(nurse), QString());
        QCOMPARE(coordinatorCount(), 1);
        QVERIFY(m_store->member(app::planwrites::idFromHex(nurse))->isCoordinator);
        QCOMPARE(plan.coordinatorId(), nurse);
        QCOMPARE(m_store->plan()->coordinatorId, app::planwrites::idFromHex(nurse));

        const QString gp = idOfRole(team, QStringLiteral("gp"));
        QCOMPARE(team.setCoordinator(gp), QString());
        QCOMPARE(coordinatorCount(), 1);
        QVERIFY(!m_store->member(app::planwrites::idFromHex(nurse))->isCoordinator);
        QCOMPARE(plan.coordinatorId(), gp);

        // The plan editor's choice reaches the members too.
        QCOMPARE(plan.savePlan(plan.title(), plan.status(), {}, {}, {}, nurse), QString());
        QCOMPARE(coordinatorCount(), 1);
        QVERIFY(team.member(nurse).value(QStringLiteral("isCoordinator")).toBool());

        QVERIFY(!team.setCoordinator(QStringLiteral("ffffffffffffffffffffffffffffffff")).isEmpty());
        QCOMPARE(team.setCoordinator({}), QString());
        QCOMPARE(coordinatorCount(), 0);
        QVERIFY(plan.coordinatorId().isEmpty());
        QCOMPARE(team.setCoordinator(nurse), QString());
    }

    void thePatientsOwnEntryCannotBeRemoved()
    {
        app::CareTeamController team(&m_session);
        const int before = team.members()->count();
        const QString message = team.removeMember(team.patientMemberId());
        QVERIFY(!message.isEmpty());
        QCOMPARE(team.members()->count(), before);
        QVERIFY(team.undoText().isEmpty());
    }

    void removingTheCoordinatorClearsThePlanAndUndoBringsBothBack()
    {
        app::CareTeamController team(&m_session);
        app::CarePlanController plan(&m_session);
        QAbstractItemModelTester tester(team.members(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = team.members()->count();
        const QString coordinator = plan.coordinatorId();
        QVERIFY(!coordinator.isEmpty());
        QCOMPARE(team.removeMember(coordinator), QString());
        QCOMPARE(team.members()->count(), before - 1);
        QCOMPARE(team.members()->indexOf(coordinator), -1);
        QVERIFY(plan.coordinatorId().isEmpty());
        QVERIFY(!team.undoText().isEmpty());

        QCOMPARE(team.undo(), QString());
        QCOMPARE(team.members()->count(), before);
        QCOMPARE(plan.coordinatorId(), coordinator);
        QCOMPARE(coordinatorCount(), 1);
        QVERIFY(team.undoText().isEmpty());
    }

    void lockingClearsTheTeam()
    {
        app::CareTeamController team(&m_session);
        QAbstractItemModelTester tester(team.members(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(team.members()->count() > 0);
        m_session.setStore(nullptr);
        QCOMPARE(team.members()->count(), 0);
        QVERIFY(!team.available());
        QVERIFY(team.patientMemberId().isEmpty());
        QVERIFY(!team.saveMember({}, QStringLiteral("Someone"), QStringLiteral("gp"), {}, {}).isEmpty());
        m_session.setStore(m_store.get());
        QVERIFY(team.members()->count() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCareTeamController)
#include "tst_careteamcontroller.moc"
