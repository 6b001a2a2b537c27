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
 * A goal of the person (goal-oriented care, DESIGN.md §3): what matters to them in
 * their own words, the domain of life it belongs to, a concrete target and date, a
 * priority, where it stands (lifecycle and achievement), the small steps towards it,
 * and who expressed it.
 *
 * CBOR fields: "k" kind, "wm" whatMattersToMe, "d" domain, "tg" target, "td" targetDate,
 * "p" priority, "s" status, "a" achievement, "st" steps [{"t": text, "d": done}],
 * "eb" expressedBy, "ac" lastChangedBy (Actor).
 */
struct Goal {
    static constexpr QLatin1StringView Kind {"goal"};
    static constexpr int HighestPriority = 1;
    static constexpr int LowestPriority = 3;

    struct Step {
        LocalizedText text;
        bool done = false;
        friend bool operator==(const Step &, const Step &) = default;
    };

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    QString kind = QStringLiteral("life_goal"); ///< codes::goalKinds()
    LocalizedText whatMattersToMe; ///< the person's own words
    QString domain; ///< codes::goalDomains()
    LocalizedText target;
    QDate targetDate;
    int priority = 2; ///< 1 (highest) … 3
    QString status = QStringLiteral("proposed"); ///< codes::goalStatuses()
    QString achievement = QStringLiteral("in_progress"); ///< codes::achievements()
    QList<Step> steps;
    QByteArray expressedBy; ///< CareTeamMember id; empty if not recorded

    /** Who last changed it in the patient's circle, if not the patient (empty after her edit). */
    Actor lastChangedBy;

    QCborMap toFields() const;
    static Result<Goal> fromFields(const QCborMap &fields);
    /** Requires known codes, a priority of 1–3 and either "what matters" or a target. */
    Status validate() const;

    friend bool operator==(const Goal &, const Goal &) = default;
};

} // namespace cc::domain
