// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstore.h"

#include "database.h"

#include "crypto/sha256.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc::server {

namespace {

Account readAccount(const QSqlQuery &q)
{
    return Account {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
        q.value(3).toByteArray(), q.value(4).toByteArray(), q.value(5).toByteArray()};
}

Device readDevice(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toByteArray();
    d.account = q.value(1).toByteArray();
    d.signPub = q.value(2).toByteArray();
    d.certificate = q.value(3).toByteArray();
    d.label = q.value(4).toByteArray();
    d.created = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        d.revoked = q.value(6).toLongLong();
    return d;
}

/** The parts of a registration the proof signs: a repeat with these equal is the same account,
 *  whatever bundle it carries (the API has verified its proof). */
bool sameIdentity(const Account &stored, const Account &repeat)
{
    return stored.account == repeat.account && stored.signPub == repeat.signPub && stored.boxPub == repeat.boxPub
        && stored.locator == repeat.locator;
}

void bindDevice(QSqlQuery &q, const Device &dev)
{
    q.bindValue(0, dev.id);
    q.bindValue(1, dev.account);
    q.bindValue(2, dev.signPub);
    q.bindValue(3, dev.certificate);
    q.bindValue(4, dev.label);
    q.bindValue(5, dev.created);
}

} // namespace

Result<Put> AccountStore::createAccount(const Account &a, const Device &dev)
{
    if (auto b = m_db.begin(); !b)
        return b.error();
    auto existing = account(a.account);
    if (!existing) {
        m_db.rollback();
        return existing.error();
    }
    if (existing->has_value()) {
        m_db.rollback();
        if (!sameIdentity(**existing, a))
            return Put::Conflict;
        // The same account again (a retried registration): register the device the same way.
        // The stored bundle stays; a retry seals it anew, and only a signed-in device of the
        // account may replace it (PUT /v1/account/bundle).
        return addDevice(dev);
    }
    auto taken = identityTaken(a, dev);
    if (!taken)
        return taken.error();
    if (*taken) {
        m_db.rollback();
        return Put::Conflict;
    }
    if (auto inserted = insertAccount(a, dev); !inserted)
        return inserted.error();
    if (auto c = m_db.commit(); !c)
        return c.error();
    return Put::Created;
}

Result<bool> AccountStore::identityTaken(const Account &a, const Device &dev)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE locator = ?"));
    q.bindValue(0, a.locator);
    if (!q.exec())
        return m_db.abort(q, "account lookup");
    if (q.next())
        return true;
    q.prepare(QStringLiteral("SELECT 1 FROM devices WHERE device = ?"));
    q.bindValue(0, dev.id);
    // A failed lookup counts as taken, as it always has: the client may retry with another id.
    return !q.exec() || q.next();
}

Status AccountStore::insertAccount(const Account &a, const Device &dev)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (account, sign_pub, box_pub, locator, bundle, proof, created) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, a.account);
    q.bindValue(1, a.signPub);
    q.bindValue(2, a.boxPub);
    q.bindValue(3, a.locator);
    q.bindValue(4, a.bundle);
    q.bindValue(5, a.proof);
    q.bindValue(6, dev.created);
    if (!q.exec())
        return m_db.abort(q, "account insert");
    q.prepare(QStringLiteral("INSERT INTO devices (device, account, sign_pub, certificate, label, created) VALUES "
                             "(?, ?, ?, ?, ?, ?)"));
    bindDevice(q, dev);
    if (!q.exec())
        return m_db.abort(q, "device insert");
    return {};
}

Result<Put> AccountStore::addDevice(const Device &dev)
{
    auto existing = device(dev.id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const Device &e = **existing;
        if (e.revoked)
            return Put::Forbidden;
        if (e.account == dev.account && e.signPub == dev.signPub && e.certificate == dev.certificate)
            return Put::Same;
        return Put::Conflict;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO devices (device, account, sign_pub, certificate, label, created) VALUES "
                             "(?, ?, ?, ?, ?, ?) ON CONFLICT (device) DO NOTHING"));
    bindDevice(q, dev);
    if (!q.exec())
        return Database::failed(q.lastError(), "device insert");
    return q.numRowsAffected() == 1 ? Put::Created : Put::Conflict;
}

Result<std::optional<Account>> AccountStore::account(const QByteArray &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT account, sign_pub, box_pub, locator, bundle, proof FROM accounts WHERE account = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return Database::failed(q.lastError(), "account lookup");
    if (!q.next())
        return std::optional<Account>();
    return std::optional<Account>(readAccount(q));
}

Result<std::optional<Account>> AccountStore::accountByLocator(const QByteArray &locator)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT account, sign_pub, box_pub, locator, bundle, proof FROM accounts WHERE locator = ?"));
    q.bindValue(0, locator);
    if (!q.exec())
        return Database::failed(q.lastError(), "recovery lookup");
    if (!q.next())
        return std::optional<Account>();
    return std::optional<Account>(readAccount(q));
}

Result<std::optional<Device>> AccountStore::device(const QByteArray &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT device, account, sign_pub, certificate, label, created, revoked FROM devices WHERE device = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return Database::failed(q.lastError(), "device lookup");
    if (!q.next())
        return std::optional<Device>();
    return std::optional<Device>(readDevice(q));
}

Result<QList<Device>> AccountStore::devices(const QByteArray &account)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT device, account, sign_pub, certificate, label, created, revoked FROM devices "
                             "WHERE account = ? ORDER BY created, device"));
    q.bindValue(0, account);
    if (!q.exec())
        return Database::failed(q.lastError(), "device list");
    QList<Device> out;
    while (q.next())
        out.append(readDevice(q));
    return out;
}

Result<bool> AccountStore::setBundle(
    const QByteArray &account, const QByteArray &bundle, const std::optional<QByteArray> &replaces)
{
    if (!replaces) {
        if (auto s = m_db.exec(QStringLiteral("UPDATE accounts SET bundle = ? WHERE account = ?"), {bundle, account});
            !s)
            return s.error();
        return true;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bundle FROM accounts WHERE account = ?"));
    q.bindValue(0, account);
    if (!q.exec())
        return Database::failed(q.lastError(), "bundle read");
    if (!q.next())
        return false;
    const QByteArray current = q.value(0).toByteArray();
    q.finish();
    if (crypto::sha256({current}) != *replaces)
        return false;
    // Only over the bundle just read: a put of another device in between (another server
    // on the same PostgreSQL database) leaves no row to update.
    q.prepare(QStringLiteral("UPDATE accounts SET bundle = ? WHERE account = ? AND bundle = ?"));
    q.bindValue(0, bundle);
    q.bindValue(1, account);
    q.bindValue(2, current);
    if (!q.exec())
        return Database::failed(q.lastError(), "bundle update");
    return q.numRowsAffected() == 1;
}

Result<bool> AccountStore::revokeDevice(const QByteArray &account, const QByteArray &device, qint64 now)
{
    if (auto b = m_db.begin(); !b)
        return b.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE devices SET revoked = COALESCE(revoked, ?) WHERE device = ? AND account = ?"));
    q.bindValue(0, now);
    q.bindValue(1, device);
    q.bindValue(2, account);
    if (!q.exec())
        return m_db.abort(q, "device revoke");
    if (q.numRowsAffected() <= 0) {
        // Not a device of this account: no side effect at all (its sessions stay).
        m_db.rollback();
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE device = ? AND account = ?"));
    q.bindValue(0, device);
    q.bindValue(1, account);
    if (!q.exec())
        return m_db.abort(q, "session delete");
    if (auto c = m_db.commit(); !c)
        return c.error();
    return true;
}

} // namespace cc::server
