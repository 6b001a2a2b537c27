// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cc::app {

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "CareCircle: your care plan, goals and check-ins, encrypted on this device."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vault(QStringLiteral("vault"),
        QCoreApplication::translate("AppOptions", "Open the vault in folder <dir>."), QStringLiteral("dir"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("AppOptions", "Open the local demo vault (made if missing)."));
    const QCommandLineOption careTeamDemo(QStringLiteral("demo-care-team"),
        QCoreApplication::translate(
            "AppOptions", "Open the care-team demo: a GP's vault with three patients (made if missing)."));
    const QCommandLineOption caregiverDemo(QStringLiteral("demo-caregiver"),
        QCoreApplication::translate(
            "AppOptions", "Open the caregiver demo: Els's tablet, acting for Maria as editor (made if missing)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("AppOptions", "Render, save a PNG to <file>, exit."), QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("AppOptions", "Window size, e.g. 390x844."), QStringLiteral("WxH"));
    const QCommandLineOption page(QStringLiteral("page"),
        QCoreApplication::translate("AppOptions", "Page to show in screenshot mode."), QStringLiteral("name"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
        QCoreApplication::translate("AppOptions",
            "Load every page and exit; "
            "non-zero on any QML error or warning. With --vault, walk that demo vault instead of a new one."));
    const QCommandLineOption reportMemory(QStringLiteral("report-memory"),
        QCoreApplication::translate(
            "AppOptions", "With --self-test: print the resident memory once every page was opened."));
    parser.addOptions({vault, demo, careTeamDemo, caregiverDemo, screenshot, size, page, selfTest, reportMemory});
    parser.process(arguments); // exits on --help / --version / unknown options, with a message

    AppOptions options;
    options.careTeamDemo = parser.isSet(careTeamDemo);
    options.caregiverDemo = parser.isSet(caregiverDemo) && !options.careTeamDemo;
    options.demo = parser.isSet(demo) || options.careTeamDemo || options.caregiverDemo;
    options.vaultPath = parser.isSet(vault) ? parser.value(vault)
        : options.careTeamDemo              ? careTeamDemoVaultPath()
        : options.caregiverDemo             ? caregiverDemoVaultPath()
        : options.demo                      ? demoVaultPath()
                                            : defaultVaultPath();
    options.vaultGiven = parser.isSet(vault);
    options.screenshot = parser.value(screenshot);
    options.page = parser.value(page);
    options.selfTest = parser.isSet(selfTest);
    options.reportMemory = parser.isSet(reportMemory);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 200 || h < 200 || w > 8000 || h > 8000)
            options.error = QCoreApplication::translate("AppOptions", "--size takes WIDTHxHEIGHT, e.g. 390x844.");
        else
            options.size = QSize(w, h);
    }
    return options;
}

QString AppOptions::defaultVaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("vault"));
}

QString AppOptions::demoVaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo-vault"));
}

QString AppOptions::caregiverDemoVaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("caregiver-demo-vault"));
}

QString AppOptions::careTeamDemoVaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("care-team-demo-vault"));
}

} // namespace cc::app
