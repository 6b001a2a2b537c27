// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkin.h"
#include "hlc.h"
#include "progressentry.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <variant>

namespace cc::domain::fastdecode {

/** A record read by decode(): the typed record (its id set) and its envelope's creation stamp. */
struct Decoded {
    std::variant<ProgressEntry, CheckIn> record;
    Hlc created;
};

/**
 * Reads the two kinds a vault holds by the ten thousand (progress entries and check-ins)
 * straight from their bytes, when they are in the plain shape RecordEnvelope::encode writes
 * for them: a never-moved envelope {"v", "k", "c", "f"} in that order, definite lengths, and
 * fields of the common shapes only (text in ASCII, no actor, no value of an unusual type).
 * Anything else (a moved record, text that is not ASCII, an actor, a malformed or merely
 * unusual encoding, a record that does not validate) gives nothing, and the caller reads the bytes with
 * RecordEnvelope::decode and fromFields as always, which then also say what is wrong.
 *
 * What it gives equals what that general path gives for the same bytes (the record, with
 * @p id, and the envelope's created stamp); tests/unit/tst_cborscan.cpp and fuzz_envelope
 * hold it to that. It skips building a QCborValue tree, about ten times the cost of the
 * record itself. Bounds-checked reads only; no recursion; never reads past @p bytes.
 */
std::optional<Decoded> decode(QByteArrayView bytes, const QByteArray &id);

} // namespace cc::domain::fastdecode
