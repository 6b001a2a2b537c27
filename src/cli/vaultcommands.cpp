// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultcommands.h"

#include "crypto/argon2id.h"
#include "demo/careteamdemo.h"
#include "demo/demovault.h"
#include "domain/carestore.h"
#include "secretinput.h"
#include "vault/vault.h"

#include <QDir>

#include <optional>

namespace cc::cli {

int cmdInit(const Io &io, const Args &args)
{
    const QString &dir = args.vault;
    if (vault::Vault::exists(dir))
        return fail(io, makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder.")));
    SecretInput input(io.in, io.err);
    auto passphrase = readNewPassphrase(input);
    if (!passphrase)
        return fail(io, passphrase.error());
    io.warn(Cli::tr("Measuring this device to set the passphrase's protection…"));
    auto created = vault::Vault::create(dir, *passphrase, crypto::argon2::calibrate(500));
    if (!created)
        return fail(io, created.error());
    io.say(Cli::tr("Vault created in %1.").arg(QDir::toNativeSeparators(created->vault->directory())));
    io.say(Cli::tr("Recovery key (write it down now; it is shown only once):"));
    io.say(created->recoveryKey);
    return ExitOk;
}

namespace {

/** The value of the demo's count option @p name, 0 when not given; nullopt after saying it is wrong. */
std::optional<int> countOption(const Io &io, const Args &args, const QString &name, int highest)
{
    if (!args.extra.contains(name))
        return 0;
    bool ok = false;
    const int value = args.extra.value(name).toInt(&ok);
    if (!ok || value < 1 || value > highest) {
        io.warn(Cli::tr("--%1 takes a whole number from 1 to %2.").arg(name).arg(highest));
        return std::nullopt;
    }
    return value;
}

} // namespace

int cmdDemo(const Io &io, const Args &args)
{
    const QString &dir = args.vault;
    if (vault::Vault::exists(dir))
        return fail(io, makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder.")));
    const std::optional<int> records = countOption(io, args, QStringLiteral("records"), 10'000'000);
    const std::optional<int> patients = countOption(io, args, QStringLiteral("patients"), 10'000);
    if (!records || !patients)
        return ExitError;
    const QString where = QDir::toNativeSeparators(QDir(dir).absolutePath());
    if (args.extra.contains(QStringLiteral("care-team"))) {
        if (auto s = demo::careteamdemo::create(dir, *patients > 0 ? *patients : 3, *records); !s)
            return fail(io, s.error());
        io.say(Cli::tr("Care-team demo vault created in %1. Its passphrase is in the README; never keep real data "
                       "in it.")
                   .arg(where));
        return ExitOk;
    }
    auto recovery = demo::demovault::create(dir, *records);
    if (!recovery)
        return fail(io, recovery.error());
    io.say(
        Cli::tr("Demo vault created in %1. Its passphrase is in the README; never keep real data in it.").arg(where));
    io.say(Cli::tr("Recovery key:"));
    io.say(*recovery);
    return ExitOk;
}

int cmdStats(const Io &io, const Args &args)
{
    const QString &dir = args.vault;
    auto vault = openUnlocked(io, dir);
    if (!vault)
        return fail(io, vault.error());
    domain::CareStore store(**vault);
    if (auto s = store.load(); !s)
        return fail(io, s.error());
    const QMap<QString, int> counts = store.countsByKind();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        io.say(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    if (!store.damaged().isEmpty()) {
        io.warn(Cli::tr("%n damaged record(s) not counted; run 'carecircle-cli verify' for details.", nullptr,
            int(store.damaged().size())));
        return ExitDamaged;
    }
    return ExitOk;
}

int cmdVerify(const Io &io, const Args &args)
{
    const QString &dir = args.vault;
    auto vault = openUnlocked(io, dir);
    if (!vault)
        return fail(io, vault.error());
    domain::CareStore store(**vault);
    if (auto s = store.load(); !s)
        return fail(io, s.error());
    const int total = (*vault)->recordCount();
    for (const vault::DamagedRecord &r : store.damaged()) {
        io.say(Cli::tr("damaged: space %1 record %2: %3")
                   .arg(QString::fromLatin1(r.spaceId.toHex()), QString::fromLatin1(r.recordId.toHex()), r.reason));
    }
    if (!store.damaged().isEmpty()) {
        io.warn(Cli::tr("Damaged: %1 of %n record(s); the others are intact.", nullptr, int(total))
                    .arg(store.damaged().size()));
        return ExitDamaged;
    }
    io.say(Cli::tr("All %n record(s) are intact.", nullptr, int(total)));
    return ExitOk;
}

int cmdPasswd(const Io &io, const Args &args)
{
    const QString &dir = args.vault;
    auto opened = vault::Vault::open(dir);
    if (!opened)
        return fail(io, opened.error());
    SecretInput input(io.in, io.err);
    auto old = input.read(Cli::tr("Current passphrase: "));
    if (!old)
        return fail(io, old.error());
    auto fresh = readNewPassphrase(input);
    if (!fresh)
        return fail(io, fresh.error());
    const Status s = (*opened)->changePassphrase(*old, *fresh, crypto::argon2::calibrate(500));
    if (!s) {
        if (s.code() == ErrorCode::WrongKey)
            return fail(
                io, makeError(ErrorCode::WrongKey, trNoop("Cli", "Wrong current passphrase. Nothing was changed.")));
        return fail(io, s.error());
    }
    io.say(Cli::tr("Passphrase changed."));
    return ExitOk;
}

} // namespace cc::cli
