// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/workspace/workspacecontroller.h"
#include "common/result.h"
#include "crypto/argon2id.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cc::vault {
class Vault;
}

namespace cc::app {

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
/** The demo's patients as the sharing layer would list them (unlocked vault): each shared
 *  space with an owner id derived from it. */
QList<PatientSource> patients(const vault::Vault &vault);
/** The GP's name in the demo. */
QString doctorName();
} // namespace careteamdemo

} // namespace cc::app
