// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/activity.h"
#include "domain/careplan.h"
#include "domain/careteammember.h"
#include "domain/checkin.h"
#include "domain/comment.h"
#include "domain/conflictcopy.h"
#include "domain/goal.h"
#include "domain/patientprofile.h"
#include "domain/progressentry.h"
#include "domain/spaceinfo.h"
#include "fuzzsupport.h"

#include <QCborMap>

namespace cc::fuzz {

/** Reads @p fields as a @p Record; what reads must survive toFields() → fromFields(). */
template<typename Record>
void roundTrip(const QCborMap &fields)
{
    auto record = Record::fromFields(fields);
    if (!record)
        return;
    auto again = Record::fromFields(record->toFields());
    check(again.ok(), "a record read from fields reads again from its own toFields()");
    check(*again == *record, "a record survives toFields() and fromFields()");
}

/** The record types by kind (every kind codes::recordKinds() knows); all of them when
 *  @p kind is empty. */
inline void typedRoundTrip(const QString &kind, const QCborMap &fields)
{
    using namespace cc::domain;
    const auto is = [&kind](QLatin1StringView k) { return kind.isEmpty() || kind == k; };
    if (is(PatientProfile::Kind))
        roundTrip<PatientProfile>(fields);
    if (is(CarePlan::Kind))
        roundTrip<CarePlan>(fields);
    if (is(CareTeamMember::Kind))
        roundTrip<CareTeamMember>(fields);
    if (is(Goal::Kind))
        roundTrip<Goal>(fields);
    if (is(ProgressEntry::Kind))
        roundTrip<ProgressEntry>(fields);
    if (is(Activity::Kind))
        roundTrip<Activity>(fields);
    if (is(CheckIn::Kind))
        roundTrip<CheckIn>(fields);
    if (is(Comment::Kind))
        roundTrip<Comment>(fields);
    if (is(ConflictCopy::Kind))
        roundTrip<ConflictCopy>(fields);
    if (is(SpaceInfo::Kind))
        roundTrip<SpaceInfo>(fields);
}

} // namespace cc::fuzz
