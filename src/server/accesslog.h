// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storagetypes.h"

namespace cc::server {

class Database;

/** Who pulled how many records of a space, and when (for the owner's access view). */
class AccessLog
{
public:
    explicit AccessLog(Database &db) : m_db(db) { }

    Status logAccess(const QByteArray &space, const AccessEvent &event);
    /** Events of the space before @p before (ms), newest first, at most @p limit. */
    Result<QList<AccessEvent>> accessLog(const QByteArray &space, qint64 before, int limit);

private:
    Database &m_db;
};

} // namespace cc::server
