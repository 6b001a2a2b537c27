// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisupport.h"

/** What the app's "Who can see this?" offers, for support and scripts: spaces, space-create,
 *  move, and list (record ids to move). The rules are the app's (domain/ownspaces.h). */
namespace cc::cli {

int cmdSpaces(const Io &io, const Args &args);
int cmdSpaceCreate(const Io &io, const Args &args);
int cmdMove(const Io &io, const Args &args);
int cmdList(const Io &io, const Args &args);

} // namespace cc::cli
