// SPDX-License-Identifier: GPL-3.0-or-later
// The CareCircle app: parses the options, builds the services (AppServices), publishes them
// to QML and runs the window, or one of the CI modes (--screenshot, --self-test), which
// live in the app library.
#include "app/core/appoptions.h"
#include "app/core/appservices.h"
#include "app/core/qmlproblems.h"
#include "app/core/screenshot.h"
#include "app/core/selftest.h"
#include "app/session/vaultcontroller.h"
#include "demo/careteamdemo.h"
#include "demo/demovault.h"
#include "vault/vault.h"

#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>

Q_IMPORT_QML_PLUGIN(CareCirclePlugin)

namespace {

using cc::app::qmlproblems::printLine;

QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

/**
 * Qt's own debug and info output can carry what is on screen (the accessibility cache logs
 * every accessible name, which holds goals and names), and QT_LOGGING_RULES can turn it on
 * from outside. Health data must never reach a log, so those two levels stay off for Qt's
 * categories whatever the rules say. Warnings and errors, which carry no screen text, stay.
 */
void privateLoggingFilter(QLoggingCategory *category)
{
    if (s_previousFilter)
        s_previousFilter(category);
    if (QByteArrayView(category->categoryName()).startsWith("qt.")) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

/** Makes the demo vault if it is missing, so `--demo` works on a fresh machine. */
bool ensureDemoVault(const QString &path)
{
    if (cc::vault::Vault::exists(path))
        return true;
    printLine(
        QCoreApplication::translate("main", "Creating the demo vault in %1 …").arg(QDir::toNativeSeparators(path)));
    auto created = cc::demo::demovault::create(path);
    if (!created) {
        printLine(created.error().message);
        return false;
    }
    return true;
}

/** Makes the care-team (or, with @p caregiver, the caregiver) demo vault if it is missing. */
bool ensureCareTeamDemoVault(const QString &path, bool caregiver)
{
    if (cc::vault::Vault::exists(path))
        return true;
    printLine(QCoreApplication::translate("main", "Creating the care-team demo vault in %1 …")
                  .arg(QDir::toNativeSeparators(path)));
    auto created = caregiver ? cc::demo::careteamdemo::createCaregiver(path) : cc::demo::careteamdemo::create(path);
    if (!created) {
        printLine(created.error().message);
        return false;
    }
    return true;
}

cc::app::AppServices::Config servicesConfig(const cc::app::AppOptions &options)
{
    using Feed = cc::app::AppServices::PatientFeed;
    const bool ciMode = options.selfTest || !options.screenshot.isEmpty();
    // The CI modes have no session bus; the keystore probe would only add noise there.
    return {options.vaultPath, options.demo,
        options.careTeamDemo        ? Feed::CareTeamDemo
            : options.caregiverDemo ? Feed::CaregiverDemo
                                    : Feed::SharedWithMe,
        !ciMode};
}

} // namespace

int main(int argc, char *argv[])
{
    s_previousFilter = QLoggingCategory::installFilter(privateLoggingFilter);
    // QGuiApplication, not QApplication: no page uses a widget, and Qt Widgets would only add
    // its library to every start (docs/architecture.md "Memory").
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CareCircle"));
    QCoreApplication::setApplicationName(QStringLiteral("CareCircle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARECIRCLE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("be.carecircle.CareCircle"));

    cc::app::AppOptions options = cc::app::AppOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        printLine(options.error);
        return 1;
    }

    std::unique_ptr<QTemporaryDir> selfTestDir;
    if (options.selfTest && options.vaultGiven) {
        if (!cc::vault::Vault::exists(options.vaultPath)) {
            printLine(QCoreApplication::translate("main", "There is no vault in %1.")
                          .arg(QDir::toNativeSeparators(options.vaultPath)));
            return 1;
        }
    } else if (options.selfTest) {
        // A throw-away folder: the self-test creates its vault there, as a new user would.
        selfTestDir = std::make_unique<QTemporaryDir>();
        options.vaultPath = selfTestDir->filePath(QStringLiteral("vault"));
    } else if (options.careTeamDemo || options.caregiverDemo
            ? !ensureCareTeamDemoVault(options.vaultPath, options.caregiverDemo)
            : (options.demo && !ensureDemoVault(options.vaultPath))) {
        return 1;
    }

    if (options.selfTest || !options.screenshot.isEmpty())
        cc::app::qmlproblems::startCounting();

    // Destroyed before `app`: it closes the vault while Qt SQL still works.
    cc::app::AppServices services(servicesConfig(options));
    services.publishToQml();

    QQmlApplicationEngine engine;
    services.attachEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/CareCircle/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        window && (!options.screenshot.isEmpty() || options.selfTest))
        window->resize(options.size);

    if (options.selfTest)
        return cc::app::runSelfTest(
            engine, *services.vault(), *services.memoryTrim(), options.reportMemory, !options.vaultGiven);
    if (!options.screenshot.isEmpty())
        return cc::app::runScreenshot(engine, *services.vault(), options);
    return app.exec();
}
