// SPDX-License-Identifier: GPL-3.0-or-later
// The app's resident memory after opening every page (its self-test walk: create a vault,
// the demo story, unlock, every destination) against an empty Qt Quick window, both run now
// on the same platform plugin. Target: at most 2×.
#include "benchutil.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

qint64 residentOf(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        qFatal("bench: %s failed", qPrintable(program));
    static const QRegularExpression rss(QStringLiteral("rss_kib: (\\d+)"));
    const QRegularExpressionMatch match = rss.match(QString::fromUtf8(process.readAllStandardOutput()));
    if (!match.hasMatch())
        qFatal("bench: %s printed no rss_kib line", qPrintable(program));
    return match.captured(1).toLongLong();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 empty = residentOf(QStringLiteral(EMPTY_QUICK_WINDOW), {});
    const qint64 full = residentOf(QStringLiteral(CARECIRCLE_APP),
        {QStringLiteral("--self-test"), QStringLiteral("--report-memory"), QStringLiteral("--size"),
            QStringLiteral("390x844")});
    cc::bench::report(QStringLiteral("resident memory, empty Qt Quick window"), double(empty) / 1024.0, "MiB");
    cc::bench::report(QStringLiteral("resident memory, app after opening every page"), double(full) / 1024.0, "MiB");
    cc::bench::report(QStringLiteral("app/empty-window memory ratio"), double(full) / double(empty), "",
        QStringLiteral("target <= 2"));
    return 0;
}
