// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Tests of the pages, against the real controllers and a real vault in a
// temporary folder (the keystore is the in-memory test double).
#include "app/core/languagesettings.h"
#include "app/home/caredata.h"
#include "app/session/vaultcontroller.h"
#include "app/sync/synccontroller.h"
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
    explicit WorkspaceFixture(QObject *parent) : QObject(parent)
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
    }
    cc::vault::Vault *vault() const { return m_vault.get(); }

    Q_INVOKABLE bool loadDemoPatients()
    {
        if (!m_vault)
            return false;
        cc::app::WorkspaceController::create(nullptr, nullptr)->setPatients(cc::app::careteamdemo::patients(*m_vault));
        return true;
    }
    Q_INVOKABLE void clearPatients() { cc::app::WorkspaceController::create(nullptr, nullptr)->setPatients({}); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<cc::vault::Vault> m_vault;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_language = new cc::app::LanguageSettings(this);
        m_language->setLanguage(QStringLiteral("en"));
        cc::app::LanguageSettings::setInstance(m_language);
        m_data = new cc::app::CareData(this);
        cc::app::CareData::setInstance(m_data);
        m_controller = new cc::app::VaultController(m_dir.filePath(QStringLiteral("vault")), false,
            std::make_unique<cc::vault::MemoryKeystore>(), m_data, this);
        cc::app::VaultController::setInstance(m_controller);
        cc::app::SyncController::setInstance(new cc::app::SyncController(m_controller, this));
        // The workspace first: children go in creation order, and its stores read the fixture's vault.
        auto *workspace = new cc::app::WorkspaceController(this);
        m_fixture = new WorkspaceFixture(this);
        cc::app::WorkspaceController::setInstance(workspace);
        workspace->setVaultSource([fixture = m_fixture] { return fixture->vault(); });
        qmlRegisterSingletonInstance("CareCircleTest", 1, 0, "WorkspaceFixture", m_fixture);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_language->setEngine(engine);
    }

private:
    QTemporaryDir m_dir;
    cc::app::LanguageSettings *m_language = nullptr;
    cc::app::CareData *m_data = nullptr;
    cc::app::VaultController *m_controller = nullptr;
    WorkspaceFixture *m_fixture = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(carecircle_qml, Setup)
#include "tst_qml.moc"
