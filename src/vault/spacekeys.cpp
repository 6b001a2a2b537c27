// SPDX-License-Identifier: GPL-3.0-or-later
#include "spacekeys.h"

#include "crypto/random.h"
#include "protocol/sealedrecord.h"
#include "secretwrap.h"
#include "vaulterrors.h"

#include <QSqlQuery>

namespace cc::vault::detail {

Result<SpaceKeyTable> SpaceKeys::unwrapAll(const crypto::SecureBuffer &account) const
{
    SpaceKeyTable table;
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT space_id, key_version, wrapped FROM space_keys")))
        return readFailed();
    while (q.next()) {
        const QByteArray spaceId = q.value(0).toByteArray();
        const quint32 version = quint32(q.value(1).toLongLong());
        auto key = unwrapSecret(account, q.value(2).toByteArray(), m_state.spaceKeyAad(spaceId, version));
        if (!key)
            continue;
        table.keys.emplace(std::make_pair(spaceId, version), std::move(*key));
        if (version >= table.current.value(spaceId, 0))
            table.current.insert(spaceId, version);
    }
    return table;
}

Status SpaceKeys::insertKey(const QByteArray &spaceId, quint32 version, crypto::SecureBuffer key)
{
    auto wrapped = wrapSecret(m_state.accountKey, key, m_state.spaceKeyAad(spaceId, version));
    if (!wrapped)
        return wrapped.error();
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT INTO space_keys (space_id, key_version, wrapped) VALUES (:s, :v, :w)"));
    q.bindValue(QStringLiteral(":s"), spaceId);
    q.bindValue(QStringLiteral(":v"), qint64(version));
    q.bindValue(QStringLiteral(":w"), *wrapped);
    if (!q.exec())
        return saveFailed();
    m_state.spaceKeys.emplace(std::make_pair(spaceId, version), std::move(key));
    m_state.currentKeyVersion.insert(spaceId, version);
    return {};
}

void SpaceKeys::forgetKey(const QByteArray &space, quint32 version)
{
    m_state.spaceKeys.erase(std::make_pair(space, version));
    m_state.currentKeyVersion.remove(space);
}

QList<SpaceRow> SpaceKeys::spaces() const
{
    QList<SpaceRow> out;
    const QByteArray me = m_state.ownAccount();
    out.append({m_state.privateSpaceId, me, QStringLiteral("owner"), keyVersion(m_state.privateSpaceId), false});
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT space_id, owner, role, removed FROM spaces ORDER BY space_id")))
        return out;
    while (q.next()) {
        const QByteArray id = q.value(0).toByteArray();
        if (id == m_state.privateSpaceId)
            continue;
        SpaceRow row {id, q.value(1).toByteArray(), q.value(2).toString(), 0, q.value(3).toBool()};
        row.keyVersion = keyVersion(id);
        // A space shared with this account shows once its key is here (the owner confirmed).
        if (row.keyVersion == 0 && row.owner != me)
            continue;
        out.append(row);
    }
    return out;
}

bool SpaceKeys::ownsSpace(const QByteArray &space) const
{
    if (space == m_state.privateSpaceId)
        return true;
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT owner FROM spaces WHERE space_id = ?"));
    q.bindValue(0, space);
    return q.exec() && q.next() && q.value(0).toByteArray() == m_state.ownAccount();
}

QList<QByteArray> SpaceKeys::ownSpaces() const
{
    QList<QByteArray> out {m_state.privateSpaceId};
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT space_id FROM spaces WHERE owner = ? ORDER BY space_id"));
    q.bindValue(0, m_state.ownAccount());
    if (q.exec()) {
        while (q.next()) {
            if (q.value(0).toByteArray() != m_state.privateSpaceId)
                out.append(q.value(0).toByteArray());
        }
    }
    return out;
}

Result<QByteArray> SpaceKeys::createSpace()
{
    if (!m_state.isUnlocked())
        return locked();
    const QByteArray id = crypto::randomBytes(protocol::sealedrecord::IdSize);
    if (!m_state.db().transaction())
        return saveFailed();
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT INTO spaces (space_id, owner, role) VALUES (?, ?, 'owner')"));
    q.bindValue(0, id);
    q.bindValue(1, m_state.ownAccount());
    if (!q.exec()) {
        m_state.db().rollback();
        return saveFailed();
    }
    if (auto s = insertKey(id, 1, crypto::randomSecret(32)); !s) {
        m_state.db().rollback();
        forgetKey(id, 1);
        return s.error();
    }
    if (!m_state.db().commit()) {
        m_state.db().rollback();
        forgetKey(id, 1);
        return saveFailed();
    }
    return id;
}

Status SpaceKeys::addSpaceKey(const QByteArray &space, quint32 version, const crypto::SecureBuffer &key)
{
    if (!m_state.isUnlocked())
        return locked();
    if (space.size() != protocol::sealedrecord::IdSize || key.size() != 32 || version == 0)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The account's keys are incomplete."));
    if (const crypto::SecureBuffer *held = m_state.spaceKey(space, version)) {
        if (held->equals(key))
            return {};
        return makeError(ErrorCode::AlreadyExists,
            trNoop("Vault", "A different key for this version of the sharing space is already stored."));
    }
    if (auto s = insertKey(space, version, key.clone()); !s)
        return s;
    // insertKey() makes the added version current; an older one arriving late must not.
    quint32 newest = 0;
    for (const auto &[spaceAndVersion, k] : m_state.spaceKeys) {
        if (spaceAndVersion.first == space)
            newest = std::max(newest, spaceAndVersion.second);
    }
    m_state.currentKeyVersion.insert(space, newest);
    return {};
}

quint32 SpaceKeys::keyVersion(const QByteArray &space) const
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT MAX(key_version) FROM space_keys WHERE space_id = ?"));
    q.bindValue(0, space);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return 0;
    return quint32(q.value(0).toLongLong());
}

Result<crypto::SecureBuffer> SpaceKeys::spaceKey(const QByteArray &space, quint32 version) const
{
    if (!m_state.isUnlocked())
        return locked();
    const crypto::SecureBuffer *key = m_state.spaceKey(space, version);
    if (!key)
        return makeError(ErrorCode::NotFound, trNoop("Vault", "The key of the record's space is missing or damaged."));
    return key->clone();
}

QList<quint32> SpaceKeys::keyVersions(const QByteArray &space) const
{
    QList<quint32> out;
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT key_version FROM space_keys WHERE space_id = ? ORDER BY key_version"));
    q.bindValue(0, space);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(quint32(q.value(0).toLongLong()));
    return out;
}

std::optional<SpaceState> SpaceKeys::spaceState(const QByteArray &space) const
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT space_id, owner, role, removed, registered, list, list_sig, list_version, "
                             "owner_sign_pub, owner_box_pub FROM spaces WHERE space_id = ?"));
    q.bindValue(0, space);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SpaceState state;
    state.id = q.value(0).toByteArray();
    state.owner = q.value(1).toByteArray();
    state.role = q.value(2).toString();
    state.removed = q.value(3).toBool();
    state.registered = q.value(4).toBool();
    state.list = q.value(5).toByteArray();
    state.listSig = q.value(6).toByteArray();
    state.listVersion = quint64(q.value(7).toLongLong());
    state.ownerSignPub = q.value(8).toByteArray();
    state.ownerBoxPub = q.value(9).toByteArray();
    return state;
}

Status SpaceKeys::saveSpaceState(const SpaceState &state)
{
    if (state.id.size() != protocol::sealedrecord::IdSize)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "A record identifier has the wrong size."));
    auto blob = [](const QByteArray &b) {
        return b.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(b);
    };
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral(
        "INSERT INTO spaces (space_id, owner, role, removed, registered, list, list_sig, list_version, "
        "owner_sign_pub, owner_box_pub) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(space_id) DO UPDATE SET "
        "owner = excluded.owner, role = excluded.role, removed = excluded.removed, registered = excluded.registered, "
        "list = excluded.list, list_sig = excluded.list_sig, list_version = excluded.list_version, "
        "owner_sign_pub = excluded.owner_sign_pub, owner_box_pub = excluded.owner_box_pub"));
    q.bindValue(0, state.id);
    q.bindValue(1, state.owner);
    q.bindValue(2, state.role);
    q.bindValue(3, state.removed ? 1 : 0);
    q.bindValue(4, state.registered ? 1 : 0);
    q.bindValue(5, blob(state.list));
    q.bindValue(6, blob(state.listSig));
    q.bindValue(7, qint64(state.listVersion));
    q.bindValue(8, blob(state.ownerSignPub));
    q.bindValue(9, blob(state.ownerBoxPub));
    if (!q.exec())
        return saveFailed();
    return {};
}

Status SpaceKeys::addMemberKey(const QByteArray &space, const QByteArray &account, const QByteArray &signPub)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT INTO space_member_keys (space_id, account, sign_pub) VALUES (?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.bindValue(0, space);
    q.bindValue(1, account);
    q.bindValue(2, signPub);
    if (!q.exec())
        return saveFailed();
    return {};
}

QList<QByteArray> SpaceKeys::memberKeys(const QByteArray &space, const QByteArray &account) const
{
    QList<QByteArray> out;
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT sign_pub FROM space_member_keys WHERE space_id = ? AND account = ?"));
    q.bindValue(0, space);
    q.bindValue(1, account);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

Status SpaceKeys::addSpaceList(const QByteArray &space, quint64 version, const QByteArray &list, const QByteArray &sig)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT INTO space_lists (space_id, version, list, list_sig) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.bindValue(0, space);
    q.bindValue(1, qint64(version));
    q.bindValue(2, list);
    q.bindValue(3, sig);
    return q.exec() ? Status() : Status(saveFailed());
}

QList<QByteArray> SpaceKeys::spaceLists(const QByteArray &space) const
{
    QList<QByteArray> out;
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT list FROM space_lists WHERE space_id = ? ORDER BY version"));
    q.bindValue(0, space);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

qint64 SpaceKeys::spaceListCount(const QByteArray &space) const
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM space_lists WHERE space_id = ?"));
    q.bindValue(0, space);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status SpaceKeys::setContactVerified(const QByteArray &account, bool verified)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT INTO contacts (account, verified) VALUES (?, ?) "
                             "ON CONFLICT(account) DO UPDATE SET verified = excluded.verified"));
    q.bindValue(0, account);
    q.bindValue(1, verified ? 1 : 0);
    if (!q.exec())
        return saveFailed();
    return {};
}

bool SpaceKeys::isContactVerified(const QByteArray &account) const
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT verified FROM contacts WHERE account = ?"));
    q.bindValue(0, account);
    return q.exec() && q.next() && q.value(0).toBool();
}

} // namespace cc::vault::detail
