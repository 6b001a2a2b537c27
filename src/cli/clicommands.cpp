// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "crypto/argon2id.h"
#include "domain/carestore.h"
#include "domain/demovault.h"
#include "domain/spaceinfo.h"
#include "protocol/recoverykey.h"
#include "protocol/sharing.h"
#include "secretinput.h"
#include "sync/devicelink.h"
#include "sync/sharing.h"
#include "sync/syncengine.h"
#include "vault/passphrasestrength.h"
#include "vault/vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QSysInfo>
#include <QTimer>

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

/** The options a command was given. */
struct Args {
    QString vault;
    QUrl server;
    QString code;
    QHash<QString, QString> extra; ///< the command's own options (Command::options)
};

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const Io &, const Args &);
    bool needsServer = false;
    bool needsCode = false;
    /** Further options, "name=VALUE" for required ones, "name?=VALUE" for optional ones. */
    QList<const char *> options = {};
};

/** What each further option means (for --help). */
QString optionHelp(const QString &name)
{
    if (name == QLatin1String("space"))
        return Cli::tr("The sharing space, by its name.");
    if (name == QLatin1String("role"))
        return Cli::tr("The role offered: editor, contributor or viewer.");
    if (name == QLatin1String("days"))
        return Cli::tr("Days until the invitation ends (1 to 7; default 7).");
    if (name == QLatin1String("name"))
        return Cli::tr("Your name as the other person will see it.");
    if (name == QLatin1String("member"))
        return Cli::tr("The member's account id (as 'members' lists it).");
    return {};
}

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
    Status unlocked = protocol::recoverykey::parse(asText).ok() ? (*opened)->unlockWithRecoveryKey(asText)
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

/** A new passphrase read from @p input, and its key with parameters calibrated here, for a
 *  vault that another part (linking, restore) creates. */
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

int cmdDemo(const Io &io, const Args &args)
{
    const QString &dir = args.vault;
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
        io.warn(Cli::tr("%1 damaged record(s) not counted; run 'carecircle-cli verify' for details.")
                    .arg(store.damaged().size()));
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
        io.warn(Cli::tr("%1 of %2 records are damaged; the others are intact.").arg(store.damaged().size()).arg(total));
        return ExitDamaged;
    }
    io.say(Cli::tr("All %1 records are intact.").arg(total));
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

// --- sync (docs/sync-protocol.md) ------------------------------------------------------------

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

QString deviceLabel()
{
    return Cli::tr("%1 (command line)").arg(QSysInfo::machineHostName());
}

/** One push-and-pull round; prints the counts. */
int syncOnce(const Io &io, vault::Vault &vault)
{
    sync::SyncEngine engine(vault, nullptr);
    QEventLoop loop;
    Status result;
    int pushed = 0;
    int pulled = 0;
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
    return ExitOk;
}

int cmdConnect(const Io &io, const Args &args)
{
    auto vault = openUnlocked(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    if ((*vault)->isConnected())
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
    return syncOnce(io, **vault);
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

// --- sharing (docs/sync-protocol.md "Sharing") -----------------------------------------------

/** The connected vault, or the sentence saying it must connect first. */
Result<std::unique_ptr<vault::Vault>> openConnected(const Io &io, const QString &dir)
{
    auto vault = openUnlocked(io, dir);
    if (!vault)
        return vault.error();
    if (!(*vault)->isConnected())
        return makeError(ErrorCode::NotFound,
            trNoop("Cli", "This vault is not connected to a server. Use 'carecircle-cli connect' first."));
    return vault;
}

/** One quiet push-and-pull round (spaces, member lists and keys first). */
Status syncQuietly(sync::SyncEngine &engine)
{
    QEventLoop loop;
    Status result;
    QObject::connect(&engine, &sync::SyncEngine::syncFinished, &loop, [&](const Status &status, int, int) {
        result = status;
        loop.quit();
    });
    QTimer::singleShot(0, &engine, [&engine] { engine.syncNow(); });
    loop.exec();
    return result;
}

/** The space named @p name (its sealed SpaceInfo record); with @p ownOnly, only own spaces. */
Result<QByteArray> spaceNamed(vault::Vault &vault, const QString &name, bool ownOnly)
{
    domain::CareStore store(vault);
    if (auto s = store.load(); !s)
        return s.error();
    for (const domain::SpaceInfo &info : store.spaceInfos()) {
        if (info.name == name && (!ownOnly || vault.ownsSpace(info.id)))
            return info.id;
    }
    return makeError(ErrorCode::NotFound, trNoop("Cli", "There is no sharing space with that name."));
}

/** The line typed after a question (empty at the end of the input). */
QString readAnswer(const Io &io, const QString &question)
{
    std::fprintf(io.err, "%s ", qUtf8Printable(question));
    std::fflush(io.err);
    char line[64] = {};
    if (!std::fgets(line, sizeof line, io.in))
        return {};
    return QString::fromUtf8(line).trimmed();
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

int cmdInvite(const Io &io, const Args &args)
{
    bool daysOk = true;
    const int days = args.extra.value(QStringLiteral("days"), QStringLiteral("7")).toInt(&daysOk);
    if (!daysOk || days < 1 || days > 7)
        return fail(io, makeError(ErrorCode::InvalidInput, trNoop("Cli", "--days must be between 1 and 7.")));
    const QString role = args.extra.value(QStringLiteral("role"));
    if (!protocol::sharing::roleFromCode(role) || role == QLatin1String("owner"))
        return fail(io,
            makeError(ErrorCode::InvalidInput,
                trNoop("Sync", "Choose a role for the person: editor, contributor or viewer.")));
    auto vault = openConnected(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    const QString spaceName = args.extra.value(QStringLiteral("space"));
    domain::CareStore store(v);
    if (auto s = store.load(); !s)
        return fail(io, s.error());
    const QString ownerName = store.profile() ? store.profile()->preferredName : QString();
    auto space = spaceNamed(v, spaceName, true);
    if (!space) {
        // A new space with that name, owned by this account.
        auto created = v.createSpace();
        if (!created)
            return fail(io, created.error());
        domain::SpaceInfo info;
        info.id = *created;
        info.name = spaceName;
        info.colour = domain::SpaceInfo::colours().first();
        info.ownerName = ownerName;
        if (auto s = info.validate(); !s)
            return fail(io, s.error());
        if (auto s = store.save(info); !s)
            return fail(io, s.error());
        space = *created;
        io.warn(Cli::tr("Created the sharing space '%1'.").arg(spaceName));
    }
    sync::SyncEngine engine(v, nullptr);
    if (auto s = syncQuietly(engine); !s)
        return fail(io, s.error());
    sync::Sharing sharing(engine, v, nullptr);
    sharing.setOwnName(ownerName);
    sharing.setSpaceNames([&spaceName](const QByteArray &) { return spaceName; });

    QByteArray invite;
    {
        QEventLoop loop;
        Status created;
        QObject::connect(&sharing, &sync::Sharing::inviteCreated, &loop, [&](const Status &s, const QByteArray &id) {
            created = s;
            invite = id;
            loop.quit();
        });
        QTimer::singleShot(0, &sharing,
            [&] { sharing.invite(*space, role, QDateTime::currentDateTimeUtc().addDays(days).addSecs(-60)); });
        loop.exec();
        if (!created)
            return fail(io, created.error());
    }
    auto pendingOf = [&]() -> std::optional<sync::PendingInvite> {
        for (const sync::PendingInvite &p : sharing.pendingInvites()) {
            if (p.invite == invite)
                return p;
        }
        return std::nullopt;
    };
    auto pending = pendingOf();
    if (!pending)
        return fail(
            io, makeError(ErrorCode::NotFound, trNoop("Vault", "This invitation is no longer on this device.")));
    io.say(Cli::tr("Invitation code: %1").arg(pending->code));
    io.say(Cli::tr("QR text: %1").arg(pending->qrText));
    std::fflush(io.out);
    io.warn(Cli::tr("Waiting for the invited person to enter the code…"));
    {
        QEventLoop loop;
        QObject::connect(&sharing, &sync::Sharing::invitesChanged, &loop, [&] {
            pending = pendingOf();
            if (!pending || pending->accepted)
                loop.quit();
        });
        loop.exec();
    }
    if (!pending)
        return fail(io,
            makeError(ErrorCode::NotFound,
                trNoop("Sync", "This invitation has expired or was already used. Ask for a new one.")));
    io.say(Cli::tr("Accepted by: %1").arg(pending->guestName));
    io.say(Cli::tr("Safety number: %1").arg(pending->safetyNumber));
    std::fflush(io.out);
    const QString answer = readAnswer(io, Cli::tr("Do the safety numbers match? [y/N]"));
    if (answer.compare(QLatin1String("y"), Qt::CaseInsensitive) != 0
        && answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
        QEventLoop loop;
        QObject::connect(&sharing, &sync::Sharing::invitesChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, &sharing, [&] { sharing.cancelInvite(invite); });
        loop.exec();
        return fail(io,
            makeError(ErrorCode::InvalidInput,
                trNoop("Cli", "The safety numbers did not match. The invitation was cancelled.")));
    }
    QEventLoop loop;
    Status confirmed;
    QObject::connect(
        &sharing, &sync::Sharing::inviteConfirmed, &loop, [&](const Status &s, const QByteArray &, const QByteArray &) {
            confirmed = s;
            loop.quit();
        });
    QTimer::singleShot(0, &sharing, [&] { sharing.confirmInvite(invite, true); });
    loop.exec();
    if (!confirmed)
        return fail(io, confirmed.error());
    io.say(Cli::tr("%1 is now a member (%2).").arg(pending->guestName, role));
    return ExitOk;
}

int cmdAccept(const Io &io, const Args &args)
{
    auto vault = openConnected(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    QString name = args.extra.value(QStringLiteral("name"));
    if (name.isEmpty()) {
        domain::CareStore store(v);
        if (store.load() && store.profile())
            name = store.profile()->preferredName;
    }
    const QString &code = args.code;
    sync::SyncEngine engine(v, nullptr);
    sync::Sharing sharing(engine, v, nullptr);
    {
        QEventLoop loop;
        Status opened;
        sync::OpenedInvite invite;
        QObject::connect(
            &sharing, &sync::Sharing::inviteOpened, &loop, [&](const Status &s, const sync::OpenedInvite &i) {
                opened = s;
                invite = i;
                loop.quit();
            });
        QTimer::singleShot(0, &sharing, [&] { sharing.openInvite(code); });
        loop.exec();
        if (!opened)
            return fail(io, opened.error());
        io.say(Cli::tr("Owner: %1").arg(invite.ownerName));
        io.say(Cli::tr("Space: %1").arg(invite.spaceName));
        io.say(Cli::tr("Role: %1").arg(invite.role));
        io.say(Cli::tr("Safety number: %1").arg(invite.safetyNumber));
        std::fflush(io.out);
    }
    QEventLoop loop;
    Status accepted;
    QObject::connect(&sharing, &sync::Sharing::inviteAccepted, &loop, [&](const Status &s, const QByteArray &) {
        accepted = s;
        loop.quit();
    });
    QTimer::singleShot(0, &sharing, [&] { sharing.acceptInvite(code, name); });
    loop.exec();
    if (!accepted)
        return fail(io, accepted.error());
    io.say(Cli::tr("Accepted. Compare the safety number with the owner; the space arrives once they confirm."));
    return ExitOk;
}

int cmdMembers(const Io &io, const Args &args)
{
    auto vault = openConnected(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    sync::SyncEngine engine(v, nullptr);
    if (auto s = syncQuietly(engine); !s)
        return fail(io, s.error());
    auto space = spaceNamed(v, args.extra.value(QStringLiteral("space")), false);
    if (!space)
        return fail(io, space.error());
    sync::Sharing sharing(engine, v, nullptr);
    for (const sync::SpaceSummary &summary : sharing.spaces()) {
        if (summary.id != *space)
            continue;
        for (const sync::SpaceMember &m : summary.members) {
            io.say(QStringLiteral("%1 %2 %3 %4")
                       .arg(hex(m.account), m.role,
                           m.expires.isValid() ? m.expires.toString(Qt::ISODate) : QStringLiteral("-"),
                           m.verified ? QStringLiteral("verified") : QStringLiteral("unverified")));
        }
        return ExitOk;
    }
    return fail(io, makeError(ErrorCode::NotFound, trNoop("Cli", "There is no sharing space with that name.")));
}

int cmdRevoke(const Io &io, const Args &args)
{
    const QByteArray member = QByteArray::fromHex(args.extra.value(QStringLiteral("member")).toLatin1());
    if (member.size() != 16)
        return fail(io,
            makeError(ErrorCode::InvalidInput, trNoop("Cli", "--member takes an account id as 'members' lists it.")));
    auto vault = openConnected(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    sync::SyncEngine engine(v, nullptr);
    if (auto s = syncQuietly(engine); !s)
        return fail(io, s.error());
    auto space = spaceNamed(v, args.extra.value(QStringLiteral("space")), true);
    if (!space)
        return fail(io, space.error());
    sync::Sharing sharing(engine, v, nullptr);
    QEventLoop loop;
    Status revoked;
    QObject::connect(&sharing, &sync::Sharing::membershipChanged, &loop, [&](const Status &s, const QByteArray &) {
        revoked = s;
        loop.quit();
    });
    QTimer::singleShot(0, &sharing, [&] { sharing.revoke(*space, member); });
    loop.exec();
    if (!revoked)
        return fail(io, revoked.error());
    io.say(Cli::tr("Removed. The space now uses key version %1; what was shared before stays with the removed person.")
               .arg(v.keyVersion(*space)));
    return ExitOk;
}

int cmdAccessLog(const Io &io, const Args &args)
{
    auto vault = openConnected(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    auto space = spaceNamed(v, args.extra.value(QStringLiteral("space")), true);
    if (!space)
        return fail(io, space.error());
    sync::SyncEngine engine(v, nullptr);
    sync::Sharing sharing(engine, v, nullptr);
    QEventLoop loop;
    Status fetched;
    QList<sync::AccessEvent> events;
    QObject::connect(&sharing, &sync::Sharing::accessLogReady, &loop,
        [&](const QByteArray &, const Status &s, const QList<sync::AccessEvent> &e) {
            fetched = s;
            events = e;
            loop.quit();
        });
    QTimer::singleShot(0, &sharing, [&] { sharing.fetchAccessLog(*space); });
    loop.exec();
    if (!fetched)
        return fail(io, fetched.error());
    for (const sync::AccessEvent &e : events)
        io.say(QStringLiteral("%1 %2 %3 %4")
                   .arg(e.time.toString(Qt::ISODateWithMs), hex(e.account), hex(e.device))
                   .arg(e.count));
    return ExitOk;
}

const Command commands[] = {
    {"init", QT_TRANSLATE_NOOP("Cli", "Create a vault; prints the recovery key once. Reads the new passphrase."),
        cmdInit},
    {"demo", QT_TRANSLATE_NOOP("Cli", "Create a vault holding the demo story."), cmdDemo},
    {"stats", QT_TRANSLATE_NOOP("Cli", "Unlock and print one line per record kind: 'kind: count'."), cmdStats},
    {"verify", QT_TRANSLATE_NOOP("Cli", "Unlock and check every record; list each damaged one."), cmdVerify},
    {"passwd", QT_TRANSLATE_NOOP("Cli", "Change the passphrase (current, then new, on standard input)."), cmdPasswd},
    {"connect",
        QT_TRANSLATE_NOOP("Cli",
            "Register the account and this device on a server (--server URL), then sync. "
            "Reads the passphrase."),
        cmdConnect, true},
    {"sync", QT_TRANSLATE_NOOP("Cli", "Push and pull until done; prints 'pushed: N' and 'pulled: M'."), cmdSync},
    {"link-offer",
        QT_TRANSLATE_NOOP("Cli", "Print a one-time code for a new device, wait up to 5 minutes for it and link it."),
        cmdLinkOffer},
    {"link-accept",
        QT_TRANSLATE_NOOP("Cli",
            "Create a new vault linked to the account that shows --code CODE on --server URL. "
            "Reads a new passphrase."),
        cmdLinkAccept, true, true},
    {"restore",
        QT_TRANSLATE_NOOP("Cli",
            "Restore the account from --server URL into a new vault. Reads the recovery key, "
            "then a new passphrase."),
        cmdRestore, true},
    {"invite",
        QT_TRANSLATE_NOOP("Cli",
            "Invite someone into the own sharing space --space NAME (made if missing) as --role ROLE; prints the "
            "code, waits for them, shows the safety number and asks whether it matches. Reads the passphrase, "
            "then the answer."),
        cmdInvite, false, false, {"space=NAME", "role=ROLE", "days?=N"}},
    {"accept",
        QT_TRANSLATE_NOOP("Cli",
            "Accept an invitation (--code CODE): prints the owner, space, role and safety number. Reads the "
            "passphrase."),
        cmdAccept, false, true, {"name?=NAME"}},
    {"members",
        QT_TRANSLATE_NOOP("Cli", "List the members of --space NAME: account id, role, end date, verified or not."),
        cmdMembers, false, false, {"space=NAME"}},
    {"revoke",
        QT_TRANSLATE_NOOP("Cli", "Remove --member ID from the own space --space NAME; the space gets a new key."),
        cmdRevoke, false, false, {"space=NAME", "member=ID"}},
    {"access-log",
        QT_TRANSLATE_NOOP("Cli", "Print who fetched the own space --space NAME: time, account, device, count."),
        cmdAccessLog, false, false, {"space=NAME"}},
};

QString usage()
{
    QString text = Cli::tr("Usage: carecircle-cli COMMAND --vault DIR\n\n"
                           "Passphrases and recovery keys are read from standard input (one per line), never from\n"
                           "arguments or the environment.\n\nCommands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name), -11).arg(Cli::tr(c.summary));
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
    const QCommandLineOption serverOption(QStringLiteral("server"),
        Cli::tr("The server's address, e.g. https://care.example.org."), QStringLiteral("URL"));
    const QCommandLineOption codeOption(QStringLiteral("code"),
        name == QLatin1String("accept") ? Cli::tr("The invitation code you were given.")
                                        : Cli::tr("The link code shown on the other device."),
        QStringLiteral("CODE"));
    struct Extra {
        QString name;
        QString value;
        bool required;
    };
    QList<Extra> extras;
    QList<QCommandLineOption> extraOptions;
    for (const char *spec : command->options) {
        const QString text = QString::fromLatin1(spec);
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        QString optionName = text.left(eq);
        const bool required = !optionName.endsWith(QLatin1Char('?'));
        if (!required)
            optionName.chop(1);
        extras.append({optionName, text.mid(eq + 1), required});
        extraOptions.append(QCommandLineOption(optionName, optionHelp(optionName), text.mid(eq + 1)));
    }
    parser.addOption(help);
    parser.addOption(vaultOption);
    if (command->needsServer)
        parser.addOption(serverOption);
    if (command->needsCode)
        parser.addOption(codeOption);
    for (const QCommandLineOption &option : extraOptions)
        parser.addOption(option);
    if (!parser.parse(QStringList {QStringLiteral("carecircle-cli ") + name} + arguments.mid(1))) {
        io.warn(parser.errorText());
        return ExitError;
    }
    if (parser.isSet(help)) {
        QString synopsis = Cli::tr("Usage: carecircle-cli %1 --vault DIR").arg(name);
        if (command->needsServer)
            synopsis += QStringLiteral(" --server URL");
        if (command->needsCode)
            synopsis += QStringLiteral(" --code CODE");
        for (const Extra &e : extras)
            synopsis += e.required ? QStringLiteral(" --%1 %2").arg(e.name, e.value)
                                   : QStringLiteral(" [--%1 %2]").arg(e.name, e.value);
        io.say(synopsis);
        io.say(Cli::tr(command->summary));
        for (qsizetype i = 0; i < extras.size(); ++i)
            io.say(QStringLiteral("  --%1 %2  %3").arg(extras[i].name, extras[i].value, extraOptions[i].description()));
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
    Args args {parser.value(vaultOption), {}, {}, {}};
    for (qsizetype i = 0; i < extras.size(); ++i) {
        if (parser.isSet(extraOptions[i]))
            args.extra.insert(extras[i].name, parser.value(extraOptions[i]));
        else if (extras[i].required) {
            io.warn(Cli::tr("Missing --%1 %2.").arg(extras[i].name, extras[i].value));
            return ExitError;
        }
    }
    if (command->needsServer) {
        args.server = QUrl(parser.value(serverOption));
        if (!parser.isSet(serverOption) || !args.server.isValid() || args.server.host().isEmpty()) {
            io.warn(Cli::tr("Missing or invalid --server URL."));
            return ExitError;
        }
    }
    if (command->needsCode) {
        args.code = parser.value(codeOption);
        if (args.code.isEmpty()) {
            io.warn(Cli::tr("Missing --code CODE."));
            return ExitError;
        }
    }
    return command->run(io, args);
}

} // namespace cc::cli
