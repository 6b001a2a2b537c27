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
        setRows({});
        return;
    }
    QList<domain::Comment> comments;
    const QList<domain::Comment> all = store->comments();
    for (const domain::Comment &comment : all) {
        if (comment.targetId == goalId)
            comments.append(comment);
    }
    std::sort(comments.begin(), comments.end(),
        [](const domain::Comment &a, const domain::Comment &b) { return a.time < b.time; });
    setComments(*store, comments, false);
}

} // namespace cc::app
