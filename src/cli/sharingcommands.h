// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisupport.h"

/** The sharing commands (docs/sync-protocol.md "Sharing"): invite, accept, members, revoke,
 *  access-log. */
namespace cc::cli {

int cmdInvite(const Io &io, const Args &args);
int cmdAccept(const Io &io, const Args &args);
int cmdMembers(const Io &io, const Args &args);
int cmdRevoke(const Io &io, const Args &args);
int cmdAccessLog(const Io &io, const Args &args);

} // namespace cc::cli
