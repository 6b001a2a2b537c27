// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncbook.h"

#include "crypto/random.h"
#include "protocol/sealedrecord.h"
#include "vaulterrors.h"
#include "vaultstate.h"

#include <QSqlQuery>

#include <algorithm>

namespace cc::vault::detail {

namespace {

// Sync metadata in the meta table.
const QString ServerUrlMeta = QStringLiteral("server_url");
const QString ConnectedMeta = QStringLiteral("connected");

QVariant nullableBlob(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}

/** Binds one pushed revision to markPushed()'s three statements (see there). */
void bindPushed(QSqlQuery &same, QSqlQuery &edited, QSqlQuery &departed, const PushedRecord &p)
{
    QByteArray space;
    if (!p.sealed.isEmpty()) {
        if (auto header = protocol::sealedrecord::parseHeader(p.sealed))
            space = header->spaceId;
    }
    same.bindValue(0, p.serverSeq);
    same.bindValue(1, p.tag);
    same.bindValue(2, p.recordId);
    same.bindValue(3, p.tag);
    same.bindValue(4, space.isEmpty() ? 0 : 1);
    same.bindValue(5, space);
    edited.bindValue(0, p.serverSeq);
    edited.bindValue(1, p.tag);
    edited.bindValue(2, nullableBlob(p.sealed));
    edited.bindValue(3, p.recordId);
    edited.bindValue(4, p.tag);
    edited.bindValue(5, space.isEmpty() ? 0 : 1);
    edited.bindValue(6, space);
    departed.bindValue(0, p.recordId);
    departed.bindValue(1, space);
    departed.bindValue(2, p.tag);
}

/** Writes one revision with storeSynced()'s upsert. */
bool writeSyncedRow(QSqlQuery &q, const protocol::SealedHeader &h, qint64 seq, bool dirty, const QByteArray &sealed,
    const QByteArray &base, const QByteArray &baseSealed)
{
    q.bindValue(0, h.recordId);
    q.bindValue(1, h.spaceId);
    q.bindValue(2, seq < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(seq));
    q.bindValue(3, dirty ? 1 : 0);
    q.bindValue(4, qint64(h.keyVersion));
    q.bindValue(5, h.deleted ? 1 : 0);
    q.bindValue(6, sealed);
    q.bindValue(7, nullableBlob(base));
    q.bindValue(8, nullableBlob(baseSealed));
    return q.exec();
}

} // namespace

QString SyncBook::serverUrl() const
{
    auto url = m_state.optionalMeta(ServerUrlMeta);
    return url ? QString::fromUtf8(*url) : QString();
}

bool SyncBook::isConnected() const
{
    auto connected = m_state.optionalMeta(ConnectedMeta);
    return connected && *connected == "1" && !serverUrl().isEmpty();
}

Status SyncBook::setServer(const QString &url, const QByteArray &accountId)
{
    if (!m_state.db().transaction())
        return saveFailed();
    if (!m_state.setMeta(ServerUrlMeta, url.toUtf8()) || !m_state.setMeta(AccountIdMeta, accountId)
        || !m_state.db().commit()) {
        m_state.db().rollback();
        return saveFailed();
    }
    return {};
}

Status SyncBook::setConnected(bool connected)
{
    if (!m_state.setMeta(ConnectedMeta, connected ? QByteArrayLiteral("1") : QByteArrayLiteral("0")))
        return saveFailed();
    return {};
}

QList<QByteArray> SyncBook::dirtySpaces() const
{
    QList<QByteArray> spaces;
    QSqlQuery q(m_state.db());
    if (!q.exec(QStringLiteral("SELECT space_id FROM records WHERE dirty = 1 UNION SELECT space_id FROM departures")))
        return spaces;
    while (q.next())
        spaces.append(q.value(0).toByteArray());
    return spaces;
}

int SyncBook::dirtyCount() const
{
    QSqlQuery q(m_state.db());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM records WHERE dirty = 1) + "
                               "(SELECT COUNT(*) FROM departures)"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<QList<OutgoingRecord>> SyncBook::dirtyRecords(
    const QByteArray &spaceId, const QByteArray &afterId, int limit) const
{
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    // Two fixed statements: a NULL bound for "no id yet" would compare as unknown. Tombstones
    // of records moved away from the space are pushed with its dirty records.
    q.prepare(afterId.isEmpty()
            ? QStringLiteral("SELECT record_id, space_id, sealed, base_tag FROM records "
                             "WHERE dirty = 1 AND space_id = ? UNION ALL "
                             "SELECT record_id, space_id, sealed, base_tag FROM departures WHERE space_id = ? "
                             "ORDER BY 1 LIMIT ?")
            : QStringLiteral("SELECT record_id, space_id, sealed, base_tag FROM records "
                             "WHERE dirty = 1 AND space_id = ? AND record_id > ? UNION ALL "
                             "SELECT record_id, space_id, sealed, base_tag FROM departures "
                             "WHERE space_id = ? AND record_id > ? ORDER BY 1 LIMIT ?"));
    int i = 0;
    q.bindValue(i++, spaceId);
    if (!afterId.isEmpty())
        q.bindValue(i++, afterId);
    q.bindValue(i++, spaceId);
    if (!afterId.isEmpty())
        q.bindValue(i++, afterId);
    q.bindValue(i++, limit);
    if (!q.exec())
        return readFailed();
    QList<OutgoingRecord> out;
    while (q.next())
        out.append({q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
            q.value(3).toByteArray(), {}});
    return out;
}

Status SyncBook::markPushed(const QList<PushedRecord> &pushed)
{
    if (!m_state.db().transaction())
        return saveFailed();
    // The tag is the last 16 bytes of the sealed revision (protocol::sealedrecord::revisionTag). When the
    // pushed bytes are known, only the row in the space they went to is touched: a record
    // moved away has a queued tombstone in the old space under the same id.
    QSqlQuery same(m_state.db());
    same.prepare(QStringLiteral("UPDATE records SET dirty = 0, server_seq = ?, base_tag = ?, base_sealed = NULL "
                                "WHERE record_id = ? AND substr(sealed, length(sealed) - 15, 16) = ? "
                                "AND (? = 0 OR space_id = ?)"));
    QSqlQuery edited(m_state.db());
    edited.prepare(QStringLiteral("UPDATE records SET server_seq = ?, base_tag = ?, base_sealed = ? "
                                  "WHERE record_id = ? AND substr(sealed, length(sealed) - 15, 16) != ? "
                                  "AND (? = 0 OR space_id = ?)"));
    QSqlQuery departed(m_state.db());
    departed.prepare(QStringLiteral("DELETE FROM departures WHERE record_id = ? AND space_id = ? "
                                    "AND substr(sealed, length(sealed) - 15, 16) = ?"));
    for (const PushedRecord &p : pushed) {
        bindPushed(same, edited, departed, p);
        for (QSqlQuery *q : {&same, &edited, &departed}) {
            if (!q->exec()) {
                m_state.db().rollback();
                return saveFailed();
            }
        }
    }
    if (!m_state.db().commit()) {
        m_state.db().rollback();
        return saveFailed();
    }
    return {};
}

Result<OutgoingRecord> SyncBook::storedRecord(const QByteArray &recordId) const
{
    QSqlQuery q(m_state.db());
    q.prepare(
        QStringLiteral("SELECT record_id, space_id, sealed, base_tag, base_sealed FROM records WHERE record_id = :id"));
    q.bindValue(QStringLiteral(":id"), recordId);
    if (!q.exec())
        return readFailed();
    if (!q.next())
        return makeError(ErrorCode::NotFound, trNoop("Vault", "The record does not exist."));
    return OutgoingRecord {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
        q.value(3).toByteArray(), q.value(4).toByteArray()};
}

QHash<QByteArray, RecordSyncState> SyncBook::syncStates(const QList<QByteArray> &recordIds) const
{
    // A pull page asks for a thousand ids: one statement of fixed arity, prepared once and run
    // per batch (a short batch repeats its first id), instead of one query per record.
    constexpr int Batch = 64;
    QHash<QByteArray, RecordSyncState> states;
    if (recordIds.isEmpty())
        return states;
    QString placeholders = QStringLiteral("?");
    for (int i = 1; i < Batch; ++i)
        placeholders += QStringLiteral(", ?");
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id, substr(sealed, length(sealed) - 15, 16), base_tag, server_seq, dirty, "
                             "space_id FROM records WHERE record_id IN (")
        + placeholders + QStringLiteral(")"));
    for (qsizetype from = 0; from < recordIds.size(); from += Batch) {
        for (int i = 0; i < Batch; ++i)
            q.bindValue(i, recordIds.at(from + i < recordIds.size() ? from + i : from));
        if (!q.exec())
            continue;
        while (q.next())
            states.insert(q.value(0).toByteArray(),
                {q.value(1).toByteArray(), q.value(2).toByteArray(), q.value(3).isNull() ? -1 : q.value(3).toLongLong(),
                    q.value(4).toBool(), q.value(5).toByteArray()});
        q.finish();
    }
    return states;
}

qint64 SyncBook::pullCursor(const QByteArray &spaceId) const
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT seq FROM pull_cursors WHERE space_id = :space"));
    q.bindValue(QStringLiteral(":space"), spaceId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Status SyncBook::storeSynced(const QList<IncomingRecord> &incoming, const QList<MergedRecord> &merged,
    const QByteArray &cursorSpace, qint64 cursor, const QList<RefusedRevision> &refused)
{
    if (!m_state.isUnlocked())
        return locked();
    // Check everything before writing: a revision is stored only if it opens here.
    auto headers = parseIncoming(incoming);
    if (!headers)
        return headers.error();
    auto sealedMerged = sealMerged(merged);
    if (!sealedMerged)
        return sealedMerged.error();

    if (!m_state.db().transaction())
        return saveFailed();
    if (auto s = writeSynced(incoming, *headers, merged, *sealedMerged, cursorSpace, cursor, refused);
        !s || !m_state.db().commit()) {
        m_state.db().rollback();
        return saveFailed();
    }
    return {};
}

Result<QList<protocol::SealedHeader>> SyncBook::parseIncoming(const QList<IncomingRecord> &incoming)
{
    QList<protocol::SealedHeader> headers;
    headers.reserve(incoming.size());
    for (const IncomingRecord &r : incoming) {
        auto header = protocol::sealedrecord::parseHeader(r.sealed);
        if (!header)
            return makeError(ErrorCode::Damaged, trNoop("Vault", "The record's header is malformed."));
        headers.append(*header);
    }
    return headers;
}

Result<QList<QByteArray>> SyncBook::sealMerged(const QList<MergedRecord> &merged) const
{
    QList<QByteArray> sealedMerged;
    sealedMerged.reserve(merged.size());
    if (merged.isEmpty())
        return sealedMerged;
    const QByteArray random = crypto::randomBytes(merged.size() * protocol::sealedrecord::RandomSize);
    for (qsizetype i = 0; i < merged.size(); ++i) {
        if (merged[i].record.recordId.size() != protocol::sealedrecord::IdSize)
            return makeError(ErrorCode::InvalidInput, trNoop("Vault", "A record identifier has the wrong size."));
        auto s = m_cipher.seal(merged[i].record,
            QByteArrayView(random).sliced(i * protocol::sealedrecord::RandomSize, protocol::sealedrecord::RandomSize));
        if (!s)
            return s.error();
        sealedMerged.append(std::move(*s));
    }
    return sealedMerged;
}

Status SyncBook::writeSynced(const QList<IncomingRecord> &incoming, const QList<protocol::SealedHeader> &headers,
    const QList<MergedRecord> &merged, const QList<QByteArray> &sealedMerged, const QByteArray &cursorSpace,
    qint64 cursor, const QList<RefusedRevision> &refused)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT INTO records (record_id, space_id, server_seq, dirty, key_version, deleted, "
                             "sealed, base_tag, base_sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(record_id) DO UPDATE SET space_id = excluded.space_id, "
                             "server_seq = excluded.server_seq, dirty = excluded.dirty, "
                             "key_version = excluded.key_version, deleted = excluded.deleted, "
                             "sealed = excluded.sealed, base_tag = excluded.base_tag, "
                             "base_sealed = excluded.base_sealed"));
    // A departure is queued only for a space the record is not in: one stored in that space
    // again (a later move brought it back) makes it void. Most vaults queue none at all.
    QSqlQuery voided(m_state.db());
    const bool anyDeparture =
        std::any_of(merged.cbegin(), merged.cend(), [](const MergedRecord &m) { return m.departure; })
        || (voided.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM departures)")) && voided.next()
            && voided.value(0).toBool());
    if (anyDeparture)
        voided.prepare(QStringLiteral("DELETE FROM departures WHERE record_id = ? AND space_id = ?"));
    const auto stored = [&](const protocol::SealedHeader &h) {
        if (!anyDeparture)
            return true;
        voided.bindValue(0, h.recordId);
        voided.bindValue(1, h.spaceId);
        return voided.exec();
    };
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (!writeSyncedRow(q, headers[i], incoming[i].serverSeq, false, incoming[i].sealed,
                protocol::sealedrecord::revisionTag(incoming[i].sealed), {})
            || !stored(headers[i]))
            return saveFailed();
    }
    for (qsizetype i = 0; i < merged.size(); ++i) {
        auto header = protocol::sealedrecord::parseHeader(sealedMerged[i]);
        if (!header)
            return saveFailed();
        if (merged[i].departure) {
            if (!writeDeparture(*header, sealedMerged[i], merged[i].baseTag))
                return saveFailed();
            continue;
        }
        if (!writeSyncedRow(
                q, *header, merged[i].serverSeq, true, sealedMerged[i], merged[i].baseTag, merged[i].baseSealed)
            || !stored(*header))
            return saveFailed();
    }
    if (!cursorSpace.isEmpty() && !writePullCursor(cursorSpace, cursor))
        return saveFailed();
    if (!writeRefusals(refused))
        return saveFailed();
    return {};
}

bool SyncBook::writeDeparture(const protocol::SealedHeader &h, const QByteArray &sealed, const QByteArray &baseTag)
{
    QSqlQuery d(m_state.db());
    d.prepare(QStringLiteral("INSERT INTO departures (record_id, space_id, key_version, sealed, base_tag) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT(record_id, space_id) DO UPDATE SET "
                             "key_version = excluded.key_version, sealed = excluded.sealed, "
                             "base_tag = excluded.base_tag"));
    d.bindValue(0, h.recordId);
    d.bindValue(1, h.spaceId);
    d.bindValue(2, qint64(h.keyVersion));
    d.bindValue(3, sealed);
    d.bindValue(4, baseTag);
    return d.exec();
}

bool SyncBook::writeRefusals(const QList<RefusedRevision> &refused)
{
    if (refused.isEmpty())
        return true;
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("INSERT INTO refusals (record_id, reason) VALUES (?, ?)"));
    for (const RefusedRevision &r : refused) {
        q.bindValue(0, r.recordId);
        q.bindValue(1, r.reason);
        if (!q.exec())
            return false;
    }
    return true;
}

Result<QList<RefusedRevision>> SyncBook::takeRefusals()
{
    if (!m_state.isUnlocked())
        return locked();
    QList<RefusedRevision> taken;
    if (!m_state.db().transaction())
        return saveFailed();
    QSqlQuery q(m_state.db());
    bool ok = q.exec(QStringLiteral("SELECT record_id, reason FROM refusals ORDER BY rowid"));
    while (ok && q.next())
        taken.append({q.value(0).toByteArray(), q.value(1).toString()});
    ok = ok && (taken.isEmpty() || q.exec(QStringLiteral("DELETE FROM refusals")));
    if (!ok || !m_state.db().commit()) {
        m_state.db().rollback();
        return saveFailed();
    }
    return taken;
}

bool SyncBook::writePullCursor(const QByteArray &space, qint64 cursor)
{
    QSqlQuery c(m_state.db());
    c.prepare(QStringLiteral("INSERT INTO pull_cursors (space_id, seq) VALUES (:space, :seq) "
                             "ON CONFLICT(space_id) DO UPDATE SET seq = max(seq, excluded.seq)"));
    c.bindValue(QStringLiteral(":space"), space);
    c.bindValue(QStringLiteral(":seq"), cursor);
    return c.exec();
}

Result<int> SyncBook::resealDirty(const QByteArray &space, quint32 version)
{
    if (!m_state.isUnlocked())
        return locked();
    const quint32 target = version ? version : m_state.currentKeyVersion.value(space, 0);
    if (!m_state.spaceKey(space, target))
        return makeError(ErrorCode::NotFound, trNoop("Vault", "The key of the record's space is missing or damaged."));
    auto stale = staleRows(space, target);
    if (!stale)
        return stale.error();
    if (stale->isEmpty())
        return 0;
    if (!m_state.db().transaction())
        return saveFailed();
    for (const StaleRow &s : *stale) {
        if (auto resealed = reseal(s, space, target); !resealed) {
            m_state.db().rollback();
            return resealed.error();
        }
    }
    if (!m_state.db().commit()) {
        m_state.db().rollback();
        return saveFailed();
    }
    return int(stale->size());
}

Result<QList<SyncBook::StaleRow>> SyncBook::staleRows(const QByteArray &space, quint32 target) const
{
    QList<StaleRow> stale;
    QSqlQuery q(m_state.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id, space_id, key_version, deleted, server_seq, dirty, sealed, base_tag "
                             "FROM records WHERE dirty = 1 AND space_id = ? AND key_version != ?"));
    q.bindValue(0, space);
    q.bindValue(1, qint64(target));
    if (!q.exec())
        return readFailed();
    while (q.next())
        stale.append({false, storedRowAt(q)});
    QSqlQuery t(m_state.db());
    t.setForwardOnly(true);
    t.prepare(QStringLiteral("SELECT record_id, space_id, key_version, sealed, base_tag FROM departures "
                             "WHERE space_id = ? AND key_version != ?"));
    t.bindValue(0, space);
    t.bindValue(1, qint64(target));
    if (!t.exec())
        return readFailed();
    while (t.next())
        stale.append({true,
            {t.value(0).toByteArray(), t.value(1).toByteArray(), quint32(t.value(2).toLongLong()), true, -1, true,
                t.value(3).toByteArray(), t.value(4).toByteArray()}});
    return stale;
}

Status SyncBook::reseal(const StaleRow &stale, const QByteArray &space, quint32 target)
{
    auto opened = m_cipher.openOrError(stale.row);
    if (!opened)
        return opened.error();
    auto sealed = m_cipher.sealWithVersion({space, stale.row.recordId, opened->payload, stale.row.deleted}, target,
        crypto::randomBytes(protocol::sealedrecord::RandomSize));
    if (!sealed)
        return sealed.error();
    QSqlQuery u(m_state.db());
    u.prepare(stale.departure ? QStringLiteral("UPDATE departures SET sealed = ?, key_version = ? "
                                               "WHERE record_id = ? AND space_id = ?")
                              : QStringLiteral("UPDATE records SET sealed = ?, key_version = ? "
                                               "WHERE record_id = ? AND space_id = ?"));
    u.bindValue(0, *sealed);
    u.bindValue(1, qint64(target));
    u.bindValue(2, stale.row.recordId);
    u.bindValue(3, space);
    if (!u.exec())
        return saveFailed();
    return {};
}

Status SyncBook::rebaseDeparture(const QByteArray &space, const QByteArray &recordId, const QByteArray &baseTag)
{
    QSqlQuery q(m_state.db());
    if (baseTag.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM departures WHERE record_id = ? AND space_id = ?"));
        q.bindValue(0, recordId);
        q.bindValue(1, space);
    } else {
        q.prepare(QStringLiteral("UPDATE departures SET base_tag = ? WHERE record_id = ? AND space_id = ?"));
        q.bindValue(0, baseTag);
        q.bindValue(1, recordId);
        q.bindValue(2, space);
    }
    if (!q.exec())
        return saveFailed();
    return {};
}

Status SyncBook::revertRefused(const QByteArray &space, const QByteArray &recordId, const QString &reason)
{
    if (!m_state.db().transaction())
        return saveFailed();
    if (!writeReverted(space, recordId) || !writeRefusals({{recordId, reason}}) || !m_state.db().commit()) {
        m_state.db().rollback();
        return saveFailed();
    }
    return {};
}

bool SyncBook::writeReverted(const QByteArray &space, const QByteArray &recordId)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT base_tag, base_sealed FROM records WHERE record_id = ? AND space_id = ? "
                             "AND dirty = 1"));
    q.bindValue(0, recordId);
    q.bindValue(1, space);
    if (!q.exec())
        return false;
    if (q.next()) {
        const QByteArray baseTag = q.value(0).toByteArray();
        const QByteArray baseSealed = q.value(1).toByteArray();
        const auto base = protocol::sealedrecord::parseHeader(baseSealed);
        QSqlQuery w(m_state.db());
        if (baseTag.isEmpty()) {
            // Never on the server: nobody else holds it, so it goes.
            w.prepare(QStringLiteral("DELETE FROM records WHERE record_id = ? AND space_id = ?"));
        } else if (base && base->recordId == recordId) {
            // The server revision the change edited is here: it is the record again.
            w.prepare(QStringLiteral("UPDATE records SET sealed = ?, deleted = ?, key_version = ?, dirty = 0, "
                                     "base_sealed = NULL WHERE record_id = ? AND space_id = ?"));
            w.addBindValue(baseSealed);
            w.addBindValue(base->deleted ? 1 : 0);
            w.addBindValue(qint64(base->keyVersion));
        } else {
            // Only its tag is known: pull the space again from the start, taking the server's.
            QSqlQuery c(m_state.db());
            c.prepare(QStringLiteral("UPDATE pull_cursors SET seq = 0 WHERE space_id = ?"));
            c.addBindValue(space);
            if (!c.exec())
                return false;
            w.prepare(
                QStringLiteral("UPDATE records SET dirty = 0, server_seq = 0 WHERE record_id = ? AND space_id = ?"));
        }
        w.addBindValue(recordId);
        w.addBindValue(space);
        if (!w.exec())
            return false;
    }
    QSqlQuery d(m_state.db());
    d.prepare(QStringLiteral("DELETE FROM departures WHERE record_id = ? AND space_id = ?"));
    d.addBindValue(recordId);
    d.addBindValue(space);
    return d.exec();
}

bool SyncBook::hasDeparture(const QByteArray &space, const QByteArray &recordId) const
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("SELECT 1 FROM departures WHERE record_id = ? AND space_id = ?"));
    q.bindValue(0, recordId);
    q.bindValue(1, space);
    return q.exec() && q.next();
}

QSet<QByteArray> SyncBook::departureSpaces() const
{
    QSet<QByteArray> out;
    QSqlQuery q(m_state.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT space_id FROM departures")))
        return out;
    while (q.next())
        out.insert(q.value(0).toByteArray());
    return out;
}

Status SyncBook::holdDepartures(const QList<IncomingRecord> &departures)
{
    if (departures.isEmpty())
        return {};
    if (!m_state.db().transaction())
        return saveFailed();
    QSqlQuery q(m_state.db());
    q.prepare(
        QStringLiteral("INSERT INTO held_departures (record_id, space_id, sealed, server_seq) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(record_id, space_id) DO UPDATE SET sealed = excluded.sealed, "
                       "server_seq = excluded.server_seq"));
    for (const IncomingRecord &held : departures) {
        auto header = protocol::sealedrecord::parseHeader(held.sealed);
        if (!header) {
            m_state.db().rollback();
            return header.error();
        }
        q.bindValue(0, header->recordId);
        q.bindValue(1, header->spaceId);
        q.bindValue(2, held.sealed);
        q.bindValue(3, held.serverSeq);
        if (!q.exec()) {
            m_state.db().rollback();
            return saveFailed();
        }
    }
    return m_state.db().commit() ? Status() : Status(saveFailed());
}

QList<IncomingRecord> SyncBook::heldDepartures() const
{
    QList<IncomingRecord> out;
    QSqlQuery q(m_state.db());
    if (!q.exec(QStringLiteral("SELECT sealed, server_seq FROM held_departures ORDER BY space_id, record_id")))
        return out;
    while (q.next())
        out.append({q.value(0).toByteArray(), q.value(1).toLongLong()});
    return out;
}

Status SyncBook::releaseDeparture(const QByteArray &space, const QByteArray &recordId)
{
    QSqlQuery q(m_state.db());
    q.prepare(QStringLiteral("DELETE FROM held_departures WHERE record_id = ? AND space_id = ?"));
    q.bindValue(0, recordId);
    q.bindValue(1, space);
    return q.exec() ? Status() : Status(saveFailed());
}

} // namespace cc::vault::detail
