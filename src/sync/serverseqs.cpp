// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverseqs.h"

#include "spacesync.h"

#include <algorithm>

namespace cc::sync {

void ServerSeqs::noteListing(const QList<ServerSpace> &spaces)
{
    QHash<QByteArray, qint64> listed;
    for (const ServerSpace &s : spaces) {
        if (!s.removed)
            listed.insert(s.id, std::max(s.seq, m_known.value(s.id, 0)));
    }
    m_known = std::move(listed);
    m_listed = true;
}

void ServerSeqs::note(const QByteArray &space, qint64 seq)
{
    qint64 &known = m_known[space];
    known = std::max(known, seq);
}

std::optional<qint64> ServerSeqs::cursorAfterPush(const QByteArray &space, qint64 cursor, QList<qint64> seqs)
{
    if (seqs.isEmpty())
        return std::nullopt;
    // Two records of one push may share a sequence (the same revision twice): count each once.
    std::sort(seqs.begin(), seqs.end());
    seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
    note(space, seqs.last());
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        if (seqs.at(i) != cursor + 1 + i)
            return std::nullopt;
    }
    return seqs.last();
}

void ServerSeqs::clear()
{
    m_known.clear();
    m_listed = false;
}

} // namespace cc::sync
