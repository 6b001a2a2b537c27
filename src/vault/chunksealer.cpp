// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunksealer.h"

#include <QtConcurrent>

namespace cc::vault::detail {

ChunkSealer::ChunkSealer(qsizetype chunks, SealFunction seal, int helpers)
    : m_chunks(chunks), m_seal(std::move(seal)), m_results(std::size_t(chunks)),
      m_done(std::make_unique<std::atomic<bool>[]>(std::size_t(chunks)))
{
    for (int i = 0; i < helpers; ++i)
        m_helpers.append(QtConcurrent::run([this] {
            while (sealNext()) { }
        }));
}

ChunkSealer::~ChunkSealer()
{
    m_next.store(m_chunks);
    for (QFuture<void> &helper : m_helpers)
        helper.waitForFinished();
}

bool ChunkSealer::sealNext()
{
    const qsizetype index = m_next.fetch_add(1);
    if (index >= m_chunks)
        return false;
    m_results[std::size_t(index)].emplace(m_seal(index));
    m_done[std::size_t(index)].store(true, std::memory_order_release);
    return true;
}

const ChunkSealer::Sealed &ChunkSealer::take(qsizetype index)
{
    while (!m_done[std::size_t(index)].load(std::memory_order_acquire)) {
        // A helper holds this chunk: seal a later one meanwhile. With none left, seal this one
        // again here rather than wait for a helper the scheduler may have set aside (fresh
        // randomness, so either sealing is as good; the helper's is dropped).
        if (!sealNext()) {
            m_own.emplace(m_seal(index));
            return *m_own;
        }
    }
    return *m_results[std::size_t(index)];
}

} // namespace cc::vault::detail
