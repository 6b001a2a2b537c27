// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace cc::server {

class Database;

namespace schema {

/**
 * Brings the database to the current schema version in one transaction (PostgreSQL: under
 * an advisory lock, so instances starting together migrate once). Refuses a database
 * written by a newer server. Existing tables are never rewritten: old databases keep working.
 */
Status migrate(Database &db);

} // namespace schema
} // namespace cc::server
