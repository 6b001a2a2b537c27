// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "crypto/argon2id.h"
#include "domain/carestore.h"
#include "domain/demovault.h"
#include "secretinput.h"
#include "vault/passphrasestrength.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace cc::cli {

namespace {

/** Translation context of the CLI's own sentences (lupdate reads Cli::tr calls). */
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Io {
    std::FILE *in;
    std::FILE *out;
    std::FILE *err;
    void say(const QString &line) const { std::fprintf(out, "%s\n", qUtf8Printable(line)); }
    void warn(const QString &line) const { std::fprintf(err, "%s\n", qUtf8Printable(line)); }
};

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

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const Io &, const QString &vaultDir);
};

/** Opens the vault and unlocks it with what stdin gives: a recovery key if the line has the
 *  shape and checksum of one, else a passphrase. */
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
    Status unlocked = vault::recoverykey::parse(asText).ok() ? (*opened)->unlockWithRecoveryKey(asText)
                                                             : (*opened)->unlockWithPassphrase(*secret);
    if (!unlocked) {
        if (unlocked.code() == ErrorCode::WrongKey)
            return makeError(ErrorCode::WrongKey, trNoop("Cli", "Wrong passphrase or recovery key."));
        return unlocked.error();
    }
    return std::move(*opened);
}

/** A new passphrase: strong enough, and typed twice when a person is at the terminal. */
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

int cmdInit(const Io &io, const QString &dir)
{
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

int cmdDemo(const Io &io, const QString &dir)
{
    if (vault::Vault::exists(dir))
        return fail(io, makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder.")));
    auto recovery = domain::demovault::create(dir);
    if (!recovery)
        return fail(io, recovery.error());
    io.say(Cli::tr("Demo vault created in %1. Its passphrase is in the README; never keep real data in it.")
               .arg(QDir::toNativeSeparators(QDir(dir).absolutePath())));
    io.say(Cli::tr("Recovery key:"));
    io.say(*recovery);
    return ExitOk;
}

int cmdStats(const Io &io, const QString &dir)
{
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
        io.warn(Cli::tr("%1 damaged record(s) not counted; run 'carecircle-cli verify' for details.")
                    .arg(store.damaged().size()));
        return ExitDamaged;
    }
    return ExitOk;
}

int cmdVerify(const Io &io, const QString &dir)
{
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
        io.warn(Cli::tr("%1 of %2 records are damaged; the others are intact.").arg(store.damaged().size()).arg(total));
        return ExitDamaged;
    }
    io.say(Cli::tr("All %1 records are intact.").arg(total));
    return ExitOk;
}

int cmdPasswd(const Io &io, const QString &dir)
{
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

const Command commands[] = {
    {"init", QT_TRANSLATE_NOOP("Cli", "Create a vault; prints the recovery key once. Reads the new passphrase."),
        cmdInit},
    {"demo", QT_TRANSLATE_NOOP("Cli", "Create a vault holding the demo story."), cmdDemo},
    {"stats", QT_TRANSLATE_NOOP("Cli", "Unlock and print one line per record kind: 'kind: count'."), cmdStats},
    {"verify", QT_TRANSLATE_NOOP("Cli", "Unlock and check every record; list each damaged one."), cmdVerify},
    {"passwd", QT_TRANSLATE_NOOP("Cli", "Change the passphrase (current, then new, on standard input)."), cmdPasswd},
};

QString usage()
{
    QString text = Cli::tr("Usage: carecircle-cli COMMAND --vault DIR\n\n"
                           "Passphrases and recovery keys are read from standard input (one per line), never from\n"
                           "arguments or the environment.\n\nCommands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name), -7).arg(Cli::tr(c.summary));
    text += Cli::tr("\nExit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.\n"
                    "'carecircle-cli COMMAND --help' describes one command.");
    return text;
}

} // namespace

int run(const QStringList &arguments, std::FILE *in, std::FILE *out, std::FILE *err)
{
    const Io io {in, out, err};
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        io.say(usage());
        return arguments.isEmpty() ? ExitError : ExitOk;
    }
    const QString name = arguments.first();
    const Command *command = nullptr;
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            command = &c;
    }
    if (!command) {
        io.warn(Cli::tr("Unknown command '%1'.").arg(name));
        io.warn(usage());
        return ExitError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(command->summary));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    const QCommandLineOption vaultOption(QStringLiteral("vault"), Cli::tr("The vault folder."), QStringLiteral("DIR"));
    parser.addOption(help);
    parser.addOption(vaultOption);
    if (!parser.parse(QStringList {QStringLiteral("carecircle-cli ") + name} + arguments.mid(1))) {
        io.warn(parser.errorText());
        return ExitError;
    }
    if (parser.isSet(help)) {
        io.say(Cli::tr("Usage: carecircle-cli %1 --vault DIR").arg(name));
        io.say(Cli::tr(command->summary));
        io.say(Cli::tr("Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found."));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.warn(Cli::tr("Unexpected argument '%1'. Passphrases are never given as arguments; they are read from "
                        "standard input.")
                    .arg(parser.positionalArguments().first()));
        return ExitError;
    }
    if (!parser.isSet(vaultOption) || parser.value(vaultOption).isEmpty()) {
        io.warn(Cli::tr("Missing --vault DIR."));
        return ExitError;
    }
    return command->run(io, parser.value(vaultOption));
}

} // namespace cc::cli
