// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/devicelistmodel.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>

namespace cc::app {

class SyncActivity;
class SyncStatus;

/**
 * The account's devices as the sync page lists them: the model, asking the server for it
 * again, and removing a device. It follows the engine of SyncStatus; busy state and
 * failures go to the shared SyncActivity. Published to QML as the singleton `DeviceList`
 * (qmlsingletons.h).
 */
class DeviceList : public QObject
{
    Q_OBJECT
    Q_PROPERTY(cc::app::DeviceListModel *devices READ devices CONSTANT)
public:
    DeviceList(SyncStatus *status, SyncActivity *activity, QObject *parent = nullptr);

    DeviceListModel *devices() const { return m_devices; }

    /** Asks the server for the devices again (only while connected). */
    Q_INVOKABLE void refresh();
    /** @p deviceId in hex, from the devices model; emits deviceRemoved() or
     *  SyncActivity::operationFailed(). */
    Q_INVOKABLE void remove(const QString &deviceId);

Q_SIGNALS:
    void deviceRemoved();

private:
    void attach();
    void onDeviceRemoved(const cc::Status &status);

    SyncStatus *m_status;
    SyncActivity *m_activity;
    DeviceListModel *m_devices;
    QPointer<sync::SyncEngine> m_attached;
};

} // namespace cc::app
