// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisupport.h"

/** The commands on a local vault: init, demo, stats, verify, passwd. */
namespace cc::cli {

int cmdInit(const Io &io, const Args &args);
int cmdDemo(const Io &io, const Args &args);
int cmdStats(const Io &io, const Args &args);
int cmdVerify(const Io &io, const Args &args);
int cmdPasswd(const Io &io, const Args &args);

} // namespace cc::cli
