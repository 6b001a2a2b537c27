// SPDX-License-Identifier: GPL-3.0-or-later
#include "spacesync.h"

#include "accountsupport.h"
#include "crypto/keypair.h"
#include "crypto/sha256.h"
#include "httpclient.h"
#include "protocol/accountbundle.h"
#include "protocol/proofs.h"
#include "protocol/wire.h"
#include "recordapplier.h"
#include "vault/vault.h"

#include <QDateTime>
#include <QJsonArray>

namespace cc::sync {

namespace sharing = protocol::sharing;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Error sharingAnswerError(const HttpReply &reply, SharingRequest request)
{
    const QString code = reply.errorCode();
    if (reply.status == 409 && code == QLatin1String("stale_key"))
        return makeError(ErrorCode::AlreadyExists,
            trNoop("Sync", "The sharing space has a new key. CareCircle fetches it and sends your changes again."));
    if (request == SharingRequest::Invite) {
        if (reply.status == 404)
            return makeError(ErrorCode::NotFound,
                trNoop(
                    "Sync", "This invitation code is not valid. Check it for typing mistakes, or ask for a new one."));
        if (reply.status == 410)
            return makeError(ErrorCode::NotFound,
                trNoop("Sync", "This invitation has expired or was already used. Ask for a new one."));
        if (reply.status == 409)
            return makeError(ErrorCode::AlreadyExists,
                trNoop("Sync", "Someone has already accepted this invitation. Ask for a new one."));
        if (reply.status == 400)
            return makeError(ErrorCode::InvalidInput,
                trNoop("Sync", "You cannot accept this invitation: it is your own, or you are already a member."));
    }
    if (reply.status == 403)
        return makeError(ErrorCode::InvalidInput,
            trNoop("Sync", "Your role in this sharing space does not allow this. Nothing was changed."));
    return reply.error();
}

Error listRefused()
{
    return makeError(ErrorCode::InvalidInput,
        trNoop("Sync",
            "The member list of a sharing space does not carry its owner's valid signature, or is older than "
            "the one already here. It was not accepted."));
}

SpaceSync::SpaceSync(vault::Vault &vault, RecordApplier &applier) : m_vault(vault), m_applier(applier)
{ }

QByteArray SpaceSync::ownerKeyOf(const Material material, const QByteArray &space) const
{
    if (m_vault.ownsSpace(space)) {
        auto own = crypto::ed25519::publicFromSecret(material->signSecret);
        return own ? *own : QByteArray();
    }
    const auto state = m_vault.spaceState(space);
    return state ? state->ownerSignPub : QByteArray();
}

QList<QByteArray> SpaceSync::unregisteredSpaces() const
{
    QList<QByteArray> pending;
    for (const vault::SpaceRow &row : m_vault.spaces()) {
        if (row.id == m_vault.privateSpaceId() || !m_vault.ownsSpace(row.id))
            continue;
        const auto state = m_vault.spaceState(row.id);
        if (state && !state->registered)
            pending.append(row.id);
    }
    return pending;
}

void SpaceSync::run(HttpClient &http, const Material material, Done done)
{
    auto list = [this, &http, material, done](const Status &s) {
        if (!s)
            return done(s);
        listSpaces(http, material, done);
    };
    const QList<QByteArray> pending = unregisteredSpaces();
    // Once per session, until it succeeds: bundles made before they carried the owners' keys
    // get them (docs/sync-protocol.md, "Owner keys travel in the bundle"), and spaces
    // registered before the bundle was re-published on registration reach the account's
    // other devices (issue 11, problem 1).
    const bool ownersToPublish = !m_ownersPublished;
    if (pending.isEmpty() && !ownersToPublish)
        return list({});
    // The bundle first: once the server lists the space, every device of the account finds
    // its key there. A crash in between only repeats both steps.
    publishBundle(http, [this, &http, pending, list, ownersToPublish](const Status &s) {
        if (!s)
            return list(s);
        if (ownersToPublish)
            m_ownersPublished = true; // only once it is on the server
        registerOwn(http, pending, list);
    });
}

void SpaceSync::registerOwn(HttpClient &http, QList<QByteArray> pending, Done done)
{
    if (pending.isEmpty())
        return done({});
    const QByteArray space = pending.takeFirst();
    http.post(QStringLiteral("/v1/spaces"), QJsonObject {{QStringLiteral("space"), protocol::toBase64Url(space)}}, true,
        [this, &http, pending, space, done](const HttpReply &reply) {
            if (!reply.ok())
                return done(sharingAnswerError(reply));
            auto state = m_vault.spaceState(space);
            if (state) {
                state->registered = true;
                if (auto s = m_vault.saveSpaceState(*state); !s)
                    return done(s);
            }
            registerOwn(http, pending, done);
        });
}

void SpaceSync::listSpaces(HttpClient &http, const Material material, Done done)
{
    http.get(QStringLiteral("/v1/spaces"), true, [this, &http, material, done](const HttpReply &reply) {
        if (!reply.ok())
            return done(reply.error());
        QList<ServerSpace> spaces;
        for (const QJsonValue &v : reply.json.value(QStringLiteral("spaces")).toArray()) {
            protocol::JsonReader item(v.toObject());
            ServerSpace s;
            s.id = item.bytes(QStringLiteral("space"), protocol::IdSize);
            s.owner = item.bytes(QStringLiteral("owner"), protocol::IdSize);
            s.role = item.string(QStringLiteral("role"), 16);
            s.seq = item.integer(QStringLiteral("seq"), 0, qint64(1) << 52);
            s.keyVersion = quint32(item.optionalInteger(QStringLiteral("keyVersion"), 1, 0xffffffffLL).value_or(1));
            s.listVersion =
                quint64(item.optionalInteger(QStringLiteral("listVersion"), 0, qint64(1) << 52).value_or(0));
            const QJsonValue removed = v.toObject().value(QStringLiteral("removed"));
            s.removed = !removed.isNull() && !removed.isUndefined() && removed.toVariant().toBool();
            if (!item.ok())
                return done(unreadableAnswer());
            spaces.append(s);
        }
        m_serverSpaces = spaces;
        // Record what is new here: spaces of this account made on another device, spaces
        // shared with it, and memberships that ended.
        const QByteArray me = material->account;
        for (const ServerSpace &s : spaces) {
            if (s.id == m_vault.privateSpaceId())
                continue;
            auto state = m_vault.spaceState(s.id);
            vault::SpaceState next = state.value_or(vault::SpaceState {});
            next.id = s.id;
            next.owner = s.owner;
            next.registered = true;
            if (s.owner == me)
                next.role = QStringLiteral("owner");
            else if (next.role.isEmpty() || !state)
                next.role = s.role;
            next.removed = s.removed;
            if (!state || state->owner != next.owner || state->role != next.role || state->removed != next.removed
                || !state->registered) {
                if (auto st = m_vault.saveSpaceState(next); !st)
                    return done(st);
            }
        }
        nextSpace(http, material, 0, done);
    });
}

void SpaceSync::nextSpace(HttpClient &http, const Material material, qsizetype index, Done done)
{
    if (index >= m_serverSpaces.size())
        return done({});
    const ServerSpace space = m_serverSpaces.at(index);
    auto next = [this, &http, material, index, done](const Status &s) {
        if (!s)
            return done(s);
        nextSpace(http, material, index + 1, done);
    };
    if (space.removed || space.id == m_vault.privateSpaceId())
        return next({});
    if (ownerKeyOf(material, space.id).isEmpty()) {
        // Shared with the account by another of its devices: the bundle names the owner.
        // Until it does, the space waits (nothing of it could be verified).
        return fetchBundle(http, *material,
            [this, &http, material, index, done](Result<protocol::AccountMaterial> b, const QByteArray &) {
                if (b) {
                    if (auto s = takeBundleKeys(*b); !s)
                        return done(s);
                }
                if (ownerKeyOf(material, m_serverSpaces.at(index).id).isEmpty())
                    return nextSpace(http, material, index + 1, done);
                fetchSpace(http, material, index, done);
            });
    }
    fetchSpace(http, material, index, done);
}

void SpaceSync::fetchSpace(HttpClient &http, const Material material, qsizetype index, Done done)
{
    const ServerSpace space = m_serverSpaces.at(index);
    auto next = [this, &http, material, index, done](const Status &s) {
        if (!s)
            return done(s);
        nextSpace(http, material, index + 1, done);
    };
    fetchList(http, material, space, [this, &http, material, space, next](const Status &s) {
        if (!s)
            return next(s);
        auto afterKeys = [this, &http, material, space, next](const Status &k) {
            if (!k)
                return next(k);
            fetchMemberDevices(http, space.id, [this, &http, material, space, next](const Status &dev) {
                if (!dev)
                    return next(dev);
                ownerDuties(http, material, space.id, next);
            });
        };
        if (m_vault.keyVersion(space.id) >= space.keyVersion)
            afterKeys({});
        else if (m_vault.ownsSpace(space.id))
            fetchOwnKeys(http, material, afterKeys);
        else
            fetchKeys(http, material, space.id, afterKeys);
    });
}

void SpaceSync::refreshSpace(HttpClient &http, const Material material, const QByteArray &space, Done done)
{
    http.get(QStringLiteral("/v1/spaces"), true, [this, &http, material, space, done](const HttpReply &reply) {
        if (!reply.ok())
            return done(reply.error());
        ServerSpace found;
        found.id = space;
        for (const QJsonValue &v : reply.json.value(QStringLiteral("spaces")).toArray()) {
            protocol::JsonReader item(v.toObject());
            if (item.bytes(QStringLiteral("space"), protocol::IdSize) != space)
                continue;
            found.owner = item.bytes(QStringLiteral("owner"), protocol::IdSize);
            found.keyVersion = quint32(item.optionalInteger(QStringLiteral("keyVersion"), 1, 0xffffffffLL).value_or(1));
            found.listVersion =
                quint64(item.optionalInteger(QStringLiteral("listVersion"), 0, qint64(1) << 52).value_or(0));
        }
        fetchList(http, material, found, [this, &http, material, found, done](const Status &s) {
            if (!s)
                return done(s);
            auto afterKeys = [this, &http, material, found, done](const Status &k) {
                if (!k)
                    return done(k);
                ownerDuties(http, material, found.id, done);
            };
            if (!m_vault.ownsSpace(found.id))
                fetchKeys(http, material, found.id, afterKeys);
            else if (m_vault.keyVersion(found.id) < found.keyVersion)
                fetchOwnKeys(http, material, afterKeys);
            else
                afterKeys({});
        });
    });
}

void SpaceSync::fetchList(HttpClient &http, const Material material, const ServerSpace &space, Done done)
{
    const auto state = m_vault.spaceState(space.id);
    // Version 0 is the server's own start (the owner alone, unsigned): nothing to verify.
    if (space.listVersion == 0 || (state && !state->list.isEmpty() && state->listVersion >= space.listVersion))
        return done({});
    // When this vault keeps every list up to its newest (versions 1..V), only the newer ones
    // are asked for, not the whole history of the space again; else all of them (a vault
    // from before the history, or one that missed some).
    const qint64 since =
        state && !state->list.isEmpty() && quint64(m_vault.spaceListCount(space.id)) == state->listVersion
        ? qint64(state->listVersion)
        : 0;
    http.get(spacePath(space.id) + QStringLiteral("/members?since=%1").arg(since), true,
        [this, material, space, done](const HttpReply &reply) {
            if (!reply.ok())
                return done(sharingAnswerError(reply));
            protocol::JsonReader r(reply.json);
            const QByteArray list = r.bytes(QStringLiteral("list"), 0, 1 << 20);
            const QByteArray sig = r.bytes(QStringLiteral("sig"), protocol::SignatureSize);
            if (!r.ok())
                return done(unreadableAnswer());
            // The earlier lists (servers before the history send none): each one verified
            // with the pinned owner key is kept, its members' keys with it.
            for (const QJsonValue &v : reply.json.value(QStringLiteral("history")).toArray()) {
                protocol::JsonReader h(v.toObject());
                const QByteArray old = h.bytes(QStringLiteral("list"), 0, 1 << 20);
                const QByteArray oldSig = h.bytes(QStringLiteral("sig"), protocol::SignatureSize);
                if (!h.ok())
                    return done(unreadableAnswer());
                if (auto s = storeHistoryList(material, space.id, old, oldSig); !s)
                    return done(s);
            }
            done(storeList(material, space.id, list, sig));
        });
}

Status SpaceSync::storeList(
    const Material material, const QByteArray &space, const QByteArray &bytes, const QByteArray &sig)
{
    auto state = m_vault.spaceState(space);
    if (!state)
        return listRefused();
    auto decoded = sharing::decodeMemberList(bytes);
    if (!decoded || decoded->space != space || decoded->owner != state->owner)
        return listRefused();
    QByteArray ownerKey = ownerKeyOf(material, space);
    const sharing::MemberEntry *ownerEntry = decoded->find(decoded->owner);
    // The owner key is pinned by the device that accepted the invitation and reaches the
    // account's other devices in the account bundle, never from the relay (issue 11, problem 5).
    if (ownerKey.isEmpty() || !ownerEntry || ownerEntry->signPub != ownerKey
        || !sharing::verifyMemberList(ownerKey, bytes, sig))
        return listRefused();
    if (!state->list.isEmpty()
        && (decoded->version < state->listVersion || (decoded->version == state->listVersion && bytes != state->list)))
        return listRefused();
    if (decoded->version == state->listVersion && bytes == state->list)
        return {};
    for (const sharing::MemberEntry &e : decoded->members) {
        if (auto s = m_vault.addMemberKey(space, e.account, e.signPub); !s)
            return s;
    }
    if (auto s = m_vault.addSpaceList(space, decoded->version, bytes, sig); !s)
        return s;
    state->list = bytes;
    state->listSig = sig;
    state->listVersion = decoded->version;
    if (const sharing::MemberEntry *mine = decoded->find(material->account))
        state->role = sharing::roleCode(mine->role);
    state->removed = !decoded->isActive(material->account, nowMs());
    return m_vault.saveSpaceState(*state);
}

Status SpaceSync::storeHistoryList(
    const Material material, const QByteArray &space, const QByteArray &bytes, const QByteArray &sig)
{
    const auto state = m_vault.spaceState(space);
    const QByteArray ownerKey = ownerKeyOf(material, space);
    auto decoded = sharing::decodeMemberList(bytes);
    if (!state || !decoded || decoded->space != space || decoded->owner != state->owner || ownerKey.isEmpty()
        || !sharing::verifyMemberList(ownerKey, bytes, sig))
        return listRefused();
    const sharing::MemberEntry *ownerEntry = decoded->find(decoded->owner);
    if (!ownerEntry || ownerEntry->signPub != ownerKey)
        return listRefused();
    for (const sharing::MemberEntry &e : decoded->members) {
        if (auto s = m_vault.addMemberKey(space, e.account, e.signPub); !s)
            return s;
    }
    return m_vault.addSpaceList(space, decoded->version, bytes, sig);
}

void SpaceSync::fetchKeys(HttpClient &http, const Material material, const QByteArray &space, Done done)
{
    http.get(spacePath(space) + QStringLiteral("/keys"), true, [this, material, space, done](const HttpReply &reply) {
        if (!reply.ok())
            return done(sharingAnswerError(reply));
        const QByteArray ownerKey = ownerKeyOf(material, space);
        if (ownerKey.isEmpty())
            return done(listRefused());
        auto boxPub = crypto::x25519::publicFromSecret(material->boxSecret);
        if (!boxPub)
            return done(boxPub.error());
        const crypto::KeyPair box {*boxPub, material->boxSecret.clone()};
        bool added = false;
        for (const QJsonValue &v : reply.json.value(QStringLiteral("keys")).toArray()) {
            protocol::JsonReader item(v.toObject());
            sharing::KeyWrap wrap;
            wrap.account = material->account;
            wrap.keyVersion = quint32(item.integer(QStringLiteral("keyVersion"), 1, 0xffffffffLL));
            wrap.wrap = item.bytes(QStringLiteral("wrap"), 0, 4096);
            wrap.sig = item.bytes(QStringLiteral("sig"), protocol::SignatureSize);
            if (!item.ok())
                return done(unreadableAnswer());
            if (m_vault.keyVersions(space).contains(wrap.keyVersion))
                continue;
            auto key = sharing::openSpaceKey(ownerKey, space, wrap, box);
            if (!key)
                return done(makeError(ErrorCode::InvalidInput,
                    trNoop("Sync", "A key of a sharing space did not come from its owner. It was not accepted.")));
            if (auto s = m_vault.addSpaceKey(space, wrap.keyVersion, *key); !s)
                return done(s);
            added = true;
        }
        if (added) {
            m_keysChanged = true;
            // Changes waiting to be pushed go out under the newest key.
            if (auto s = m_vault.resealDirty(space); !s)
                return done(s.error());
        }
        done({});
    });
}

void SpaceSync::fetchBundle(HttpClient &http, const protocol::AccountMaterial &material, BundleDone done)
{
    auto locator = protocol::recovery::locator(material.recoverySecret);
    if (!locator)
        return done(locator.error(), {});
    auto recovery = std::make_shared<crypto::SecureBuffer>(material.recoverySecret.clone());
    http.get(QStringLiteral("/v1/recovery/") + protocol::toBase64Url(*locator), false,
        [recovery, account = material.account, done](const HttpReply &reply) {
            if (!reply.ok()) {
                // Only "none yet" is NotFound; every other failure (network, server) is
                // Unavailable, so publishBundle() never mistakes it for an empty bundle.
                Error failed = reply.error();
                if (reply.status != 404)
                    failed.code = ErrorCode::Unavailable;
                return done(failed, {});
            }
            protocol::JsonReader reader(reply.json);
            const QByteArray bundle = reader.bytes(QStringLiteral("bundle"), 0, protocol::MaxRecordSize);
            if (!reader.ok())
                return done(unreadableAnswer(), {});
            done(protocol::recovery::openBundle(*recovery, account, bundle), bundle);
        });
}

Status SpaceSync::takeBundleKeys(const protocol::AccountMaterial &bundle)
{
    if (auto s = account::pinOwners(m_vault, bundle); !s)
        return s;
    QSet<QByteArray> changed;
    for (const protocol::SpaceKey &k : bundle.spaceKeys) {
        if (m_vault.keyVersions(k.space).contains(k.version))
            continue;
        if (auto s = m_vault.addSpaceKey(k.space, k.version, k.key); !s)
            return s;
        changed.insert(k.space);
    }
    for (const QByteArray &space : changed) {
        if (auto s = m_vault.resealDirty(space); !s)
            return s.error();
    }
    return {};
}

void SpaceSync::fetchOwnKeys(HttpClient &http, const Material material, Done done)
{
    fetchBundle(http, *material, [this, done](Result<protocol::AccountMaterial> opened, const QByteArray &) {
        done(opened ? takeBundleKeys(*opened) : Status(opened.error()));
    });
}

void SpaceSync::publishBundle(HttpClient &http, Done done)
{
    publishBundle(http, done, MaxBundleAttempts);
}

void SpaceSync::publishBundle(HttpClient &http, Done done, int attempts)
{
    auto before = m_vault.accountMaterial();
    if (!before)
        return done(before.error());
    fetchBundle(http, *before,
        [this, &http, done, attempts](Result<protocol::AccountMaterial> opened, const QByteArray &fetched) {
            // A bundle that does not open (none yet, or damaged) is replaced by this vault's. A
            // failed fetch stops here: putting this vault's keys alone would drop the spaces and
            // owners other devices of the account published.
            if (opened) {
                if (auto s = takeBundleKeys(*opened); !s)
                    return done(s);
            } else if (opened.code() == ErrorCode::Unavailable) {
                return done(opened.error());
            }
            auto material = m_vault.accountMaterial();
            if (!material)
                return done(material.error());
            auto sealed = protocol::recovery::sealBundle(material->recoverySecret, *material);
            if (!sealed)
                return done(sealed.error());
            // Put over exactly the bundle fetched: if another device of the account put its own
            // in between, the relay answers 409 and this one starts over from the newer bundle,
            // so neither device's keys are lost (docs/sync-protocol.md).
            QJsonObject body {{QStringLiteral("bundle"), protocol::toBase64Url(*sealed)}};
            if (!fetched.isEmpty())
                body.insert(QStringLiteral("replaces"), protocol::toBase64Url(crypto::sha256({fetched})));
            http.put(QStringLiteral("/v1/account/bundle"), body, true,
                [this, &http, done, attempts](const HttpReply &reply) {
                    if (reply.status == 409 && attempts > 1)
                        return publishBundle(http, done, attempts - 1);
                    done(reply.ok() ? Status() : Status(reply.error()));
                });
        });
}

void SpaceSync::fetchMemberDevices(HttpClient &http, const QByteArray &space, Done done)
{
    http.get(spacePath(space) + QStringLiteral("/devices"), true, [this, space, done](const HttpReply &reply) {
        if (!reply.ok())
            return done(sharingAnswerError(reply));
        QHash<QByteArray, QByteArray> keys;
        QHash<QByteArray, QByteArray> accounts; // device → account, for the role checks
        for (const QJsonValue &v : reply.json.value(QStringLiteral("accounts")).toArray()) {
            protocol::JsonReader account(v.toObject());
            const QByteArray id = account.bytes(QStringLiteral("account"), protocol::IdSize);
            const QByteArray signPub = account.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
            const QJsonArray devices = account.array(QStringLiteral("devices"));
            if (!account.ok())
                return done(unreadableAnswer());
            // Only an identity key a verified member list named (now or before) certifies devices.
            if (!m_vault.memberKeys(space, id).contains(signPub))
                continue;
            for (const QJsonValue &d : devices) {
                protocol::JsonReader device(d.toObject());
                const QByteArray deviceId = device.bytes(QStringLiteral("id"), protocol::IdSize);
                const QByteArray deviceKey = device.bytes(QStringLiteral("signPub"), protocol::PublicKeySize);
                const QByteArray certificate = device.bytes(QStringLiteral("certificate"), protocol::SignatureSize);
                if (!device.ok())
                    return done(unreadableAnswer());
                if (protocol::proofs::verify(
                        signPub, protocol::proofs::deviceCertificateMessage(id, deviceId, deviceKey), certificate)) {
                    keys.insert(deviceId, deviceKey);
                    accounts.insert(deviceId, id);
                }
            }
        }
        m_applier.setMemberDeviceKeys(space, keys);
        m_applier.setMemberDeviceAccounts(space, accounts);
        done({});
    });
}

Result<sharing::MemberList> SpaceSync::currentList(const Material material, const QByteArray &space)
{
    const auto state = m_vault.spaceState(space);
    if (state && !state->list.isEmpty())
        return sharing::decodeMemberList(state->list);
    if (!m_vault.ownsSpace(space))
        return makeError(ErrorCode::NotFound, trNoop("Sync", "The member list of this sharing space is not here yet."));
    auto signPub = crypto::ed25519::publicFromSecret(material->signSecret);
    auto boxPub = crypto::x25519::publicFromSecret(material->boxSecret);
    if (!signPub || !boxPub)
        return makeError(ErrorCode::Crypto, trNoop("Sync", "The account's keys could not be prepared."));
    sharing::MemberList list;
    list.space = space;
    list.owner = material->account;
    list.version = 0;
    list.keyVersion = std::max<quint32>(1, m_vault.keyVersion(space));
    list.members.append({material->account, *signPub, *boxPub, sharing::Role::Owner, 0});
    return list;
}

void SpaceSync::publish(HttpClient &http, const Material material, const sharing::MemberList &list, bool rotated,
    const QSet<QByteArray> &newMembers, Done done)
{
    const QByteArray bytes = sharing::encodeMemberList(list);
    auto sig = sharing::signMemberList(material->signSecret, bytes);
    if (!sig)
        return done(sig.error());
    QJsonArray wraps;
    for (const sharing::MemberEntry &member : list.members) {
        if (member.role == sharing::Role::Owner)
            continue;
        QList<quint32> versions;
        if (newMembers.contains(member.account))
            versions = m_vault.keyVersions(list.space);
        else if (rotated)
            versions = {list.keyVersion};
        for (quint32 version : versions) {
            auto key = m_vault.spaceKey(list.space, version);
            if (!key)
                return done(key.error());
            auto wrap = sharing::wrapSpaceKey(material->signSecret, list.space, member, version, *key);
            if (!wrap)
                return done(wrap.error());
            wraps.append(QJsonObject {{QStringLiteral("account"), protocol::toBase64Url(wrap->account)},
                {QStringLiteral("keyVersion"), qint64(wrap->keyVersion)},
                {QStringLiteral("wrap"), protocol::toBase64Url(wrap->wrap)},
                {QStringLiteral("sig"), protocol::toBase64Url(wrap->sig)}});
        }
    }
    const QByteArray space = list.space;
    const QByteArray signature = *sig;
    http.put(spacePath(space) + QStringLiteral("/members"),
        QJsonObject {{QStringLiteral("list"), protocol::toBase64Url(bytes)},
            {QStringLiteral("sig"), protocol::toBase64Url(signature)}, {QStringLiteral("wraps"), wraps}},
        true, [this, material, space, bytes, signature, done](const HttpReply &reply) {
            if (!reply.ok())
                return done(sharingAnswerError(reply));
            done(storeList(material, space, bytes, signature));
        });
}

void SpaceSync::rotate(HttpClient &http, const Material material, sharing::MemberList list, Done done)
{
    // The vault holds the new key before anyone else can: records sealed with it never lack it.
    // It is derived, not random: another device of this account rotating the same space while
    // this one cannot reach the server makes the same key for the same version.
    const quint32 next = std::max(m_vault.keyVersion(list.space), list.keyVersion) + 1;
    auto key = sharing::rotatedSpaceKey(material->boxSecret, list.space, next);
    if (!key)
        return done(key.error());
    if (auto s = m_vault.addSpaceKey(list.space, next, std::move(*key)); !s)
        return done(s);
    list.keyVersion = next;
    // The bundle before the list: the account's other devices find the new version's key
    // as soon as the server names it.
    publishBundle(http, [this, &http, material, list, done](const Status &published) {
        if (!published)
            return done(published);
        publish(http, material, list, true, {}, [this, space = list.space, done](const Status &s) {
            if (!s)
                return done(s);
            auto resealed = m_vault.resealDirty(space);
            done(resealed ? Status() : Status(resealed.error()));
        });
    });
}

void SpaceSync::ownerDuties(HttpClient &http, const Material material, const QByteArray &space, Done done)
{
    if (!m_vault.ownsSpace(space))
        return done({});
    const auto state = m_vault.spaceState(space);
    if (!state || state->list.isEmpty())
        return done({});
    auto list = sharing::decodeMemberList(state->list);
    if (!list)
        return done(list.error());
    const qint64 now = nowMs();
    const qsizetype before = list->members.size();
    list->members.removeIf([now](const sharing::MemberEntry &e) {
        return e.role != sharing::Role::Owner && e.expires != 0 && e.expires <= now;
    });
    if (list->members.size() != before) {
        // A membership ended: as for a revocation, the rest get a new key.
        list->version += 1;
        return rotate(http, material, *list, done);
    }
    if (m_vault.keyVersion(space) > list->keyVersion) {
        // A rotation the server has not taken yet (the last attempt failed): publish it again.
        list->version += 1;
        list->keyVersion = m_vault.keyVersion(space);
        return publishBundle(http, [this, &http, material, list = *list, done](const Status &s) {
            if (!s)
                return done(s);
            publish(http, material, list, true, {}, done);
        });
    }
    done({});
}

} // namespace cc::sync
