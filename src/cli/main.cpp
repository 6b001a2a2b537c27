// SPDX-License-Identifier: GPL-3.0-or-later
// carecircle-cli: headless vault operations for scripting and support.
#include "clicommands.h"
#include "i18n/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CareCircle"));
    QCoreApplication::setApplicationName(QStringLiteral("carecircle-cli"));
    cc::i18n::setLanguage(cc::i18n::systemLanguage());
    return cc::cli::run(QCoreApplication::arguments().mid(1));
}
