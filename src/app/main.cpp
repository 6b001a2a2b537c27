// SPDX-License-Identifier: GPL-3.0-or-later
// The CareCircle app: builds the services, publishes them to QML, and runs the window.
// All logic lives in the libraries; this file only wires them and handles the CI modes
// (--screenshot, --self-test).
#include "app/core/appoptions.h"
#include "app/core/languagesettings.h"
#include "app/core/storecontext.h"
#include "app/home/caredata.h"
#include "app/session/qtkeychainstore.h"
#include "app/session/vaultcontroller.h"
#include "app/sharing/sharingcontroller.h"
#include "app/sync/synccontroller.h"
#include "app/workspace/careteamdemo.h"
#include "app/workspace/workspacecontroller.h"
#include "demo/careteamdemo.h"
#include "demo/demostory.h"
#include "demo/demovault.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CareCirclePlugin)

namespace {

int s_qmlProblems = 0;
QtMessageHandler s_previousHandler = nullptr;

/** Counts QML warnings and errors (the self-test and screenshot modes fail on them). Never
 *  logs anything itself: the messages are Qt's and carry no health data. */
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const bool fromQml = (context.file && QByteArrayView(context.file).startsWith("qrc:"))
            || message.contains(QLatin1String("qrc:/")) || QByteArrayView(context.category) == "qml"
            || QByteArrayView(context.category) == "js";
        if (fromQml)
            ++s_qmlProblems;
    }
    s_previousHandler(type, context, message);
}

void printLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
}

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

/** Makes the care-team demo vault if it is missing (`--demo-care-team`). */
bool ensureCareTeamDemoVault(const QString &path)
{
    if (cc::vault::Vault::exists(path))
        return true;
    printLine(QCoreApplication::translate("main", "Creating the care-team demo vault in %1 …")
                  .arg(QDir::toNativeSeparators(path)));
    if (auto created = cc::demo::careteamdemo::create(path); !created) {
        printLine(created.error().message);
        return false;
    }
    return true;
}

/** Waits until @p done() holds or @p ms pass, processing events. */
template<typename Pred>
bool waitFor(Pred done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

/**
 * --self-test: walks the app as a person would, in a throw-away vault, and fails on any QML
 * warning or error: Welcome, create a vault, the recovery key, lock, Unlock, unlock (with
 * the demo story imported, so the pages show data), then every destination of the shell.
 */
/** Resident memory of this process in KiB (Linux), 0 where unknown. */
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

int runSelfTest(QQmlApplicationEngine &engine, cc::app::VaultController &controller, bool reportMemory)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    const QString passphrase = cc::demo::demovault::passphrase();
    auto settle = [](const char *what) {
        waitFor([] { return false; }, 150);
        printLine(QStringLiteral("self-test: %1").arg(QLatin1String(what)));
    };
    auto waitForState = [&](cc::app::VaultController::State state, const char *what) {
        if (waitFor([&] { return controller.state() == state; }, 60000))
            return true;
        printLine(QStringLiteral("self-test: %1 did not happen").arg(QLatin1String(what)));
        ++s_qmlProblems;
        return false;
    };

    settle("welcome page");
    controller.createVault(passphrase, false);
    if (!waitForState(cc::app::VaultController::Unlocked, "creating a vault"))
        return 1;
    settle("recovery key page");
    controller.lock();
    settle("unlock page");

    {
        // The demo story, written straight into the vault, so every page has data to show.
        QByteArray bytes = passphrase.toUtf8();
        cc::vault::Vault *vault = controller.vault();
        if (!vault->unlockWithPassphrase(cc::crypto::SecureBuffer::takeFrom(bytes))) {
            printLine(QStringLiteral("self-test: the new vault did not unlock"));
            return 1;
        }
        cc::domain::CareStore store(*vault);
        const bool imported =
            store.load() && store.importRecords(cc::demo::generateDemoStory(QDate::currentDate()).records());
        vault->lock();
        if (!imported) {
            printLine(QStringLiteral("self-test: the demo story could not be written"));
            return 1;
        }
    }
    controller.unlock(passphrase);
    if (!waitForState(cc::app::VaultController::Unlocked, "unlocking"))
        return 1;
    QVariant keys;
    if (!QMetaObject::invokeMethod(window, "pageKeys", Q_RETURN_ARG(QVariant, keys)))
        ++s_qmlProblems;
    const QStringList pages = keys.toStringList();
    if (pages.isEmpty()) {
        printLine(QStringLiteral("self-test: the app shows no pages"));
        ++s_qmlProblems;
    }
    for (const QString &page : pages) {
        if (!QMetaObject::invokeMethod(window, "showPage", Q_ARG(QString, page)))
            ++s_qmlProblems;
        waitFor([] { return false; }, 150);
        printLine(QStringLiteral("self-test: page %1").arg(page));
    }
    if (reportMemory) // every page has been opened, the vault is still unlocked
        std::printf("rss_kib: %lld\n", residentKiB());
    controller.lock();
    settle("locked again");
    printLine(QStringLiteral("self-test: %1 QML problem(s)").arg(s_qmlProblems));
    return s_qmlProblems == 0 ? 0 : 1;
}

/** --screenshot: optionally unlocks the demo vault, shows the page, saves a PNG. */
int runScreenshot(
    QQmlApplicationEngine &engine, cc::app::VaultController &controller, const cc::app::AppOptions &options)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    const bool wantsLockedPage = options.page == QLatin1String("unlock") || options.page == QLatin1String("welcome");
    if (options.demo && !wantsLockedPage) {
        controller.unlock(cc::demo::demovault::passphrase());
        waitFor([&] { return controller.state() == cc::app::VaultController::Unlocked; }, 30000);
    }
    if (!options.page.isEmpty() && !wantsLockedPage)
        QMetaObject::invokeMethod(window, "showPage", Q_ARG(QString, options.page));
    waitFor([] { return false; }, 700); // let layouts and images settle
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(options.screenshot)) {
        printLine(QCoreApplication::translate("main", "Could not save the screenshot to %1.").arg(options.screenshot));
        return 1;
    }
    return s_qmlProblems == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    s_previousFilter = QLoggingCategory::installFilter(privateLoggingFilter);
    QApplication app(argc, argv);
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
    if (options.selfTest) {
        // A throw-away folder: the self-test creates its vault there, as a new user would.
        selfTestDir = std::make_unique<QTemporaryDir>();
        options.vaultPath = selfTestDir->filePath(QStringLiteral("vault"));
    } else if (options.careTeamDemo ? !ensureCareTeamDemoVault(options.vaultPath)
                                    : (options.demo && !ensureDemoVault(options.vaultPath))) {
        return 1;
    }

    if (options.selfTest || !options.screenshot.isEmpty())
        s_previousHandler = qInstallMessageHandler(countingHandler);

    auto *language = new cc::app::LanguageSettings(&app);
    cc::app::LanguageSettings::setInstance(language);
    auto *careData = new cc::app::CareData(&app);
    auto keystore = std::make_unique<cc::app::QtKeychainStore>();
    cc::app::QtKeychainStore *keystorePtr = keystore.get();
    auto *controller =
        new cc::app::VaultController(options.vaultPath, options.demo, std::move(keystore), careData, &app);
    cc::app::CareData::setInstance(careData);
    cc::app::VaultController::setInstance(controller);
    auto *sync = new cc::app::SyncController(controller, &app);
    cc::app::SyncController::setInstance(sync);
    auto *sharing = new cc::app::SharingController(sync, &app);
    cc::app::SharingController::setInstance(sharing);
    auto *workspace = new cc::app::WorkspaceController(&app);
    cc::app::WorkspaceController::setInstance(workspace);
    workspace->setVaultSource([controller] { return controller->vault(); });
    if (options.careTeamDemo) {
        // Stands in for sync::Sharing::spaces(): the demo's patients, read once unlocked.
        workspace->setDemo(true);
        QObject::connect(controller, &cc::app::VaultController::stateChanged, workspace, [controller, workspace] {
            if (controller->state() == cc::app::VaultController::Unlocked && controller->vault())
                workspace->setPatients(cc::app::careteamdemo::patients(*controller->vault()));
        });
    } else {
        // My patients: everyone who shared a space with this account (and has not removed it).
        auto feedPatients = [sync, workspace] {
            workspace->setPatients(sync->sharing() ? cc::app::patientsSharedWithMe(sync->sharing()->spaces())
                                                   : QList<cc::app::PatientSource> {});
        };
        QObject::connect(sync, &cc::app::SyncController::engineChanged, workspace, [sync, workspace, feedPatients] {
            feedPatients();
            if (sync->sharing())
                QObject::connect(sync->sharing(), &cc::sync::Sharing::spacesChanged, workspace, feedPatients);
        });
    }
    // Close the vault (and stop sync) while Qt SQL still works: QApplication's destructor
    // closes database connections before it deletes its children.
    const auto closeVault = qScopeGuard([sharing, sync, controller, workspace] {
        delete workspace; // its stores read the vault
        delete sharing;
        delete sync;
        delete controller;
    });
    QObject::connect(
        keystorePtr, &cc::app::QtKeychainStore::probed, controller, &cc::app::VaultController::slotsChanged);
    // The modes run by CI have no session bus; the probe would only add noise there.
    if (!options.selfTest && options.screenshot.isEmpty())
        keystorePtr->probe();

    QQmlApplicationEngine engine;
    language->setEngine(&engine);
    QObject::connect(
        language, &cc::app::LanguageSettings::languageChanged, controller, &cc::app::VaultController::refresh);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/CareCircle/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        window && (!options.screenshot.isEmpty() || options.selfTest))
        window->resize(options.size);

    if (options.selfTest)
        return runSelfTest(engine, *controller, options.reportMemory);
    if (!options.screenshot.isEmpty())
        return runScreenshot(engine, *controller, options);
    return app.exec();
}
