// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/screenshot.h"

#include "app/core/appoptions.h"
#include "app/core/qmlproblems.h"
#include "app/session/vaultcontroller.h"
#include "demo/demovault.h"

#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace cc::app {

int runScreenshot(QQmlApplicationEngine &engine, VaultController &controller, const AppOptions &options)
{
    using qmlproblems::waitFor;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    const bool wantsLockedPage = options.page == QLatin1String("unlock") || options.page == QLatin1String("welcome");
    if (options.demo && !wantsLockedPage) {
        controller.unlock(demo::demovault::passphrase());
        waitFor([&] { return controller.state() == VaultController::Unlocked; }, 30000);
    }
    if (!options.page.isEmpty() && !wantsLockedPage)
        QMetaObject::invokeMethod(window, "showPage", Q_ARG(QString, options.page));
    waitFor([] { return false; }, 700); // let layouts and images settle
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(options.screenshot)) {
        qmlproblems::printLine(
            QCoreApplication::translate("main", "Could not save the screenshot to %1.").arg(options.screenshot));
        return 1;
    }
    return qmlproblems::count() == 0 ? 0 : 1;
}

} // namespace cc::app
