// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/selftest.h"

#include "app/core/memorytrim.h"
#include "app/core/qmlproblems.h"
#include "app/session/vaultcontroller.h"
#include "common/residentmemory.h"
#include "crypto/securebuffer.h"
#include "demo/demostory.h"
#include "demo/demovault.h"
#include "domain/carestore.h"
#include "vault/vault.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace cc::app {

namespace {

using qmlproblems::printLine;
using qmlproblems::waitFor;

/** Lets the page settle, then reports that it was shown. */
void settle(const char *what)
{
    waitFor([] { return false; }, 150);
    printLine(QStringLiteral("self-test: %1").arg(QLatin1String(what)));
}

bool waitForState(const VaultController &controller, VaultController::State state, const char *what)
{
    if (waitFor([&] { return controller.state() == state; }, 60000))
        return true;
    printLine(QStringLiteral("self-test: %1 did not happen").arg(QLatin1String(what)));
    qmlproblems::note();
    return false;
}

/** The demo story, written straight into the locked vault, so every page has data to show. */
bool importDemoStory(VaultController &controller, const QString &passphrase)
{
    QByteArray bytes = passphrase.toUtf8();
    vault::Vault *vault = controller.vault();
    if (!vault->unlockWithPassphrase(crypto::SecureBuffer::takeFrom(bytes))) {
        printLine(QStringLiteral("self-test: the new vault did not unlock"));
        return false;
    }
    domain::CareStore store(*vault);
    const bool imported = store.load() && store.importRecords(demo::generateDemoStory(QDate::currentDate()).records());
    vault->lock();
    if (!imported) {
        printLine(QStringLiteral("self-test: the demo story could not be written"));
        return false;
    }
    return true;
}

/** Opens every destination of the shell, as listed by Main.qml's pageKeys(). */
void visitEveryPage(QQuickWindow *window)
{
    QVariant keys;
    if (!QMetaObject::invokeMethod(window, "pageKeys", Q_RETURN_ARG(QVariant, keys)))
        qmlproblems::note();
    const QStringList pages = keys.toStringList();
    if (pages.isEmpty()) {
        printLine(QStringLiteral("self-test: the app shows no pages"));
        qmlproblems::note();
    }
    for (const QString &page : pages) {
        if (!QMetaObject::invokeMethod(window, "showPage", Q_ARG(QString, page)))
            qmlproblems::note();
        waitFor([] { return false; }, 150);
        printLine(QStringLiteral("self-test: page %1").arg(page));
    }
}

} // namespace

int runSelfTest(
    QQmlApplicationEngine &engine, VaultController &controller, MemoryTrim &trim, bool reportMemory, bool newVault)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    const QString passphrase = demo::demovault::passphrase();

    if (newVault) {
        settle("welcome page");
        controller.createVault(passphrase, false);
        if (!waitForState(controller, VaultController::Unlocked, "creating a vault"))
            return 1;
        settle("recovery key page");
        controller.lock();
        settle("unlock page");
        if (!importDemoStory(controller, passphrase))
            return 1;
    } else {
        settle("unlock page");
    }
    // A vault that is not a demo vault refuses the demo passphrase: say so at once.
    QString refusal;
    const QMetaObject::Connection refused = QObject::connect(
        &controller, &VaultController::unlockFailed, [&refusal](const QString &message) { refusal = message; });
    controller.unlock(passphrase);
    const bool unlocked =
        waitFor([&] { return controller.state() == VaultController::Unlocked || !refusal.isEmpty(); }, 60000);
    QObject::disconnect(refused);
    if (!refusal.isEmpty()) {
        printLine(QStringLiteral("self-test: the vault did not unlock with the demo passphrase: %1").arg(refusal));
        return 1;
    }
    if (!unlocked) {
        printLine(QStringLiteral("self-test: unlocking did not happen"));
        return 1;
    }
    int trims = 0;
    const QMetaObject::Connection released = QObject::connect(&trim, &MemoryTrim::released, [&trims] { ++trims; });
    visitEveryPage(window);
    // A large vault's older history is read after the unlock (VaultController::loadingHistory):
    // the memory figure is taken with every record held.
    if (reportMemory && !waitFor([&] { return !controller.loadingHistory(); }, 60000)) {
        printLine(QStringLiteral("self-test: the vault's history was not read in a minute"));
        qmlproblems::note();
    }
    // Each page change restarts the wait: once none is pending, the trim after the last page
    // has run (also if a slow machine got there before this line).
    if (!waitFor([&] { return trims > 0 && !trim.pending(); }, 4 * MemoryTrim::IdleMs)) {
        printLine(QStringLiteral("self-test: no memory was given back after the last page"));
        qmlproblems::note();
    }
    if (reportMemory) // every page has been opened, the vault is still unlocked
        residentmemory::print();
    // The trim dropped what the engine kept for types no live object used: every page must
    // open again as well.
    printLine(QStringLiteral("self-test: every page again, after memory was given back"));
    visitEveryPage(window);
    QObject::disconnect(released);
    controller.lock();
    settle("locked again");
    printLine(QStringLiteral("self-test: %1 QML problem(s)").arg(qmlproblems::count()));
    return qmlproblems::count() == 0 ? 0 : 1;
}

} // namespace cc::app
