// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for the memory benchmark: an empty Qt Quick window, shown and rendered,
// then its resident memory printed as "rss_kib: N" with its parts.
#include "common/residentmemory.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QTimer>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickWindow window;
    window.resize(390, 844);
    window.show();
    QTimer::singleShot(500, &app, [] {
        cc::residentmemory::print();
        QCoreApplication::quit();
    });
    return app.exec();
}
