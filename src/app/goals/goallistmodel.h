// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/goals/goalmodel.h"

#include <QQmlEngine>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * The Goals page's list: the person's goals with the same roles as GoalModel (so
 * GoalDelegate shows either), narrowed by a status group and a domain. Highest priority
 * first, then the soonest target date.
 */
class GoalListModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by GoalsController")

public:
    /** Status groups: "active" (proposed, active, on_hold), "done" (completed, cancelled), "all". */
    static constexpr QLatin1StringView ActiveGroup {"active"};
    static constexpr QLatin1StringView DoneGroup {"done"};
    static constexpr QLatin1StringView AllGroup {"all"};

    explicit GoalListModel(QObject *parent = nullptr);

    /** Refills from @p store (nullptr: empties) keeping goals of @p statusGroup and, unless
     *  @p domain is empty, of that domain code. An unknown group keeps every status. */
    void reload(const domain::CareStore *store, const QString &statusGroup, const QString &domain);

    /** True if status code @p status belongs to @p statusGroup. */
    static bool inGroup(const QString &status, const QString &statusGroup);

    /** The record id (hex) of row @p row, or "" outside the list. */
    Q_INVOKABLE QString recordIdAt(int row) const;

private:
    Rows<GoalModel::Row> m_rows {this};
};

} // namespace cc::app
