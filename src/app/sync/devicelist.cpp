// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/devicelist.h"

#include "app/core/enginefollower.h"
#include "app/sync/syncactivity.h"
#include "app/sync/syncstatus.h"

#include <QCoreApplication>

namespace cc::app {

DeviceList::DeviceList(SyncStatus *status, SyncActivity *activity, QObject *parent)
    : QObject(parent), m_status(status), m_activity(activity), m_devices(new DeviceListModel(this))
{
    connect(m_status, &SyncStatus::engineChanged, this, &DeviceList::attach);
    attach();
}

void DeviceList::attach()
{
    sync::SyncEngine *engine = m_status->engine();
    if (!engine)
        m_devices->reload({}); // locked: no device of the last session stays on screen
    followEngine(this, m_attached, engine, [this](sync::SyncEngine *current) {
        connect(current, &sync::SyncEngine::devicesChanged, this, [this] {
            if (m_attached)
                m_devices->reload(m_attached->devices());
        });
        connect(current, &sync::SyncEngine::deviceRemoved, this, &DeviceList::onDeviceRemoved);
    });
}

void DeviceList::onDeviceRemoved(const cc::Status &status)
{
    m_activity->setBusy(false);
    if (status)
        Q_EMIT deviceRemoved();
    else
        m_activity->fail(status.error().message);
    if (m_attached)
        m_attached->refreshDevices();
}

void DeviceList::refresh()
{
    if (m_status->connected())
        m_status->engine()->refreshDevices();
}

void DeviceList::remove(const QString &deviceId)
{
    sync::SyncEngine *engine = m_status->engine();
    if (!engine || m_activity->busy())
        return;
    m_activity->setBusy(true, QCoreApplication::translate("cc::app::SyncController", "Removing the device…"));
    engine->removeDevice(QByteArray::fromHex(deviceId.toLatin1()));
}

} // namespace cc::app
