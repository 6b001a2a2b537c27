// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace cc::domain::cborscan {

/**
 * Whether @p bytes are one CBOR item of the shapes our encodings use, safe to hand to
 * QCborValue::fromCbor: nothing after the item, containers nested at most @p maxDepth deep,
 * every length and count within the bytes that are left, only unsigned and negative
 * integers, byte and text strings, arrays, maps, false, true, null and finite floats (no
 * tags, no undefined or other simple values, no NaN or infinity).
 *
 * QCborValue::fromCbor reserves room for what a container's header declares before it reads
 * a single entry, so untrusted bytes must pass this first. Every container is walked here,
 * so the counts it accepts add up to no more than the input's size.
 *
 * A byte-level walk, iterative (no recursion, whatever the nesting) and without allocation,
 * about ten times cheaper than a QCborStreamReader walk of the same rules, which it replaced
 * and agrees with (held to it by tests/unit/tst_cborscan.cpp and fuzz_envelope). UTF-8 in
 * text strings is not checked here, where that walk checked it: fromCbor checks it when it
 * builds the string, and decode() refuses what fromCbor reports.
 */
bool isAcceptable(QByteArrayView bytes, int maxDepth);

} // namespace cc::domain::cborscan
