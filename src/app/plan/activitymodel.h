// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QDate>
#include <QQmlEngine>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/** Activities of the care plan that fall within the coming days, soonest first. */
class ActivityModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CareData")

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        TitleRole,
        KindRole,
        NextDateRole,
        TimeTextRole,
        AssigneesRole,
        RecurringRole,
        StatusRole,
    };
    Q_ENUM(Role)

    static constexpr int HorizonDays = 7;

    /** An activity due within HorizonDays. */
    struct Row {
        QString recordId; ///< hex
        QString title;
        QString kind;
        QDate nextDate;
        QString timeText; ///< "HH:mm", or empty
        QString assignees; ///< their names, as one list in words
        bool recurring = false;
        QString status;
        auto fields() const
        {
            return std::tie(recordId, title, kind, nextDate, timeText, assignees, recurring, status);
        }
    };

    explicit ActivityModel(QObject *parent = nullptr);
    void reload(const domain::CareStore *store, QDate today);

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
