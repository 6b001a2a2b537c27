// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "actor.h"
#include "localizedtext.h"
#include "rare.h"

#include <QByteArray>
#include <QCborMap>
#include <QDateTime>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace cc::domain {

/**
 * A biopsychosocial check-in (append-only, DESIGN.md §3): per domain a 0–10 rating,
 * optionally where the person would like to be, a "want to discuss" flag and a note;
 * optionally the results of a validated instrument (WHO-5, PHQ-2, GAD-2), kept with
 * its version and language. Either the patient's six domains or the caregiver's own
 * domains (codes::caregiverDomains()), never a mix.
 *
 * CBOR fields: "by" completedById, "px" byProxy, "tm" time (ms since epoch, UTC),
 * "d" answers {domain code: {"r": rating, "w": wish, "q": wantToDiscuss, "nt": note}},
 * "i" instruments [{"id", "v" version, "l" language, "raw", "der"}], "ac" actor (Actor: a
 * space member who filled it in, e.g. a caregiver by proxy; then "by" may be absent).
 */
struct CheckIn {
    static constexpr QLatin1StringView Kind {"check_in"};

    struct DomainAnswer {
        int rating = 0; ///< 0 … 10, how it is now
        std::optional<int> wish; ///< 0 … 10, where I'd like to be
        bool wantToDiscuss = false;
        LocalizedText note;
        friend bool operator==(const DomainAnswer &, const DomainAnswer &) = default;
    };

    /** A scored instrument; shown descriptively, never as a diagnosis. */
    struct InstrumentResult {
        QString instrument; ///< codes::instruments(): who5, phq2, gad2
        QString version; ///< version of the instrument's wording, e.g. "1998"
        QString language; ///< BCP-47 tag of the wording used
        int rawScore = 0;
        double derivedScore = 0; ///< WHO-5: raw × 4 (0–100); PHQ-2 / GAD-2: the raw sum
        friend bool operator==(const InstrumentResult &, const InstrumentResult &) = default;
    };

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    QByteArray completedById; ///< CareTeamMember id of who filled it in
    bool byProxy = false; ///< filled in for the patient by someone else
    QDateTime time; ///< UTC
    QMap<QString, DomainAnswer> answers; ///< keyed by domain code
    QList<InstrumentResult> instruments;

    /** True if it holds the caregiver's own domains rather than the patient's. */
    bool isCaregiverCheckIn() const;
    /** True if any domain is flagged "want to discuss". */
    bool wantsToDiscuss() const;

    /** The score range of @p instrument, or {0, -1} for an unknown one. */
    static std::pair<int, int> rawScoreRange(QStringView instrument);
    static std::pair<double, double> derivedScoreRange(QStringView instrument);

    /** The space member who filled it in (then completedById may be empty): by proxy for the patient. */
    Rare<Actor> actor;

    QCborMap toFields() const;
    static Result<CheckIn> fromFields(const QCborMap &fields);
    /** Requires who and when, at least one answer or instrument, known domains from one
     *  set, ratings of 0–10 and scores within their instrument's range. */
    Status validate() const;

    friend bool operator==(const CheckIn &, const CheckIn &) = default;
};

} // namespace cc::domain
