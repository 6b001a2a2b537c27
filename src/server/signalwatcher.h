// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace cc::server {

/**
 * Turns SIGTERM and SIGINT into a Qt signal through a socketpair (the handler only
 * write()s one byte, which is async-signal-safe) and a QSocketNotifier. One per process.
 */
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cc::server
