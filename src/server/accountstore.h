// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storagetypes.h"

#include <optional>

namespace cc::server {

class Database;

/** Accounts and their devices (registration, lookup, recovery bundle, revocation). */
class AccountStore
{
public:
    explicit AccountStore(Database &db) : m_db(db) { }

    /** Same for the same account again — same id, identity keys and locator; the stored bundle
     *  is kept — with its device then registered like addDevice; Conflict for another. */
    Result<Put> createAccount(const Account &account, const Device &device);
    /** Forbidden for a revoked device id, Same for an identical one, Conflict for another. */
    Result<Put> addDevice(const Device &device);
    Result<std::optional<Account>> account(const QByteArray &id);
    Result<std::optional<Account>> accountByLocator(const QByteArray &locator);
    Result<std::optional<Device>> device(const QByteArray &id);
    Result<QList<Device>> devices(const QByteArray &account);
    /** Replaces the account's bundle. With @p replaces (the SHA-256 of the bundle the
     *  client fetched and merged its keys into), only while that is still the stored one:
     *  false, and nothing changed, when another device's bundle came in between. */
    Result<bool> setBundle(
        const QByteArray &account, const QByteArray &bundle, const std::optional<QByteArray> &replaces);
    /** Marks the device revoked and deletes its sessions. False if it is not the account's. */
    Result<bool> revokeDevice(const QByteArray &account, const QByteArray &device, qint64 now);

private:
    /** Inside createAccount's transaction: is the locator or the device id already used? */
    Result<bool> identityTaken(const Account &account, const Device &device);
    /** Inside createAccount's transaction: the two rows; rolled back on failure. */
    Status insertAccount(const Account &account, const Device &device);

    Database &m_db;
};

} // namespace cc::server
