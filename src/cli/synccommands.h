// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisupport.h"

/** The commands that talk to the server about the own account (docs/sync-protocol.md):
 *  connect, sync, link-offer, link-accept, restore. */
namespace cc::cli {

int cmdConnect(const Io &io, const Args &args);
int cmdSync(const Io &io, const Args &args);
int cmdLinkOffer(const Io &io, const Args &args);
int cmdLinkAccept(const Io &io, const Args &args);
int cmdRestore(const Io &io, const Args &args);

} // namespace cc::cli
