// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace cc::cli {

/** Exit statuses of carecircle-cli (its documented contract). */
enum ExitCode { ExitOk = 0, ExitError = 1, ExitWrongKey = 2, ExitDamaged = 3 };

/**
 * Runs one carecircle-cli command: @p arguments without the program name
 * (e.g. {"stats", "--vault", "DIR"}). Results go to @p out, messages to @p err; secrets are
 * read from @p in (see SecretInput). Returns the exit status.
 */
int run(const QStringList &arguments, std::FILE *in = stdin, std::FILE *out = stdout, std::FILE *err = stderr);

} // namespace cc::cli
