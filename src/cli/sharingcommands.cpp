// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingcommands.h"

#include "domain/carestore.h"
#include "domain/careteamrules.h"
#include "domain/codes.h"
#include "domain/ownspaces.h"
#include "domain/spaceinfo.h"
#include "protocol/sharing.h"
#include "sync/sharing.h"
#include "sync/syncengine.h"
#include "vault/vault.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <functional>
#include <optional>

namespace cc::cli {

namespace {

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

/** Shows nothing itself: asks whether the safety numbers match; true only on "y" or "yes". */
bool numbersMatch(const Io &io)
{
    std::fflush(io.out);
    const QString answer = readAnswer(io, Cli::tr("Do the safety numbers match? [y/N]"));
    return answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
        || answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/** The own space named @p spaceName, made (and announced) if there is none yet. */
Result<QByteArray> ensureOwnSpace(const Io &io, vault::Vault &v, domain::CareStore &store, const QString &spaceName)
{
    auto space = spaceNamed(v, spaceName, true);
    if (space)
        return space;
    auto created = domain::ownspaces::create(store, spaceName, {}, [&v] { return v.createSpace(); });
    if (created)
        io.warn(Cli::tr("Created the sharing space '%1'.").arg(spaceName));
    return created;
}

/** Creates the invitation on the server; its id. */
Result<QByteArray> createInvite(sync::Sharing &sharing, const QByteArray &space, const QString &role, int days)
{
    QByteArray invite;
    QEventLoop loop;
    Status created;
    QObject::connect(&sharing, &sync::Sharing::inviteCreated, &loop, [&](const Status &s, const QByteArray &id) {
        created = s;
        invite = id;
        loop.quit();
    });
    QTimer::singleShot(
        0, &sharing, [&] { sharing.invite(space, role, QDateTime::currentDateTimeUtc().addDays(days).addSecs(-60)); });
    loop.exec();
    if (!created)
        return created.error();
    return invite;
}

std::optional<sync::PendingInvite> pendingInvite(const sync::Sharing &sharing, const QByteArray &invite)
{
    for (const sync::PendingInvite &p : sharing.pendingInvites()) {
        if (p.invite == invite)
            return p;
    }
    return std::nullopt;
}

/** Prints the code and waits until the invitation is accepted, or gone (nullopt). */
std::optional<sync::PendingInvite> awaitAcceptance(
    const Io &io, sync::Sharing &sharing, const QByteArray &invite, std::optional<sync::PendingInvite> pending)
{
    io.say(Cli::tr("Invitation code: %1").arg(pending->code));
    io.say(Cli::tr("QR text: %1").arg(pending->qrText));
    std::fflush(io.out);
    io.warn(Cli::tr("Waiting for the invited person to enter the code…"));
    QEventLoop loop;
    QObject::connect(&sharing, &sync::Sharing::invitesChanged, &loop, [&] {
        pending = pendingInvite(sharing, invite);
        if (!pending || pending->accepted)
            loop.quit();
    });
    loop.exec();
    return pending;
}

/** Asks whether the safety numbers match; cancels the invitation if not, confirms it if so. */
int confirmOrCancel(const Io &io, sync::Sharing &sharing, const QByteArray &invite, const sync::PendingInvite &pending,
    const QString &role)
{
    io.say(Cli::tr("Accepted by: %1").arg(pending.guestName));
    io.say(Cli::tr("Safety number: %1").arg(pending.safetyNumber));
    if (!numbersMatch(io)) {
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
    io.say(Cli::tr("%1 is now a member (%2).").arg(pending.guestName, role));
    return ExitOk;
}

} // namespace

/** One quiet push-and-pull round (spaces, member lists and keys first). Records it refused
 *  are someone else's problem, not this command's: they are said once, on err. */
Status syncQuietly(const Io &io, sync::SyncEngine &engine)
{
    QEventLoop loop;
    Status result;
    QObject::connect(
        &engine, &sync::SyncEngine::recordsRefused, &loop, [&io](const Error &report) { io.warn(report.message); });
    QObject::connect(&engine, &sync::SyncEngine::syncFinished, &loop, [&](const Status &status, int, int) {
        result = status;
        loop.quit();
    });
    QTimer::singleShot(0, &engine, [&engine] { engine.syncNow(); });
    loop.exec();
    return result;
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
    auto space = ensureOwnSpace(io, v, store, spaceName);
    if (!space)
        return fail(io, space.error());
    sync::SyncEngine engine(v, nullptr);
    if (auto s = syncQuietly(io, engine); !s)
        return fail(io, s.error());
    sync::Sharing sharing(engine, v, nullptr);
    sharing.setOwnName(ownerName);
    sharing.setSpaceNames([&spaceName](const QByteArray &) { return spaceName; });

    auto invite = createInvite(sharing, *space, role, days);
    if (!invite)
        return fail(io, invite.error());
    auto pending = pendingInvite(sharing, *invite);
    if (!pending)
        return fail(
            io, makeError(ErrorCode::NotFound, trNoop("Vault", "This invitation is no longer on this device.")));
    pending = awaitAcceptance(io, sharing, *invite, pending);
    if (!pending)
        return fail(io,
            makeError(ErrorCode::NotFound,
                trNoop("Sync", "This invitation has expired or was already used. Ask for a new one.")));
    return confirmOrCancel(io, sharing, *invite, *pending, role);
}

int cmdAccept(const Io &io, const Args &args)
{
    auto vault = openConnected(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    QString name = args.extra.value(QStringLiteral("name"));
    const QString careRole = args.extra.value(QStringLiteral("care-role"));
    if (!careRole.isEmpty() && (!domain::codes::isValidRole(careRole) || careRole == QLatin1String("patient")))
        return fail(io,
            makeError(
                ErrorCode::InvalidInput, trNoop("Cli", "--care-role takes a care role such as gp or caregiver.")));
    domain::CareStore store(v);
    if (auto s = store.load(); !s)
        return fail(io, s.error());
    if (name.isEmpty() && store.profile())
        name = store.profile()->preferredName;
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
    QTimer::singleShot(0, &sharing, [&] { sharing.acceptInvite(code, name, careRole); });
    loop.exec();
    if (!accepted)
        return fail(io, accepted.error());
    // The name the owner sees is this vault's own name from now on, if it had none.
    if (auto s = domain::careteamrules::rememberOwnName(store, name, QLocale().bcp47Name()); !s)
        return fail(io, s.error());
    io.say(Cli::tr("Accepted. Compare the safety number with the owner; the space arrives once they confirm."));
    return ExitOk;
}

namespace {

/** Syncs, then hands the summary of the space named by --space to @p use. */
int withSyncedSpace(
    const Io &io, const Args &args, const std::function<int(sync::Sharing &, const sync::SpaceSummary &)> &use)
{
    auto vault = openConnected(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    sync::SyncEngine engine(v, nullptr);
    if (auto s = syncQuietly(io, engine); !s)
        return fail(io, s.error());
    auto space = spaceNamed(v, args.extra.value(QStringLiteral("space")), false);
    if (!space)
        return fail(io, space.error());
    sync::Sharing sharing(engine, v, nullptr);
    for (const sync::SpaceSummary &summary : sharing.spaces()) {
        if (summary.id == *space)
            return use(sharing, summary);
    }
    return fail(io, makeError(ErrorCode::NotFound, trNoop("Cli", "There is no sharing space with that name.")));
}

} // namespace

int cmdMembers(const Io &io, const Args &args)
{
    return withSyncedSpace(io, args, [&io](sync::Sharing &, const sync::SpaceSummary &summary) -> int {
        for (const sync::SpaceMember &m : summary.members) {
            io.say(QStringLiteral("%1 %2 %3 %4")
                       .arg(hex(m.account), m.role,
                           m.expires.isValid() ? m.expires.toString(Qt::ISODate) : QStringLiteral("-"),
                           m.verified ? QStringLiteral("verified") : QStringLiteral("unverified")));
        }
        return ExitOk;
    });
}

int cmdVerifyMember(const Io &io, const Args &args)
{
    const QString memberText = args.extra.value(QStringLiteral("member"));
    return withSyncedSpace(
        io, args, [&io, &memberText](sync::Sharing &sharing, const sync::SpaceSummary &summary) -> int {
            // The owner by default: the one an invitee compared the number with.
            const QByteArray who = memberText.isEmpty() ? summary.owner : QByteArray::fromHex(memberText.toLatin1());
            for (const sync::SpaceMember &m : summary.members) {
                if (m.account != who || m.safetyNumber.isEmpty())
                    continue;
                // Shown and asked first: "verified" means a person compared the numbers.
                io.say(Cli::tr("Safety number: %1").arg(m.safetyNumber));
                if (!numbersMatch(io)) {
                    return fail(io,
                        makeError(ErrorCode::InvalidInput,
                            trNoop("Cli", "The safety numbers did not match. Nothing was marked as verified.")));
                }
                if (auto s = sharing.setVerified(who, true); !s)
                    return fail(io, s.error());
                io.say(Cli::tr("Marked %1 as verified on this device.").arg(hex(who)));
                return ExitOk;
            }
            return fail(io,
                makeError(ErrorCode::NotFound, trNoop("Cli", "--member takes an account id as 'members' lists it.")));
        });
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
    if (auto s = syncQuietly(io, engine); !s)
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

} // namespace cc::cli
