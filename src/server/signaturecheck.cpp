// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturecheck.h"

#include <QtConcurrent>

namespace cc::server {

namespace {

// Below this many items the thread hand-off costs more than it saves.
constexpr qsizetype InlineBelow = 32;
// Slices small enough to spread over the pool's threads, large enough to amortise a task.
constexpr qsizetype Slice = 64;

} // namespace

SignatureCheck::SignatureCheck(const crypto::Ed25519Verifier &verifier, const QList<PushItem> &items)
    : m_verifier(verifier), m_items(items), m_valid(size_t(items.size()), 0)
{
    if (items.size() < InlineBelow) {
        checkRange(0, items.size());
        return;
    }
    for (qsizetype from = 0; from < items.size(); from += Slice) {
        const qsizetype to = std::min(items.size(), from + Slice);
        m_running.append(QtConcurrent::run([this, from, to] { checkRange(from, to); }));
    }
}

SignatureCheck::~SignatureCheck()
{
    for (QFuture<void> &f : m_running)
        f.waitForFinished();
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
    for (QFuture<void> &f : m_running)
        f.waitForFinished();
    m_running.clear();
    for (size_t i = 0; i < m_valid.size(); ++i) {
        if (!m_valid[i])
            return qsizetype(i);
    }
    return -1;
}

} // namespace cc::server
