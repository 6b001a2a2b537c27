// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cc::domain {

/** Size in bytes of every record id (the vault's clear `record id` column, DESIGN.md §4). */
inline constexpr qsizetype RecordIdSize = 16;

/**
 * A fresh random record id: 16 bytes from the operating system's CSPRNG
 * (QRandomGenerator::system(), i.e. getrandom(2) / BCryptGenRandom / arc4random).
 * Ids are random rather than sequential so that they reveal nothing about when or in
 * which order records were made.
 */
QByteArray newRecordId();

/** True if @p id has the shape of a record id (exactly RecordIdSize bytes). */
bool isValidRecordId(QByteArrayView id);

} // namespace cc::domain
