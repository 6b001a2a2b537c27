// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace cc::bench {

/** The median of @p runs (not empty). */
inline double median(std::vector<double> runs)
{
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

/** Median wall time in milliseconds of @p runs calls of @p work (after one warm-up call). */
inline double medianMs(int runs, const std::function<void()> &work)
{
    work();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(std::move(times));
}

/** Prints one figure as "bench: name = value unit" (the line CI logs show). */
inline void report(const QString &name, double value, const char *unit, const QString &note = {})
{
    std::printf("bench: %s = %.3f %s%s\n", qUtf8Printable(name), value, unit,
        note.isEmpty() ? "" : qUtf8Printable(QStringLiteral("  (") + note + QStringLiteral(")")));
    std::fflush(stdout);
}

} // namespace cc::bench
