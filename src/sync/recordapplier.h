// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/ed25519verifiercache.h"
#include "domain/envelope.h"
#include "domain/hlc.h"
#include "protocol/recordproofcheck.h"
#include "protocol/wire.h"
#include "rolecheck.h"
#include "vault/vault.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace cc::sync {

/** A received revision that was not applied, and why (translated). */
using RefusedRecord = vault::RefusedRevision;

/** The one message that reports @p refused (ids and reasons, a %n plural); empty when none. */
Error refusalsError(const QList<RefusedRecord> &refused);

/** What applying received revisions comes to, before anything is written. */
struct ApplyPlan {
    QList<vault::IncomingRecord> incoming; ///< stored verbatim
    QList<vault::MergedRecord> merged; ///< merged revisions and new conflict copies (dirty)
    QList<RefusedRecord> refused;
    /** Tombstones a record left behind when it moved to another space, for a clean copy
     *  here: held back (DepartureHold), not applied, so a move never shows as a delete. */
    QList<vault::IncomingRecord> held;
    int conflictCopies = 0;
    /** Entries of #merged that are departures (MergedRecord::departure), not records here. */
    int departures = 0;
    int alreadyHere = 0; ///< revisions this device already held (its own pushes coming back)
    /** Revisions that changed something here. */
    int applied() const { return int(incoming.size() + merged.size()) - conflictCopies - alreadyHere - departures; }
    /** The ids of every record the plan writes (read from the headers in clear). */
    QList<QByteArray> storedIds() const;
};

/**
 * The sync engine's record logic, without any network (DESIGN.md §5, §6): checks each
 * received revision (its header names the space it came from, its author is a device of
 * the account whose key signed it, it opens with this vault's keys, its stamps are not
 * from the future), then decides whether it replaces the local revision verbatim, is
 * merged with a local edit field by field (keeping overwritten texts as ConflictCopy
 * records), or is already here. Writes nothing: the engine stores the plan in one
 * transaction with the pull cursor.
 */
class RecordApplier
{
public:
    using WallClock = std::function<qint64()>;
    RecordApplier(vault::Vault &vault, domain::HlcClock &clock, WallClock wallClock = {});

    /** Device id → Ed25519 public key of every device of the account whose certificate verified. */
    void setDeviceKeys(QHash<QByteArray, QByteArray> keys);
    /** Device id → Ed25519 public key of the devices of other member accounts of @p spaceId
     *  whose certificates verified with the member's identity key from a verified member list
     *  (or one seen in an earlier verified list): their records in that space are accepted. */
    void setMemberDeviceKeys(const QByteArray &spaceId, QHash<QByteArray, QByteArray> keys);
    /** Device id → account id of the other members' devices of @p spaceId, for the role checks. */
    void setMemberDeviceAccounts(const QByteArray &spaceId, QHash<QByteArray, QByteArray> accounts);
    /** True if every revision's author (by header) is a known device; for refreshing the list first. */
    bool knowsAuthorsOf(const QList<protocol::WireRecord> &records) const;
    bool knowsAuthorsOf(const QByteArray &spaceId, const QList<protocol::WireRecord> &records) const;

    /** Revisions pulled from @p spaceId. */
    ApplyPlan planPulled(const QByteArray &spaceId, const QList<protocol::WireRecord> &records);
    /**
     * A push answered 409: each conflicting record id with the server's current revision
     * (nullopt if the server has none). Fails if a current revision does not check out,
     * since the push cannot go on without it.
     */
    Result<ApplyPlan> planConflicts(
        const QByteArray &spaceId, const QList<std::pair<QByteArray, std::optional<protocol::WireRecord>>> &conflicts);

private:
    struct Checked {
        vault::OpenedRecord opened;
        domain::RecordEnvelope envelope;
    };
    /** A received revision of a record held here in another space (@p held): see the
     *  rules under "A move is one change" in docs/sync-protocol.md. */
    void planMoved(const QByteArray &recordId, const vault::Vault::SyncState &held, const Checked &remote,
        const protocol::WireRecord &wire, ApplyPlan &plan);
    /** @p remote, a live revision, is the record moved later than the copy held here
     *  (@p local, in @p held's space, live or a departure applied here): it is taken, the
     *  held copy's fields merged into it, and the held space gets the departure the move
     *  left (if this account owns it, unless the copy held here is already a departure). */
    void takeLaterMove(const vault::OpenedRecord &local, const vault::Vault::SyncState &held, const Checked &remote,
        const protocol::WireRecord &wire, ApplyPlan &plan);
    /** @p remote, a live revision, is a copy left in a space the record moved away from
     *  later: not taken; the owner of its space queues the departure over it, and the
     *  owner of the held space merges its edits into the copy held here. */
    void leaveEarlierCopy(const vault::OpenedRecord &local, const domain::RecordEnvelope &localEnvelope,
        const vault::Vault::SyncState &held, const Checked &remote, const protocol::WireRecord &wire,
        ApplyPlan &plan) const;
    /** Whether @p remote, a live revision from another space than the one @p recordId is
     *  held in here, carries older stamps than the copy held (then it is not taken). */
    bool olderThanHeld(const QByteArray &recordId, const Checked &remote) const;
    /** @p remote deletes the record in another space than the one it is held in here (it
     *  moved there and was deleted): when that delete is newer than everything in the held
     *  copy, plans the same tombstone in the held space, so its members see it too. */
    void deleteHeldCopy(
        const QByteArray &recordId, const vault::Vault::SyncState &held, const Checked &remote, ApplyPlan &plan) const;
    /** A push conflict over the departure of a record moved away from @p spaceId: the
     *  edit (or delete) @p wire made there meanwhile is merged into the copy held in the
     *  space it went to, as a local edit there (the departure then goes over @p wire). */
    void mergeIntoHeld(
        const vault::OpenedRecord &local, const QByteArray &spaceId, const protocol::WireRecord &wire, ApplyPlan &plan);
    /** The other way round: @p remote is a live revision, in another space, older than the
     *  delete held here (already on the server): plans that tombstone over @p remote in its
     *  space, so the members there see the delete too. */
    void spreadHeldDelete(
        const QByteArray &recordId, const Checked &remote, const protocol::WireRecord &wire, ApplyPlan &plan) const;
    /** The checks every received revision passes, or the reason it is refused. */
    std::variant<Checked, QString> check(const QByteArray &spaceId, const protocol::WireRecord &record);
    /** A received revision for a clean copy of the record in the same space: replaces it,
     *  unless it is the tombstone the record left behind when it moved (held instead). */
    static void takeClean(const Checked &remote, const protocol::WireRecord &wire, ApplyPlan &plan);
    /** Merges a local dirty revision with a received one into @p plan. */
    /** Re-claims @p merged for this account when its local edit was a member's ("ac"). */
    void claimMerge(const domain::RecordEnvelope &local, domain::RecordEnvelope &merged);
    void merge(
        const vault::OpenedRecord &local, const Checked &remote, const protocol::WireRecord &wire, ApplyPlan &plan);

    vault::Vault &m_vault;
    domain::HlcClock &m_clock;
    WallClock m_wall;
    /** The author's key: a device of the account, or of a member of @p spaceId; nullptr if neither. */
    const QByteArray *authorKey(const QByteArray &spaceId, const QByteArray &device) const;

    /** Drops an author whose key the verifier refuses, and parses the others once. */
    void prepareKeys(QHash<QByteArray, QByteArray> &keys);

    QHash<QByteArray, QByteArray> m_deviceKeys;
    QHash<QByteArray, QHash<QByteArray, QByteArray>> m_memberDeviceKeys;
    /** The keys of both maps, parsed once (a page holds thousands of records by a few devices). */
    crypto::Ed25519VerifierCache m_verifier;
    /** Tree signatures already verified: a page holds whole pushes under one signature each. */
    protocol::RecordProofCheck m_proofs;
    QSet<QByteArray> m_copiesPlanned;
    RoleCheck m_roles;
};

} // namespace cc::sync
