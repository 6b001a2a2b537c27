// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "recordapplier.h"
#include "spacesync.h"
#include "vault/vaulttypes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace cc::vault {
class Vault;
}

namespace cc::sync {

/**
 * A move is one change (docs/sync-protocol.md, "A move is one change"): the tombstone a
 * record leaves in its old space is held back here, the record staying as it was, until the
 * move is seen whole. It is dropped when the record arrives in (or is edited into) another
 * revision; it is applied, as the delete it is for this device, only after a later full
 * round pulled every space of the listing and this device holds a key of each of them: the
 * record then went where this device cannot follow. A key that does not come (a listed space
 * whose key this device never gets) holds it for at most MaxFullRoundsWaiting full rounds
 * after the one that held it: a move carries its own stamp, so if the record arrives after
 * all, its later move wins over its own departure. Also keeps the departures this device
 * queued right when a push conflicts (readConflicts), and pushes them last (pushOrder).
 */
class DepartureHold
{
public:
    /** Full rounds a held departure waits for a missing space key (a full round runs at
     *  least every 5 minutes while the app is open). */
    static constexpr int MaxFullRoundsWaiting = 3;

    explicit DepartureHold(vault::Vault &vault) : m_vault(vault) { }

    /** A new round (@p full: it lists and pulls every space): what it holds from now on
     *  waits for the next full round. */
    void startRound(bool full)
    {
        m_full = full;
        m_heldThisRound.clear();
    }
    /** @p dirtySpaces with those holding a departure to push last: a moved record lands in
     *  its new space before its tombstone leaves the old one. */
    QList<QByteArray> pushOrder(QList<QByteArray> dirtySpaces) const;
    /** Keeps @p departures aside (in the vault: a restart keeps holding them). */
    Status hold(const QList<vault::IncomingRecord> &departures);
    /**
     * After the pulls of a round: in a full round (every space in @p listed pulled), the
     * held departures to apply now, as a plan; those the move completed are forgotten.
     */
    Result<ApplyPlan> settle(const QList<ServerSpace> &listed);
    /** The conflicts of a push's 409 answer for RecordApplier::planConflicts. */
    using Conflicts = QList<std::pair<QByteArray, std::optional<protocol::WireRecord>>>;
    /** A queued outgoing departure to rebase: record id and the server's current tag there
     *  (empty: nothing is left to remove, the departure goes). */
    using Rebases = QList<std::pair<QByteArray, QByteArray>>;
    struct ConflictAnswer {
        Conflicts conflicts;
        Rebases rebases;
    };
    /** Reads a push's 409 answer without writing anything: a conflict on a queued outgoing
     *  departure is to be rebased (rebase()), after the plan of the conflicts is stored. */
    Result<ConflictAnswer> readConflicts(const QByteArray &space, const QJsonObject &answer) const;
    /** Rebases the departures of @p space (Vault::rebaseDeparture). Called after the plan is
     *  stored: a plan that took a later move back into @p space has voided its departure,
     *  and a round cut before the store leaves every departure on its old base. */
    Status rebase(const QByteArray &space, const Rebases &rebases);
    /** Forgets the applied @p departures. */
    Status release(const QList<vault::IncomingRecord> &departures);

private:
    vault::Vault &m_vault;
    QSet<QByteArray> m_heldThisRound; ///< record ids
    /** Record id → full rounds its held departure has waited for a missing key (this session). */
    QHash<QByteArray, int> m_roundsWaited;
    bool m_full = false;
};

} // namespace cc::sync
