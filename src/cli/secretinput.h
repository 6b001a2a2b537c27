// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <QString>

#include <cstdio>

namespace cc::cli {

/**
 * Reads secrets (passphrases, recovery keys) for the CLI: from the terminal with echo off
 * when standard input is one, else one line per secret from standard input. Never from an
 * argument or the environment, which other processes and shell histories can read.
 */
class SecretInput
{
public:
    explicit SecretInput(std::FILE *in = stdin, std::FILE *prompts = stderr);
    bool isTerminal() const { return m_terminal; }
    /** The next line (without its line end). NotFound at end of input. */
    Result<crypto::SecureBuffer> read(const QString &prompt);

private:
    std::FILE *m_in;
    std::FILE *m_prompts;
    bool m_terminal;
};

} // namespace cc::cli
