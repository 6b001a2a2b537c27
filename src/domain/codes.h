// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>

/**
 * The coded vocabularies of the data model (DESIGN.md §3). Records store these codes,
 * never display text; the UI translates each code. The codes are persisted and synced:
 * never rename or remove one, only add.
 *
 * Each vocabulary has a list (in a sensible display order) and a validator.
 */
namespace cc::domain::codes {

/**
 * @p code as the instance held in @p codes when it is one of them, else @p code itself. A
 * vault holds the same few codes hundreds of thousands of times (every check-in names its
 * domains); sharing the list's string instead of one decoded copy each saves the memory.
 */
QString shared(const QString &code, const QStringList &codes);

/** Care-team roles: patient, caregiver, gp, home_nurse, physiotherapist, … */
const QStringList &roles();
bool isValidRole(QStringView code);

/** Care-plan status: draft, active, on_hold, completed. */
const QStringList &planStatuses();
bool isValidPlanStatus(QStringView code);

/** Goal kind: life_goal (what matters to the person), care_goal (a clinical aim). */
const QStringList &goalKinds();
bool isValidGoalKind(QStringView code);

/** Goal lifecycle: proposed, active, on_hold, completed, cancelled. */
const QStringList &goalStatuses();
bool isValidGoalStatus(QStringView code);

/** Goal achievement: in_progress, improving, worsening, no_change, achieved, not_achieved. */
const QStringList &achievements();
bool isValidAchievement(QStringView code);

/** The six check-in domains: body, mind, meaning, quality_of_life, participation, daily_life. */
const QStringList &checkInDomains();
bool isValidCheckInDomain(QStringView code);

/** The domains of the caregiver's own check-in (own wording): caregiver_load, … */
const QStringList &caregiverDomains();
bool isValidCaregiverDomain(QStringView code);

/** Goal domains: the six check-in domains plus practical. */
const QStringList &goalDomains();
bool isValidGoalDomain(QStringView code);

/** Activity kind: professional_care, self_management, informal_care, appointment, medication, social. */
const QStringList &activityKinds();
bool isValidActivityKind(QStringView code);

/** Activity status: planned, active, paused, done, cancelled. */
const QStringList &activityStatuses();
bool isValidActivityStatus(QStringView code);

/** Instruments whose results a check-in may carry: who5, phq2, gad2. */
const QStringList &instruments();
bool isValidInstrument(QStringView code);

/** Record kinds: profile, care_team_member, care_plan, goal, progress, activity, check_in, comment,
 *  conflict_copy. */
const QStringList &recordKinds();
bool isValidRecordKind(QStringView code);

/** True for the kinds that are written once and never edited: progress, check_in, comment,
 *  conflict_copy. */
bool isAppendOnlyKind(QStringView recordKind);

} // namespace cc::domain::codes
