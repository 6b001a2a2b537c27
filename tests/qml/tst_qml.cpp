// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Tests of the pages, against the real controllers and a real vault in a
// temporary folder (the keystore is the in-memory test double).
#include "app/caredata.h"
#include "app/languagesettings.h"
#include "app/synccontroller.h"
#include "app/vaultcontroller.h"
#include "vault/keystore.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CareCirclePlugin)

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
};

QUICK_TEST_MAIN_WITH_SETUP(carecircle_qml, Setup)
#include "tst_qml.moc"
