// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcipher.h"

#include "vaultstate.h"

#include <QSqlQuery>

namespace cc::vault::detail {

StoredRow storedRowAt(const QSqlQuery &q, int first)
{
    return StoredRow {q.value(first).toByteArray(), q.value(first + 1).toByteArray(),
        quint32(q.value(first + 2).toLongLong()), q.value(first + 3).toBool(),
        q.value(first + 4).isNull() ? -1 : q.value(first + 4).toLongLong(), q.value(first + 5).toBool(),
        q.value(first + 6).toByteArray(), q.value(first + 7).toByteArray()};
}

Result<QByteArray> RecordCipher::seal(const PlainRecord &record, QByteArrayView saltAndNonce) const
{
    if (!m_state.currentKeyVersion.contains(record.spaceId))
        return makeError(
            ErrorCode::NotFound, trNoop("Vault", "The record's sharing space does not exist in this vault."));
    return sealWithVersion(record, m_state.currentKeyVersion.value(record.spaceId), saltAndNonce);
}

Result<QByteArray> RecordCipher::sealWithVersion(
    const PlainRecord &record, quint32 version, QByteArrayView saltAndNonce) const
{
    const crypto::SecureBuffer *key = m_state.spaceKey(record.spaceId, version);
    if (!key)
        return makeError(
            ErrorCode::NotFound, trNoop("Vault", "The record's sharing space does not exist in this vault."));
    protocol::SealedHeader header {record.spaceId, record.recordId, version, record.deleted, m_state.deviceId};
    return protocol::sealedrecord::sealWithRandom(*key, header, record.payload, saltAndNonce);
}

std::variant<OpenedRecord, DamagedRecord> RecordCipher::open(const StoredRow &row) const
{
    auto damaged = [&](const char *reason) {
        return DamagedRecord {row.spaceId, row.recordId, QCoreApplication::translate("Vault", reason), row.rowid};
    };
    auto header = protocol::sealedrecord::parseHeader(row.sealed);
    if (!header)
        return damaged(QT_TRANSLATE_NOOP("Vault", "The record's header is malformed."));
    if (header->recordId != row.recordId || header->spaceId != row.spaceId || header->keyVersion != row.keyVersion
        || header->deleted != row.deleted)
        return damaged(QT_TRANSLATE_NOOP("Vault", "The record's stored identity does not match its content."));
    const crypto::SecureBuffer *key = m_state.spaceKey(header->spaceId, header->keyVersion);
    if (!key)
        return damaged(QT_TRANSLATE_NOOP("Vault", "The key of the record's space is missing or damaged."));
    auto payload = protocol::sealedrecord::open(*key, row.sealed);
    if (!payload)
        return DamagedRecord {row.spaceId, row.recordId, payload.error().message, row.rowid};
    return OpenedRecord {*header, std::move(*payload), row.serverSeq, row.dirty,
        protocol::sealedrecord::revisionTag(row.sealed), row.baseTag, row.rowid};
}

Result<OpenedRecord> RecordCipher::openOrError(const StoredRow &row) const
{
    auto opened = open(row);
    if (auto *damaged = std::get_if<DamagedRecord>(&opened))
        return Error {ErrorCode::Damaged, damaged->reason};
    return std::get<OpenedRecord>(std::move(opened));
}

} // namespace cc::vault::detail
