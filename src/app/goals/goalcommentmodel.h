// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sharing/commentmodel.h"

namespace cc::app {

/** The comments of the care circle on one goal, oldest first (read as a conversation).
 *  Same roles as CommentModel; targetTitle stays empty, the page already names the goal. */
class GoalCommentModel
    : public cc::app::CommentModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by GoalsController")

public:
    explicit GoalCommentModel(QObject *parent = nullptr);
    /** Refills with the comments on goal @p goalId (nullptr store or no goal: empties). */
    void reload(const domain::CareStore *store, const QByteArray &goalId);
};

} // namespace cc::app
