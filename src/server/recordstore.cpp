// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstore.h"

#include "database.h"
#include "protocol/sealedrecord.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cc::server {

namespace {

/** "(?, ?, …)" repeated: placeholders only, every value is bound. */
QString placeholders(int rows, int columns)
{
    QString row = QStringLiteral("(");
    for (int c = 0; c < columns; ++c)
        row += c ? QStringLiteral(", ?") : QStringLiteral("?");
    row += u')';
    QString all;
    for (int r = 0; r < rows; ++r)
        all += r ? QStringLiteral(", ") + row : row;
    return all;
}

/**
 * Statement widths for a push's multi-row statements: n rows run as statements of 32 rows,
 * then of 8, then single rows. Each statement thus has at most three shapes, parsed once
 * per connection (Database::prepared) instead of once per push with the push's own arity,
 * while PostgreSQL still gets few round trips per push.
 */
constexpr int Widths[] = {32, 8, 1};

/** Calls @p run(start, width) over [0, count) in Widths; stops at the first false. */
template<typename Run>
bool inFixedWidths(qsizetype count, Run &&run)
{
    qsizetype start = 0;
    for (const int width : Widths) {
        for (; count - start >= width; start += width) {
            if (!run(start, width))
                return false;
        }
    }
    return true;
}

const QString &recordUpsertTail()
{
    static const QString tail = QStringLiteral(
        " ON CONFLICT (space, record) DO UPDATE SET seq = excluded.seq, key_version = excluded.key_version, "
        "deleted = excluded.deleted, author = excluded.author, tag = excluded.tag, size = excluded.size, "
        "sig = excluded.sig, sealed = excluded.sealed");
    return tail;
}

/** The distinct record ids of a push, in first-seen order. */
QList<QByteArray> distinctRecords(const QList<PushItem> &items)
{
    QList<QByteArray> ids;
    QSet<QByteArray> seen;
    for (const PushItem &item : items) {
        if (!seen.contains(item.record)) {
            seen.insert(item.record);
            ids.append(item.record);
        }
    }
    return ids;
}

} // namespace

/** One push in progress: its input, what the database holds, and what was decided so far. */
struct RecordStore::Push {
    struct Pending {
        QByteArray tag;
        qsizetype index;
    };
    Push(const QByteArray &s, const QList<PushItem> &i)
        : space(s), items(i), sameAs(i.size(), -1), isNew(i.size(), false)
    { }

    const QByteArray &space;
    const QList<PushItem> &items;
    PushOutcome out;
    qint64 keyVersion = 0; ///< the space's current key version
    QHash<QByteArray, StoredRecord> current;
    QHash<QByteArray, QByteArray> currentAuthorAccount;
    QHash<QByteArray, Pending> pending; // record → latest new revision in this push
    QList<qsizetype> sameAs; // a new item repeated within this push
    QList<bool> isNew;
    QList<qsizetype> fresh; // the new items, in request order
};

Result<qint64> RecordStore::pageEnd(const QByteArray &space, qint64 since, int limit, bool *done)
{
    // Sizes only: the page's last seq is found without loading any record (the PostgreSQL
    // driver holds a whole result set in memory).
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT seq, size FROM records WHERE space = ? AND seq > ? "
                                                "ORDER BY seq LIMIT ?"));
    q.bindValue(0, space);
    q.bindValue(1, since);
    q.bindValue(2, qint64(limit) + 1);
    if (!q.exec())
        return Database::failed(q.lastError(), "pull sizes");
    qint64 last = since, bytes = 0;
    int count = 0;
    *done = true;
    while (q.next()) {
        // A page ends at `limit` records or before it would pass MaxPageBytes; it always
        // holds at least one record, so every page makes progress.
        const qint64 size = q.value(1).toLongLong();
        if (count == limit || (count > 0 && bytes + size > MaxPageBytes)) {
            *done = false;
            break;
        }
        last = q.value(0).toLongLong();
        bytes += size;
        ++count;
    }
    q.finish();
    return last;
}

Result<QList<StoredRecord>> RecordStore::pull(const QByteArray &space, qint64 since, int limit, bool *done)
{
    auto last = pageEnd(space, since, limit, done);
    if (!last)
        return last.error();
    QList<StoredRecord> out;
    if (*last == since)
        return out;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT sealed, sig, seq FROM records WHERE space = ? AND seq > ? AND seq <= ? ORDER BY seq"));
    q.bindValue(0, space);
    q.bindValue(1, since);
    q.bindValue(2, *last);
    if (!q.exec())
        return Database::failed(q.lastError(), "pull");
    while (q.next())
        out.append(StoredRecord {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

Result<PushOutcome> RecordStore::push(const QByteArray &space, const QList<PushItem> &items,
    const std::optional<QByteArray> &editorAccount, const std::function<bool()> &confirm)
{
    if (auto b = m_db.begin(); !b)
        return b.error();
    Push p(space, items);
    if (auto s = lockSpace(p); !s)
        return s.error();
    if (auto s = loadCurrent(p); !s)
        return s.error();
    if (checkEditor(p, editorAccount) == Step::Answer)
        return p.out;
    auto checked = checkBases(p);
    if (!checked)
        return checked.error();
    if (*checked == Step::Answer)
        return p.out;
    if (auto s = allocateSequences(p); !s)
        return s.error();
    if (auto s = insertRecords(p); !s)
        return s.error();
    if (auto s = insertRevisions(p); !s)
        return s.error();
    if (confirm && !confirm()) {
        m_db.rollback();
        p.out = PushOutcome {};
        p.out.refused = true;
        return p.out;
    }
    if (auto c = m_db.commit(); !c)
        return c.error();
    return p.out;
}

Status RecordStore::lockSpace(Push &p)
{
    // Lock the space: BEGIN IMMEDIATE already holds SQLite's write lock; PostgreSQL locks the row.
    QSqlQuery &q = m_db.prepared(m_db.isPostgres()
            ? QStringLiteral("SELECT seq, key_version FROM spaces WHERE space = ? FOR UPDATE")
            : QStringLiteral("SELECT seq, key_version FROM spaces WHERE space = ?"));
    q.bindValue(0, p.space);
    if (!q.exec())
        return m_db.abort(q, "space lock");
    if (!q.next()) {
        q.finish();
        m_db.rollback();
        return makeError(ErrorCode::NotFound, trNoop("Server", "No such space."));
    }
    p.out.spaceSeq = q.value(0).toLongLong();
    p.keyVersion = q.value(1).toLongLong();
    q.finish();
    return {};
}

Status RecordStore::loadCurrent(Push &p)
{
    // The current revision of every record named, a few statements for the whole push.
    const QList<QByteArray> ids = distinctRecords(p.items);
    Status status;
    inFixedWidths(ids.size(), [&](qsizetype start, int width) {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("SELECT r.record, r.sealed, r.sig, r.seq, d.account FROM records r LEFT JOIN devices "
                           "d ON d.device = r.author WHERE r.space = ? AND r.record IN ")
            + placeholders(1, width));
        q.bindValue(0, p.space);
        for (int i = 0; i < width; ++i)
            q.bindValue(i + 1, ids.at(start + i));
        if (!q.exec()) {
            status = m_db.abort(q, "record lookup");
            return false;
        }
        while (q.next()) {
            const QByteArray record = q.value(0).toByteArray();
            p.current.insert(
                record, StoredRecord {q.value(1).toByteArray(), q.value(2).toByteArray(), q.value(3).toLongLong()});
            p.currentAuthorAccount.insert(record, q.value(4).toByteArray());
        }
        q.finish();
        return true;
    });
    return status;
}

RecordStore::Step RecordStore::checkEditor(Push &p, const std::optional<QByteArray> &editorAccount)
{
    // A contributor edits only records whose current revision one of its own devices wrote.
    if (!editorAccount)
        return Step::Next;
    for (qsizetype i = 0; i < p.items.size(); ++i) {
        const auto author = p.currentAuthorAccount.constFind(p.items.at(i).record);
        if (author != p.currentAuthorAccount.cend() && *author != *editorAccount) {
            m_db.rollback();
            p.out.forbidden = i;
            p.out.seqs.clear();
            return Step::Answer;
        }
    }
    return Step::Next;
}

Result<RecordStore::Step> RecordStore::checkBases(Push &p)
{
    // Decide for each item, in request order: a revision already held, a conflict, or new.
    p.out.seqs = QList<qint64>(p.items.size(), 0);
    for (qsizetype i = 0; i < p.items.size(); ++i) {
        auto step = checkBase(p, i);
        if (!step || *step == Step::Answer)
            return step;
    }
    if (!p.out.conflicts.isEmpty()) {
        m_db.rollback();
        p.out.seqs.clear();
        return Step::Answer;
    }
    for (qsizetype i = 0; i < p.items.size(); ++i) {
        if (p.isNew.at(i))
            p.fresh.append(i);
    }
    return Step::Next;
}

Result<RecordStore::Step> RecordStore::checkBase(Push &p, qsizetype i)
{
    const PushItem &item = p.items.at(i);
    const auto pending = p.pending.constFind(item.record);
    const auto c = p.current.constFind(item.record);
    const QByteArray currentTag = pending != p.pending.cend() ? pending->tag
        : c != p.current.cend()                               ? protocol::sealedrecord::revisionTag(c->sealed)
                                                              : QByteArray();
    if (!currentTag.isEmpty() && item.tag == currentTag) {
        if (pending != p.pending.cend())
            p.sameAs[i] = pending->index;
        else
            p.out.seqs[i] = c->seq;
        return Step::Next;
    }
    const bool staleKey = qint64(item.keyVersion) != p.keyVersion;
    if (!staleKey && item.base == currentTag) {
        p.pending.insert(item.record, Push::Pending {item.tag, i});
        p.isNew[i] = true;
        return Step::Next;
    }
    // An older revision of ours, retried after later edits, is still a success; so is a
    // retry of a held revision sealed with a replaced key.
    auto held = heldRevision(p, item);
    if (!held)
        return held.error();
    if (*held) {
        p.out.seqs[i] = **held;
        return Step::Next;
    }
    if (staleKey) {
        // A revision not already held must use the current key (a replaced key may be known
        // to a removed member).
        m_db.rollback();
        p.out.staleKey = p.keyVersion;
        p.out.seqs.clear();
        p.out.conflicts.clear();
        return Step::Answer;
    }
    p.out.conflicts.append(Conflict {
        item.record, c != p.current.cend() ? std::optional<StoredRecord>(*c) : std::optional<StoredRecord>()});
    return Step::Next;
}

Result<std::optional<qint64>> RecordStore::heldRevision(Push &p, const PushItem &item)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT seq FROM revisions WHERE space = ? AND record = ? AND tag = ?"));
    q.bindValue(0, p.space);
    q.bindValue(1, item.record);
    q.bindValue(2, item.tag);
    if (!q.exec())
        return m_db.abort(q, "revision lookup");
    std::optional<qint64> seq;
    if (q.next())
        seq = q.value(0).toLongLong();
    q.finish();
    return seq;
}

Status RecordStore::allocateSequences(Push &p)
{
    if (!p.fresh.isEmpty()) {
        // The space's sequence moves by one per new revision, inside the locked transaction:
        // the same as one UPDATE … seq + 1 … RETURNING seq per record, in one statement.
        QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE spaces SET seq = seq + ? WHERE space = ? RETURNING seq"));
        q.bindValue(0, qint64(p.fresh.size()));
        q.bindValue(1, p.space);
        if (!q.exec() || !q.next())
            return m_db.abort(q, "sequence");
        const qint64 last = q.value(0).toLongLong();
        q.finish();
        qint64 seq = last - p.fresh.size();
        for (qsizetype i : p.fresh)
            p.out.seqs[i] = ++seq;
        p.out.spaceSeq = last;
        p.out.stored = p.fresh.size();
    }
    for (qsizetype i = 0; i < p.items.size(); ++i) {
        if (p.sameAs.at(i) >= 0)
            p.out.seqs[i] = p.out.seqs.at(p.sameAs.at(i));
    }
    return {};
}

Status RecordStore::insertRecords(Push &p)
{
    // The records table keeps the latest revision of each record; revisions keeps every tag.
    QList<qsizetype> latest;
    for (qsizetype i : p.fresh) {
        if (p.pending.value(p.items.at(i).record).index == i)
            latest.append(i);
    }
    Status status;
    inFixedWidths(latest.size(), [&](qsizetype start, int width) {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("INSERT INTO records (space, record, seq, key_version, deleted, author, tag, size, sig, "
                           "sealed) VALUES ")
            + placeholders(width, 10) + recordUpsertTail());
        int v = 0;
        for (int k = 0; k < width; ++k) {
            const qsizetype i = latest.at(start + k);
            const PushItem &item = p.items.at(i);
            q.bindValue(v++, p.space);
            q.bindValue(v++, item.record);
            q.bindValue(v++, p.out.seqs.at(i));
            q.bindValue(v++, qint64(item.keyVersion));
            q.bindValue(v++, qint64(item.deleted ? 1 : 0));
            q.bindValue(v++, item.author);
            q.bindValue(v++, item.tag);
            q.bindValue(v++, qint64(item.sealed.size()));
            q.bindValue(v++, item.signature);
            q.bindValue(v++, item.sealed);
        }
        if (!q.exec()) {
            status = m_db.abort(q, "record insert");
            return false;
        }
        return true;
    });
    return status;
}

Status RecordStore::insertRevisions(Push &p)
{
    Status status;
    inFixedWidths(p.fresh.size(), [&](qsizetype start, int width) {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("INSERT INTO revisions (space, record, tag, seq) VALUES ") + placeholders(width, 4));
        int v = 0;
        for (int k = 0; k < width; ++k) {
            const qsizetype i = p.fresh.at(start + k);
            q.bindValue(v++, p.space);
            q.bindValue(v++, p.items.at(i).record);
            q.bindValue(v++, p.items.at(i).tag);
            q.bindValue(v++, p.out.seqs.at(i));
        }
        if (!q.exec()) {
            status = m_db.abort(q, "revision insert");
            return false;
        }
        return true;
    });
    return status;
}

} // namespace cc::server
