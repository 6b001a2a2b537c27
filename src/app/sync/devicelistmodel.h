// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::sync {
struct DeviceInfo;
}

namespace cc::app {

/** The devices of the account: this one first, then active ones, then removed ones. */
class DeviceListModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DeviceList")
public:
    enum Role {
        DeviceIdRole = Qt::UserRole,
        LabelRole,
        LinkedTextRole,
        RemovedRole,
        ThisDeviceRole,
    };
    Q_ENUM(Role)

    explicit DeviceListModel(QObject *parent = nullptr);
    void reload(const QList<sync::DeviceInfo> &devices);
};

} // namespace cc::app
