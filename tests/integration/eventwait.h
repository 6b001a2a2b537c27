// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace cc::testing {

/**
 * Runs the event loop until @p done() holds or @p timeoutMs pass, the way the app's own
 * loop runs: it wakes on each event and never sleeps between them. QTest::qWaitFor sleeps
 * 10 ms after every round of events, so a sync that waits through it is slowed by 10 ms
 * per network exchange or queued hop, which the app never is: timed paths use this.
 */
template<typename Done>
bool waitFor(Done done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // so that a wait for more events returns at the deadline
    wake.setSingleShot(true);
    wake.start(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace cc::testing
