// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace cc::app {

/**
 * What the sync objects (SyncStatus, DeviceList, DeviceLinkFlow) are doing now, shared by
 * the three as the one SyncController had it: one busy flag with its text (connecting,
 * removing a device, joining or restoring), and the failure of any of those in words. One
 * flag on purpose: each of them refuses to start while another waits. Published to QML as
 * the singleton `SyncActivity` (qmlsingletons.h).
 */
class SyncActivity : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyChanged)

public:
    explicit SyncActivity(QObject *parent = nullptr) : QObject(parent) { }

    bool busy() const { return m_busy; }
    QString busyText() const { return m_busyText; }
    void setBusy(bool busy, const QString &text = {});
    /** Reports that connecting, removing a device or joining failed: emits operationFailed(). */
    void fail(const QString &message) { Q_EMIT operationFailed(message); }

Q_SIGNALS:
    void busyChanged();
    void operationFailed(const QString &message);

private:
    bool m_busy = false;
    QString m_busyText;
};

} // namespace cc::app
