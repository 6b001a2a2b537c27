// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "actor.h"
#include "localizedtext.h"
#include "rare.h"

#include <QByteArray>
#include <QCborMap>
#include <QDate>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace cc::domain {

/**
 * One note of how a goal is going (append-only, DESIGN.md §3): on a date, a rating
 * from 0 to 10 and/or a measured value with its unit ("12 min", "142 mg/dl"), a note,
 * and who wrote it.
 *
 * CBOR fields: "g" goalId, "dt" date, "r" rating, "v" value, "u" unit, "nt" note,
 * "by" authorId (a CareTeamMember), or "ac" actor (Actor: a member of a shared space).
 */
struct ProgressEntry {
    static constexpr QLatin1StringView Kind {"progress"};
    static constexpr qsizetype MaxUnitLength = 32;

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    QByteArray goalId;
    QDate date;
    std::optional<int> rating; ///< 0 … 10
    std::optional<double> value;
    QString unit; ///< only with a value, e.g. "min", "m", "mg/dl" (UCUM where possible)
    LocalizedText note;
    QByteArray authorId; ///< CareTeamMember id

    /** The space member who wrote it (then authorId may be empty). */
    Rare<Actor> actor;

    QCborMap toFields() const;
    static Result<ProgressEntry> fromFields(const QCborMap &fields);
    /** Requires goal, date and author, and at least a rating, a value or a note. */
    Status validate() const;

    friend bool operator==(const ProgressEntry &, const ProgressEntry &) = default;
};

} // namespace cc::domain
