// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "actor.h"
#include "localizedtext.h"
#include "schedule.h"

#include <QByteArray>
#include <QCborMap>
#include <QDate>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace cc::domain {

/**
 * A task in the care plan (DESIGN.md §3): what is done, of which kind, for which goals,
 * by whom, when (Schedule), its status and a log of when it was done.
 *
 * CBOR fields: "t" title, "k" kind (codes::activityKinds()), "g" goalIds,
 * "as" assigneeIds, "sc" schedule (Schedule::toCbor()), "s" status, "dl" doneLog
 * [{"dt": date, "by": member id (absent when a space member did it), "nt": note}],
 * "ac" lastChangedBy (Actor).
 */
struct Activity {
    static constexpr QLatin1StringView Kind {"activity"};

    struct Done {
        QDate date;
        QByteArray byId; ///< CareTeamMember id
        LocalizedText note;
        friend bool operator==(const Done &, const Done &) = default;
    };

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    LocalizedText title;
    QString kind; ///< codes::activityKinds()
    QList<QByteArray> goalIds; ///< Goal ids this activity serves
    QList<QByteArray> assigneeIds; ///< CareTeamMember ids
    Schedule schedule;
    QString status = QStringLiteral("planned"); ///< codes::activityStatuses()
    QList<Done> doneLog;

    /** The schedule's next date on or after @p from; none when unscheduled, over, done or cancelled. */
    std::optional<QDate> nextOccurrence(const QDate &from) const;

    /** Who last changed it in the patient's circle, if not the patient (empty after her edit). */
    Actor lastChangedBy;

    QCborMap toFields() const;
    static Result<Activity> fromFields(const QCborMap &fields);
    /** Requires a title, known codes, a valid schedule and well-formed ids. */
    Status validate() const;

    friend bool operator==(const Activity &, const Activity &) = default;
};

} // namespace cc::domain
