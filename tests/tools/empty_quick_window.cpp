// SPDX-License-Identifier: GPL-3.0-or-later
// The baselines for the memory benchmark, shown and rendered, then their resident memory
// printed as "rss_kib: N" with its parts:
// - without arguments, an empty Qt Quick window;
// - with --controls, an empty Qt Quick Controls window of the style the app uses (Basic)
//   showing one label: the least an app built on Qt Quick Controls maps and allocates.
#include "common/residentmemory.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <memory>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    std::unique_ptr<QQuickWindow> window;
    std::unique_ptr<QQmlApplicationEngine> engine;
    if (QCoreApplication::arguments().contains(QStringLiteral("--controls"))) {
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->loadData(QByteArrayLiteral("import QtQuick\n"
                                           "import QtQuick.Controls.Basic\n"
                                           "ApplicationWindow { visible: true; width: 390; height: 844\n"
                                           "    Label { text: \"CareCircle\" } }\n"));
        if (engine->rootObjects().isEmpty())
            return 1;
    } else {
        window = std::make_unique<QQuickWindow>();
        window->resize(390, 844);
        window->show();
    }
    QTimer::singleShot(500, &app, [] {
        cc::residentmemory::print();
        QCoreApplication::quit();
    });
    return app.exec();
}
