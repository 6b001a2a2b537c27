// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for the memory benchmark: an empty Qt Quick window, shown and rendered,
// then its resident memory printed as "rss_kib: N".
#include <QFile>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickWindow window;
    window.resize(390, 844);
    window.show();
    QTimer::singleShot(500, &app, [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    std::printf("rss_kib: %s\n", line.mid(6).trimmed().split(' ').first().constData());
            }
        }
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
