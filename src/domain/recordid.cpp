// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordid.h"

#include <QRandomGenerator>

#include <array>
#include <cstring>

namespace cc::domain {

QByteArray newRecordId()
{
    std::array<quint32, RecordIdSize / sizeof(quint32)> words {};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    QByteArray id(RecordIdSize, Qt::Uninitialized);
    std::memcpy(id.data(), words.data(), RecordIdSize);
    return id;
}

bool isValidRecordId(QByteArrayView id)
{
    return id.size() == RecordIdSize;
}

} // namespace cc::domain
