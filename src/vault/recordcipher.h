// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "vaulttypes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <variant>

class QSqlQuery;

namespace cc::vault::detail {

class VaultState;

/** The current row of a query selecting "record_id, space_id, key_version, deleted,
 *  server_seq, dirty, sealed, base_tag" in that order, from its column @p first on. */
StoredRow storedRowAt(const QSqlQuery &q, int first = 0);

/**
 * Seals and opens records with the space keys the shared state holds (unlocked vault).
 * Holds no keys itself; cheap to make wherever records are sealed or opened.
 */
class RecordCipher
{
public:
    explicit RecordCipher(const VaultState &state) : m_state(state) { }

    /** Seals @p record with the newest key of its space; NotFound if no key is held. */
    Result<QByteArray> seal(const PlainRecord &record, QByteArrayView saltAndNonce) const;
    Result<QByteArray> sealWithVersion(const PlainRecord &record, quint32 version, QByteArrayView saltAndNonce) const;
    /** Opens one stored row, checking that the clear columns agree with the sealed header. */
    std::variant<OpenedRecord, DamagedRecord> open(const StoredRow &row) const;
    /** As open(), a damaged row as an ErrorCode::Damaged error. */
    Result<OpenedRecord> openOrError(const StoredRow &row) const;

private:
    const VaultState &m_state;
};

} // namespace cc::vault::detail
