// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/devicelistmodel.h"

#include "sync/syncengine.h"

#include <QLocale>

#include <algorithm>

namespace cc::app {

DeviceListModel::DeviceListModel(QObject *parent)
    : RowModel({"deviceId", "label", "linkedText", "removed", "thisDevice"}, parent)
{ }

void DeviceListModel::reload(const QList<sync::DeviceInfo> &devices)
{
    QList<sync::DeviceInfo> sorted = devices;
    std::stable_sort(sorted.begin(), sorted.end(), [](const sync::DeviceInfo &a, const sync::DeviceInfo &b) {
        const auto rank = [](const sync::DeviceInfo &d) { return d.thisDevice ? 0 : (d.revoked.isValid() ? 2 : 1); };
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return a.created < b.created;
    });
    const QLocale locale;
    QList<Row> rows;
    for (const sync::DeviceInfo &device : sorted) {
        QString label = device.label;
        if (label.isEmpty())
            label = tr("Unnamed device");
        const QString when = locale.toString(device.created.toLocalTime().date(), QLocale::LongFormat);
        const QString linked = device.revoked.isValid()
            ? tr("Removed on %1").arg(locale.toString(device.revoked.toLocalTime().date(), QLocale::LongFormat))
            : tr("Linked on %1").arg(when);
        rows.append(
            {QString::fromLatin1(device.id.toHex()), label, linked, device.revoked.isValid(), device.thisDevice});
    }
    m_rows.set(std::move(rows));
}

} // namespace cc::app
