// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace cc::app::qmlproblems {

/**
 * The CI modes (--self-test, --screenshot) fail on any QML warning or error: this installs a
 * message handler that counts them and passes every message on to the previous handler.
 * It never logs anything itself: the messages are Qt's and carry no health data.
 */
void startCounting();
/** QML problems seen so far, plus the ones note()d. */
int count();
/** Counts a problem the CI mode found itself (a step that did not happen). */
void note();

/** One line on stderr, where the CI modes report. */
void printLine(const QString &text);

/**
 * Waits until @p done() holds or @p ms pass, processing events as the app's event loop
 * would. The CI modes run before QCoreApplication::exec(), where processEvents() never
 * handles deleteLater(): without the explicit DeferredDelete pass every page a StackView
 * replaced would stay alive, which the app (in its event loop) does not do.
 */
template<typename Pred>
bool waitFor(Pred done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return done();
}

} // namespace cc::app::qmlproblems
