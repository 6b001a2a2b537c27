// SPDX-License-Identifier: GPL-3.0-or-later
// CareStore's reads of the vault: every record at once (load()), or first what the vault's
// load order names and the rest part by part (loadRecentFirst(), loadMore()).
#include "carestore.h"

#include "attentionflags.h"
#include "fastdecode.h"
#include "loadorder.h"
#include "valuepool.h"
#include "vault/vault.h"
#include "vault/vaulterrors.h"

#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent>

#include <deque>
#include <limits>

namespace cc::domain {

/** The rows loadRecentFirst() left for loadMore(): those up to cut, except early. */
struct CareStore::Deferred {
    qint64 cut = 0;
    QSet<qint64> early;
    QSet<QByteArray> spaces; ///< the store's spaces the load was asked for
    qint64 cursor = 0; ///< rows up to here are read
    qint64 keptUpTo = 0; ///< the last row of the last part kept (where a failed part resumes)
    detail::ValuePool pool; ///< shared values, over every part of the load
};

/** The rows one complete load kept, by what they hold: what the next LoadOrder is made of. */
struct CareStore::RowTally {
    std::vector<qint64> early; ///< everything but progress entries and check-ins
    std::vector<qint64> history; ///< progress entries and check-ins
};

CareStore::CareStore(vault::Vault &vault) : m_vault(vault), m_clock(vault.deviceId())
{ }

CareStore::~CareStore() = default;

Status CareStore::load()
{
    // Only this store's spaces are read and opened: the others belong to another view
    // (DESIGN.md §5), and a care-team vault holds many patients' spaces.
    detail::ValuePool pool;
    return loadParts(
        [this](const vault::SealedSink &take) { return m_vault.readSealedParts(m_filter, LoadPart, take); },
        Adopting::Replace, pool);
}

QList<QByteArray> CareStore::filtered(const QList<QByteArray> &spaces) const
{
    // The filter may ask the database (whether this account owns a space): once per space.
    QList<QByteArray> kept = spaces;
    if (m_filter)
        kept.removeIf([this](const QByteArray &space) { return !m_filter(space); });
    return kept;
}

Status CareStore::load(const QList<QByteArray> &spaces)
{
    const QList<QByteArray> kept = filtered(spaces);
    detail::ValuePool pool;
    return loadParts([&](const vault::SealedSink &take) { return m_vault.readSealedSpaceParts(kept, LoadPart, take); },
        Adopting::Replace, pool);
}

Status CareStore::loadRecentFirst(const QList<QByteArray> &spaces, qint64 wholeBelow)
{
    if (!m_vault.isUnlocked())
        return vault::detail::locked();
    const Result<qint64> extent = m_vault.tableExtent();
    if (!extent)
        return extent.error();
    // A small vault is read whole at once; so are a few spaces of a large one (one patient of a
    // care team's, through the space index, as load(spaces) does).
    const QList<QByteArray> kept = filtered(spaces);
    const Result<qint64> theirs = m_vault.rowCountOf(kept);
    if (!theirs)
        return theirs.error();
    if (*theirs < wholeBelow || 2 * *theirs < *extent)
        return load(spaces);
    // A large vault: its rows are noted as they are kept, for the next unlock's order.
    m_deferred.reset();
    m_tally = std::make_unique<RowTally>();
    auto dropTally = qScopeGuard([this] { m_tally.reset(); });
    std::optional<LoadOrder> order;
    if (const std::optional<QByteArray> entry = m_vault.localCache(LoadOrder::EntryName))
        order = LoadOrder::decode(*entry);
    if (!order || order->cut <= 0) {
        const Status loaded = load(spaces);
        if (loaded)
            saveLoadOrder();
        return loaded;
    }
    auto rest = std::make_unique<Deferred>();
    rest->cut = order->cut;
    rest->early = QSet<qint64>(order->early.cbegin(), order->early.cend());
    rest->spaces = QSet<QByteArray>(kept.cbegin(), kept.cend());
    const QSet<QByteArray> &wanted = rest->spaces;
    const auto inSpaces = [&wanted](const QByteArray &space) { return wanted.contains(space); };
    const Status loaded = loadParts(
        [&](const vault::SealedSink &take) -> Status {
            // The early rows are all at or below the cut, the rest above it: together, in the
            // table's order, as a whole load keeps them.
            if (const Status early = m_vault.readSealedRowids(order->early, inSpaces, LoadPart, take); !early)
                return early;
            const vault::RowRange newer {order->cut, std::numeric_limits<qint64>::max(), -1, nullptr};
            const Result<qint64> read = m_vault.readSealedRange(newer, inSpaces, LoadPart, take);
            if (!read)
                return read.error();
            return {};
        },
        Adopting::Replace, rest->pool);
    if (!loaded)
        return loaded;
    m_deferred = std::move(rest);
    dropTally.dismiss();
    return {};
}

Status CareStore::loadMore(qsizetype rows)
{
    if (!m_deferred || rows == 0)
        return {};
    if (!m_vault.isUnlocked())
        return vault::detail::locked();
    Deferred &rest = *m_deferred;
    const auto inSpaces = [&rest](const QByteArray &space) { return rest.spaces.contains(space); };
    qint64 last = 0;
    const Status read = loadParts(
        [&](const vault::SealedSink &take) -> Status {
            const vault::RowRange part {rest.cursor, rest.cut, rows, &rest.early};
            const Result<qint64> walked = m_vault.readSealedRange(part, inSpaces, LoadPart, take);
            if (!walked)
                return walked.error();
            last = *walked;
            return {};
        },
        Adopting::Append, rest.pool);
    if (!read) {
        // The parts kept stay kept: the next call goes on after them.
        rest.cursor = std::max(rest.cursor, rest.keptUpTo);
        return read;
    }
    if (rows >= 0 && last > rest.cursor && last < rest.cut) {
        rest.cursor = last;
        return {};
    }
    m_deferred.reset();
    saveLoadOrder();
    m_tally.reset();
    return {};
}

void CareStore::saveLoadOrder()
{
    if (!m_tally)
        return;
    RowTally &tally = *m_tally;
    // What Home and the goal list show of the history is read first even when it was written
    // long ago: each goal's latest progress and its latest rating (notes without one may
    // follow it), the newest check-ins, her latest one and those the flags her team sees read
    // (newer check-ins of another kind, hers as a caregiver, may lie before them).
    QList<QByteArray> shown;
    for (const Goal &goal : std::as_const(m_goals)) {
        const OrderedIds *entries = m_index.progressOf(goal.id);
        if (!entries || entries->isEmpty())
            continue;
        shown.append(entries->rbegin()->id);
        if (const ProgressEntry *rated = latestRatedProgress(goal.id); rated && rated->id != shown.constLast())
            shown.append(rated->id);
    }
    const OrderedIds &checkIns = m_index.checkIns();
    qsizetype newest = 0;
    for (auto it = checkIns.rbegin(); it != checkIns.rend() && newest < NewestCheckInsFirst; ++it, ++newest)
        shown.append(it->id);
    if (const CheckIn *latest = latestPatientCheckIn())
        shown.append(latest->id);
    shown.append(AttentionFlags::checkInsRead(*this, raisedToHerTeam(*this), FlagCheckInsFirst));
    for (const QByteArray &id : std::as_const(shown)) {
        if (const Result<qint64> row = m_vault.rowidOf(id); row && *row > 0)
            tally.early.push_back(*row);
    }
    const LoadOrder order = LoadOrder::from(std::move(tally.early), std::move(tally.history), RecentHistoryRows);
    // Only an order: if it cannot be written, the next unlock reads the vault whole.
    (void)m_vault.putLocalCache(QByteArray(LoadOrder::EntryName), order.encode());
}

/** What decodePart() made of one opened record: what it is, or why it failed. */
struct CareStore::DecodedOne {
    protocol::SealedHeader header;
    qint64 rowid = 0;
    std::optional<RecordEnvelope> mutableEnvelope;
    Hlc latest;
    std::optional<AnyRecord> record;
    std::optional<Error> error;
};

/** What decodePart() made of one opened part. */
struct CareStore::DecodedPart {
    using One = DecodedOne;
    QList<vault::DamagedRecord> damaged;
    std::vector<One> records;
    qint64 lastRowid = 0; ///< the part's last row as read
};

Status CareStore::loadParts(
    const std::function<Status(const vault::SealedSink &)> &read, Adopting how, detail::ValuePool &pool)
{
    if (!m_vault.isUnlocked())
        return vault::detail::locked();
    // A pipeline: this thread reads part n + 1 from the database and keeps part n - 1, while
    // pool threads open and decode the parts between. At most MaxPartsInFlight parts are read
    // and not kept yet, so the opened bytes of a large vault are never all held at once,
    // beside what is made of them. Parts are kept in the order they were read.
    bool begun = false;
    bool anyRead = false;
    std::deque<QFuture<DecodedPart>> inFlight;
    // The pool threads read this vault's space keys: on every way out of here, also an
    // exception, they finish first (a lock afterwards wipes the keys).
    const auto waitForAll = qScopeGuard([&inFlight] {
        for (QFuture<DecodedPart> &part : inFlight)
            part.waitForFinished();
    });
    const auto keepOldest = [&] {
        DecodedPart part = inFlight.front().takeResult();
        inFlight.pop_front();
        if (!begun) {
            beginAdopting(how);
            begun = true;
        }
        adoptDecoded(std::move(part), pool, how);
    };
    const vault::Vault &vault = m_vault;
    const Status status = read([&](vault::SealedPart &&sealed) {
        anyRead = true;
        while (inFlight.size() >= MaxPartsInFlight)
            keepOldest();
        inFlight.push_back(QtConcurrent::run(
            [&vault](const vault::SealedPart &part) {
                DecodedPart decoded = decodePart(vault.openPart(part));
                decoded.lastRowid = part.rows.isEmpty() ? 0 : part.rows.constLast().rowid;
                return decoded;
            },
            std::move(sealed)));
        while (!inFlight.empty() && inFlight.front().isFinished())
            keepOldest();
    });
    if (!status) {
        // A whole load: what the store held stays if nothing was read; once a part was read it
        // goes, kept or not (never half a vault, and never an outcome that depends on the
        // threads). A later part (loadMore()): what is kept stays, the rest is still to read.
        if (begun)
            endAdopting(how);
        if (how == Adopting::Replace && anyRead)
            clearRecords();
        return status;
    }
    while (!inFlight.empty())
        keepOldest();
    if (!begun)
        beginAdopting(how); // nothing to read: nothing held
    endAdopting(how);
    return {};
}

void CareStore::beginAdopting(Adopting how)
{
    // A reload (after a sync) starts afresh: records deleted or moved away elsewhere go.
    if (how == Adopting::Replace) {
        clearRecords();
        m_profileRow = 0;
        m_planRow = 0;
        if (m_deferred) {
            // A whole load reads everything again: the rest of a recent-first one is moot.
            m_deferred.reset();
            m_tally.reset();
        }
    }
    m_index.beginBulk();
}

void CareStore::endAdopting(Adopting how)
{
    m_index.endBulk();
    // Whoever loads tells every view to start afresh; nothing is pending after it. A later
    // part's records were noted one by one, as a pull's are.
    if (how == Adopting::Replace)
        m_pending = {};
}

CareStore::DecodedPart CareStore::decodePart(vault::VaultContents &&opened)
{
    DecodedPart part;
    part.damaged = std::move(opened.damaged);
    part.records.resize(std::size_t(opened.records.size()));
    for (qsizetype i = 0; i < opened.records.size(); ++i) {
        const vault::OpenedRecord &record = opened.records.at(i);
        DecodedPart::One &out = part.records[std::size_t(i)];
        out.header = record.header;
        out.rowid = record.rowid;
        // Most of a large vault is progress entries and check-ins in their plain shape:
        // read straight from the bytes; anything else takes the general path below.
        if (!record.header.deleted) {
            if (auto fast = fastdecode::decode(record.payload, record.header.recordId)) {
                out.latest = fast->created;
                std::visit(
                    [&out](auto &&decoded) { out.record = AnyRecord(std::move(decoded)); }, std::move(fast->record));
                continue;
            }
        }
        auto envelope = RecordEnvelope::decode(record.payload);
        if (!envelope) {
            out.error = envelope.error();
            continue;
        }
        out.latest = envelope->latestStamp();
        if (!record.header.deleted) {
            auto decoded = decodeRecord(record.header.recordId, *envelope);
            if (!decoded) {
                out.error = decoded.error();
                continue;
            }
            out.record = std::move(*decoded);
        }
        if (!envelope->isAppendOnly())
            out.mutableEnvelope = std::move(*envelope);
    }
    return part;
}

void CareStore::tally(const DecodedOne &one)
{
    const bool history = one.record
        && (std::holds_alternative<ProgressEntry>(*one.record) || std::holds_alternative<CheckIn>(*one.record));
    (history ? m_tally->history : m_tally->early).push_back(one.rowid);
}

bool CareStore::keepsHeldSingleton(const DecodedOne &one) const
{
    // A whole load keeps the last profile and plan in the table's order (two made offline on two
    // devices); a later part's one replaces the one held only if its row is later.
    if (!one.record)
        return false;
    if (std::holds_alternative<PatientProfile>(*one.record))
        return m_profile && one.rowid < m_profileRow;
    if (std::holds_alternative<CarePlan>(*one.record))
        return m_plan && one.rowid < m_planRow;
    return false;
}

void CareStore::noteSingletonRow(const DecodedOne &one)
{
    if (std::holds_alternative<PatientProfile>(*one.record))
        m_profileRow = one.rowid;
    else if (std::holds_alternative<CarePlan>(*one.record))
        m_planRow = one.rowid;
}

void CareStore::noteHeldSingletonRow(const QByteArray &id)
{
    const bool profile = m_profile && m_profile->id == id;
    const bool plan = m_plan && m_plan->id == id;
    if (!m_deferred || (!profile && !plan))
        return;
    // Written or pulled while the rest is read: a later part's one replaces it only from a
    // later row, as in a whole load. Its row unknown, what was just written wins.
    const Result<qint64> row = m_vault.rowidOf(id);
    const qint64 at = row && *row > 0 ? *row : std::numeric_limits<qint64>::max();
    (profile ? m_profileRow : m_planRow) = at;
}

void CareStore::adoptDamaged(vault::DamagedRecord &&damaged, Adopting how)
{
    if (m_tally)
        m_tally->early.push_back(damaged.rowid); // reported at the next unlock too
    // A later part does not report again what a refresh reported meanwhile.
    if (how == Adopting::Append
        && std::any_of(m_damaged.cbegin(), m_damaged.cend(),
            [&damaged](const vault::DamagedRecord &known) { return known.recordId == damaged.recordId; }))
        return;
    m_damaged.append(std::move(damaged));
}

void CareStore::adoptDecoded(DecodedPart &&part, detail::ValuePool &pool, Adopting how)
{
    for (vault::DamagedRecord &damaged : part.damaged)
        adoptDamaged(std::move(damaged), how);
    for (DecodedOne &one : part.records) {
        const protocol::SealedHeader &header = one.header;
        if (one.error) {
            adoptDamaged({header.spaceId, header.recordId, one.error->message, one.rowid}, how);
            continue;
        }
        if (m_tally)
            tally(one);
        // A later part never replaces what this store learnt since the load began (a write,
        // or a pull's refresh): that is newer than the row as read.
        if (how == Adopting::Append && m_spaceOf.contains(header.recordId))
            continue;
        // Our own past stamps (and, later, synced ones) move the clock forward; a stamp from
        // a badly set clock is refused by observe() and simply not followed.
        (void)m_clock.observe(one.latest);
        QByteArray space = header.spaceId;
        pool.share(space);
        m_spaceOf.insert(header.recordId, space);
        if (one.mutableEnvelope)
            m_envelopes.emplace(header.recordId, std::move(*one.mutableEnvelope));
        if (!one.record || (how == Adopting::Append && keepsHeldSingleton(one)))
            continue;
        noteSingletonRow(one);
        std::visit([&pool](auto &record) { pool.shareIn(record); }, *one.record);
        if (how == Adopting::Append) {
            const QString kind = std::visit(
                [](const auto &record) { return QString(std::decay_t<decltype(record)>::Kind); }, *one.record);
            m_pending.add(header.recordId, kind, space, false, true); // not held: checked above
        }
        adopt(std::move(*one.record));
    }
    if (how == Adopting::Append && m_deferred)
        m_deferred->keptUpTo = std::max(m_deferred->keptUpTo, part.lastRowid);
}

} // namespace cc::domain
