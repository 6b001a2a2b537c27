// SPDX-License-Identifier: GPL-3.0-or-later
// The app's resident memory after opening every page (its self-test walk: create a vault,
// the demo story, unlock, every destination), once the app has been idle long enough to give
// the closed pages' memory back (app/core/memorytrim), against an empty Qt Quick window, both run now
// on the same platform plugin. Target: at most 2×. Also against an empty Qt Quick Controls
// window (the app's style, one label), which holds what no Controls app can leave out, and
// against the floor of CareCircle's stack: that window once OpenSSL, SQLite and Qt WebSockets
// have been used (stack_floor_window, tests/tools/empty_quick_window.cpp).
// Then the app's peak resident memory (VmHWM) walking every page of demo vaults of 1,000 and
// 100,000 records (`carecircle-cli demo --records N`, unlocked as a person would), and how
// it grows between them. Target: at most 1.5×.
#include "benchutil.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct Resident {
    qint64 totalKiB = 0;
    qint64 peakKiB = 0;
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
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(300000);
    const QString out = QString::fromUtf8(process.readAll());
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // What it printed says why (a page's QML problem, a failed unlock, a crash's message).
        qFatal("bench: %s %s failed (%s, exit code %d); it printed:\n%s", qPrintable(program),
            qPrintable(arguments.join(QLatin1Char(' '))),
            !finished                                         ? "did not finish"
                : process.exitStatus() == QProcess::CrashExit ? "crashed"
                                                              : "exited",
            process.exitCode(), qPrintable(out));
    }
    static const QRegularExpression rss(QStringLiteral("rss_kib: (\\d+)"));
    static const QRegularExpression part(QStringLiteral("rss_part_kib: (\\S+) (\\d+)"));
    const QRegularExpressionMatch match = rss.match(out);
    if (!match.hasMatch())
        qFatal("bench: %s printed no rss_kib line", qPrintable(program));
    static const QRegularExpression peak(QStringLiteral("peak_kib: (\\d+)"));
    const QRegularExpressionMatch peakMatch = peak.match(out);
    if (!peakMatch.hasMatch() || peakMatch.captured(1).toLongLong() <= 0)
        qFatal("bench: %s printed no peak_kib line", qPrintable(program));
    Resident r {match.captured(1).toLongLong(), peakMatch.captured(1).toLongLong(), {}};
    for (auto it = part.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        r.parts.append({m.captured(1), m.captured(2).toLongLong()});
    }
    return r;
}

/** A demo vault of @p records records, made by the command line tool. */
void makeDemoVault(const QString &path, int records)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(CARECIRCLE_CLI),
        {QStringLiteral("demo"), QStringLiteral("--vault"), path, QStringLiteral("--records"),
            QString::number(records)});
    if (!cli.waitForFinished(600000) || cli.exitCode() != 0)
        qFatal("bench: carecircle-cli demo --records %d failed; it printed:\n%s", records, cli.readAll().constData());
}

/** Peak resident memory of the app walking every page of demo vaults of 1 k and 100 k records. */
void reportPeakGrowth()
{
    QTemporaryDir vaults;
    double peakMiB[2] = {0, 0};
    const int sizes[2] = {1000, 100000};
    for (int i = 0; i < 2; ++i) {
        const QString path = vaults.filePath(QString::number(sizes[i]));
        makeDemoVault(path, sizes[i]);
        const Resident walked = residentOf(QStringLiteral(CARECIRCLE_APP),
            {QStringLiteral("--self-test"), QStringLiteral("--report-memory"), QStringLiteral("--vault"), path,
                QStringLiteral("--size"), QStringLiteral("390x844")});
        peakMiB[i] = double(walked.peakKiB) / 1024.0;
        cc::bench::report(
            QStringLiteral("peak resident memory, app after every page of a %1-record demo vault").arg(sizes[i]),
            peakMiB[i], "MiB");
    }
    cc::bench::report(QStringLiteral("peak resident memory, 100k / 1k demo vault"), peakMiB[1] / peakMiB[0], "×",
        QStringLiteral("target <= 1.5"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Resident empty = residentOf(QStringLiteral(EMPTY_QUICK_WINDOW), {});
    const Resident full = residentOf(QStringLiteral(CARECIRCLE_APP),
        {QStringLiteral("--self-test"), QStringLiteral("--report-memory"), QStringLiteral("--size"),
            QStringLiteral("390x844")});
    // The least any Qt Quick Controls app holds (its libraries, style and a font): what a
    // target against an empty window cannot remove from the app.
    const Resident controls = residentOf(QStringLiteral(EMPTY_QUICK_WINDOW), {QStringLiteral("--controls")});
    // The floor under any app on CareCircle's stack: that window (with a layout) in a process
    // that has also used OpenSSL, SQLite and Qt WebSockets as the app must. What is left of
    // the 2× target for the app's own code, pages and data is 2× the empty window minus this.
    const Resident floor = residentOf(QStringLiteral(STACK_FLOOR_WINDOW), {});
    cc::bench::report(QStringLiteral("resident memory, empty Qt Quick window"), double(empty.totalKiB) / 1024.0, "MiB");
    cc::bench::report(
        QStringLiteral("resident memory, app after opening every page"), double(full.totalKiB) / 1024.0, "MiB");
    // Where the bytes are (smaps), app against the empty window and the floor: mapped library
    // pages count in every process that maps them, as VmRSS counts them.
    const auto partOf = [](const Resident &r, qsizetype i) {
        return double(i < r.parts.size() ? r.parts.at(i).second : 0) / 1024.0;
    };
    for (qsizetype i = 0; i < full.parts.size(); ++i) {
        cc::bench::report(QStringLiteral("  resident part: %1").arg(full.parts.at(i).first), partOf(full, i), "MiB",
            QStringLiteral("empty window: %1 MiB, the stack's floor: %2 MiB")
                .arg(partOf(empty, i), 0, 'f', 1)
                .arg(partOf(floor, i), 0, 'f', 1));
    }
    cc::bench::report(QStringLiteral("app/empty-window memory ratio"), double(full.totalKiB) / double(empty.totalKiB),
        "", QStringLiteral("target <= 2"));
    cc::bench::report(
        QStringLiteral("resident memory, empty Qt Quick Controls window"), double(controls.totalKiB) / 1024.0, "MiB");
    cc::bench::report(QStringLiteral("app/empty-Controls-window memory ratio"),
        double(full.totalKiB) / double(controls.totalKiB), "", QStringLiteral("the same, against Qt Quick Controls"));
    cc::bench::report(
        QStringLiteral("resident memory, the stack's floor (Controls window, OpenSSL, SQLite, WebSockets)"),
        double(floor.totalKiB) / 1024.0, "MiB",
        QStringLiteral("%1× the empty window; 2× leaves %2 MiB for the app's own code, pages and data")
            .arg(double(floor.totalKiB) / double(empty.totalKiB), 0, 'f', 2)
            .arg(double(2 * empty.totalKiB - floor.totalKiB) / 1024.0, 0, 'f', 1));
    cc::bench::report(QStringLiteral("app/stack-floor memory ratio"), double(full.totalKiB) / double(floor.totalKiB),
        "", QStringLiteral("the app against the floor of its stack"));
    reportPeakGrowth();
    return 0;
}
