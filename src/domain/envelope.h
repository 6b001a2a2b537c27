// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "hlc.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QMap>
#include <QString>

namespace cc::domain {

/**
 * The plaintext of one sealed record (DESIGN.md §4, §6): its kind, its fields (a typed
 * record's toFields()), and for mutable kinds a hybrid-logical-clock stamp per field so
 * that concurrent edits merge field by field. A removed field stays as a tombstone: key
 * present, value null, with the stamp of its removal. Append-only kinds (progress,
 * check_in, comment) carry no field stamps, only #created.
 *
 * The vault seals encode()'s bytes; decode() reads bytes that may come from anywhere
 * (another device, a backup, a fuzzer) and must fail cleanly on anything malformed.
 *
 * A record moved to another space carries the stamp of its last move (#moved): where a
 * record is, is a value of its own, and of two moves the later one wins on every device
 * (docs/sync-protocol.md, "A move has a stamp of its own").
 *
 * Encoding (CBOR map): {"v": 1, "k": kind, "c": created stamp, "f": fields,
 * "s": {field: stamp}} ("s" left out for append-only kinds). A moved record is written as
 * version 2 with its move stamp in "m" (version 1 has no "m", version 2 always has one, so
 * that each envelope has one spelling). Stamps are Hlc::toBytes().
 */
struct RecordEnvelope {
    /** The version encode() writes for a record never moved; a moved one is MovedFormatVersion. */
    static constexpr int FormatVersion = 1;
    static constexpr int MovedFormatVersion = 2;
    /** decode() refuses larger input: a record is a few kilobytes at most. */
    static constexpr qsizetype MaxEncodedSize = 1024 * 1024;
    /** decode() refuses CBOR nested deeper than this (ours nests about 6 levels). */
    static constexpr int MaxNestingDepth = 16;

    QString kind;
    QCborMap fields;
    QMap<QString, Hlc> stamps;
    Hlc created;
    /** The stamp of the record's last move to another space; null if it never moved. */
    Hlc moved;

    bool isAppendOnly() const;

    /** Compact CBOR bytes; keys of #stamps in sorted order, fields in their own order. */
    QByteArray encode() const;
    /**
     * Parses encode()'s bytes. Rejects with InvalidInput, without crashing or allocating
     * out of proportion: empty or oversized input, malformed or trailing CBOR, nesting
     * deeper than MaxNestingDepth, CBOR tags or unusual simple values, duplicate keys,
     * unknown keys or version, unknown kinds, wrong types, malformed stamps, and fields
     * and stamps that do not match one to one (mutable kinds) or stamps on an
     * append-only kind. The fields' content is checked by the typed record's fromFields().
     */
    static Result<RecordEnvelope> decode(QByteArrayView bytes);

    /** A new record: every field (for mutable kinds) and #created get @p stamp. */
    static RecordEnvelope make(const QString &kind, const QCborMap &fields, const Hlc &stamp);

    /**
     * Applies an edit: @p newFields is the record's complete new field map (toFields()).
     * A field whose value changed or that is new gets @p stamp; a field that is missing
     * from @p newFields (or null there) becomes a tombstone stamped @p stamp; unchanged
     * fields keep their stamps. Returns whether anything changed. Append-only records are
     * never edited: for them this changes nothing and returns false.
     */
    bool update(const QCborMap &newFields, const Hlc &stamp);

    /** The stamp that orders @p field: its own, else #created. */
    Hlc stampOf(const QString &field) const;
    /** The greatest stamp in the envelope (#created, a field's or #moved). */
    Hlc latestStamp() const;

    friend bool operator==(const RecordEnvelope &, const RecordEnvelope &) = default;
};

/** A field on which the two sides of a merge held different values: the losing side's value. */
struct FieldConflict {
    QString field;
    QCborValue losingValue; ///< null if the loser had removed the field
    Hlc losingStamp;
    Hlc winningStamp;
};

struct EnvelopeMerge {
    RecordEnvelope merged;
    /** The values that lost, for the user to review (DESIGN.md §6); sorted by field. */
    QList<FieldConflict> conflicts;
};

/**
 * Merges two revisions of the same record (DESIGN.md §6). Mutable kinds: per field the
 * greater stamp wins (equal stamps with different values, which a correct clock never
 * makes, are settled by comparing the values' CBOR bytes), tombstones included.
 * Append-only kinds never change, so the revision with the greater #created is kept.
 * The merge's #moved is the later of the two. Commutative: mergeEnvelopes(a, b).merged == mergeEnvelopes(b, a).merged.
 * Fails with InvalidInput if the kinds differ.
 */
Result<EnvelopeMerge> mergeEnvelopes(const RecordEnvelope &local, const RecordEnvelope &remote);

namespace detail {
Error wrongRecordKind();
}

/** A new envelope holding @p record (any record type with Kind and toFields()). */
template<typename Record>
RecordEnvelope makeEnvelope(const Record &record, const Hlc &stamp)
{
    return RecordEnvelope::make(QString(Record::Kind), record.toFields(), stamp);
}

/**
 * The typed record inside @p envelope, validated; InvalidInput if the envelope holds
 * another kind. The record's id is not part of the envelope: the caller sets it.
 */
template<typename Record>
Result<Record> recordFromEnvelope(const RecordEnvelope &envelope)
{
    if (envelope.kind != Record::Kind)
        return detail::wrongRecordKind();
    return Record::fromFields(envelope.fields);
}

} // namespace cc::domain
