// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/activity.h"
#include "domain/careplan.h"
#include "domain/carerecords.h"
#include "domain/careteammember.h"
#include "domain/checkin.h"
#include "domain/comment.h"
#include "domain/goal.h"
#include "domain/patientprofile.h"
#include "domain/progressentry.h"
#include "domain/recordid.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <functional>

namespace cc::demo {

/**
 * A complete, realistic care circle for demonstrations, screenshots and tests: Maria
 * Peeters (born 1951, Mechelen, Dutch-speaking) living with type 2 diabetes and COPD,
 * her daughter and informal caregiver Els, her GP, home nurse, physiotherapist,
 * pharmacist and case manager; an active care plan with agreements and activities;
 * three goals in her own words; twelve weeks of check-ins, progress notes and comments.
 * Every record has its id set; every reference points to a record in the story.
 */
struct DemoStory {
    domain::PatientProfile profile;
    /** Maria herself (role patient) first, then Els, the GP, nurse, physio, pharmacist, case manager. */
    QList<domain::CareTeamMember> members;
    domain::CarePlan plan;
    QList<domain::Goal> goals; ///< market walk, grandchildren, own insulin
    QList<domain::Activity> activities;
    QList<domain::ProgressEntry> progress; ///< oldest first
    QList<domain::CheckIn> checkIns; ///< Maria's weekly check-ins, oldest first
    QList<domain::CheckIn> caregiverCheckIns; ///< Els's check-ins about her own strain, oldest first
    QList<domain::Comment> comments; ///< oldest first

    /** Member ids of the main people, for convenience. */
    QByteArray patientMemberId;
    QByteArray caregiverId;
    QByteArray gpId;
    QByteArray nurseId;
    QByteArray physioId;
    QByteArray pharmacistId;
    QByteArray coordinatorId;

    /** Validates every record (not the references between them). */
    Status validate() const;
    /** Every record, for CareStore::importRecords (Maria's check-ins, then Els's). */
    domain::CareRecords records() const;

    friend bool operator==(const DemoStory &, const DemoStory &) = default;
};

/**
 * Builds the demo story with every date relative to @p today (the last check-in is
 * yesterday; the next multidisciplinary meeting is in three weeks). Ids come from
 * @p newId, called in a fixed order; the small noise in ratings comes from a fixed
 * seed, so the same date and id sequence give the same story.
 */
DemoStory generateDemoStory(QDate today, std::function<QByteArray()> newId = domain::newRecordId);

} // namespace cc::demo
