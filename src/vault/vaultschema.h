// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace cc::vault::detail {

class VaultState;

/**
 * The vault database's connection and tables: opens it with the pragmas every vault uses,
 * and brings an older vault's schema up to Version, one transaction per step. Migrations
 * touch metadata tables only and never need a key, so a locked vault can be upgraded.
 */
class VaultSchema
{
public:
    static constexpr int Version = 6;
    /** SQLite's page cache for writes (openDatabase() explains the size). */
    static constexpr const char *WriteCachePragma = "PRAGMA cache_size=-16384";
    /** ... and while a load reads every record once (RecordStore's ScanCache): SQLite's
     *  default, so reading a large vault does not fill 16 MiB with pages read once. */
    static constexpr const char *ScanCachePragma = "PRAGMA cache_size=-2000";

    /** Opens the database at @p path on a new named connection, kept in @p state. */
    static Status openDatabase(VaultState &state, const QString &path);
    /** Applies pending migrations; refuses a vault made by a newer version. */
    static Status migrate(QSqlDatabase database);
    /** Closes and forgets the connection @p name (nothing if empty). */
    static void closeDatabase(const QString &name);
};

} // namespace cc::vault::detail
