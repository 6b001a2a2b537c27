// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/goals/progresshistorymodel.h"

#include "app/session/session.h"
#include "domain/carestore.h"

#include <algorithm>

namespace cc::app {

ProgressHistoryModel::ProgressHistoryModel(QObject *parent)
    : RowModel({"recordId", "day", "rating", "note", "authorName", "authorRole"}, parent)
{ }

namespace {

/** The row of @p entry: who wrote it is a member of her care team, or one of her space. */
QVariantList rowOf(const domain::CareStore &store, const domain::ProgressEntry &entry)
{
    const domain::CareTeamMember *author = store.member(entry.authorId);
    QString name = author ? author->displayName : ProgressHistoryModel::tr("Unknown person");
    QString role = author ? author->role : QString();
    if (!entry.actor.isEmpty()) { // a member of her space wrote it
        name = Session::actorLabel(entry.actor, &store);
        role = entry.actor.role;
    }
    return {QString::fromLatin1(entry.id.toHex()), entry.date.startOfDay(), entry.rating.value_or(-1), entry.note.text,
        name, role};
}

} // namespace

void ProgressHistoryModel::reload(const domain::CareStore *store, const QByteArray &goalId)
{
    // Newest first; the record id breaks ties so the order is stable between reloads (the
    // store keeps the goal's entries oldest first, ties by id).
    QList<const domain::ProgressEntry *> entries =
        store && !goalId.isEmpty() ? store->progressOf(goalId) : QList<const domain::ProgressEntry *>();
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        rows.append(rowOf(*store, **it));
    setRows(std::move(rows));
    updateRatings();
}

void ProgressHistoryModel::update(
    const domain::CareStore &store, const QByteArray &goalId, const QList<QByteArray> &ids)
{
    // A pull's page of hundreds: one pass over every row is cheaper than a search per id.
    if (ids.size() > RowModel::FewChanges) {
        reload(&store, goalId);
        return;
    }
    QStringList keys;
    for (const QByteArray &id : ids)
        keys.append(QString::fromLatin1(id.toHex()));
    const auto rowFor = [&store, &goalId](const QString &key) -> std::optional<QVariantList> {
        const domain::ProgressEntry *entry = store.progressEntry(QByteArray::fromHex(key.toLatin1()));
        if (!entry || entry->goalId != goalId)
            return std::nullopt;
        return rowOf(store, *entry);
    };
    // reload()'s order: the later day first, then the greater id (hex keeps byte order).
    const auto newerFirst = [](const QVariantList &a, const QVariantList &b) {
        const QDateTime da = a.at(int(DayRole) - int(Qt::UserRole)).toDateTime();
        const QDateTime db = b.at(int(DayRole) - int(Qt::UserRole)).toDateTime();
        return da != db ? da > db : a.at(0).toString() > b.at(0).toString();
    };
    if (updateRows(keys, rowFor, newerFirst))
        updateRatings();
}

void ProgressHistoryModel::updateRatings()
{
    // Oldest first, from the rows (newest first): the days are made once, with the rows.
    QVariantList ratings;
    for (int row = count() - 1; row >= 0; --row) {
        const QModelIndex at = index(row);
        const int rating = data(at, RatingRole).toInt();
        if (rating >= 0)
            ratings.append(
                QVariantMap {{QStringLiteral("date"), data(at, DayRole)}, {QStringLiteral("rating"), rating}});
    }
    m_ratings = std::move(ratings);
    Q_EMIT ratingsChanged();
}

} // namespace cc::app
