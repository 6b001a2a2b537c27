// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/goals/progresshistorymodel.h"

#include "app/session/session.h"
#include "domain/careindex.h"
#include "domain/carestore.h"
#include "domain/changeset.h"

namespace cc::app {

ProgressHistoryModel::ProgressHistoryModel(QObject *parent)
    : RecordListModel({"day", "rating", "note", "authorName", "authorRole"}, parent)
{ }

std::optional<RecordListModel::Row> ProgressHistoryModel::rowOf(const QByteArray &id) const
{
    const domain::ProgressEntry *entry = m_store ? m_store->progressEntry(id) : nullptr;
    if (!entry || entry->goalId != m_goalId)
        return std::nullopt;
    return Row {domain::CareIndex::keyOf(entry->date), entry->id};
}

std::vector<RecordListModel::Row> ProgressHistoryModel::allRows() const
{
    // Newest first: the store keeps the goal's entries oldest first, ties by id.
    const QList<const domain::ProgressEntry *> entries =
        m_store && !m_goalId.isEmpty() ? m_store->progressOf(m_goalId) : QList<const domain::ProgressEntry *>();
    std::vector<Row> rows;
    rows.reserve(std::size_t(entries.size()));
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        rows.push_back({domain::CareIndex::keyOf((*it)->date), (*it)->id});
    return rows;
}

void ProgressHistoryModel::reload(const domain::CareStore *store, const QByteArray &goalId)
{
    m_store = store;
    m_goalId = store ? goalId : QByteArray();
    setRows(allRows(), true);
    ratingsMayHaveChanged();
}

void ProgressHistoryModel::update(
    const domain::CareStore &store, const QByteArray &goalId, const domain::ChangeSet &changes)
{
    // Progress entries are never edited (append-only): a row that stays shows what it showed.
    if (&store != m_store || goalId != m_goalId) {
        m_store = &store;
        m_goalId = goalId;
        setRows(allRows(), false);
        ratingsMayHaveChanged();
        return;
    }
    using domain::ProgressEntry;
    if (followChanges(
            changes.newIds(ProgressEntry::Kind), changes.knownIds(ProgressEntry::Kind),
            [this](const QByteArray &id) { return rowOf(id); }, [this] { return allRows(); }))
        ratingsMayHaveChanged();
}

void ProgressHistoryModel::ratingsMayHaveChanged()
{
    m_ratings.reset();
    Q_EMIT ratingsChanged();
}

QVariantList ProgressHistoryModel::ratings() const
{
    if (m_ratings)
        return *m_ratings;
    if (!m_store)
        return {};
    // Oldest first, from the rows (newest first).
    static const QDate epoch(1970, 1, 1);
    QVariantList ratings;
    ratings.reserve(count());
    for (int row = count() - 1; row >= 0; --row) {
        const domain::ProgressEntry *entry = m_store->progressEntry(idAt(row));
        if (entry && entry->rating) {
            ratings.append(QVariantMap {
                {QStringLiteral("day"), epoch.daysTo(entry->date)}, {QStringLiteral("rating"), *entry->rating}});
        }
    }
    m_ratings = std::move(ratings);
    return *m_ratings;
}

QVariant ProgressHistoryModel::value(const Row &row, int column) const
{
    const domain::ProgressEntry *entry = m_store ? m_store->progressEntry(row.id) : nullptr;
    if (!entry)
        return {};
    // Who wrote it: a member of her care team, or one of her space (then the actor).
    const auto author = [this, entry]() -> std::pair<QString, QString> {
        if (!entry->actor->isEmpty())
            return {Session::actorLabel(*entry->actor, m_store), entry->actor->role};
        const domain::CareTeamMember *member = m_store->member(entry->authorId);
        return member ? std::pair {member->displayName, member->role}
                      : std::pair {ProgressHistoryModel::tr("Unknown person"), QString()};
    };
    switch (Role(Qt::UserRole + column)) {
    case RecordIdRole:
        break; // RecordListModel gives it
    case DayRole:
        return entry->date.startOfDay();
    case RatingRole:
        return entry->rating.value_or(-1);
    case NoteRole:
        return entry->note.text;
    case AuthorNameRole:
        return author().first;
    case AuthorRoleRole:
        return author().second;
    }
    return {};
}

} // namespace cc::app
