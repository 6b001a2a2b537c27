// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/argon2id.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace cc::demo {

/**
 * The care-team demo (`carecircle --demo-care-team`): the vault of a GP, dr. Jan Claes,
 * whose account holds the keys of three patients' shared spaces, as if they had invited
 * him: Maria Peeters (wants to discuss her mood), Jozef Maes (review date passed, a goal
 * getting harder) and Fatima El Idrissi (her body rating dropped). Each space holds a demo
 * story and its SpaceInfo with the patient's name. The passphrase is the demo vault's
 * (public): never for real data.
 */
namespace careteamdemo {
/** Creates the GP demo vault in @p directory, dated around @p today. */
Status create(const QString &directory, QDate today = QDate::currentDate(),
    const crypto::Argon2Params &kdf = crypto::argon2::defaults());
/** The same with @p patients patients (the three above first, then more with generated names),
 *  each story grown to about @p recordsPerPatient records (demohistory; 0: the story alone). */
Status create(const QString &directory, int patients, int recordsPerPatient, QDate today = QDate::currentDate(),
    const crypto::Argon2Params &kdf = crypto::argon2::defaults());
/**
 * The caregiver demo (`carecircle --demo-caregiver`): the vault of Els Peeters, Maria's
 * daughter, on her tablet: her own (empty) circle and Maria's shared space, where Maria made
 * her an editor ("May edit with and for you").
 */
Status createCaregiver(const QString &directory, QDate today = QDate::currentDate(),
    const crypto::Argon2Params &kdf = crypto::argon2::defaults());
/** The caregiver's name in the demo. */
QString caregiverName();
/** The owner account id the demo gives the patient of shared space @p space (stable, so the
 *  app can list the demo's patients as the sharing layer would). */
QByteArray ownerOf(const QByteArray &space);
/** The GP's name in the demo. */
QString doctorName();
} // namespace careteamdemo

} // namespace cc::demo
