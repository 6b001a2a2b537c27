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
        const QString path = m_dir.filePath(QStringLiteral("gp"));
        if (!cc::demo::careteamdemo::create(path, QDate::currentDate(), {1, 1024, 1}))
            return;
        auto opened = cc::vault::Vault::open(path);
        if (!opened)
            return;
        m_vault = std::move(*opened);
        QByteArray pass = cc::demo::demovault::passphrase().toUtf8();
        if (!m_vault->unlockWithPassphrase(cc::crypto::SecureBuffer::takeFrom(pass)))
            m_vault.reset();
        m_active = m_vault.get();
    }
    cc::vault::Vault *vault() const { return m_active; }

    Q_INVOKABLE bool loadDemoPatients()
    {
        m_active = m_vault.get();
        if (!m_vault)
            return false;
        m_workspace->setPatients(cc::app::careteamdemo::patients(*m_vault));
        return true;
    }
    /** Els's caregiver demo instead (tst_circle.qml): Maria, who made her an editor. */
    Q_INVOKABLE bool loadCaregiverPatient()
    {
        if (!m_caregiver) {
            const QString path = m_dir.filePath(QStringLiteral("els"));
            if (!cc::demo::careteamdemo::createCaregiver(path, QDate::currentDate(), {1, 1024, 1}))
                return false;
            auto opened = cc::vault::Vault::open(path);
            QByteArray pass = cc::demo::demovault::passphrase().toUtf8();
            if (!opened || !(*opened)->unlockWithPassphrase(cc::crypto::SecureBuffer::takeFrom(pass)))
                return false;
            m_caregiver = std::move(*opened);
        }
        m_active = m_caregiver.get();
        m_workspace->setPatients(cc::app::careteamdemo::patients(*m_caregiver));
        return true;
    }
    /** A GP with @p count patients (the three of the demo, then generated ones), their stories
     *  alone (tst_workspace.qml: long lists of patients). Made once. */
    Q_INVOKABLE bool loadManyPatients(int count)
    {
        if (!m_many) {
            const QString path = m_dir.filePath(QStringLiteral("gp-many"));
            if (!cc::demo::careteamdemo::create(path, count, 0, QDate::currentDate(), {1, 1024, 1}))
                return false;
            auto opened = cc::vault::Vault::open(path);
            QByteArray pass = cc::demo::demovault::passphrase().toUtf8();
            if (!opened || !(*opened)->unlockWithPassphrase(cc::crypto::SecureBuffer::takeFrom(pass)))
                return false;
            m_many = std::move(*opened);
        }
        m_active = m_many.get();
        m_workspace->setPatients(cc::app::careteamdemo::patients(*m_many));
        return true;
    }
    Q_INVOKABLE void clearPatients() { m_workspace->setPatients({}); }

private:
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
