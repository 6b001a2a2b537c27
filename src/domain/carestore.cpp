// SPDX-License-Identifier: GPL-3.0-or-later
#include "carestore.h"

#include "recordid.h"
#include "vault/vault.h"
#include "vault/vaulterrors.h"

#include <algorithm>

namespace cc::domain {

void CareStore::clearRecords()
{
    m_envelopes.clear();
    m_profile.reset();
    m_plan.reset();
    m_members.clear();
    m_goals.clear();
    m_activities.clear();
    m_progress.clear();
    m_checkIns.clear();
    m_comments.clear();
    m_conflictCopies.clear();
    m_spaceInfos.clear();
    m_spaceOf.clear();
    m_index.clear();
    m_damaged.clear();
}

Status CareStore::refresh(const QList<QByteArray> &ids)
{
    if (!m_vault.isUnlocked())
        return vault::detail::locked();
    // A pull's page holds up to hundreds: placed in the index in one merge.
    m_index.beginBulk();
    for (const QByteArray &id : ids)
        refreshOne(id, m_vault.get(id));
    m_index.endBulk();
    return {};
}

void CareStore::refreshOne(const QByteArray &id, const Result<vault::OpenedRecord> &opened)
{
    const QString before = kindOf(id);
    const QByteArray spaceBefore = m_spaceOf.value(id);
    auto dropped = [&] {
        if (before.isEmpty())
            return;
        forget(id);
        m_pending.add(id, before, spaceBefore, true);
    };
    auto gone = [&] {
        // Purged from the vault: nothing of it may route a later change or merge a later save.
        dropped();
        m_spaceOf.remove(id);
        m_envelopes.remove(id);
    };
    m_damaged.removeIf([&](const vault::DamagedRecord &r) { return r.recordId == id; });
    if (!opened) {
        if (opened.code() == ErrorCode::NotFound) {
            gone();
            return;
        }
        dropped();
        m_damaged.append({spaceBefore, id, opened.error().message});
        return;
    }
    const protocol::SealedHeader &header = opened->header;
    if (m_filter && !m_filter(header.spaceId)) {
        // Moved to a space this store does not show (or never one of ours).
        dropped();
        m_spaceOf.remove(id);
        m_envelopes.remove(id);
        return;
    }
    auto envelope = RecordEnvelope::decode(opened->payload);
    std::optional<AnyRecord> record;
    if (envelope && !header.deleted) {
        auto decoded = decodeRecord(id, *envelope);
        if (!decoded) {
            dropped();
            m_damaged.append({header.spaceId, id, decoded.error().message});
            return;
        }
        record = std::move(*decoded);
    }
    if (!envelope) {
        dropped();
        m_damaged.append({header.spaceId, id, envelope.error().message});
        return;
    }
    (void)m_clock.observe(envelope->latestStamp());
    forget(id);
    m_spaceOf.insert(id, header.spaceId);
    if (!envelope->isAppendOnly())
        m_envelopes.insert(id, *envelope);
    if (record) {
        adopt(std::move(*record));
        noteHeldSingletonRow(id);
        m_pending.add(id, envelope->kind, header.spaceId, false, before.isEmpty());
    } else if (!before.isEmpty()) {
        m_pending.add(id, before, header.spaceId, true);
    }
}

QString CareStore::kindOf(const QByteArray &id) const
{
    if (m_goals.contains(id))
        return QString(Goal::Kind);
    if (m_checkIns.contains(id))
        return QString(CheckIn::Kind);
    if (m_progress.contains(id))
        return QString(ProgressEntry::Kind);
    if (m_comments.contains(id))
        return QString(Comment::Kind);
    if (m_activities.contains(id))
        return QString(Activity::Kind);
    if (m_members.contains(id))
        return QString(CareTeamMember::Kind);
    if (m_conflictCopies.contains(id))
        return QString(ConflictCopy::Kind);
    if (m_spaceInfos.contains(id))
        return QString(SpaceInfo::Kind);
    if (m_profile && m_profile->id == id)
        return QString(PatientProfile::Kind);
    if (m_plan && m_plan->id == id)
        return QString(CarePlan::Kind);
    return {};
}

void CareStore::forget(const QByteArray &id)
{
    m_members.remove(id);
    m_goals.remove(id);
    m_activities.remove(id);
    if (const auto it = m_progress.constFind(id); it != m_progress.cend()) {
        m_index.remove(*it);
        m_progress.erase(it);
    }
    if (const auto it = m_checkIns.constFind(id); it != m_checkIns.cend()) {
        m_index.remove(*it);
        m_checkIns.erase(it);
    }
    if (const auto it = m_comments.constFind(id); it != m_comments.cend()) {
        m_index.remove(*it);
        m_comments.erase(it);
    }
    m_conflictCopies.remove(id);
    m_spaceInfos.remove(id);
    if (m_profile && m_profile->id == id)
        m_profile.reset();
    if (m_plan && m_plan->id == id)
        m_plan.reset();
}

Result<CareStore::AnyRecord> CareStore::decodeRecord(const QByteArray &id, const RecordEnvelope &envelope)
{
    auto as = [&](auto tag) -> Result<AnyRecord> {
        using Record = decltype(tag);
        auto record = recordFromEnvelope<Record>(envelope);
        if (!record)
            return record.error();
        record->id = id;
        return AnyRecord(std::move(*record));
    };
    const QString &kind = envelope.kind;
    if (kind == PatientProfile::Kind)
        return as(PatientProfile {});
    if (kind == CarePlan::Kind)
        return as(CarePlan {});
    if (kind == CareTeamMember::Kind)
        return as(CareTeamMember {});
    if (kind == Goal::Kind)
        return as(Goal {});
    if (kind == Activity::Kind)
        return as(Activity {});
    if (kind == ProgressEntry::Kind)
        return as(ProgressEntry {});
    if (kind == CheckIn::Kind)
        return as(CheckIn {});
    if (kind == Comment::Kind)
        return as(Comment {});
    if (kind == ConflictCopy::Kind)
        return as(ConflictCopy {});
    if (kind == SpaceInfo::Kind)
        return as(SpaceInfo {});
    return makeError(ErrorCode::InvalidInput, trNoop("Domain", "The record is of an unknown kind."));
}

void CareStore::adopt(AnyRecord &&any)
{
    std::visit(
        [this](auto &&record) {
            using Record = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<Record, PatientProfile>)
                m_profile = std::move(record);
            else if constexpr (std::is_same_v<Record, CarePlan>)
                m_plan = std::move(record);
            else if constexpr (std::is_same_v<Record, CareTeamMember>)
                m_members.emplace(record.id, std::move(record));
            else if constexpr (std::is_same_v<Record, Goal>)
                m_goals.emplace(record.id, std::move(record));
            else if constexpr (std::is_same_v<Record, Activity>)
                m_activities.emplace(record.id, std::move(record));
            else if constexpr (std::is_same_v<Record, ProgressEntry>)
                adoptIndexed(m_progress, std::move(record));
            else if constexpr (std::is_same_v<Record, CheckIn>)
                adoptIndexed(m_checkIns, std::move(record));
            else if constexpr (std::is_same_v<Record, Comment>)
                adoptIndexed(m_comments, std::move(record));
            else if constexpr (std::is_same_v<Record, ConflictCopy>)
                m_conflictCopies.emplace(record.id, std::move(record));
            else
                m_spaceInfos.emplace(record.id, std::move(record));
        },
        std::move(any));
}

template<typename Record>
void CareStore::adoptIndexed(QHash<QByteArray, Record> &records, Record &&record)
{
    auto it = records.find(record.id);
    if (it != records.end()) {
        m_index.remove(*it);
        *it = std::move(record);
    } else {
        // Qt 6.4's QHash::insert() takes the value by const reference and copies it; emplace()
        // moves it (a copy of a progress entry was two thirds of keeping one at a load).
        it = records.emplace(record.id, std::move(record));
    }
    if constexpr (std::is_same_v<Record, CheckIn>)
        m_index.add(*it, m_spaceOf.value(it->id)); // the caller has set where it now is
    else
        m_index.add(*it);
}

void CareStore::keep(const QByteArray &id, const RecordEnvelope &envelope, const QByteArray &spaceId)
{
    const bool added = kindOf(id).isEmpty(); // a new record, not an edit or a move
    m_spaceOf.insert(id, spaceId);
    if (!envelope.isAppendOnly())
        m_envelopes.insert(id, envelope);
    // stageRecord() checked that it decodes.
    if (auto record = decodeRecord(id, envelope))
        adopt(std::move(*record));
    noteHeldSingletonRow(id);
    m_pending.add(id, envelope.kind, spaceId, false, added);
}

QList<CheckIn> CareStore::checkIns() const
{
    QList<CheckIn> list;
    list.reserve(m_index.checkIns().size());
    for (const OrderedIds::Entry &entry : m_index.checkIns())
        list.append(m_checkIns.value(entry.id));
    return list;
}

QList<const ProgressEntry *> CareStore::progressOf(const QByteArray &goalId) const
{
    QList<const ProgressEntry *> list;
    if (const OrderedIds *order = m_index.progressOf(goalId)) {
        list.reserve(order->size());
        for (const OrderedIds::Entry &entry : *order)
            list.append(progressEntry(entry.id));
    }
    return list;
}

QList<const Comment *> CareStore::commentsOn(const QByteArray &targetId) const
{
    QList<const Comment *> list;
    if (const OrderedIds *order = m_index.commentsOn(targetId)) {
        list.reserve(order->size());
        for (const OrderedIds::Entry &entry : *order)
            list.append(comment(entry.id));
    }
    return list;
}

QList<const Comment *> CareStore::newestComments(qsizetype limit) const
{
    QList<const Comment *> list;
    for (auto it = m_index.comments().rbegin(); it != m_index.comments().rend() && list.size() < limit; ++it)
        list.append(comment(it->id));
    return list;
}

QByteArray CareStore::defaultSpace() const
{
    return m_defaultSpace.isEmpty() ? m_vault.privateSpaceId() : m_defaultSpace;
}

const SpaceInfo *CareStore::spaceInfo(const QByteArray &spaceId) const
{
    const auto it = m_spaceInfos.constFind(spaceId);
    return it == m_spaceInfos.cend() ? nullptr : &*it;
}

template<typename Record>
QByteArray CareStore::spaceFor(const Record &record) const
{
    if (const auto it = m_spaceOf.constFind(record.id); it != m_spaceOf.cend())
        return *it;
    // Children live with what they belong to: whoever sees a goal sees its progress and
    // the comments on it.
    if constexpr (std::is_same_v<Record, Comment> || std::is_same_v<Record, ConflictCopy>) {
        if (const auto it = m_spaceOf.constFind(record.targetId); it != m_spaceOf.cend())
            return *it;
    } else if constexpr (std::is_same_v<Record, ProgressEntry>) {
        if (const auto it = m_spaceOf.constFind(record.goalId); it != m_spaceOf.cend())
            return *it;
    } else if constexpr (std::is_same_v<Record, SpaceInfo>) {
        return record.id;
    }
    return defaultSpace();
}

const CareTeamMember *CareStore::member(const QByteArray &id) const
{
    const auto it = m_members.constFind(id);
    return it == m_members.cend() ? nullptr : &*it;
}

const Goal *CareStore::goal(const QByteArray &id) const
{
    const auto it = m_goals.constFind(id);
    return it == m_goals.cend() ? nullptr : &*it;
}

const CheckIn *CareStore::checkIn(const QByteArray &id) const
{
    const auto it = m_checkIns.constFind(id);
    return it == m_checkIns.cend() ? nullptr : &*it;
}

const ProgressEntry *CareStore::progressEntry(const QByteArray &id) const
{
    const auto it = m_progress.constFind(id);
    return it == m_progress.cend() ? nullptr : &*it;
}

const Comment *CareStore::comment(const QByteArray &id) const
{
    const auto it = m_comments.constFind(id);
    return it == m_comments.cend() ? nullptr : &*it;
}

const CheckIn *CareStore::latestPatientCheckIn() const
{
    for (auto it = m_index.checkIns().rbegin(); it != m_index.checkIns().rend(); ++it) {
        const CheckIn *c = checkIn(it->id);
        if (c && !c->isCaregiverCheckIn())
            return c;
    }
    return nullptr;
}

const ProgressEntry *CareStore::latestRatedProgress(const QByteArray &goalId) const
{
    const OrderedIds *order = m_index.progressOf(goalId);
    if (!order)
        return nullptr;
    for (auto it = order->rbegin(); it != order->rend(); ++it) {
        const ProgressEntry *entry = progressEntry(it->id);
        if (entry && entry->rating)
            return entry;
    }
    return nullptr;
}

QMap<QString, int> CareStore::countsByKind() const
{
    QMap<QString, int> counts;
    counts.insert(QString(PatientProfile::Kind), m_profile ? 1 : 0);
    counts.insert(QString(CarePlan::Kind), m_plan ? 1 : 0);
    counts.insert(QString(CareTeamMember::Kind), int(m_members.size()));
    counts.insert(QString(Goal::Kind), int(m_goals.size()));
    counts.insert(QString(Activity::Kind), int(m_activities.size()));
    counts.insert(QString(ProgressEntry::Kind), int(m_progress.size()));
    counts.insert(QString(CheckIn::Kind), int(m_checkIns.size()));
    counts.insert(QString(Comment::Kind), int(m_comments.size()));
    counts.insert(QString(ConflictCopy::Kind), int(m_conflictCopies.size()));
    counts.insert(QString(SpaceInfo::Kind), int(m_spaceInfos.size()));
    return counts;
}

QCborMap CareStore::withFieldsWeDoNotKnow(const RecordEnvelope &existing, QCborMap fields)
{
    // A newer app version may have added fields that this one does not read. They are the
    // ones this version's own encoding of the stored record leaves out: keep them as they
    // are, so that editing here does not erase them (only fields we know can be removed).
    auto known = decodeRecord({}, existing);
    if (!known)
        return fields;
    const QCborMap understood = std::visit([](const auto &r) { return r.toFields(); }, *known);
    for (auto it = existing.fields.cbegin(); it != existing.fields.cend(); ++it) {
        if (!it.value().isNull() && !understood.contains(it.key()) && !fields.contains(it.key()))
            fields.insert(it.key(), it.value());
    }
    return fields;
}

template<typename Record>
Status CareStore::stageRecord(Record &record, QList<vault::PlainRecord> &batch,
    QList<std::pair<QByteArray, RecordEnvelope>> &envs, const QByteArray &spaceId)
{
    if (record.id.isEmpty())
        record.id = newRecordId();
    const Hlc stamp = m_clock.now();
    RecordEnvelope envelope;
    const auto existing = m_envelopes.constFind(record.id);
    if (existing != m_envelopes.cend() && !existing->isAppendOnly()) {
        envelope = *existing;
        envelope.update(withFieldsWeDoNotKnow(*existing, record.toFields()), stamp);
        // A member's edit claims the revision afresh even when she made the last one too: only
        // a claim the newest stamp wrote counts (Actor::claimedAccount, sync::RoleCheck).
        if (auto actor = Actor::fromFields(envelope.fields);
            actor && !actor->isEmpty() && actor->account == m_vault.ownAccount())
            envelope.stamps.insert(QString(Actor::FieldKey), stamp);
    } else {
        envelope = makeEnvelope(record, stamp);
    }
    QByteArray encoded = envelope.encode();
    if (auto readBack = RecordEnvelope::decode(encoded); !readBack)
        return readBack.error();
    else if (auto typedBack = decodeRecord(record.id, *readBack); !typedBack)
        return typedBack.error();
    batch.append({spaceId.isEmpty() ? spaceFor(record) : spaceId, record.id, std::move(encoded), false});
    envs.append({record.id, std::move(envelope)});
    return {};
}

template<typename Record>
Status CareStore::saveRecord(Record &record, const QByteArray &spaceId)
{
    if (auto valid = record.validate(); !valid)
        return valid;
    QList<vault::PlainRecord> batch;
    QList<std::pair<QByteArray, RecordEnvelope>> envs;
    if (auto staged = stageRecord(record, batch, envs, spaceId); !staged)
        return staged;
    if (auto s = m_vault.putMany(batch); !s)
        return s;
    for (qsizetype i = 0; i < envs.size(); ++i)
        keep(envs[i].first, envs[i].second, batch[i].spaceId);
    return {};
}

Status CareStore::save(PatientProfile &record)
{
    return saveRecord(record);
}
Status CareStore::save(CarePlan &record)
{
    return saveRecord(record);
}
Status CareStore::save(CareTeamMember &record)
{
    return saveRecord(record);
}
Status CareStore::save(Goal &record)
{
    return saveRecord(record);
}
Status CareStore::save(Activity &record)
{
    return saveRecord(record);
}
Status CareStore::save(ProgressEntry &record)
{
    return saveRecord(record);
}
Status CareStore::save(CheckIn &record)
{
    return saveRecord(record);
}
Status CareStore::save(Comment &record)
{
    return saveRecord(record);
}
Status CareStore::save(ConflictCopy &record)
{
    return saveRecord(record);
}
Status CareStore::save(SpaceInfo &record)
{
    if (!isValidRecordId(record.id))
        return makeError(ErrorCode::InvalidInput, trNoop("Domain", "The sharing space does not exist."));
    return saveRecord(record, record.id);
}
Status CareStore::saveInSpace(Goal &record, const QByteArray &spaceId)
{
    return saveRecord(record, spaceId);
}
Status CareStore::saveInSpace(Activity &record, const QByteArray &spaceId)
{
    return saveRecord(record, spaceId);
}
Status CareStore::saveInSpace(CarePlan &record, const QByteArray &spaceId)
{
    return saveRecord(record, spaceId);
}
Status CareStore::saveInSpace(CheckIn &record, const QByteArray &spaceId)
{
    return saveRecord(record, spaceId);
}
Status CareStore::saveInSpace(ProgressEntry &record, const QByteArray &spaceId)
{
    return saveRecord(record, spaceId);
}
Status CareStore::saveInSpace(Comment &record, const QByteArray &spaceId)
{
    return saveRecord(record, spaceId);
}

Status CareStore::moveToSpace(const QByteArray &id, const QByteArray &spaceId)
{
    // A goal takes every progress entry along, also those a recent-first load has not read yet.
    if (const Status all = finishLoading(); !all)
        return all;
    if (!m_spaceOf.contains(id)
        || !(m_goals.contains(id) || m_activities.contains(id) || m_checkIns.contains(id) || m_progress.contains(id)
            || m_comments.contains(id) || m_members.contains(id) || (m_plan && m_plan->id == id)
            || (m_profile && m_profile->id == id)))
        return makeError(ErrorCode::NotFound, trNoop("Domain", "That item no longer exists."));
    // The record and what belongs to it, so that nobody sees a goal without its progress,
    // or keeps seeing the progress of a goal taken away from them.
    QList<QByteArray> ids {id};
    for (const ProgressEntry *p : progressOf(id))
        ids.append(p->id);
    for (const Comment *c : commentsOn(id))
        ids.append(c->id);
    for (const ConflictCopy &c : std::as_const(m_conflictCopies)) {
        if (c.targetId == id)
            ids.append(c.id);
    }
    QList<vault::PlainRecord> batch;
    QList<std::pair<QByteArray, RecordEnvelope>> envs;
    for (const QByteArray &each : std::as_const(ids)) {
        if (m_spaceOf.value(each) == spaceId)
            continue;
        if (const auto env = m_envelopes.constFind(each); env != m_envelopes.cend()) {
            // A mutable record moves as it is: same fields, same stamps, new space key, and
            // the stamp of this move, so that of two moves the later one wins everywhere.
            RecordEnvelope moved = *env;
            moved.moved = m_clock.now();
            batch.append({spaceId, each, moved.encode(), false});
            envs.append({each, std::move(moved)});
            continue;
        }
        Status staged;
        if (auto it = m_progress.find(each); it != m_progress.end())
            staged = stageRecord(*it, batch, envs, spaceId);
        else if (auto c = m_comments.find(each); c != m_comments.end())
            staged = stageRecord(*c, batch, envs, spaceId);
        else if (auto k = m_checkIns.find(each); k != m_checkIns.end())
            staged = stageRecord(*k, batch, envs, spaceId);
        else if (auto cc = m_conflictCopies.find(each); cc != m_conflictCopies.end())
            staged = stageRecord(*cc, batch, envs, spaceId);
        if (!staged)
            return staged;
        // An append-only record is sealed anew, stamped now: that stamp is its move's too.
        RecordEnvelope &moved = envs.last().second;
        moved.moved = moved.created;
        batch.last().payload = moved.encode();
    }
    if (batch.isEmpty())
        return {};
    if (auto s = m_vault.putMany(batch); !s)
        return s;
    for (qsizetype i = 0; i < envs.size(); ++i)
        keep(envs[i].first, envs[i].second, batch[i].spaceId);
    return {};
}

Status CareStore::remove(const QByteArray &id)
{
    // A record a recent-first load has not read yet: read the rest first.
    if (!m_spaceOf.contains(id)) {
        if (const Status all = finishLoading(); !all)
            return all;
    }
    // Live records only: a tombstone's envelope stays (for undo and merging), its record does not.
    const bool live = m_members.contains(id) || m_goals.contains(id) || m_activities.contains(id)
        || m_progress.contains(id) || m_checkIns.contains(id) || m_comments.contains(id)
        || m_conflictCopies.contains(id) || m_spaceInfos.contains(id) || (m_profile && m_profile->id == id)
        || (m_plan && m_plan->id == id);
    if (!live)
        return makeError(ErrorCode::NotFound, trNoop("Domain", "That item no longer exists."));
    const QString kind = kindOf(id);
    const Hlc stamp = m_clock.now();
    RecordEnvelope tombstone;
    if (const auto existing = m_envelopes.constFind(id); existing != m_envelopes.cend()) {
        tombstone = *existing;
        tombstone.update({}, stamp); // every field becomes a tombstone with this stamp
    } else {
        tombstone = RecordEnvelope::make(kind, {}, stamp);
    }
    const QByteArray spaceId = m_spaceOf.value(id, defaultSpace());
    if (auto s = m_vault.put({spaceId, id, tombstone.encode(), true}); !s)
        return s;
    m_spaceOf.insert(id, spaceId);
    if (!tombstone.isAppendOnly())
        m_envelopes.insert(id, tombstone);
    forget(id);
    m_pending.add(id, kind, spaceId, true);
    return {};
}

Status CareStore::importRecords(const CareRecords &source)
{
    CareRecords story = source;
    QList<vault::PlainRecord> batch;
    QList<std::pair<QByteArray, RecordEnvelope>> envs;
    auto stageAll = [&](auto &list) -> Status {
        for (auto &record : list) {
            if (auto valid = record.validate(); !valid)
                return valid;
            if (auto staged = stageRecord(record, batch, envs); !staged)
                return staged;
        }
        return {};
    };
    if (auto s = story.profile.validate(); !s)
        return s;
    if (auto s = stageRecord(story.profile, batch, envs); !s)
        return s;
    if (auto s = story.plan.validate(); !s)
        return s;
    if (auto s = stageRecord(story.plan, batch, envs); !s)
        return s;
    for (Status s : {stageAll(story.members), stageAll(story.goals), stageAll(story.activities),
             stageAll(story.progress), stageAll(story.checkIns), stageAll(story.comments)}) {
        if (!s)
            return s;
    }
    if (auto s = m_vault.putMany(batch); !s)
        return s;
    // Thousands at once, older ones after newer (the demo history goes back in time): placed
    // in the index in one merge, not one by one.
    m_index.beginBulk();
    for (qsizetype i = 0; i < envs.size(); ++i)
        keep(envs[i].first, envs[i].second, batch[i].spaceId);
    m_index.endBulk();
    return {};
}

} // namespace cc::domain
