// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QDate>
#include <QQmlEngine>

#include <functional>

namespace cc::domain {
class CareStore;
struct Goal;
} // namespace cc::domain

namespace cc::app {

/** The person's goals, highest priority first, each with its latest progress rating. */
class GoalModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CareData")

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        WhatMattersToMeRole,
        KindRole,
        DomainRole,
        StatusRole,
        AchievementRole,
        TargetDateRole,
        PriorityRole,
        StepCountRole,
        StepsDoneRole,
        LastRatingRole,
        LastProgressDateRole,
    };
    Q_ENUM(Role)

    /** A goal as GoalModel and GoalListModel list it. */
    struct Row {
        QString recordId; ///< hex
        QString whatMattersToMe; ///< or the target, where she wrote no "what matters to me"
        QString kind;
        QString domain;
        QString status;
        QString achievement;
        QDate targetDate;
        int priority = 0;
        int stepCount = 0;
        int stepsDone = 0;
        int lastRating = -1; ///< of the latest rated progress entry; -1 for none
        QDate lastProgressDate;

        /** The values of GoalModel's roles, in Role order. */
        auto fields() const
        {
            return std::tie(recordId, whatMattersToMe, kind, domain, status, achievement, targetDate, priority,
                stepCount, stepsDone, lastRating, lastProgressDate);
        }
    };

    explicit GoalModel(QObject *parent = nullptr);
    void reload(const domain::CareStore *store);

    /** The role names of a goal row, in Role order (shared with GoalListModel). */
    static QList<QByteArray> goalRoleNames();
    /** The rows of the goals @p keep accepts (all if empty), highest priority first, then
     *  soonest target date. Empty for a null @p store. */
    static QList<Row> goalRows(
        const domain::CareStore *store, const std::function<bool(const domain::Goal &)> &keep = {});

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
