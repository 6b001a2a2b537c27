// SPDX-License-Identifier: GPL-3.0-or-later
#include "spacecommands.h"

#include "domain/carestore.h"
#include "domain/ownspaces.h"
#include "domain/spaceinfo.h"
#include "sharingcommands.h"
#include "sync/sharing.h"
#include "sync/syncengine.h"
#include "vault/vault.h"

#include <algorithm>

namespace cc::cli {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/** The word for the private space, as the app shows it. */
QString privateName()
{
    return Cli::tr("Private");
}

/** After a local change: on a connected vault, one round so the server and the other devices
 *  get it (a record refused on the way is said, and does not fail the command). */
Status syncIfConnected(const Io &io, vault::Vault &vault)
{
    if (!vault.isConnected())
        return {};
    sync::SyncEngine engine(vault, nullptr);
    return syncQuietly(io, engine);
}

/** The space a record may be moved into: an own space by name, or the private space. */
Result<QByteArray> moveTarget(const domain::CareStore &store, const QString &name)
{
    auto own = domain::ownspaces::named(store, name);
    // 'Private' works in every language, so that scripts need not know the user's.
    const QString word = name.trimmed();
    if (!own
        && (word.compare(QLatin1String("Private"), Qt::CaseInsensitive) == 0
            || word.compare(privateName(), Qt::CaseInsensitive) == 0))
        return store.vault().privateSpaceId();
    return own;
}

QString spaceName(const domain::CareStore &store, const QByteArray &space)
{
    if (space == store.vault().privateSpaceId())
        return privateName();
    const domain::SpaceInfo *info = store.spaceInfo(space);
    return info ? info->name : hex(space);
}

/** Cut to a short label: the first line, at most 40 characters. */
QString shortLabel(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > 40 ? line.left(39) + QChar(0x2026) : line;
}

struct Row {
    QByteArray id;
    QString date;
    QString label;
};

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

/** The rows for @p kind, or nullopt for a kind 'list' does not show. */
std::optional<QList<Row>> rowsOf(const domain::CareStore &store, const QString &kind)
{
    QList<Row> rows;
    if (kind == domain::Goal::Kind) {
        for (const domain::Goal &g : store.goals())
            rows.append({g.id, isoDate(g.targetDate), shortLabel(g.whatMattersToMe.text)});
    } else if (kind == domain::Activity::Kind) {
        for (const domain::Activity &a : store.activities())
            rows.append({a.id, QStringLiteral("-"), shortLabel(a.title.text)});
    } else if (kind == domain::CheckIn::Kind) {
        for (const domain::CheckIn &c : store.checkInsById())
            rows.append({c.id, isoDate(c.time.date()), QString()});
    } else if (kind == domain::ProgressEntry::Kind) {
        for (const domain::ProgressEntry &p : store.progress())
            rows.append({p.id, isoDate(p.date), shortLabel(p.note.text)});
    } else if (kind == domain::Comment::Kind) {
        for (const domain::Comment &c : store.comments())
            rows.append({c.id, isoDate(c.time.date()), shortLabel(c.text.text)});
    } else {
        return std::nullopt;
    }
    std::sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return a.date == b.date ? a.id < b.id : a.date < b.date; });
    return rows;
}

} // namespace

int cmdSpaces(const Io &io, const Args &args)
{
    auto vault = openUnlocked(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    sync::SyncEngine engine(v, nullptr);
    if (v.isConnected()) {
        if (auto s = syncQuietly(io, engine); !s)
            return fail(io, s.error());
    }
    domain::CareStore store(v);
    if (auto s = store.load(); !s)
        return fail(io, s.error());
    sync::Sharing sharing(engine, v, nullptr);
    QHash<QByteArray, sync::SpaceSummary> summaries;
    for (const sync::SpaceSummary &summary : sharing.spaces())
        summaries.insert(summary.id, summary);
    // One line per space: id, member count (the owner included), this account's role, name.
    io.say(QStringLiteral("%1\t1\towner\t%2").arg(hex(v.privateSpaceId()), privateName()));
    for (const domain::SpaceInfo &info : store.spaceInfos()) {
        if (info.id == v.privateSpaceId())
            continue;
        const auto summary = summaries.constFind(info.id);
        const bool known = summary != summaries.cend();
        if (known && summary->removed)
            continue;
        const QString role = known ? summary->role : QStringLiteral("owner");
        const qsizetype members = known && !summary->members.isEmpty() ? summary->members.size() : 1;
        io.say(QStringLiteral("%1\t%2\t%3\t%4").arg(hex(info.id)).arg(members).arg(role, info.name));
    }
    return ExitOk;
}

int cmdSpaceCreate(const Io &io, const Args &args)
{
    auto vault = openUnlocked(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    domain::CareStore store(v);
    if (auto s = store.load(); !s)
        return fail(io, s.error());
    const QString name = args.extra.value(QStringLiteral("name"));
    auto created = domain::ownspaces::create(store, name, {}, [&v] { return v.createSpace(); });
    if (!created)
        return fail(io, created.error());
    io.warn(Cli::tr("Created the sharing space '%1'.").arg(name.trimmed()));
    io.say(hex(*created));
    if (auto s = syncIfConnected(io, v); !s)
        return fail(io, s.error());
    return ExitOk;
}

int cmdMove(const Io &io, const Args &args)
{
    const QByteArray record = QByteArray::fromHex(args.extra.value(QStringLiteral("record")).toLatin1());
    auto vault = openUnlocked(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    vault::Vault &v = **vault;
    domain::CareStore store(v);
    if (auto s = store.load(); !s)
        return fail(io, s.error());
    auto space = moveTarget(store, args.extra.value(QStringLiteral("space")));
    if (!space)
        return fail(io, space.error());
    if (auto s = domain::ownspaces::moveRecord(store, record, *space); !s)
        return fail(io, s.error());
    io.say(Cli::tr("Moved to '%1'.").arg(spaceName(store, *space)));
    if (auto s = syncIfConnected(io, v); !s)
        return fail(io, s.error());
    return ExitOk;
}

int cmdList(const Io &io, const Args &args)
{
    const QString kind = args.extra.value(QStringLiteral("kind"));
    auto vault = openUnlocked(io, args.vault);
    if (!vault)
        return fail(io, vault.error());
    domain::CareStore store(**vault);
    if (auto s = store.load(); !s)
        return fail(io, s.error());
    const auto rows = rowsOf(store, kind);
    if (!rows)
        return fail(io,
            makeError(
                ErrorCode::InvalidInput, trNoop("Cli", "--kind takes goal, activity, check_in, progress or comment.")));
    // id, date, space, label: tab-separated, so a script can cut the id.
    for (const Row &r : *rows)
        io.say(QStringLiteral("%1\t%2\t%3\t%4").arg(hex(r.id), r.date, spaceName(store, store.spaceOf(r.id)), r.label));
    return store.damaged().isEmpty() ? ExitOk : ExitDamaged;
}

} // namespace cc::cli
