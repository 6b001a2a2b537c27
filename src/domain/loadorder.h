// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>
#include <vector>

namespace cc::domain {

/**
 * Which rows of the vault's table an unlock reads before the app is shown
 * (CareStore::loadRecentFirst; docs/architecture.md "Reading a vault at unlock"): every row
 * above cut, and the rows in early at or below it. The rest (the history: progress entries
 * and check-ins, all but the newest) is read afterwards, a part per turn of the event loop.
 * Made from the last complete load and kept as a sealed local-cache entry (EntryName); it
 * only decides what comes first: every row is read once whatever it says.
 */
struct LoadOrder {
    static constexpr char EntryName[] = "load-order/v1";
    /** Rows above this are read first: everything written since the order was made. */
    qint64 cut = 0;
    /** Rows at or below cut that are read first, ascending. */
    QList<qint64> early;

    /** From one complete load: @p early, the rows of everything but progress entries and
     *  check-ins (goals, the plan, activities, comments, tombstones …) and @p history, those
     *  of progress entries and check-ins; the newest @p recent of the history (by row, so by
     *  when they were written here) are read first too. Order of both lists is free. */
    static LoadOrder from(std::vector<qint64> early, std::vector<qint64> history, std::size_t recent);

    QByteArray encode() const;
    /** Nothing for bytes encode() did not make (then the vault is read whole, as before). */
    static std::optional<LoadOrder> decode(QByteArrayView bytes);
};

} // namespace cc::domain
