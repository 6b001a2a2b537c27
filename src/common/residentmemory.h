// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <cstdio>
#include <utility>

namespace cc::residentmemory {

/** A "Vm…:" line of /proc/self/status in KiB (Linux), 0 where unknown. */
inline qint64 statusKiB(QByteArrayView field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

/** Resident memory of this process in KiB (VmRSS), 0 where unknown. */
inline qint64 totalKiB()
{
    return statusKiB("VmRSS:");
}

/** The most this process has held resident so far, in KiB (VmHWM), 0 where unknown. */
inline qint64 peakKiB()
{
    return statusKiB("VmHWM:");
}

/**
 * Where the resident memory is, in KiB, from /proc/self/smaps (Linux; empty elsewhere):
 * the heap and other anonymous memory, the QML engine's JavaScript heap, the executable,
 * Qt's libraries and plugins, other libraries, and other mapped files (fonts, caches).
 * Mapped library pages count in every process that maps them, as VmRSS counts them.
 */
inline QList<std::pair<QString, qint64>> partsKiB()
{
    QList<std::pair<QString, qint64>> parts {{QStringLiteral("heap_and_anonymous"), 0}, {QStringLiteral("js_heap"), 0},
        {QStringLiteral("executable"), 0}, {QStringLiteral("qt_libraries"), 0}, {QStringLiteral("other_libraries"), 0},
        {QStringLiteral("other_files"), 0}};
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const QByteArray executable = QCoreApplication::applicationFilePath().toUtf8();
    qsizetype part = 0;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const bool rss = line.startsWith("Rss:");
        if (rss) {
            parts[part].second += line.mid(4).trimmed().split(' ').first().toLongLong();
            continue;
        }
        // A mapping's header: "start-end perms offset dev inode [path]".
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields.first().contains('-') || fields.first().endsWith(':'))
            continue;
        const QByteArray path = fields.size() > 5 ? fields.mid(5).join(' ') : QByteArray();
        if (path.isEmpty() || path.startsWith('['))
            part = 0;
        else if (path.contains("JSGCHeap"))
            part = 1;
        else if (path == executable)
            part = 2;
        else if (path.contains("libQt6") || path.contains("/qt6/"))
            part = 3;
        else if (path.contains(".so"))
            part = 4;
        else
            part = 5;
    }
    return parts;
}

/** Prints "rss_kib: N", "peak_kib: N" and one "rss_part_kib: NAME N" line per part on stdout. */
inline void print()
{
    std::printf("rss_kib: %lld\n", totalKiB());
    std::printf("peak_kib: %lld\n", peakKiB());
    for (const auto &[name, kib] : partsKiB())
        std::printf("rss_part_kib: %s %lld\n", qPrintable(name), kib);
    std::fflush(stdout);
}

} // namespace cc::residentmemory
