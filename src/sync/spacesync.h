// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "protocol/accountmaterial.h"
#include "protocol/sharing.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace cc::vault {
class Vault;
}

namespace cc::sync {

class HttpClient;
class RecordApplier;
struct HttpReply;

enum class SharingRequest { Space, Invite };
/** A failed sharing request in translated words: the sharing answers (stale key, roles,
 *  invitation codes) first, then the general ones (protocol::errorFromAnswer). */
Error sharingAnswerError(const HttpReply &reply, SharingRequest request = SharingRequest::Space);
/** The member list did not verify with the pinned owner key, or is older than the one here. */
Error listRefused();

/** A space as GET /v1/spaces lists it. */
struct ServerSpace {
    QByteArray id;
    QByteArray owner;
    QString role;
    qint64 seq = 0;
    quint32 keyVersion = 1;
    quint64 listVersion = 0;
    bool removed = false;
};

/**
 * The engine's sharing step (docs/sync-protocol.md "Sharing"), run before the push of each
 * full round (docs/sync-protocol.md "The client"): registers
 * own spaces the server does not know, lists every space of the account, fetches and verifies
 * member lists with the pinned owner key, stores new key versions, verifies the devices of the
 * other members for the RecordApplier, and, as owner, removes members past their end date and
 * finishes key rotations the server has not taken yet. Also the owner's member list updates
 * (Sharing's confirm, role changes, revoke).
 */
class SpaceSync
{
public:
    using Done = std::function<void(const Status &)>;
    /** A snapshot of the account's material, shared by the callbacks of one operation. */
    using Material = std::shared_ptr<const protocol::AccountMaterial>;
    SpaceSync(vault::Vault &vault, RecordApplier &applier);

    /** The whole step. */
    void run(HttpClient &http, const Material material, Done done);
    /** Members, keys and member devices of one space (after a hint or 409 stale_key). */
    void refreshSpace(HttpClient &http, const Material material, const QByteArray &space, Done done);
    /** Member devices of one space only (a record by an unknown author). */
    void fetchMemberDevices(HttpClient &http, const QByteArray &space, Done done);

    /** Own spaces this vault made that the server does not know yet (run() registers them). */
    QList<QByteArray> unregisteredSpaces() const;
    /** The spaces of the last listing; active ones (not removed) are pulled. */
    const QList<ServerSpace> &serverSpaces() const { return m_serverSpaces; }
    /** Set when a key version was added: the recovery bundle must be uploaded again. */
    bool takeKeysChanged() { return std::exchange(m_keysChanged, false); }
    /**
     * Publishes the account bundle (sealed under the recovery key) with every key this vault
     * holds, after taking in the keys of the bundle on the server (another device of the
     * account may have added some): the other devices of the account find a space's key
     * there before the server lists the space or its new key version (issue 11, problem 1).
     */
    void publishBundle(HttpClient &http, Done done);

    /** The newest verified member list of @p space; for an own space without one, the list
     *  of the owner alone (version 0). */
    Result<protocol::sharing::MemberList> currentList(const Material material, const QByteArray &space);
    /**
     * Publishes @p list (owner only): version must be newer than the stored one. Wraps the key
     * version @p list.keyVersion for every non-owner member when @p rotated, and every held
     * version for each account in @p newMembers. Stores the list once the server took it.
     */
    void publish(HttpClient &http, const Material material, const protocol::sharing::MemberList &list, bool rotated,
        const QSet<QByteArray> &newMembers, Done done);
    /** Owner: a new random key version of @p space, stored in the vault first, and @p list
     *  (with it) published. */
    void rotate(HttpClient &http, const Material material, protocol::sharing::MemberList list, Done done);

private:
    void registerOwn(HttpClient &http, QList<QByteArray> pending, Done done);
    void listSpaces(HttpClient &http, const Material material, Done done);
    void nextSpace(HttpClient &http, const Material material, qsizetype index, Done done);
    /** Member list, keys, member devices and owner duties of listed space @p index. */
    void fetchSpace(HttpClient &http, const Material material, qsizetype index, Done done);
    void fetchList(HttpClient &http, const Material material, const ServerSpace &space, Done done);
    void fetchKeys(HttpClient &http, const Material material, const QByteArray &space, Done done);
    /** Key versions of own spaces made by another device of the account come through the
     *  account's recovery bundle (owner devices have no key wraps). */
    void fetchOwnKeys(HttpClient &http, const Material material, Done done);
    /** What fetchBundle() gives: the account bundle opened, and its sealed bytes as the
     *  relay holds them (empty if none could be fetched). */
    using BundleDone = std::function<void(Result<protocol::AccountMaterial>, const QByteArray &)>;
    /** The account bundle on the server (GET /v1/recovery/{locator}). */
    void fetchBundle(HttpClient &http, const protocol::AccountMaterial &material, BundleDone done);
    /** publishBundle() with @p attempts left for puts that crossed another device's. */
    void publishBundle(HttpClient &http, Done done, int attempts);
    static constexpr int MaxBundleAttempts = 4;
    /** Stores the keys of @p bundle this vault lacks; re-seals what waits under new ones. */
    Status takeBundleKeys(const protocol::AccountMaterial &bundle);
    void ownerDuties(HttpClient &http, const Material material, const QByteArray &space, Done done);
    Status storeList(const Material material, const QByteArray &space, const QByteArray &bytes, const QByteArray &sig);
    /** An earlier member list (GET …/members "history"): verified, kept with its members' keys. */
    Status storeHistoryList(
        const Material material, const QByteArray &space, const QByteArray &bytes, const QByteArray &sig);
    QByteArray ownerKeyOf(const Material material, const QByteArray &space) const;

    vault::Vault &m_vault;
    RecordApplier &m_applier;
    QList<ServerSpace> m_serverSpaces;
    bool m_keysChanged = false;
    bool m_ownersPublished = false;
};

} // namespace cc::sync
