// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/** The done log of one activity, most recent first: when, by whom, the note as written. */
class DoneLogModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CarePlanController")

public:
    enum Role {
        DateRole = Qt::UserRole,
        ByNameRole,
        NoteRole,
    };
    Q_ENUM(Role)

    explicit DoneLogModel(QObject *parent = nullptr);
    /** Loads the log of @p activityId; empty for no store or an unknown activity. */
    void reload(const domain::CareStore *store, const QByteArray &activityId);
};

} // namespace cc::app
