// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity.h"
#include "careplan.h"
#include "careteammember.h"
#include "checkin.h"
#include "comment.h"
#include "goal.h"
#include "patientprofile.h"
#include "progressentry.h"

#include <QList>

namespace cc::domain {

/**
 * A whole care circle's records at once, for CareStore::importRecords (all or nothing): the
 * demo story (src/demo) hands its records over this way, so the domain needs to know nothing
 * of demonstrations. The lists are written in this order, each in its own order.
 */
struct CareRecords {
    PatientProfile profile;
    CarePlan plan;
    QList<CareTeamMember> members;
    QList<Goal> goals;
    QList<Activity> activities;
    QList<ProgressEntry> progress;
    QList<CheckIn> checkIns;
    QList<Comment> comments;
};

} // namespace cc::domain
