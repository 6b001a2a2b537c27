// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storagetypes.h"

#include <functional>
#include <optional>

namespace cc::server {

class Database;

/** A space's sealed records: pulls by sequence number and all-or-nothing pushes. */
class RecordStore
{
public:
    explicit RecordStore(Database &db) : m_db(db) { }

    /** A pull page holds at most this many bytes of sealed records (but at least one record). */
    static constexpr qint64 MaxPageBytes = 4 * 1024 * 1024;

    /** Records with seq > @p since, ascending, at most @p limit and MaxPageBytes;
     *  *done when none follow. */
    Result<QList<StoredRecord>> pull(const QByteArray &space, qint64 since, int limit, bool *done);
    /**
     * Locks the space and stores all items or none (see docs/sync-protocol.md, push). With
     * @p editorAccount set (a contributor), a record whose current revision another
     * account's device wrote is refused (PushOutcome::forbidden). @p confirm, when set, runs
     * inside the transaction just before COMMIT: false rolls everything back
     * (PushOutcome::refused). The relay checks signatures on other threads meanwhile.
     */
    Result<PushOutcome> push(const QByteArray &space, const QList<PushItem> &items,
        const std::optional<QByteArray> &editorAccount = std::nullopt, const std::function<bool()> &confirm = {});

private:
    struct Push;
    /** The last seq of the page after @p since (@p since itself when it is empty). */
    Result<qint64> pageEnd(const QByteArray &space, qint64 since, int limit, bool *done);
    /** What the push's steps decide: go on, or stop (rolled back) and answer the outcome. */
    enum class Step { Next, Answer };

    Status lockSpace(Push &p);
    Status loadCurrent(Push &p);
    Step checkEditor(Push &p, const std::optional<QByteArray> &editorAccount);
    Result<Step> checkBases(Push &p);
    Result<Step> checkBase(Push &p, qsizetype i);
    /** The seq of a revision already stored under this tag, if any. */
    Result<std::optional<qint64>> heldRevision(Push &p, const PushItem &item);
    Status allocateSequences(Push &p);
    Status insertRecords(Push &p);
    Status insertRevisions(Push &p);

    Database &m_db;
};

} // namespace cc::server
