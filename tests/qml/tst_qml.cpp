// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Tests of the pages, against the real controllers and a real vault in a
// temporary folder (the keystore is the in-memory test double).
#include "app/core/appservices.h"
#include "app/core/languagesettings.h"
#include "app/workspace/careteamdemo.h"
#include "app/workspace/workspacecontroller.h"
#include "demo/careteamdemo.h"
#include "demo/demovault.h"
#include "vault/keystore.h"
#include "vault/vault.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <functional>

Q_IMPORT_QML_PLUGIN(CareCirclePlugin)

/**
 * The care-team workspace's patients for tst_workspace.qml: a GP's demo vault of its own
 * (three patients), which the test turns on and off so the other tests see no workspace.
 * Published as the singleton `WorkspaceFixture` of module CareCircleTest.
 */
class WorkspaceFixture : public QObject
{
    Q_OBJECT

public:
    WorkspaceFixture(cc::app::WorkspaceController *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
    {
        m_vault = made(QStringLiteral("gp"), [](const QString &path) {
            return cc::demo::careteamdemo::create(path, QDate::currentDate(), {1, 1024, 1});
        });
        m_active = m_vault.get();
    }
    cc::vault::Vault *vault() const { return m_active; }

    Q_INVOKABLE bool loadDemoPatients() { return show(m_vault.get()); }
    /** Els's caregiver demo instead (tst_circle.qml): Maria, who made her an editor. */
    Q_INVOKABLE bool loadCaregiverPatient()
    {
        if (!m_caregiver) {
            m_caregiver = made(QStringLiteral("els"), [](const QString &path) {
                return cc::demo::careteamdemo::createCaregiver(path, QDate::currentDate(), {1, 1024, 1});
            });
        }
        return show(m_caregiver.get());
    }
    /** A GP with @p count patients (the three of the demo, then generated ones), their stories
     *  alone (tst_workspace.qml: long lists of patients). Made once. */
    Q_INVOKABLE bool loadManyPatients(int count)
    {
        if (!m_many) {
            m_many = made(QStringLiteral("gp-many"), [count](const QString &path) {
                return cc::demo::careteamdemo::create(path, count, 0, QDate::currentDate(), {1, 1024, 1});
            });
        }
        return show(m_many.get());
    }
    Q_INVOKABLE void clearPatients() { m_workspace->setPatients({}); }

private:
    /** The demo vault @p create makes in folder @p name, unlocked; nullptr if any step failed. */
    std::unique_ptr<cc::vault::Vault> made(
        const QString &name, const std::function<cc::Status(const QString &)> &create)
    {
        const QString path = m_dir.filePath(name);
        if (!create(path))
            return nullptr;
        auto opened = cc::vault::Vault::open(path);
        QByteArray pass = cc::demo::demovault::passphrase().toUtf8();
        if (!opened || !(*opened)->unlockWithPassphrase(cc::crypto::SecureBuffer::takeFrom(pass)))
            return nullptr;
        return std::move(*opened);
    }
    /** Lists the patients of @p vault in the workspace; false for none. */
    bool show(cc::vault::Vault *vault)
    {
        m_active = vault;
        if (!vault)
            return false;
        m_workspace->setPatients(cc::app::careteamdemo::patients(*vault));
        return true;
    }

    cc::app::WorkspaceController *m_workspace;
    QTemporaryDir m_dir;
    std::unique_ptr<cc::vault::Vault> m_vault;
    std::unique_ptr<cc::vault::Vault> m_many;
    std::unique_ptr<cc::vault::Vault> m_caregiver;
    cc::vault::Vault *m_active = nullptr;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_services = std::make_unique<cc::app::AppServices>(
            cc::app::AppServices::Config {m_dir.filePath(QStringLiteral("vault"))},
            std::make_unique<cc::vault::MemoryKeystore>());
        m_services->language()->setLanguage(QStringLiteral("en"));
        m_services->publishToQml();
        // The workspace reads the fixture's vault: the services (declared last) go first.
        cc::app::WorkspaceController *workspace = m_services->workspace();
        m_fixture = new WorkspaceFixture(workspace, this);
        workspace->setVaultSource([fixture = m_fixture] { return fixture->vault(); });
        qmlRegisterSingletonInstance("CareCircleTest", 1, 0, "WorkspaceFixture", m_fixture);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_services->attachEngine(engine);
    }

private:
    QTemporaryDir m_dir;
    WorkspaceFixture *m_fixture = nullptr;
    std::unique_ptr<cc::app::AppServices> m_services; ///< before the fixture's vault goes
};

QUICK_TEST_MAIN_WITH_SETUP(carecircle_qml, Setup)
#include "tst_qml.moc"
