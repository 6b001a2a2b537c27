// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storagetypes.h"

#include <optional>

class QSqlQuery;

namespace cc::server {

class Database;

/** Spaces, their members, the owner's signed member list and the key wraps it needs. */
class SpaceStore
{
public:
    explicit SpaceStore(Database &db) : m_db(db) { }

    /** A new space: the owner alone, list version 0, key version 1. */
    Result<Put> createSpace(const QByteArray &space, const QByteArray &owner, qint64 now);
    /** Every space the account is or was a member of. */
    Result<QList<SpaceRow>> spaces(const QByteArray &account, qint64 now);
    /** The account's row in the space's members table (removed or expired ones too). */
    Result<std::optional<Membership>> membership(const QByteArray &space, const QByteArray &account);
    /** The accounts that are members at @p now (for hints). */
    Result<QList<QByteArray>> memberAccounts(const QByteArray &space, qint64 now);
    /** Every account that is or was a member. */
    Result<QList<QByteArray>> everMemberAccounts(const QByteArray &space);
    Result<std::optional<MemberListRow>> memberList(const QByteArray &space);
    /** Every member list the owner published for @p space after version @p since, oldest
     *  first (owner unset). */
    Result<QList<MemberListRow>> memberListHistory(const QByteArray &space, qint64 since);
    /**
     * Stores an owner's new member list (already verified and decoded by the caller) and
     * its wraps, in one transaction with the space locked: refuses a version not above the
     * stored one, a lower key version, or a listed non-owner without a wrap for the key
     * version. Accounts no longer listed are marked removed at @p now. *affected receives
     * the accounts of the old and the new list.
     */
    Result<MembersOutcome> putMembers(const QByteArray &space, qint64 version, qint64 keyVersion,
        const QByteArray &list, const QByteArray &sig, const QList<MemberUpdate> &members,
        const QList<KeyWrapRow> &wraps, qint64 now, QList<QByteArray> *affected);
    Result<QList<KeyWrapRow>> keyWraps(const QByteArray &space, const QByteArray &account);

private:
    /** A new member list's content, as putMembers receives it. */
    struct NewList {
        const QByteArray &space;
        qint64 version, keyVersion;
        const QByteArray &list, &sig;
        const QList<MemberUpdate> &members;
        const QList<KeyWrapRow> &wraps;
        qint64 now;
    };
    /** Locks the space's row and checks versions; a refusal, or nothing with *owner set. */
    Result<std::optional<MembersOutcome>> lockForMembers(QSqlQuery &q, const NewList &n, QByteArray *owner);
    /** Stores the wraps, then checks every listed non-owner has one for the key version. */
    Result<std::optional<MembersOutcome>> storeWraps(QSqlQuery &q, const NewList &n, const QByteArray &owner);
    /** Brings the members table in step with the list; *old receives the accounts listed before. */
    Status updateMembers(QSqlQuery &q, const NewList &n, QList<QByteArray> *old);

    Database &m_db;
};

} // namespace cc::server
