// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlApplicationEngine;

namespace cc::app {

class MemoryTrim;
class VaultController;

/**
 * --self-test: walks the app as a person would, in a throw-away vault, and fails on any QML
 * warning or error: Welcome, create a vault, the recovery key, lock, Unlock, unlock (with
 * the demo story imported, so the pages show data), then every destination of the shell.
 * Without @p newVault, the controller's vault is an existing demo vault (`--vault DIR`, say
 * one of `carecircle-cli demo --records N`): it is unlocked with the demo passphrase and
 * walked the same way. Expects qmlproblems::startCounting() to have run before the QML was
 * loaded. With @p reportMemory, prints `rss_kib: N` (and the peak, `peak_kib: N`) on stdout
 * once every page has been opened and the app has been idle long enough for @p trim to give
 * the closed pages' memory back, as it does for a person.
 * @return the process exit code: 0 when no QML problem was seen.
 */
int runSelfTest(QQmlApplicationEngine &engine, VaultController &controller, MemoryTrim &trim, bool reportMemory,
    bool newVault = true);

} // namespace cc::app
