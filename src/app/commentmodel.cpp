// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentmodel.h"

#include "domain/carestore.h"

#include <QLocale>

#include <algorithm>

namespace cc::app {

CommentModel::CommentModel(QObject *parent)
    : RowModel({"recordId", "authorName", "authorRole", "text", "time", "targetTitle"}, parent)
{ }

void CommentModel::reload(const domain::CareStore *store)
{
    if (!store) {
        setRows({});
        return;
    }
    QList<domain::Comment> comments = store->comments();
    std::sort(comments.begin(), comments.end(),
        [](const domain::Comment &a, const domain::Comment &b) { return a.time > b.time; });
    if (comments.size() > Limit)
        comments.resize(Limit);

    setComments(*store, comments, true);
}

void CommentModel::setComments(const domain::CareStore &store, const QList<domain::Comment> &comments, bool withTarget)
{
    QList<QVariantList> rows;
    rows.reserve(comments.size());
    for (const domain::Comment &comment : comments) {
        const domain::CareTeamMember *author = store.member(comment.authorId);
        QString target;
        if (withTarget) {
            if (const domain::Goal *goal = store.goal(comment.targetId))
                target = goal->whatMattersToMe.text.isEmpty() ? goal->target.text : goal->whatMattersToMe.text;
            else if (const domain::CheckIn *checkIn = store.checkIn(comment.targetId))
                target = tr("Check-in of %1")
                             .arg(QLocale().toString(checkIn->time.toLocalTime().date(), QLocale::ShortFormat));
        }
        rows.append({QString::fromLatin1(comment.id.toHex()), author ? author->displayName : tr("Unknown person"),
            author ? author->role : QString(), comment.text.text, comment.time.toLocalTime(), target});
    }
    setRows(std::move(rows));
}

} // namespace cc::app
