// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace cc::app {

/** The app's command line: which vault, and the screenshot / self-test modes used by CI. */
struct AppOptions {
    QString vaultPath; ///< --vault DIR, else the demo or the default location
    bool vaultGiven = false; ///< --vault was given (with --self-test: walk that vault, do not make one)
    bool demo = false; ///< --demo: the local demo vault (created with the demo story if missing)
    /** --demo-care-team: a GP's demo vault with three patients' shared spaces (implies demo). */
    bool careTeamDemo = false;
    /** --demo-caregiver: Els's tablet, her own circle and Maria's (editor); implies demo. */
    bool caregiverDemo = false;
    QString screenshot; ///< --screenshot FILE: render, save a PNG, exit
    QSize size {1280, 800}; ///< --size WxH
    QString page; ///< --page NAME: which page to show in screenshot mode
    /** --self-test: load every page, exit non-zero on any QML warning. It makes a new vault
     *  with the demo story, or with --vault unlocks that one (a demo vault) and walks it. */
    bool selfTest = false;
    bool reportMemory = false; ///< --report-memory: with --self-test, print resident memory after every page
    QString error; ///< non-empty if the arguments were not understood

    /** Parses @p arguments (argv as strings, program name first). */
    static AppOptions parse(const QStringList &arguments);
    /** Where a person's own vault lives by default (per-user application data folder). */
    static QString defaultVaultPath();
    /** Where the demo vault lives. */
    static QString demoVaultPath();
    /** Where the care-team demo vault lives. */
    static QString careTeamDemoVaultPath();
    static QString caregiverDemoVaultPath();
};

} // namespace cc::app
