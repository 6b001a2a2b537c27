// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/recordlistmodel.h"

#include <QQmlEngine>
#include <QVariantList>

namespace cc::domain {
class CareStore;
class ChangeSet;
} // namespace cc::domain

namespace cc::app {

/**
 * How one goal has moved: its progress entries, newest first, each with who wrote it; and
 * the rated ones as a series, oldest first, for the small chart on the detail page.
 *
 * A row is the entry's day and id; its values are read from the store when a view asks
 * (RecordListModel): years of daily progress cost 40 bytes an entry, and the page, which shows
 * the newest few (GoalsController::recentProgress), builds those few only.
 */
class ProgressHistoryModel : public cc::app::RecordListModel // qualified: Qt 6.4's qmltyperegistrar matches base
                                                             // classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by GoalsController")
    /** [{day: the entry's calendar day as days since 1 January 1970, rating: 0..10}], oldest
     *  first: the chart spaces them by day. Not a Date each: years of daily entries would each
     *  be converted to local time, which asks the C library for the time zone every time. */
    Q_PROPERTY(QVariantList ratings READ ratings NOTIFY ratingsChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole,
        DayRole, ///< start of the day, local time
        RatingRole, ///< -1 when the entry has no rating
        NoteRole,
        AuthorNameRole,
        AuthorRoleRole,
    };
    Q_ENUM(Role)

    explicit ProgressHistoryModel(QObject *parent = nullptr);

    /** Refills with the entries of goal @p goalId (nullptr store or unknown goal: empties).
     *  @p store outlives its use here: the controller reloads before a store goes. */
    void reload(const domain::CareStore *store, const QByteArray &goalId);
    /** After @p changes: only the changed progress entries' rows change
     *  (RecordListModel::followChanges(); a store or goal other than the last reload's reloads). */
    void update(const domain::CareStore &store, const QByteArray &goalId, const domain::ChangeSet &changes);
    /** Made when first asked after a change, from the rows. */
    QVariantList ratings() const;

Q_SIGNALS:
    void ratingsChanged();

protected:
    QVariant value(const Row &row, int column) const override;

private:
    std::optional<Row> rowOf(const QByteArray &id) const;
    std::vector<Row> allRows() const;
    void ratingsMayHaveChanged();

    const domain::CareStore *m_store = nullptr;
    QByteArray m_goalId;
    mutable std::optional<QVariantList> m_ratings;
};

} // namespace cc::app
