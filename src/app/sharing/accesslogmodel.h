// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::app {

/** Who fetched the selected space, newest first. */
class AccessLogModel : public cc::app::RowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SpaceMembers")
public:
    enum Role { WhoRole = Qt::UserRole, TimeRole, CountRole, IsOwnRole };
    Q_ENUM(Role)
    explicit AccessLogModel(QObject *parent = nullptr);
    using RowModel::setRows;
};

} // namespace cc::app
