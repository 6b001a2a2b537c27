// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QDate>
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

    /** One time the activity was done. */
    struct Row {
        QDate date;
        QString byName;
        QString note;
        auto fields() const { return std::tie(date, byName, note); }
    };

    explicit DoneLogModel(QObject *parent = nullptr);
    /** Loads the log of @p activityId; empty for no store or an unknown activity. */
    void reload(const domain::CareStore *store, const QByteArray &activityId);

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
