// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "actor.h"
#include "localizedtext.h"

#include <QByteArray>
#include <QCborMap>
#include <QDate>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace cc::domain {

/**
 * The care and support plan (DESIGN.md §3): its title, status, period, who coordinates
 * it, when it is next reviewed (typically the next multidisciplinary meeting) and the
 * agreements the circle made, as written.
 *
 * CBOR fields: "t" title, "s" status (codes::planStatuses()), "ps" periodStart,
 * "pe" periodEnd, "co" coordinatorId, "nr" nextReview, "a" agreements, "ac" lastChangedBy (Actor).
 */
struct CarePlan {
    static constexpr QLatin1StringView Kind {"care_plan"};

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    LocalizedText title;
    QString status = QStringLiteral("draft");
    QDate periodStart;
    QDate periodEnd;
    QByteArray coordinatorId; ///< CareTeamMember id; empty if none yet
    QDate nextReview;
    QList<LocalizedText> agreements;

    /** Who last changed it in the patient's circle, if not the patient (empty after her edit). */
    Actor lastChangedBy;

    QCborMap toFields() const;
    static Result<CarePlan> fromFields(const QCborMap &fields);
    /** Requires a title and a known status; the period must not end before it starts. */
    Status validate() const;

    friend bool operator==(const CarePlan &, const CarePlan &) = default;
};

} // namespace cc::domain
