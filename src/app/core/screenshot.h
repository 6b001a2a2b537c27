// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlApplicationEngine;

namespace cc::app {

struct AppOptions;
class VaultController;

/**
 * --screenshot: optionally unlocks the demo vault, shows options.page, saves a PNG to
 * options.screenshot. @return the process exit code: 1 if the image could not be saved or a
 * QML problem was counted (qmlproblems).
 */
int runScreenshot(QQmlApplicationEngine &engine, VaultController &controller, const AppOptions &options);

} // namespace cc::app
