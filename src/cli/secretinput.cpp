// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretinput.h"

#include <termios.h>
#include <unistd.h>

namespace cc::cli {

SecretInput::SecretInput(std::FILE *in, std::FILE *prompts)
    : m_in(in), m_prompts(prompts), m_terminal(isatty(fileno(in)) == 1)
{ }

Result<crypto::SecureBuffer> SecretInput::read(const QString &prompt)
{
    termios saved {};
    const int fd = fileno(m_in);
    if (m_terminal) {
        std::fprintf(m_prompts, "%s", qUtf8Printable(prompt));
        std::fflush(m_prompts);
        tcgetattr(fd, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    // Read byte by byte into a wiped buffer: no stdio line buffer of our own keeps a copy.
    crypto::SecureBuffer buffer(4096);
    std::size_t length = 0;
    bool sawAny = false;
    int c = 0;
    while ((c = std::fgetc(m_in)) != EOF) {
        sawAny = true;
        if (c == '\n')
            break;
        if (length == buffer.size()) {
            length = buffer.size() + 1; // too long: refuse below
            break;
        }
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (m_terminal) {
        tcsetattr(fd, TCSAFLUSH, &saved);
        std::fprintf(m_prompts, "\n");
    }
    if (!sawAny)
        return makeError(
            ErrorCode::NotFound, trNoop("Cli", "Expected a passphrase or key on standard input, found none."));
    if (length > buffer.size())
        return makeError(ErrorCode::InvalidInput, trNoop("Cli", "The passphrase is too long."));
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length; // typed on Windows or piped from a CRLF file
    return crypto::SecureBuffer::copyOf(buffer.view().first(qsizetype(length)));
}

} // namespace cc::cli
