// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommands.h"

#include "protocol/recoverykey.h"
#include "secretinput.h"
#include "sync/devicelink.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QSysInfo>
#include <QTimer>

namespace cc::cli {

namespace {

QString deviceLabel()
{
    return Cli::tr("%1 (command line)").arg(QSysInfo::machineHostName());
}

/** One push-and-pull round; prints the counts. Records the round refused are said on err
 *  once; they fail the command only with @p refusalFails (for 'sync', whose job is taking in
 *  what the server holds; the next round starts after them). */
int syncOnce(const Io &io, vault::Vault &vault, bool refusalFails = false)
{
    sync::SyncEngine engine(vault, nullptr);
    QEventLoop loop;
    Status result;
    int pushed = 0;
    int pulled = 0;
    Error refused;
    QObject::connect(&engine, &sync::SyncEngine::recordsRefused, &loop, [&](const Error &report) { refused = report; });
    QObject::connect(&engine, &sync::SyncEngine::syncFinished, &loop, [&](const Status &status, int p, int l) {
        result = status;
        pushed = p;
        pulled = l;
        loop.quit();
    });
    QTimer::singleShot(0, &engine, [&engine] { engine.syncNow(); });
    loop.exec();
    io.say(QStringLiteral("pushed: %1").arg(pushed));
    io.say(QStringLiteral("pulled: %1").arg(pulled));
    if (!result)
        return fail(io, result.error());
    if (refused.code == ErrorCode::Ok)
        return ExitOk;
    if (refusalFails)
        return fail(io, refused);
    io.warn(refused.message);
    return ExitOk;
}

} // namespace

int cmdConnect(const Io &io, const Args &args)
{
    auto vault = openUnlocked(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    // Connecting again to the same server is a retry of a connect that was interrupted before
    // its first sync finished: every step is idempotent, so it simply runs again.
    const auto same = [](const QUrl &a, const QUrl &b) {
        return a.adjusted(QUrl::StripTrailingSlash) == b.adjusted(QUrl::StripTrailingSlash);
    };
    if ((*vault)->isConnected() && !same(QUrl((*vault)->serverUrl()), args.server))
        return fail(
            io, makeError(ErrorCode::AlreadyExists, trNoop("Cli", "This vault is already connected to a server.")));
    {
        sync::SyncEngine engine(**vault, nullptr);
        QTimer::singleShot(0, &engine, [&] { engine.connectToServer(args.server, deviceLabel()); });
        const Status connected = waitFor(&engine, &sync::SyncEngine::connectFinished);
        engine.stop();
        if (!connected)
            return fail(io, connected.error());
    }
    io.say(Cli::tr("Connected to %1.").arg(args.server.toString()));
    return syncOnce(io, **vault);
}

int cmdSync(const Io &io, const Args &args)
{
    auto vault = openUnlocked(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    if (!(*vault)->isConnected())
        return fail(io,
            makeError(ErrorCode::NotFound,
                trNoop("Cli", "This vault is not connected to a server. Use 'carecircle-cli connect' first.")));
    return syncOnce(io, **vault, true);
}

int cmdLinkOffer(const Io &io, const Args &args)
{
    auto vault = openUnlocked(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    sync::LinkOffer offer(**vault, nullptr);
    QObject::connect(&offer, &sync::LinkOffer::codeReady, &offer, [&io](const QString &code) {
        io.warn(Cli::tr("Type this code on the new device within 5 minutes:"));
        io.say(code);
        std::fflush(io.out);
    });
    QObject::connect(&offer, &sync::LinkOffer::deviceAnswered, &offer,
        [&io] { io.warn(Cli::tr("The new device answered; completing the link…")); });
    QTimer::singleShot(0, &offer, [&offer] { offer.start(); });
    const Status linked = waitFor(&offer, &sync::LinkOffer::finished);
    if (!linked)
        return fail(io, linked.error());
    io.say(Cli::tr("The new device is linked."));
    return ExitOk;
}

namespace {

/** Opens a vault made just now by linking or restoring, and pulls everything into it. */
int openAndPull(const Io &io, const QString &dir, const crypto::SecureBuffer &kek)
{
    auto opened = vault::Vault::open(dir);
    if (!opened)
        return fail(io, opened.error());
    if (auto s = (*opened)->unlockWithPassphraseKey(kek); !s)
        return fail(io, s.error());
    return syncOnce(io, **opened);
}

} // namespace

int cmdLinkAccept(const Io &io, const Args &args)
{
    if (vault::Vault::exists(args.vault))
        return fail(io, makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder.")));
    if (auto code = protocol::recoverykey::parse(args.code); !code)
        return fail(io,
            makeError(ErrorCode::InvalidInput,
                trNoop("Sync", "The code is not correct. Check it for typing mistakes and try again.")));
    SecretInput input(io.in, io.err);
    auto newKey = readNewPassphraseKey(input);
    if (!newKey)
        return fail(io, newKey.error());
    const auto &[kdf, kek] = *newKey;
    sync::LinkAccept accept(nullptr);
    QTimer::singleShot(0, &accept, [&] { accept.start(args.server, args.code, args.vault, kdf, kek, deviceLabel()); });
    const Status linked = waitFor(&accept, &sync::LinkAccept::finished);
    if (!linked)
        return fail(io, linked.error());
    io.say(Cli::tr("Vault created in %1 as a linked device.")
               .arg(QDir::toNativeSeparators(QDir(args.vault).absolutePath())));
    return openAndPull(io, args.vault, kek);
}

int cmdRestore(const Io &io, const Args &args)
{
    if (vault::Vault::exists(args.vault))
        return fail(io, makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder.")));
    SecretInput input(io.in, io.err);
    auto recovery = input.read(Cli::tr("Recovery key: "));
    if (!recovery)
        return fail(io, recovery.error());
    const QString recoveryText = QString::fromUtf8(recovery->view().toByteArray());
    if (auto parsed = protocol::recoverykey::parse(recoveryText); !parsed)
        return fail(io, parsed.error());
    auto newKey = readNewPassphraseKey(input);
    if (!newKey)
        return fail(io, newKey.error());
    const auto &[kdf, kek] = *newKey;
    sync::AccountRestore restore(nullptr);
    QTimer::singleShot(
        0, &restore, [&] { restore.start(args.server, recoveryText, args.vault, kdf, kek, deviceLabel()); });
    const Status restored = waitFor(&restore, &sync::AccountRestore::finished);
    if (!restored)
        return fail(io, restored.error());
    io.say(Cli::tr("Account restored in %1.").arg(QDir::toNativeSeparators(QDir(args.vault).absolutePath())));
    return openAndPull(io, args.vault, kek);
}

} // namespace cc::cli
