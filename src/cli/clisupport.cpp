// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "crypto/argon2id.h"
#include "protocol/recoverykey.h"
#include "secretinput.h"
#include "vault/passphrasestrength.h"

namespace cc::cli {

int exitFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongKey:
        return ExitWrongKey;
    case ErrorCode::Damaged:
        return ExitDamaged;
    default:
        return ExitError;
    }
}

int fail(const Io &io, const Error &error)
{
    io.warn(error.message);
    return exitFor(error);
}

Result<std::unique_ptr<vault::Vault>> openUnlocked(const Io &io, const QString &dir)
{
    auto opened = vault::Vault::open(dir);
    if (!opened)
        return opened.error();
    SecretInput input(io.in, io.err);
    auto secret = input.read(Cli::tr("Passphrase or recovery key: "));
    if (!secret)
        return secret.error();
    const QString asText = QString::fromUtf8(secret->view().toByteArray());
    Status unlocked = protocol::recoverykey::parse(asText).ok() ? (*opened)->unlockWithRecoveryKey(asText)
                                                                : (*opened)->unlockWithPassphrase(*secret);
    if (!unlocked) {
        if (unlocked.code() == ErrorCode::WrongKey)
            return makeError(ErrorCode::WrongKey, trNoop("Cli", "Wrong passphrase or recovery key."));
        return unlocked.error();
    }
    return std::move(*opened);
}

Result<crypto::SecureBuffer> readNewPassphrase(SecretInput &input)
{
    auto first = input.read(Cli::tr("New passphrase: "));
    if (!first)
        return first.error();
    const vault::PassphraseStrength strength =
        vault::passphrase::assess(QString::fromUtf8(first->view().toByteArray()));
    if (!strength.acceptable)
        return Error {
            ErrorCode::InvalidInput, Cli::tr("The passphrase is too weak (%1). %2").arg(strength.label, strength.hint)};
    if (input.isTerminal()) {
        auto again = input.read(Cli::tr("The same passphrase again: "));
        if (!again)
            return again.error();
        if (!again->equals(*first))
            return makeError(
                ErrorCode::InvalidInput, trNoop("Cli", "The two passphrases differ. Nothing was changed."));
    }
    return first;
}

Result<std::pair<vault::PassphraseKdf, crypto::SecureBuffer>> readNewPassphraseKey(SecretInput &input)
{
    auto passphrase = readNewPassphrase(input);
    if (!passphrase)
        return passphrase.error();
    const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(crypto::argon2::calibrate(500));
    auto kek = vault::Vault::derivePassphraseKey(*passphrase, kdf);
    if (!kek)
        return kek.error();
    return std::make_pair(kdf, std::move(*kek));
}

} // namespace cc::cli
