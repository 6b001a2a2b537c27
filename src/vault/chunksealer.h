// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QFuture>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cc::vault::detail {

/**
 * Seals the chunks of one putMany() on helper threads and on the writing thread at once. The
 * writer takes the chunks in order; whenever the one it needs is not sealed yet it seals the
 * next unclaimed chunk itself, or, with none left, the one it needs, so no core idles while
 * there is sealing to do and the writer never waits for a helper to be scheduled.
 */
class ChunkSealer
{
public:
    using Sealed = Result<QList<QByteArray>>;
    /** Seals chunk @p index; called on several threads at once, each index once. */
    using SealFunction = std::function<Sealed(qsizetype index)>;

    ChunkSealer(qsizetype chunks, SealFunction seal, int helpers);
    /** Stops claiming chunks and waits for the helpers. */
    ~ChunkSealer();
    ChunkSealer(const ChunkSealer &) = delete;
    ChunkSealer &operator=(const ChunkSealer &) = delete;

    /** Chunk @p index, sealed; valid until the next take(). */
    const Sealed &take(qsizetype index);

private:
    /** Claims the next unclaimed chunk and seals it; false when none is left. */
    bool sealNext();

    const qsizetype m_chunks;
    SealFunction m_seal;
    std::vector<std::optional<Sealed>> m_results;
    std::unique_ptr<std::atomic<bool>[]> m_done;
    std::atomic<qsizetype> m_next {0};
    std::optional<Sealed> m_own; ///< a chunk the writer sealed again rather than wait
    QList<QFuture<void>> m_helpers;
};

} // namespace cc::vault::detail
