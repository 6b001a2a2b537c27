// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowmodel.h"

#include <QQmlEngine>

namespace cc::domain {
class CareStore;
}

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

    explicit GoalModel(QObject *parent = nullptr);
    void reload(const domain::CareStore *store);
};

} // namespace cc::app
