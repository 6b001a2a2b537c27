// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommands.h"
#include "common/result.h"
#include "crypto/securebuffer.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QString>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <utility>

/**
 * What every carecircle-cli command uses: its streams, its options, failing with the
 * documented exit status, unlocking the vault from standard input, waiting for a signal.
 */
namespace cc::cli {

class SecretInput;

/** Translation context of the CLI's own sentences (lupdate reads Cli::tr calls). */
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/** The streams of one run: results to out, messages to err, secrets from in. */
struct Io {
    std::FILE *in;
    std::FILE *out;
    std::FILE *err;
    void say(const QString &line) const { std::fprintf(out, "%s\n", qUtf8Printable(line)); }
    void warn(const QString &line) const { std::fprintf(err, "%s\n", qUtf8Printable(line)); }
};

/** The options a command was given. */
struct Args {
    QString vault;
    QUrl server;
    QString code;
    QHash<QString, QString> extra; ///< the command's own options (Command::options)
};

/** The exit status for @p error (ExitCode). */
int exitFor(const Error &error);
/** Says @p error on err and returns its exit status. */
int fail(const Io &io, const Error &error);

/** Opens the vault and unlocks it with what stdin gives: a recovery key if the line has the
 *  shape and checksum of one, else a passphrase. */
Result<std::unique_ptr<vault::Vault>> openUnlocked(const Io &io, const QString &dir);
/** A new passphrase: strong enough, and typed twice when a person is at the terminal. */
Result<crypto::SecureBuffer> readNewPassphrase(SecretInput &input);
/** A new passphrase read from @p input, and its key with parameters calibrated here, for a
 *  vault that another part (linking, restore) creates. */
Result<std::pair<vault::PassphraseKdf, crypto::SecureBuffer>> readNewPassphraseKey(SecretInput &input);

/** Runs the event loop until @p signal of @p sender delivers a Status. */
template<typename Sender, typename... Rest>
Status waitFor(Sender *sender, void (Sender::*signal)(const Status &, Rest...))
{
    QEventLoop loop;
    Status result = makeError(ErrorCode::Unavailable, trNoop("Cli", "The operation did not finish."));
    QObject::connect(sender, signal, &loop, [&](const Status &status, Rest...) {
        result = status;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace cc::cli
