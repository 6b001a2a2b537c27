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

    /** A device of the account. */
    struct Row {
        QString deviceId; ///< hex
        QString label;
        QString linkedText; ///< when it was linked or removed, in words
        bool removed = false;
        bool thisDevice = false;
        auto fields() const { return std::tie(deviceId, label, linkedText, removed, thisDevice); }
    };

    explicit DeviceListModel(QObject *parent = nullptr);
    void reload(const QList<sync::DeviceInfo> &devices);

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
