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

/** A record row as stored: clear columns and the sealed bytes, not opened yet. */
struct StoredRow {
    QByteArray recordId;
    QByteArray spaceId;
    quint32 keyVersion = 0;
    bool deleted = false;
    qint64 serverSeq = -1;
    bool dirty = false;
    QByteArray sealed;
    QByteArray baseTag;
};

/** The current row of a query selecting "record_id, space_id, key_version, deleted,
 *  server_seq, dirty, sealed, base_tag" in that order. */
StoredRow storedRowAt(const QSqlQuery &q);

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
