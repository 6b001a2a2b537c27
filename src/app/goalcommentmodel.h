// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowmodel.h"

#include <QQmlEngine>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/** The comments of the care circle on one goal, oldest first (read as a conversation). Read-only. */
class GoalCommentModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by GoalsController")

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        AuthorNameRole,
        AuthorRoleRole,
        TextRole,
        TimeRole,
        TargetTitleRole, ///< always empty: the page already says which goal (CommentDelegate reads it)
    };
    Q_ENUM(Role)

    explicit GoalCommentModel(QObject *parent = nullptr);
    /** Refills with the comments on goal @p goalId (nullptr store or no goal: empties). */
    void reload(const domain::CareStore *store, const QByteArray &goalId);
};

} // namespace cc::app
