// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/goals/progresshistorymodel.h"

#include "app/session/session.h"
#include "domain/carestore.h"

#include <algorithm>

namespace cc::app {

ProgressHistoryModel::ProgressHistoryModel(QObject *parent)
    : RowModel({"recordId", "day", "rating", "note", "authorName", "authorRole"}, parent)
{ }

void ProgressHistoryModel::reload(const domain::CareStore *store, const QByteArray &goalId)
{
    QList<const domain::ProgressEntry *> entries;
    const QList<domain::ProgressEntry> all =
        store && !goalId.isEmpty() ? store->progress() : QList<domain::ProgressEntry>();
    for (const domain::ProgressEntry &entry : all) {
        if (entry.goalId == goalId)
            entries.append(&entry);
    }
    // Newest first; the record id breaks ties so the order is stable between reloads.
    std::sort(entries.begin(), entries.end(), [](const domain::ProgressEntry *a, const domain::ProgressEntry *b) {
        return a->date != b->date ? a->date > b->date : a->id > b->id;
    });

    QList<QVariantList> rows;
    rows.reserve(entries.size());
    QVariantList ratings;
    for (const domain::ProgressEntry *entry : std::as_const(entries)) {
        const domain::CareTeamMember *author = store->member(entry->authorId);
        QString name = author ? author->displayName : tr("Unknown person");
        QString role = author ? author->role : QString();
        if (!entry->actor.isEmpty()) { // a member of her space wrote it
            name = Session::actorLabel(entry->actor, store);
            role = entry->actor.role;
        }
        rows.append({QString::fromLatin1(entry->id.toHex()), entry->date.startOfDay(), entry->rating.value_or(-1),
            entry->note.text, name, role});
        if (entry->rating)
            ratings.prepend(QVariantMap {
                {QStringLiteral("date"), entry->date.startOfDay()}, {QStringLiteral("rating"), *entry->rating}});
    }
    setRows(std::move(rows));
    m_ratings = std::move(ratings);
    Q_EMIT ratingsChanged();
}

} // namespace cc::app
