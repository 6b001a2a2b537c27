// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/envelope.h"
#include "domain/fastdecode.h"

#include <QByteArrayView>
#include <QCborStreamReader>
#include <QtNumeric>

// The references the byte-level readers in front of the general record decoder are held to,
// by tests/unit/tst_cborscan.cpp and fuzz_envelope.

/**
 * The reference for domain::cborscan::isAcceptable: the same rules, walked with Qt's own
 * QCborStreamReader (the check RecordEnvelope::decode ran before the byte-level scanner took
 * its place). The scanner must judge every input as this walk does, except that it leaves
 * UTF-8 to fromCbor (so the comparisons are of "accepted and built by fromCbor").
 */
namespace cc::fuzz {

inline bool referenceAcceptsCbor(QByteArrayView bytes, int maxDepth)
{
    QCborStreamReader reader(bytes.data(), bytes.size());
    int depth = 0;
    do {
        if (reader.lastError() != QCborError::NoError)
            return false;
        if (depth > 0 && !reader.hasNext()) {
            if (!reader.leaveContainer())
                return false;
            --depth;
            continue;
        }
        switch (reader.type()) {
        case QCborStreamReader::Array:
        case QCborStreamReader::Map:
            if (++depth > maxDepth || !reader.enterContainer())
                return false;
            continue;
        case QCborStreamReader::UnsignedInteger:
        case QCborStreamReader::NegativeInteger:
        case QCborStreamReader::ByteArray:
        case QCborStreamReader::String:
            break;
        case QCborStreamReader::Float16:
            if (!qIsFinite(float(reader.toFloat16())))
                return false;
            break;
        case QCborStreamReader::Float:
            if (!qIsFinite(reader.toFloat()))
                return false;
            break;
        case QCborStreamReader::Double:
            if (!qIsFinite(reader.toDouble()))
                return false;
            break;
        case QCborStreamReader::SimpleType:
            if (!reader.isFalse() && !reader.isTrue() && !reader.isNull())
                return false;
            break;
        case QCborStreamReader::Tag:
        case QCborStreamReader::Invalid:
            return false;
        }
        if (!reader.next())
            return false;
    } while (depth > 0);
    return reader.lastError() == QCborError::NoError && reader.currentOffset() == bytes.size();
}

/** Whether the direct reader, where it reads @p bytes at all, reads what the general path
 *  reads; @p taken counts the inputs it read. */
inline bool fastReadsAsTheGeneralPath(const QByteArray &bytes, int &taken)
{
    const QByteArray id(16, 'R');
    const auto fast = domain::fastdecode::decode(bytes, id);
    if (!fast)
        return true;
    ++taken;
    const auto envelope = domain::RecordEnvelope::decode(bytes);
    if (!envelope || !envelope->isAppendOnly() || !envelope->moved.isNull() || envelope->created != fast->created
        || envelope->latestStamp() != fast->created)
        return false;
    // Equal, and equal in their encodings too (which tell -0.0 from 0.0).
    const auto same = [&id](auto general, const auto &read) {
        return general && (general->id = id, *general == read)
            && QCborValue(general->toFields()).toCbor() == QCborValue(read.toFields()).toCbor();
    };
    if (const auto *entry = std::get_if<domain::ProgressEntry>(&fast->record))
        return same(domain::recordFromEnvelope<domain::ProgressEntry>(*envelope), *entry);
    const auto &checkIn = std::get<domain::CheckIn>(fast->record);
    return same(domain::recordFromEnvelope<domain::CheckIn>(*envelope), checkIn);
}

} // namespace cc::fuzz
