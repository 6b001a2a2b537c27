// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisupport.h"

/** The sharing commands (docs/sync-protocol.md "Sharing"): invite, accept, members, revoke,
 *  access-log. */
namespace cc::sync {
class SyncEngine;
} // namespace cc::sync

namespace cc::cli {

/** One quiet push-and-pull round (spaces, member lists and keys first). Records it refused
 *  are someone else's problem, not this command's: they are said once, on err. */
Status syncQuietly(const Io &io, sync::SyncEngine &engine);

int cmdInvite(const Io &io, const Args &args);
int cmdAccept(const Io &io, const Args &args);
int cmdMembers(const Io &io, const Args &args);
int cmdRevoke(const Io &io, const Args &args);
/** Marks a member of --space (the owner unless --member) as verified on this vault. */
int cmdVerifyMember(const Io &io, const Args &args);
int cmdAccessLog(const Io &io, const Args &args);

} // namespace cc::cli
