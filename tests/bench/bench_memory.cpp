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

struct Resident {
    qint64 totalKiB = 0;
    QList<std::pair<QString, qint64>> parts; ///< common/residentmemory.h's parts, in order
};

Resident residentOf(const QString &program, const QStringList &arguments)
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
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression rss(QStringLiteral("rss_kib: (\\d+)"));
    static const QRegularExpression part(QStringLiteral("rss_part_kib: (\\S+) (\\d+)"));
    const QRegularExpressionMatch match = rss.match(out);
    if (!match.hasMatch())
        qFatal("bench: %s printed no rss_kib line", qPrintable(program));
    Resident r {match.captured(1).toLongLong(), {}};
    for (auto it = part.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        r.parts.append({m.captured(1), m.captured(2).toLongLong()});
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Resident empty = residentOf(QStringLiteral(EMPTY_QUICK_WINDOW), {});
    const Resident full = residentOf(QStringLiteral(CARECIRCLE_APP),
        {QStringLiteral("--self-test"), QStringLiteral("--report-memory"), QStringLiteral("--size"),
            QStringLiteral("390x844")});
    cc::bench::report(QStringLiteral("resident memory, empty Qt Quick window"), double(empty.totalKiB) / 1024.0, "MiB");
    cc::bench::report(
        QStringLiteral("resident memory, app after opening every page"), double(full.totalKiB) / 1024.0, "MiB");
    // Where the bytes are (smaps), app against empty window: mapped library pages count in
    // every process that maps them, as VmRSS counts them.
    for (qsizetype i = 0; i < full.parts.size(); ++i) {
        const qint64 base = i < empty.parts.size() ? empty.parts.at(i).second : 0;
        cc::bench::report(QStringLiteral("  resident part: %1").arg(full.parts.at(i).first),
            double(full.parts.at(i).second) / 1024.0, "MiB",
            QStringLiteral("empty window: %1 MiB").arg(double(base) / 1024.0, 0, 'f', 1));
    }
    cc::bench::report(QStringLiteral("app/empty-window memory ratio"), double(full.totalKiB) / double(empty.totalKiB),
        "", QStringLiteral("target <= 2"));
    return 0;
}
