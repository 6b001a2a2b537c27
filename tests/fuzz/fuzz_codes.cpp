// SPDX-License-Identifier: GPL-3.0-or-later
// Codes people type or scan: invitation codes and their QR text (sharing::parseInviteCode),
// and the recovery-key format that link codes and recovery keys share (recoverykey::parse,
// src/protocol/recoverykey.cpp). Oracle: a parsed code is 16 bytes, and formatting it and
// parsing the result gives the same secret (as a code, as QR text, in lower case).
#include "fuzzsupport.h"
#include "protocol/recoverykey.h"
#include "protocol/sharing.h"

using namespace cc;
using namespace cc::protocol;

namespace {

void sameSecret(const Result<crypto::SecureBuffer> &parsed, const crypto::SecureBuffer &expected, const char *what)
{
    fuzz::check(parsed.ok() && parsed->equals(expected), what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    auto secret = recoverykey::parse(text);
    if (secret) {
        fuzz::check(secret->size() == std::size_t(recoverykey::SecretSize), "a recovery key is 16 bytes");
        const QString formatted = recoverykey::format(*secret);
        fuzz::check(formatted.size() == recoverykey::Characters + 6, "seven groups of four");
        sameSecret(recoverykey::parse(formatted), *secret, "format() then parse() gives the secret back");
        sameSecret(recoverykey::parse(formatted.toLower()), *secret, "case does not matter");
    }
    auto invite = sharing::parseInviteCode(text);
    if (invite) {
        fuzz::check(invite->size() == std::size_t(recoverykey::SecretSize), "an invite secret is 16 bytes");
        sameSecret(sharing::parseInviteCode(sharing::inviteCode(*invite)), *invite, "code round trip");
        sameSecret(sharing::parseInviteCode(sharing::inviteQrText(*invite)), *invite, "QR text round trip");
        auto keys = sharing::deriveInvite(*invite);
        fuzz::check(keys && keys->invite.size() == 16 && keys->key.size() == 32, "an invite derives its keys");
    }
    return 0;
}
