// SPDX-License-Identifier: GPL-3.0-or-later
#include "spacestore.h"

#include "database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cc::server {

namespace {

QList<QByteArray> readAccounts(QSqlQuery &q)
{
    QList<QByteArray> out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

} // namespace

Result<Put> SpaceStore::createSpace(const QByteArray &space, const QByteArray &owner, qint64 now)
{
    if (auto b = m_db.begin(); !b)
        return b.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT owner FROM spaces WHERE space = ?"));
    q.bindValue(0, space);
    if (!q.exec())
        return m_db.abort(q, "space lookup");
    if (q.next()) {
        const bool same = q.value(0).toByteArray() == owner;
        q.finish();
        m_db.rollback();
        return same ? Put::Same : Put::Conflict;
    }
    q.prepare(QStringLiteral("INSERT INTO spaces (space, owner, seq, created) VALUES (?, ?, 0, ?)"));
    q.bindValue(0, space);
    q.bindValue(1, owner);
    q.bindValue(2, now);
    if (!q.exec())
        return m_db.abort(q, "space insert");
    q.prepare(QStringLiteral("INSERT INTO members (space, account, role) VALUES (?, ?, ?)"));
    q.bindValue(0, space);
    q.bindValue(1, owner);
    q.bindValue(2, QStringLiteral("owner"));
    if (!q.exec())
        return m_db.abort(q, "member insert");
    if (auto c = m_db.commit(); !c)
        return c.error();
    return Put::Created;
}

Result<QList<SpaceRow>> SpaceStore::spaces(const QByteArray &account, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.space, m.role, s.seq, m.removed, m.expires, s.owner, s.key_version, "
                             "s.list_version FROM members m JOIN spaces s ON s.space = m.space WHERE m.account = ? "
                             "ORDER BY s.created, m.space"));
    q.bindValue(0, account);
    if (!q.exec())
        return Database::failed(q.lastError(), "space list");
    QList<SpaceRow> out;
    while (q.next()) {
        SpaceRow row;
        row.space = q.value(0).toByteArray();
        row.role = q.value(1).toString();
        if (!q.value(4).isNull())
            row.expires = q.value(4).toLongLong();
        if (!q.value(3).isNull())
            row.removed = q.value(3).toLongLong();
        else if (row.expires && *row.expires <= now)
            row.removed = *row.expires;
        row.seq = row.removed ? 0 : q.value(2).toLongLong();
        row.owner = q.value(5).toByteArray();
        row.keyVersion = q.value(6).toLongLong();
        row.listVersion = q.value(7).toLongLong();
        out.append(row);
    }
    return out;
}

Result<std::optional<Membership>> SpaceStore::membership(const QByteArray &space, const QByteArray &account)
{
    // Every space request runs this: one statement kept per connection.
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT m.role, s.owner, m.expires, m.removed FROM members m JOIN "
                                                "spaces s ON s.space = m.space WHERE m.space = ? AND m.account = ?"));
    q.bindValue(0, space);
    q.bindValue(1, account);
    if (!q.exec())
        return Database::failed(q.lastError(), "membership lookup");
    if (!q.next()) {
        q.finish();
        return std::optional<Membership>();
    }
    Membership m;
    m.role = q.value(0).toString();
    m.owner = q.value(1).toByteArray();
    if (!q.value(2).isNull())
        m.expires = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        m.removed = q.value(3).toLongLong();
    q.finish(); // a kept statement must not hold a read snapshot
    return std::optional<Membership>(m);
}

Result<QList<QByteArray>> SpaceStore::memberAccounts(const QByteArray &space, qint64 now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT account FROM members WHERE space = ? AND removed IS NULL AND (expires IS NULL OR expires > ?)"));
    q.bindValue(0, space);
    q.bindValue(1, now);
    if (!q.exec())
        return Database::failed(q.lastError(), "member list");
    return readAccounts(q);
}

Result<QList<QByteArray>> SpaceStore::everMemberAccounts(const QByteArray &space)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT account FROM members WHERE space = ? ORDER BY account"));
    q.bindValue(0, space);
    if (!q.exec())
        return Database::failed(q.lastError(), "member list");
    return readAccounts(q);
}

Result<std::optional<MemberListRow>> SpaceStore::memberList(const QByteArray &space)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT owner, list, list_sig, list_version, key_version FROM spaces WHERE space = ?"));
    q.bindValue(0, space);
    if (!q.exec())
        return Database::failed(q.lastError(), "member list lookup");
    if (!q.next())
        return std::optional<MemberListRow>();
    MemberListRow row;
    row.owner = q.value(0).toByteArray();
    row.list = q.value(1).toByteArray();
    row.sig = q.value(2).toByteArray();
    row.version = q.value(3).toLongLong();
    row.keyVersion = q.value(4).toLongLong();
    return std::optional<MemberListRow>(row);
}

Result<MembersOutcome> SpaceStore::putMembers(const QByteArray &space, qint64 version, qint64 keyVersion,
    const QByteArray &list, const QByteArray &sig, const QList<MemberUpdate> &members, const QList<KeyWrapRow> &wraps,
    qint64 now, QList<QByteArray> *affected)
{
    const NewList n {space, version, keyVersion, list, sig, members, wraps, now};
    if (auto b = m_db.begin(); !b)
        return b.error();
    QSqlQuery q(m_db.connection());
    QByteArray owner;
    auto refused = lockForMembers(q, n, &owner);
    if (refused && !*refused)
        refused = storeWraps(q, n, owner);
    if (!refused)
        return refused.error();
    if (*refused) {
        m_db.rollback();
        return **refused;
    }
    QList<QByteArray> old;
    if (auto u = updateMembers(q, n, &old); !u)
        return u.error();
    if (auto c = m_db.commit(); !c)
        return c.error();
    affected->clear();
    for (const QByteArray &account : old)
        affected->append(account);
    for (const MemberUpdate &m : members) {
        if (!affected->contains(m.account))
            affected->append(m.account);
    }
    return MembersOutcome::Stored;
}

Result<std::optional<MembersOutcome>> SpaceStore::lockForMembers(QSqlQuery &q, const NewList &n, QByteArray *owner)
{
    q.prepare(m_db.isPostgres()
            ? QStringLiteral("SELECT list_version, key_version, owner FROM spaces WHERE space = ? FOR UPDATE")
            : QStringLiteral("SELECT list_version, key_version, owner FROM spaces WHERE space = ?"));
    q.bindValue(0, n.space);
    if (!q.exec())
        return m_db.abort(q, "space lock");
    if (!q.next())
        return std::optional(MembersOutcome::NoSuchSpace);
    const qint64 storedVersion = q.value(0).toLongLong();
    const qint64 storedKeyVersion = q.value(1).toLongLong();
    *owner = q.value(2).toByteArray();
    q.finish();
    if (n.version <= storedVersion)
        return std::optional(MembersOutcome::NotNewer);
    if (n.keyVersion < storedKeyVersion)
        return std::optional(MembersOutcome::KeyVersionLower);
    return std::optional<MembersOutcome>();
}

Result<std::optional<MembersOutcome>> SpaceStore::storeWraps(QSqlQuery &q, const NewList &n, const QByteArray &owner)
{
    for (const KeyWrapRow &w : n.wraps) {
        q.prepare(QStringLiteral("INSERT INTO key_wraps (space, account, key_version, wrap, sig) VALUES (?, ?, ?, ?, "
                                 "?) ON CONFLICT (space, account, key_version) DO UPDATE SET wrap = excluded.wrap, "
                                 "sig = excluded.sig"));
        q.bindValue(0, n.space);
        q.bindValue(1, w.account);
        q.bindValue(2, w.keyVersion);
        q.bindValue(3, w.wrap);
        q.bindValue(4, w.sig);
        if (!q.exec())
            return m_db.abort(q, "key wrap insert");
    }
    for (const MemberUpdate &m : n.members) {
        if (m.account == owner)
            continue;
        q.prepare(QStringLiteral("SELECT 1 FROM key_wraps WHERE space = ? AND account = ? AND key_version = ?"));
        q.bindValue(0, n.space);
        q.bindValue(1, m.account);
        q.bindValue(2, n.keyVersion);
        if (!q.exec())
            return m_db.abort(q, "key wrap lookup");
        if (!q.next())
            return std::optional(MembersOutcome::MissingWrap);
        q.finish();
    }
    return std::optional<MembersOutcome>();
}

Status SpaceStore::updateMembers(QSqlQuery &q, const NewList &n, QList<QByteArray> *old)
{
    // The old list's accounts (for hints), then the members table brought in step.
    q.prepare(QStringLiteral("SELECT account FROM members WHERE space = ? AND removed IS NULL"));
    q.bindValue(0, n.space);
    if (!q.exec())
        return m_db.abort(q, "member list");
    *old = readAccounts(q);
    q.finish();
    QSet<QByteArray> listed;
    for (const MemberUpdate &m : n.members) {
        listed.insert(m.account);
        q.prepare(QStringLiteral("INSERT INTO members (space, account, role, removed, expires) VALUES (?, ?, ?, "
                                 "NULL, ?) ON CONFLICT (space, account) DO UPDATE SET role = excluded.role, removed "
                                 "= NULL, expires = excluded.expires"));
        q.bindValue(0, n.space);
        q.bindValue(1, m.account);
        q.bindValue(2, m.role);
        q.bindValue(3, m.expires ? QVariant(*m.expires) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec())
            return m_db.abort(q, "member update");
    }
    for (const QByteArray &account : *old) {
        if (listed.contains(account))
            continue;
        q.prepare(QStringLiteral("UPDATE members SET removed = ? WHERE space = ? AND account = ?"));
        q.bindValue(0, n.now);
        q.bindValue(1, n.space);
        q.bindValue(2, account);
        if (!q.exec())
            return m_db.abort(q, "member removal");
    }
    q.prepare(
        QStringLiteral("UPDATE spaces SET list_version = ?, key_version = ?, list = ?, list_sig = ? WHERE space = ?"));
    q.bindValue(0, n.version);
    q.bindValue(1, n.keyVersion);
    q.bindValue(2, n.list);
    q.bindValue(3, n.sig);
    q.bindValue(4, n.space);
    if (!q.exec())
        return m_db.abort(q, "member list update");
    q.prepare(QStringLiteral("INSERT INTO member_lists (space, version, list, sig) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, n.space);
    q.bindValue(1, n.version);
    q.bindValue(2, n.list);
    q.bindValue(3, n.sig);
    if (!q.exec())
        return m_db.abort(q, "member list history");
    return {};
}

Result<QList<MemberListRow>> SpaceStore::memberListHistory(const QByteArray &space, qint64 since)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT list, sig, version FROM member_lists WHERE space = ? AND version > ? ORDER BY version"));
    q.bindValue(0, space);
    q.bindValue(1, since);
    if (!q.exec())
        return Database::failed(q.lastError(), "member list history");
    QList<MemberListRow> out;
    while (q.next()) {
        MemberListRow row;
        row.list = q.value(0).toByteArray();
        row.sig = q.value(1).toByteArray();
        row.version = q.value(2).toLongLong();
        out.append(row);
    }
    return out;
}

Result<QList<KeyWrapRow>> SpaceStore::keyWraps(const QByteArray &space, const QByteArray &account)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT account, key_version, wrap, sig FROM key_wraps WHERE space = ? AND account = ? ORDER BY key_version"));
    q.bindValue(0, space);
    q.bindValue(1, account);
    if (!q.exec())
        return Database::failed(q.lastError(), "key wraps");
    QList<KeyWrapRow> out;
    while (q.next()) {
        out.append(KeyWrapRow {
            q.value(0).toByteArray(), q.value(1).toLongLong(), q.value(2).toByteArray(), q.value(3).toByteArray()});
    }
    return out;
}

} // namespace cc::server
