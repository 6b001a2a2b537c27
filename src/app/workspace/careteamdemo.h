// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/workspace/workspacecontroller.h"

#include <QList>

namespace cc::vault {
class Vault;
}

namespace cc::app {

/**
 * The app's side of the care-team demo (`carecircle --demo-care-team`); the demo vault
 * itself is made by cc::demo::careteamdemo (src/demo).
 */
namespace careteamdemo {
/** The demo's patients as the sharing layer would list them (unlocked vault): each shared
 *  space with an owner id derived from it. */
QList<PatientSource> patients(const vault::Vault &vault);
} // namespace careteamdemo

} // namespace cc::app
