// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QDate>
#include <QQmlEngine>
#include <QStringList>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * Every activity of the care plan with its schedule in words, the next date that is not
 * done yet, who does it, the goals it serves and its done log summary. Open activities
 * come first, soonest first; those without a next date follow, by title.
 */
class ActivityListModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CarePlanController")

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        TitleRole,
        KindRole,
        ScheduleTextRole,
        NextDateRole,
        TimeTextRole,
        AssigneesRole,
        AssigneeIdsRole,
        GoalsRole,
        StatusRole,
        DoneCountRole,
        LastDoneRole,
        DoneTodayRole,
        RecurringRole,
        OffersDoneTodayRole, ///< schedulerules::offersDoneToday
    };
    Q_ENUM(Role)

    /** An activity of the care plan. */
    struct Row {
        QString recordId; ///< hex
        QString title;
        QString kind;
        QString scheduleText; ///< the schedule in words
        QDate nextDate; ///< the next open occurrence; invalid for none
        QString timeText; ///< "HH:mm", or empty
        QString assignees; ///< their names, as one list in words
        QStringList assigneeIds; ///< hex
        QStringList goals; ///< what matters to her, of each goal it serves
        QString status;
        int doneCount = 0;
        QDate lastDone;
        bool doneToday = false;
        bool recurring = false;
        bool offersDoneToday = false;
        auto fields() const
        {
            return std::tie(recordId, title, kind, scheduleText, nextDate, timeText, assignees, assigneeIds, goals,
                status, doneCount, lastDone, doneToday, recurring, offersDoneToday);
        }
    };

    explicit ActivityListModel(QObject *parent = nullptr);
    void reload(const domain::CareStore *store, QDate today);
    /** The row of @p recordId (hex), or -1. */
    Q_INVOKABLE int indexOf(const QString &recordId) const;

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
