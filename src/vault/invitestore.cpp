// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitestore.h"

#include "secretwrap.h"
#include "vaulterrors.h"
#include "vaultstate.h"

#include <QSqlQuery>

namespace cc::vault::detail {

namespace {

QByteArray inviteAad(const QByteArray &vaultId, const QByteArray &invite)
{
    return QByteArrayLiteral("carecircle/invite-secret/v1") + vaultId + invite;
}

} // namespace

Status InviteStore::addInvite(const InviteRow &invite, const crypto::SecureBuffer &codeSecret)
{
    if (!m_state.isUnlocked())
        return locked();
    auto wrapped = wrapSecret(m_state.accountKey, codeSecret, inviteAad(m_state.vaultId, invite.invite));
    if (!wrapped)
        return wrapped.error();
    QSqlQuery q(m_state.db());
    q.prepare(
        QStringLiteral("INSERT INTO invites (invite_id, space_id, role, expires, wrapped) VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, invite.invite);
    q.bindValue(1, invite.space);
    q.bindValue(2, invite.role);
    q.bindValue(3, invite.expires);
    q.bindValue(4, *wrapped);
    if (!q.exec())
        return saveFailed();
    return {};
}

QList<InviteRow> InviteStore::invites() const
{
    QList<InviteRow> out;
    QSqlQuery q(m_state.db());
    if (!q.exec(QStringLiteral("SELECT invite_id, space_id, role, expires FROM invites ORDER BY expires")))
        return out;
    while (q.next())
        out.append(
            {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

Result<crypto::SecureBuffer> InviteStore::inviteSecret(const QByteArray &invite) const
{
    if (!m_state.isUnlocked())
        return locked();
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT wrapped FROM invites WHERE invite_id = ?"));
    q.bindValue(0, invite);
    if (!q.exec())
        return readFailed();
    if (!q.next())
        return makeError(ErrorCode::NotFound, trNoop("Vault", "This invitation is no longer on this device."));
    return unwrapSecret(m_state.accountKey, q.value(0).toByteArray(), inviteAad(m_state.vaultId, invite));
}

Status InviteStore::removeInvite(const QByteArray &invite)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("DELETE FROM invites WHERE invite_id = ?"));
    q.bindValue(0, invite);
    if (!q.exec())
        return saveFailed();
    return {};
}

} // namespace cc::vault::detail
