// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturecheck.h"

#include <QThread>

#include <algorithm>

namespace cc::server {

namespace {

// Below this many items the thread hand-off costs more than it saves.
constexpr qsizetype InlineBelow = 32;
// Slices small enough to spread over the threads, large enough to amortise taking one.
constexpr qsizetype Slice = 64;

} // namespace

SignatureCheck::SignatureCheck(const crypto::Ed25519Verifier &verifier, const QList<PushItem> &items)
    : m_verifier(verifier), m_items(items), m_valid(size_t(items.size()), 0)
{
    if (items.size() < InlineBelow) {
        checkSlices();
        return;
    }
    const qsizetype slices = (items.size() + Slice - 1) / Slice;
    const qsizetype threads = std::min(slices, qsizetype(std::max(1, QThread::idealThreadCount())));
    m_threads.reserve(std::size_t(threads));
    try {
        for (qsizetype t = 0; t < threads; ++t)
            m_threads.emplace_back([this] { checkSlices(); });
    } catch (...) {
        // No thread to be had (std::system_error at the system's limit, or std::bad_alloc):
        // what no thread takes, firstInvalid() checks.
    }
}

SignatureCheck::~SignatureCheck()
{
    // Dropped unanswered (the push failed otherwise): no thread starts another slice.
    m_nextSlice.store(m_items.size() / Slice + 1);
    join();
}

void SignatureCheck::join()
{
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
}

void SignatureCheck::checkSlices()
{
    const qsizetype count = m_items.size();
    for (qsizetype from = m_nextSlice.fetch_add(1) * Slice; from < count; from = m_nextSlice.fetch_add(1) * Slice)
        checkRange(from, std::min(count, from + Slice));
}

void SignatureCheck::checkRange(qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const PushItem &item = m_items.at(i);
        m_valid[size_t(i)] = m_proofs.verify(m_verifier, item.sealed, item.signature) ? 1 : 0;
    }
}

qsizetype SignatureCheck::firstInvalid()
{
    checkSlices(); // the slices no thread has taken yet, here rather than waiting
    join();
    for (size_t i = 0; i < m_valid.size(); ++i) {
        if (!m_valid[i])
            return qsizetype(i);
    }
    return -1;
}

} // namespace cc::server
