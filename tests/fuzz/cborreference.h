// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCborStreamReader>
#include <QtNumeric>

/**
 * The reference for domain::cborscan::isAcceptable: the same rules, walked with Qt's own
 * QCborStreamReader (the check RecordEnvelope::decode ran before the byte-level scanner took
 * its place). The differential test (tests/unit/tst_cborscan.cpp) and fuzz_envelope hold the
 * scanner to accepting nothing this walk refuses, and to refusing nothing it accepts beyond
 * the documented cases.
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

} // namespace cc::fuzz
