// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadorder.h"

#include <algorithm>

namespace cc::domain {

namespace {

constexpr char Version = 1;

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7f)));
        value >>= 7;
    }
    out.append(char(value));
}

/** Reads one LEB128 value of at most 63 bits at @p at; nothing if the bytes end first or it is longer. */
std::optional<qint64> takeVarint(QByteArrayView bytes, qsizetype &at)
{
    quint64 value = 0;
    for (int shift = 0; shift < 63; shift += 7) {
        if (at >= bytes.size())
            return std::nullopt;
        const auto byte = quint8(bytes[at++]);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return qint64(value); // at most 63 bits: never negative
    }
    return std::nullopt;
}

} // namespace

LoadOrder LoadOrder::from(std::vector<qint64> early, std::vector<qint64> history, std::size_t recent)
{
    LoadOrder order;
    if (history.size() <= recent)
        return order; // cut 0: everything is read first, as a whole load does
    // The newest `recent` history rows lie above the cut.
    const auto cutAt = history.end() - std::ptrdiff_t(recent) - 1;
    std::nth_element(history.begin(), cutAt, history.end());
    order.cut = *cutAt;
    early.erase(
        std::remove_if(early.begin(), early.end(), [&order](qint64 row) { return row <= 0 || row > order.cut; }),
        early.end());
    std::sort(early.begin(), early.end());
    early.erase(std::unique(early.begin(), early.end()), early.end());
    order.early = QList<qint64>(early.cbegin(), early.cend());
    return order;
}

QByteArray LoadOrder::encode() const
{
    QByteArray out;
    out.reserve(16 + early.size() * 2);
    out.append(Version);
    putVarint(out, quint64(cut));
    putVarint(out, quint64(early.size()));
    qint64 previous = 0;
    for (qint64 row : early) {
        putVarint(out, quint64(row - previous)); // ascending, so each gap is positive
        previous = row;
    }
    return out;
}

std::optional<LoadOrder> LoadOrder::decode(QByteArrayView bytes)
{
    if (bytes.isEmpty() || bytes[0] != Version)
        return std::nullopt;
    qsizetype at = 1;
    LoadOrder order;
    const auto cut = takeVarint(bytes, at);
    const auto count = takeVarint(bytes, at);
    // Every gap takes a byte at least: a count the bytes cannot hold is refused before any
    // memory is set aside for it.
    if (!cut || !count || *count > bytes.size() - at)
        return std::nullopt;
    order.cut = *cut;
    order.early.reserve(qsizetype(*count));
    qint64 row = 0;
    for (qint64 i = 0; i < *count; ++i) {
        const auto gap = takeVarint(bytes, at);
        if (!gap || *gap == 0 || *gap > order.cut - row)
            return std::nullopt; // not ascending, or above the cut
        row += *gap;
        order.early.append(row);
    }
    if (at != bytes.size())
        return std::nullopt;
    return order;
}

} // namespace cc::domain
