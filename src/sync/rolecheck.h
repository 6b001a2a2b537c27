// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/sealedrecord.h"
#include "protocol/sharing.h"
#include "vault/vaulttypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace cc::vault {
class Vault;
}
namespace cc::domain {
struct RecordEnvelope;
}

namespace cc::sync {

/**
 * The role rules of docs/sync-protocol.md ("Roles", "What a client checks of a role"), as
 * every client applies them to received records of a space: the server's checks again, so
 * a compromised relay cannot slip in a viewer's record, a contributor's edit of someone
 * else's record, or a record sealed after its author's membership ended. The membership
 * that counts is the one of the member lists with the record's key version (the server
 * only takes records sealed with the current key version); without such a list here, the
 * newest one.
 */
class RoleCheck
{
public:
    /** Device id → account id of the other members' devices of @p space. */
    void setMemberDevices(const QByteArray &space, QHash<QByteArray, QByteArray> deviceAccounts);
    /**
     * Loads the member lists of @p space and the authors of the current revisions of those
     * of @p recordIds held here (@p states) before a page is checked; @p ownDevices are the
     * account's devices. Not thread-safe; refusal() then is.
     */
    void prepare(const vault::Vault &vault, const QByteArray &space, const QList<QByteArray> &recordIds,
        const QHash<QByteArray, vault::RecordSyncState> &states, const QHash<QByteArray, QByteArray> &ownDevices);
    /** Why the record with @p header, written at @p stampMs, is refused; empty if allowed. */
    QString refusal(const protocol::SealedHeader &header, qint64 stampMs) const;
    /**
     * Why the record is refused for who it says acted (domain::Actor), for a record of a
     * member (not the owner): a revision of a kind that carries "ac" must claim the account
     * of the device that sealed it, written by that revision's newest stamp, so nobody
     * writes "Els Peeters for Maria" but Els and no member's edit reads as the patient's own;
     * deletions are exempt. Only the owner writes the space's SpaceInfo. The owner's devices
     * are exempt: they re-seal merged revisions that keep a member's claim. Empty if allowed.
     */
    QString actorRefusal(const protocol::SealedHeader &header, const domain::RecordEnvelope &envelope) const;

private:
    QByteArray accountOf(const QByteArray &device) const;
    /** The entries of @p account in the lists that count for a record of @p keyVersion. */
    QList<protocol::sharing::MemberEntry> entriesFor(const QByteArray &account, quint32 keyVersion) const;

    QHash<QByteArray, QHash<QByteArray, QByteArray>> m_memberDevices;
    // What prepare() loaded for one space.
    QByteArray m_space;
    QByteArray m_owner;
    QByteArray m_ownAccount;
    QHash<QByteArray, QByteArray> m_ownDevices;
    QList<protocol::sharing::MemberList> m_lists; ///< oldest first
    QHash<QByteArray, QByteArray> m_currentAuthors; ///< record id → author device
};

} // namespace cc::sync
