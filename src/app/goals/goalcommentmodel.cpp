// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/goals/goalcommentmodel.h"

#include "domain/carestore.h"

#include <algorithm>

namespace cc::app {

GoalCommentModel::GoalCommentModel(QObject *parent) : CommentModel(parent)
{ }

void GoalCommentModel::reload(const domain::CareStore *store, const QByteArray &goalId)
{
    if (!store || goalId.isEmpty()) {
        clear();
        return;
    }
    setComments(*store, store->commentsOn(goalId), false); // oldest first
}

} // namespace cc::app
