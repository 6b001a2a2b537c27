// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>

namespace cc::domain {

class CareStore;

/**
 * The care team's rules that span records: the patient's own member entry, and the one
 * coordinator kept in step between the members (isCoordinator) and the plan (coordinatorId).
 */
namespace careteamrules {

/** The id of the patient's own CareTeamMember (role "patient"), or empty if there is none. */
QByteArray patientMemberId(const CareStore &store);

/**
 * The patient's own CareTeamMember id, created on first use with the profile's preferred
 * name (or "Me") when there is none yet.
 */
Result<QByteArray> ensurePatientMember(CareStore &store);

/**
 * Makes @p memberId the one coordinator (empty: nobody): sets isCoordinator on that member
 * only and the plan's coordinatorId, if there is a plan. Writes only what changes.
 */
Status applyCoordinator(CareStore &store, const QByteArray &memberId);

} // namespace careteamrules

} // namespace cc::domain
