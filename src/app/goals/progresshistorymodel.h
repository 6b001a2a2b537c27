// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>
#include <QVariantList>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * How one goal has moved: its progress entries, newest first, each with who wrote it; and
 * the rated ones as a series, oldest first, for the small chart on the detail page.
 */
class ProgressHistoryModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by GoalsController")
    /** [{date: Date (start of the day, local), rating: 0..10}], oldest first. */
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

    /** Refills with the entries of goal @p goalId (nullptr store or unknown goal: empties). */
    void reload(const domain::CareStore *store, const QByteArray &goalId);
    /** After progress entries @p ids were added, removed or moved: only their rows change. */
    void update(const domain::CareStore &store, const QByteArray &goalId, const QList<QByteArray> &ids);
    QVariantList ratings() const { return m_ratings; }

Q_SIGNALS:
    void ratingsChanged();

private:
    /** The ratings from the rows. */
    void updateRatings();

    QVariantList m_ratings;
};

} // namespace cc::app
