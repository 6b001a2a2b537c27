// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordapplier.h"

#include "domain/actor.h"
#include "domain/conflictcopy.h"
#include "httpclient.h"
#include "protocol/sealedrecord.h"
#include "pushbatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtConcurrent>

#include <variant>

namespace cc::sync {

using domain::RecordEnvelope;

namespace {

QString translatedReason(const char *sourceText)
{
    return QCoreApplication::translate("Sync", sourceText);
}

/** A mutable record whose every field is removed, or an append-only one with no fields, is a tombstone. */
bool isTombstone(const RecordEnvelope &envelope)
{
    for (auto it = envelope.fields.cbegin(); it != envelope.fields.cend(); ++it) {
        if (!it.value().isNull() && !it.value().isUndefined())
            return false;
    }
    return true;
}

/** The same record content: a merge lists fields in sorted order, an envelope in the order
 *  its record wrote them, and QCborMap's == compares the order too. */
bool sameContent(const RecordEnvelope &a, const RecordEnvelope &b)
{
    if (a.kind != b.kind || a.created != b.created || a.moved != b.moved || a.stamps != b.stamps
        || a.fields.size() != b.fields.size())
        return false;
    for (auto it = a.fields.cbegin(); it != a.fields.cend(); ++it) {
        if (!b.fields.contains(it.key()) || b.fields.value(it.key()) != it.value())
            return false;
    }
    return true;
}

/** @p envelope written over the copy of @p recordId held here (@p held, @p stored): an edit,
 *  dirty, of the revision the server holds of it. */
vault::MergedRecord overHeldCopy(const QByteArray &recordId, const vault::Vault::SyncState &held,
    const vault::OutgoingRecord &stored, const RecordEnvelope &envelope, bool deleted)
{
    return {vault::PlainRecord {held.spaceId, recordId, envelope.encode(), deleted},
        held.dirty ? held.baseTag : held.tag, held.serverSeq, held.dirty ? stored.baseSealed : stored.sealed};
}

} // namespace

RecordApplier::RecordApplier(vault::Vault &vault, domain::HlcClock &clock, WallClock wallClock)
    : m_vault(vault), m_clock(clock), m_wall(std::move(wallClock))
{
    if (!m_wall)
        m_wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

void RecordApplier::prepareKeys(QHash<QByteArray, QByteArray> &keys)
{
    // Keys only ever come and go with a new verified list: the cache keeps the union. Small-
    // order and malformed keys verify nothing, so their devices author nothing.
    keys.removeIf([this](const QHash<QByteArray, QByteArray>::iterator &it) { return !m_verifier.add(it.value()); });
}

void RecordApplier::setDeviceKeys(QHash<QByteArray, QByteArray> keys)
{
    prepareKeys(keys);
    m_deviceKeys = std::move(keys);
}

void RecordApplier::setMemberDeviceKeys(const QByteArray &spaceId, QHash<QByteArray, QByteArray> keys)
{
    prepareKeys(keys);
    m_memberDeviceKeys.insert(spaceId, std::move(keys));
}

void RecordApplier::setMemberDeviceAccounts(const QByteArray &spaceId, QHash<QByteArray, QByteArray> accounts)
{
    m_roles.setMemberDevices(spaceId, std::move(accounts));
}

bool RecordApplier::knowsAuthorsOf(const QList<protocol::WireRecord> &records) const
{
    for (const protocol::WireRecord &r : records) {
        auto header = protocol::sealedrecord::parseHeader(r.sealed);
        if (header && !m_deviceKeys.contains(header->authorDevice))
            return false;
    }
    return true;
}

bool RecordApplier::knowsAuthorsOf(const QByteArray &spaceId, const QList<protocol::WireRecord> &records) const
{
    for (const protocol::WireRecord &r : records) {
        auto header = protocol::sealedrecord::parseHeader(r.sealed);
        if (header && !authorKey(spaceId, header->authorDevice))
            return false;
    }
    return true;
}

const QByteArray *RecordApplier::authorKey(const QByteArray &spaceId, const QByteArray &device) const
{
    if (const auto own = m_deviceKeys.constFind(device); own != m_deviceKeys.cend())
        return &*own;
    const auto space = m_memberDeviceKeys.constFind(spaceId);
    if (space == m_memberDeviceKeys.cend())
        return nullptr;
    const auto member = space->constFind(device);
    return member == space->cend() ? nullptr : &*member;
}

std::variant<RecordApplier::Checked, QString> RecordApplier::check(
    const QByteArray &spaceId, const protocol::WireRecord &record)
{
    auto header = protocol::sealedrecord::parseHeader(record.sealed);
    if (!header)
        return translatedReason(QT_TRANSLATE_NOOP("Sync", "Its header is malformed."));
    if (header->spaceId != spaceId)
        return translatedReason(QT_TRANSLATE_NOOP("Sync", "It was moved from another sharing space."));
    const QByteArray *key = authorKey(spaceId, header->authorDevice);
    if (!key)
        return translatedReason(QT_TRANSLATE_NOOP(
            "Sync", "It was written by a device that is neither part of this account nor of a member of the space."));
    const crypto::Ed25519Verifier *verifier = m_verifier.find(*key);
    if (!verifier || !m_proofs.verify(*verifier, record.sealed, record.signature))
        return translatedReason(QT_TRANSLATE_NOOP("Sync", "Its signature does not match its author."));
    auto opened = m_vault.openSealed(record.sealed);
    if (!opened)
        return opened.error().message;
    auto envelope = RecordEnvelope::decode(opened->payload);
    if (!envelope)
        return envelope.error().message;
    if (envelope->latestStamp().ms > m_wall() + domain::HlcClock::MaxDriftMs)
        return translatedReason(QT_TRANSLATE_NOOP("Sync", "It was made on a device whose clock is far ahead."));
    if (QString role = m_roles.refusal(*header, envelope->latestStamp().ms); !role.isEmpty())
        return role;
    if (QString actor = m_roles.actorRefusal(*header, *envelope); !actor.isEmpty())
        return actor;
    return Checked {std::move(*opened), std::move(*envelope)};
}

ApplyPlan RecordApplier::planPulled(const QByteArray &spaceId, const QList<protocol::WireRecord> &records)
{
    ApplyPlan plan;
    m_copiesPlanned.clear();

    // What is stored of these records already, in one pass without decrypting anything.
    QList<QByteArray> ids;
    ids.reserve(records.size());
    for (const protocol::WireRecord &wire : records) {
        auto header = protocol::sealedrecord::parseHeader(wire.sealed);
        ids.append(header ? header->recordId : QByteArray());
    }
    const QHash<QByteArray, vault::Vault::SyncState> states = m_vault.syncStates(ids);
    m_roles.prepare(m_vault, spaceId, ids, states, m_deviceKeys);

    // Checking signatures and opening is pure CPU work on independent records: two threads
    // for a large page. Bytes held here already (this device's own pushes) are not checked again.
    QList<std::optional<std::variant<Checked, QString>>> checked(records.size());
    auto checkRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const auto state = states.constFind(ids[i]);
            if (state != states.cend() && state->tag == protocol::sealedrecord::revisionTag(records[i].sealed))
                continue;
            checked[i] = check(spaceId, records[i]);
        }
    };
    if (records.size() < 64) {
        checkRange(0, records.size());
    } else {
        const qsizetype half = records.size() / 2;
        QFuture<void> second = QtConcurrent::run([&] { checkRange(half, records.size()); });
        checkRange(0, half);
        second.waitForFinished();
    }

    for (qsizetype i = 0; i < records.size(); ++i) {
        const protocol::WireRecord &wire = records[i];
        const auto state = states.constFind(ids[i]);
        if (!checked[i]) {
            // Exactly the bytes held here already: only the server's sequence may be news.
            if (state->dirty || state->serverSeq != wire.seq) {
                plan.incoming.append({wire.sealed, wire.seq});
                ++plan.alreadyHere;
            }
            continue;
        }
        if (auto *reason = std::get_if<QString>(&*checked[i])) {
            plan.refused.append({ids[i], *reason});
            continue;
        }
        Checked &remote = std::get<Checked>(*checked[i]);
        (void)m_clock.observe(remote.envelope.latestStamp());
        const QByteArray tag = protocol::sealedrecord::revisionTag(wire.sealed);
        if (state == states.cend()) {
            plan.incoming.append({wire.sealed, wire.seq}); // new here
            continue;
        }
        if (state->spaceId != spaceId) {
            planMoved(ids[i], *state, remote, wire, plan);
            continue;
        }
        if (state->dirty && state->baseTag == tag)
            continue; // a local edit of exactly this revision waits to be pushed
        if (!state->dirty) {
            if (state->serverSeq <= wire.seq)
                takeClean(remote, wire, plan);
            continue;
        }
        auto local = m_vault.get(ids[i]);
        if (!local) {
            plan.incoming.append({wire.sealed, wire.seq}); // the local copy no longer opens
            continue;
        }
        merge(*local, remote, wire, plan);
    }
    return plan;
}

Result<ApplyPlan> RecordApplier::planConflicts(
    const QByteArray &spaceId, const QList<std::pair<QByteArray, std::optional<protocol::WireRecord>>> &conflicts)
{
    ApplyPlan plan;
    m_copiesPlanned.clear();
    QList<QByteArray> ids;
    for (const auto &conflict : conflicts)
        ids.append(conflict.first);
    m_roles.prepare(m_vault, spaceId, ids, m_vault.syncStates(ids), m_deviceKeys);
    for (const auto &[recordId, current] : conflicts) {
        auto local = m_vault.get(recordId);
        if (!local)
            continue; // nothing of ours to push any more
        if (local->header.spaceId != spaceId) {
            if (current)
                mergeIntoHeld(*local, spaceId, *current, plan);
            continue;
        }
        if (!current) {
            // The server has no revision of it: push ours as a new record.
            plan.merged.append(
                {vault::PlainRecord {local->header.spaceId, recordId, local->payload, local->header.deleted}, {}, -1,
                    {}});
            continue;
        }
        auto checked = check(spaceId, *current);
        if (auto *reason = std::get_if<QString>(&checked)) {
            // The server's current revision is one this device refuses (a relay's doing):
            // reported once, and ours replaces it instead of failing every round.
            plan.refused.append({recordId, *reason});
            plan.merged.append(
                {vault::PlainRecord {local->header.spaceId, recordId, local->payload, local->header.deleted},
                    protocol::sealedrecord::revisionTag(current->sealed), current->seq, {}});
            continue;
        }
        Checked &remote = std::get<Checked>(checked);
        (void)m_clock.observe(remote.envelope.latestStamp());
        if (remote.opened.header.recordId != recordId)
            return unreadableAnswer();
        merge(*local, remote, *current, plan);
    }
    return plan;
}

void RecordApplier::planMoved(const QByteArray &recordId, const vault::Vault::SyncState &held, const Checked &remote,
    const protocol::WireRecord &wire, ApplyPlan &plan)
{
    // The record is held here in another space: it moved. Its tombstone in the space it left
    // changes nothing here; of two live copies in two spaces, the one of the later move is
    // the record (a move's stamp, RecordEnvelope::moved) and the other is a copy it left; a
    // delete made on either side wins if it is the later act.
    if (remote.opened.header.deleted) {
        if (isTombstone(remote.envelope))
            deleteHeldCopy(recordId, held, remote, plan);
        return;
    }
    auto local = m_vault.get(recordId);
    auto localEnvelope = local ? RecordEnvelope::decode(local->payload) : Result<RecordEnvelope>(Error {});
    const bool comparable = local && localEnvelope && localEnvelope->kind == remote.envelope.kind;
    if (comparable && !local->header.deleted && localEnvelope->moved != remote.envelope.moved) {
        if (remote.envelope.moved > localEnvelope->moved)
            takeLaterMove(*local, held, remote, wire, plan);
        else
            leaveEarlierCopy(*local, *localEnvelope, held, remote, wire, plan);
        return;
    }
    // A departure applied here says only that the record went elsewhere; it carries the
    // revision the space held, which may be an edit later than the move (seed 50737). Against
    // a live copy of a later move, only the move counts (whether the row is still to be pushed
    // or not: no path leaves a departure dirty today, and the rule does not depend on it).
    if (comparable && local->header.deleted && !isTombstone(*localEnvelope)
        && remote.envelope.moved > localEnvelope->moved) {
        takeLaterMove(*local, held, remote, wire, plan);
        return;
    }
    // A delete waiting here loses to a later act elsewhere, as in merge(): it is never pulled
    // again, so passing it over for the delete's push would lose it here (seed 20623). A later
    // delete is pushed, and the devices holding the copy apply it there (deleteHeldCopy).
    const bool deleteWaits = held.dirty && local && local->header.deleted && localEnvelope
        && !(remote.envelope.moved < localEnvelope->moved);
    if ((!held.dirty || deleteWaits) && !olderThanHeld(recordId, remote))
        plan.incoming.append({wire.sealed, wire.seq});
    else if (!held.dirty)
        spreadHeldDelete(recordId, remote, wire, plan);
}

void RecordApplier::takeLaterMove(const vault::OpenedRecord &local, const vault::Vault::SyncState &held,
    const Checked &remote, const protocol::WireRecord &wire, ApplyPlan &plan)
{
    // Seen in the convergence soak (seed 2073): two devices moved one record to two spaces at
    // once, with the same field stamps, and each took the other's copy. Now the later move's
    // copy is taken, and the space held here until now gets the departure that a move leaves,
    // over the revision this device knows there. The move decides where the record is; its
    // fields still merge one by one (seed 50737: the copy held here was an edit sent there by
    // a device that had not seen the move, and taking the moved copy as it came lost it). A
    // local edit waiting to be sent is claimed by this device; anything else (an edit already
    // sent, a departure's content) is merged only by the devices of the account that owns the
    // moved copy's space, as in leaveEarlierCopy (their revisions may keep a member's claim).
    const QByteArray &recordId = local.header.recordId;
    const QByteArray &space = remote.opened.header.spaceId;
    const bool localEdit = held.dirty && !local.header.deleted; // not a departure's content
    auto localEnvelope = RecordEnvelope::decode(local.payload);
    auto merged = localEnvelope ? domain::mergeEnvelopes(*localEnvelope, remote.envelope)
                                : Result<domain::EnvelopeMerge>(localEnvelope.error());
    if (!merged || sameContent(merged->merged, remote.envelope)
        || !(localEdit ? verifiedListAllowsPush(m_vault, space) : m_vault.ownsSpace(space))) {
        plan.incoming.append({wire.sealed, wire.seq});
    } else {
        if (localEdit)
            claimMerge(*localEnvelope, merged->merged);
        plan.merged.append({vault::PlainRecord {space, recordId, merged->merged.encode(), isTombstone(merged->merged)},
            protocol::sealedrecord::revisionTag(wire.sealed), wire.seq, wire.sealed});
    }
    // A departure held here already left that space.
    const QByteArray base = held.dirty ? held.baseTag : held.tag;
    if (local.header.deleted || base.isEmpty() || !m_vault.ownsSpace(held.spaceId))
        return;
    // The old space's members hold what the server holds there: the departure carries that,
    // never a local edit that was not sent. Without that revision here, nothing is queued (a
    // push conflict of the local edit settles it there).
    QByteArray content = local.payload;
    if (held.dirty) {
        auto stored = m_vault.storedRecord(recordId);
        auto opened = stored && !stored->baseSealed.isEmpty() ? m_vault.openSealed(stored->baseSealed)
                                                              : Result<vault::OpenedRecord>(Error {});
        if (!opened)
            return;
        content = opened->payload;
    }
    plan.merged.append({vault::PlainRecord {held.spaceId, recordId, content, true}, base, -1, {}, true});
    ++plan.departures;
}

void RecordApplier::leaveEarlierCopy(const vault::OpenedRecord &local, const RecordEnvelope &localEnvelope,
    const vault::Vault::SyncState &held, const Checked &remote, const protocol::WireRecord &wire, ApplyPlan &plan) const
{
    // A live copy in a space the record left by a later move: the loser of two moves made at
    // once, or an edit made there by a device that had not seen the move. It is not taken;
    // its edits are merged into the record where it is, and the owner of its space queues
    // the departure over it there, so that its members stop seeing a record that moved.
    const QByteArray &recordId = local.header.recordId;
    const QByteArray &space = remote.opened.header.spaceId;
    if (m_vault.ownsSpace(space)) {
        plan.merged.append({vault::PlainRecord {space, recordId, remote.opened.payload, true},
            protocol::sealedrecord::revisionTag(wire.sealed), wire.seq, wire.sealed, true});
        ++plan.departures;
    }
    // Only the owner's devices merge: their revisions may keep a member's claim (RoleCheck
    // exempts them), while a member's device would have to claim the edit as its own.
    auto stored = m_vault.storedRecord(recordId);
    if (!stored || !m_vault.ownsSpace(held.spaceId))
        return;
    auto merged = domain::mergeEnvelopes(localEnvelope, remote.envelope);
    if (!merged || sameContent(merged->merged, localEnvelope))
        return;
    plan.merged.append(overHeldCopy(recordId, held, *stored, merged->merged, isTombstone(merged->merged)));
}

bool RecordApplier::olderThanHeld(const QByteArray &recordId, const Checked &remote) const
{
    // A move keeps the record's stamps, so the copy a move left in another space is never
    // newer than the one held; a copy older than it is one of two moves made at once (or a
    // replay), and taking it would undo edits made since and swap the two devices' spaces.
    auto local = m_vault.get(recordId);
    if (!local)
        return false;
    auto envelope = domain::RecordEnvelope::decode(local->payload);
    return envelope && remote.envelope.latestStamp() < envelope->latestStamp();
}

void RecordApplier::deleteHeldCopy(
    const QByteArray &recordId, const vault::Vault::SyncState &held, const Checked &remote, ApplyPlan &plan) const
{
    // Seen in the convergence soak (seed 200): one device moved a goal and deleted it in its
    // new space while another, offline, had edited it earlier in the old one and pushed it
    // back there. The delete is the later act and wins whole, as in merge(): the copy held
    // here becomes the same tombstone, written in its own space (base: the server's
    // revision there) so that the members of that space see the delete as well.
    auto local = m_vault.get(recordId);
    auto stored = m_vault.storedRecord(recordId);
    if (!local || !stored || local->header.deleted || !verifiedListAllowsPush(m_vault, held.spaceId))
        return;
    auto envelope = RecordEnvelope::decode(local->payload);
    const domain::Hlc deleted = remote.envelope.latestStamp();
    if (!envelope || envelope->kind != remote.envelope.kind || !(envelope->latestStamp() < deleted))
        return;
    RecordEnvelope tombstone = *envelope;
    if (tombstone.isAppendOnly())
        tombstone = RecordEnvelope::make(tombstone.kind, {}, deleted);
    else
        tombstone.update({}, deleted);
    plan.merged.append(overHeldCopy(recordId, held, *stored, tombstone, true));
}

void RecordApplier::mergeIntoHeld(
    const vault::OpenedRecord &local, const QByteArray &spaceId, const protocol::WireRecord &wire, ApplyPlan &plan)
{
    // Seen in the soak (seed 2016): a move pushed after another device's later edit in the
    // old space overwrote that edit with its departure, and the other device, holding the
    // edit, then took the departure as the move of a record it never received.
    auto checked = check(spaceId, wire);
    auto *remote = std::get_if<Checked>(&checked);
    if (!remote) {
        // Reported (after the round fetched the lists again, SyncEngine::resolveConflicts):
        // the departure goes over it, nothing of it is kept.
        plan.refused.append({local.header.recordId, std::get<QString>(checked)});
        return;
    }
    (void)m_clock.observe(remote->envelope.latestStamp());
    const QByteArray &recordId = local.header.recordId;
    const vault::Vault::SyncState held = m_vault.syncStates({recordId}).value(recordId);
    if (remote->opened.header.deleted) {
        if (isTombstone(remote->envelope))
            deleteHeldCopy(recordId, held, *remote, plan);
        return; // another move's departure: nothing to merge
    }
    auto envelope = RecordEnvelope::decode(local.payload);
    if (!local.header.deleted && envelope && envelope->kind == remote->envelope.kind
        && remote->envelope.moved > envelope->moved) {
        // Not an edit made there but a later move back into that space: the record is there
        // now (storing it there voids the departure, SyncBook::writeSynced).
        takeLaterMove(local, held, *remote, wire, plan);
        return;
    }
    auto stored = m_vault.storedRecord(recordId);
    if (local.header.deleted || !envelope || !stored || envelope->kind != remote->envelope.kind
        || !verifiedListAllowsPush(m_vault, local.header.spaceId))
        return;
    auto merged = domain::mergeEnvelopes(*envelope, remote->envelope);
    if (!merged || sameContent(merged->merged, *envelope))
        return;
    claimMerge(*envelope, merged->merged);
    plan.merged.append(overHeldCopy(recordId, held, *stored, merged->merged, isTombstone(merged->merged)));
}

void RecordApplier::spreadHeldDelete(
    const QByteArray &recordId, const Checked &remote, const protocol::WireRecord &wire, ApplyPlan &plan) const
{
    // Seen in the soak (seed 2003): the patient moved a caregiver's goal to a space of her
    // own and deleted it there, while the caregiver's earlier edit went back into the shared
    // space over the move's departure. The delete is the later act: it goes over that edit,
    // so the caregiver's devices delete the goal too. The record is then held in that space.
    auto local = m_vault.get(recordId);
    if (!local || !local->header.deleted || !verifiedListAllowsPush(m_vault, remote.opened.header.spaceId))
        return;
    auto envelope = RecordEnvelope::decode(local->payload);
    if (!envelope || envelope->kind != remote.envelope.kind || !isTombstone(*envelope)
        || !(remote.envelope.latestStamp() < envelope->latestStamp()))
        return;
    plan.merged.append({vault::PlainRecord {remote.opened.header.spaceId, recordId, local->payload, true},
        protocol::sealedrecord::revisionTag(wire.sealed), wire.seq, wire.sealed});
}

void RecordApplier::takeClean(const Checked &remote, const protocol::WireRecord &wire, ApplyPlan &plan)
{
    // A delete removes every field (CareStore::remove); the tombstone a move leaves behind
    // keeps the old content (the vault's departure), so it is told apart without a key to
    // the space the record went to.
    if (remote.opened.header.deleted && !isTombstone(remote.envelope))
        plan.held.append({wire.sealed, wire.seq});
    else
        plan.incoming.append({wire.sealed, wire.seq});
}

void RecordApplier::claimMerge(const RecordEnvelope &local, RecordEnvelope &merged)
{
    // This device seals and pushes the merge: in a patient's space where this account is a
    // member, it is this member's revision and must say so in its newest stamp
    // (RoleCheck::actorRefusal), or every other member would refuse it. The claim is the
    // one of the local edit that took part.
    if (!domain::Actor::isCarriedBy(merged.kind) || merged.isAppendOnly() || isTombstone(merged))
        return;
    auto actor = domain::Actor::fromFields(local.fields);
    if (!actor || actor->isEmpty() || actor->account != m_vault.ownAccount())
        return;
    // The local edit's stamps came from the store's clock, not this one: past them first.
    (void)m_clock.observe(merged.latestStamp());
    merged.fields.insert(domain::Actor::FieldKey, actor->toMap());
    merged.stamps.insert(QString(domain::Actor::FieldKey), m_clock.now());
}

void RecordApplier::merge(
    const vault::OpenedRecord &local, const Checked &remote, const protocol::WireRecord &wire, ApplyPlan &plan)
{
    auto localEnvelope = RecordEnvelope::decode(local.payload);
    if (!localEnvelope || localEnvelope->kind != remote.envelope.kind) {
        plan.incoming.append({wire.sealed, wire.seq}); // a local revision that does not read loses
        return;
    }
    const protocol::SealedHeader &header = remote.opened.header;
    if (local.header.deleted && header.deleted) {
        // Seen in the soak (seeds 10012, 13160): a delete met the departure of a move, which
        // carries content, with an edit made after the delete. Merged field by field, they made
        // a live record of the edited field and the removed rest, readable nowhere. Deletions
        // never mix: the later one is taken whole, and the record stays deleted.
        const domain::Hlc localLatest = localEnvelope->latestStamp();
        const domain::Hlc remoteLatest = remote.envelope.latestStamp();
        if (remoteLatest > localLatest || (remoteLatest == localLatest && remote.opened.payload > local.payload))
            plan.incoming.append({wire.sealed, wire.seq});
        else
            plan.merged.append({vault::PlainRecord {header.spaceId, header.recordId, local.payload, true},
                protocol::sealedrecord::revisionTag(wire.sealed), wire.seq, wire.sealed});
        return;
    }
    if (local.header.deleted != header.deleted) {
        // One side deleted the record while the other edited it. Fields must not mix (half a
        // goal would not even read back): the later act wins whole. An edit made after the
        // delete brings the record back as edited; a delete made after the edit removes it.
        if (remote.envelope.latestStamp() > localEnvelope->latestStamp())
            plan.incoming.append({wire.sealed, wire.seq});
        else
            plan.merged.append(
                {vault::PlainRecord {header.spaceId, header.recordId, local.payload, local.header.deleted},
                    protocol::sealedrecord::revisionTag(wire.sealed), wire.seq, wire.sealed});
        return;
    }
    auto merged = domain::mergeEnvelopes(*localEnvelope, remote.envelope);
    if (!merged) {
        plan.incoming.append({wire.sealed, wire.seq});
        return;
    }
    if (sameContent(merged->merged, remote.envelope)) {
        plan.incoming.append({wire.sealed, wire.seq}); // nothing of the local edit survives
    } else {
        claimMerge(*localEnvelope, merged->merged);
        plan.merged.append(
            {vault::PlainRecord {header.spaceId, header.recordId, merged->merged.encode(), isTombstone(merged->merged)},
                protocol::sealedrecord::revisionTag(wire.sealed), wire.seq, wire.sealed});
    }

    // The revision both sides started from, when still here: a value that lost but was never
    // changed since then (its stamp is the base's) was not overwritten by anyone.
    std::optional<RecordEnvelope> base;
    if (auto stored = m_vault.storedRecord(header.recordId); stored && !stored->baseSealed.isEmpty()) {
        if (auto opened = m_vault.openSealed(stored->baseSealed)) {
            if (auto decoded = RecordEnvelope::decode(opened->payload))
                base = std::move(*decoded);
        }
    }

    for (const domain::FieldConflict &conflict : merged->conflicts) {
        if (base && base->stampOf(conflict.field) == conflict.losingStamp)
            continue;
        auto text = domain::ConflictCopy::textOf(conflict.losingValue);
        if (!text)
            continue;
        domain::ConflictCopy copy;
        copy.id = domain::ConflictCopy::idFor(header.recordId, conflict.field, conflict.losingStamp.toBytes());
        if (m_copiesPlanned.contains(copy.id) || m_vault.get(copy.id).ok())
            continue; // this lost text is already kept
        copy.targetId = header.recordId;
        copy.targetKind = remote.envelope.kind;
        copy.field = conflict.field;
        copy.text = *text;
        copy.losingTime = QDateTime::fromMSecsSinceEpoch(conflict.losingStamp.ms, Qt::UTC);
        copy.winningTime = QDateTime::fromMSecsSinceEpoch(conflict.winningStamp.ms, Qt::UTC);
        if (!copy.validate())
            continue;
        const RecordEnvelope envelope = domain::makeEnvelope(copy, m_clock.now());
        plan.merged.append({vault::PlainRecord {header.spaceId, copy.id, envelope.encode(), false}, {}, -1, {}});
        m_copiesPlanned.insert(copy.id);
        ++plan.conflictCopies;
    }
}

QList<QByteArray> ApplyPlan::storedIds() const
{
    QList<QByteArray> ids;
    ids.reserve(incoming.size() + merged.size());
    for (const vault::IncomingRecord &r : incoming) {
        if (auto header = protocol::sealedrecord::parseHeader(r.sealed))
            ids.append(header->recordId);
    }
    for (const vault::MergedRecord &r : merged) {
        if (!r.departure)
            ids.append(r.record.recordId);
    }
    return ids;
}

Error refusalsError(const QList<RefusedRecord> &refused)
{
    if (refused.isEmpty())
        return {};
    QStringList ids;
    for (const RefusedRecord &r : refused)
        ids.append(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(r.recordId.toHex()), r.reason));
    return Error {ErrorCode::InvalidInput,
        QCoreApplication::translate(
            "Sync", "%n change(s) from the server were refused: %1", nullptr, int(refused.size()))
            .arg(ids.join(QStringLiteral("; ")))};
}

} // namespace cc::sync
