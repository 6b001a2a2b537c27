// SPDX-License-Identifier: GPL-3.0-or-later
#include "goalcommentmodel.h"

#include "domain/carestore.h"

#include <algorithm>

namespace cc::app {

GoalCommentModel::GoalCommentModel(QObject *parent)
    : RowModel({"recordId", "authorName", "authorRole", "text", "time", "targetTitle"}, parent)
{ }

void GoalCommentModel::reload(const domain::CareStore *store, const QByteArray &goalId)
{
    QList<domain::Comment> comments;
    if (store && !goalId.isEmpty()) {
        const QList<domain::Comment> all = store->comments();
        for (const domain::Comment &comment : all) {
            if (comment.targetId == goalId)
                comments.append(comment);
        }
    }
    std::sort(comments.begin(), comments.end(),
        [](const domain::Comment &a, const domain::Comment &b) { return a.time < b.time; });
    QList<QVariantList> rows;
    rows.reserve(comments.size());
    for (const domain::Comment &comment : std::as_const(comments)) {
        const domain::CareTeamMember *author = store->member(comment.authorId);
        rows.append({QString::fromLatin1(comment.id.toHex()), author ? author->displayName : tr("Unknown person"),
            author ? author->role : QString(), comment.text.text, comment.time.toLocalTime(), QString()});
    }
    setRows(std::move(rows));
}

} // namespace cc::app
