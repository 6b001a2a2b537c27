// SPDX-License-Identifier: GPL-3.0-or-later
// carecircle-cli: headless vault operations for scripting and support.
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CareCircle"));
    QCoreApplication::setApplicationName(QStringLiteral("carecircle-cli"));
    return cc::cli::run(QCoreApplication::arguments().mid(1));
}
