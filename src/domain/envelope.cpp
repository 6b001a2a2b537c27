// SPDX-License-Identifier: GPL-3.0-or-later
#include "envelope.h"

#include "cborscan.h"
#include "codes.h"
#include "domainerror.h"

#include <QSet>

#include <algorithm>

namespace cc::domain {

namespace {

const QLatin1StringView KeyVersion("v");
const QLatin1StringView KeyKind("k");
const QLatin1StringView KeyCreated("c");
const QLatin1StringView KeyFields("f");
const QLatin1StringView KeyStamps("s");
const QLatin1StringView KeyMoved("m");

Error malformed()
{
    return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A record is malformed and could not be read."));
}

/** Text keys only, each once. */
bool hasUniqueTextKeys(const QCborMap &map)
{
    // Our maps hold a few keys: compare them pairwise, without making a QString of each.
    constexpr qsizetype PairwiseUpTo = 16;
    if (map.size() <= PairwiseUpTo) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!it.key().isString())
                return false;
            for (auto earlier = map.cbegin(); earlier != it; ++earlier) {
                if (earlier.key() == it.key())
                    return false;
            }
        }
        return true;
    }
    QSet<QString> seen;
    seen.reserve(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.key().isString())
            return false;
        const QString key = it.key().toString();
        if (seen.contains(key))
            return false;
        seen.insert(key);
    }
    return true;
}

} // namespace

bool RecordEnvelope::isAppendOnly() const
{
    return codes::isAppendOnlyKind(kind);
}

QByteArray RecordEnvelope::encode() const
{
    QCborMap map;
    map.insert(KeyVersion, moved.isNull() ? FormatVersion : MovedFormatVersion);
    map.insert(KeyKind, kind);
    map.insert(KeyCreated, created.toCbor());
    map.insert(KeyFields, fields);
    if (!isAppendOnly()) {
        QCborMap stampMap;
        for (auto it = stamps.cbegin(); it != stamps.cend(); ++it)
            stampMap.insert(it.key(), it.value().toCbor());
        map.insert(KeyStamps, stampMap);
    }
    if (!moved.isNull())
        map.insert(KeyMoved, moved.toCbor());
    // Doubles that a float holds exactly (12.5, 140) take 3 or 5 bytes instead of 9; they
    // read back as the same double.
    return QCborValue(map).toCbor(QCborValue::EncodingOptions(QCborValue::UseFloat16));
}

Result<RecordEnvelope> RecordEnvelope::decode(QByteArrayView bytes)
{
    // Scanned first: QCborValue::fromCbor reserves room for what a container's header
    // declares (up to about a million entries) before reading a single entry, so untrusted
    // bytes must be shown complete, shallow and of our types before it builds them.
    if (bytes.isEmpty() || bytes.size() > MaxEncodedSize || !cborscan::isAcceptable(bytes, MaxNestingDepth))
        return malformed();
    QCborParserError parseError;
    const QCborValue root = QCborValue::fromCbor(bytes.toByteArray(), &parseError);
    if (parseError.error != QCborError::NoError || !root.isMap())
        return malformed();

    const QCborMap map = root.toMap();
    if (!hasUniqueTextKeys(map))
        return malformed();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key = it.key().toString();
        if (key != KeyVersion && key != KeyKind && key != KeyCreated && key != KeyFields && key != KeyStamps
            && key != KeyMoved)
            return malformed();
    }
    const QCborValue version = map.value(KeyVersion);
    if (!version.isInteger() || (version.toInteger() != FormatVersion && version.toInteger() != MovedFormatVersion))
        return detail::invalidInput(
            QT_TRANSLATE_NOOP("Domain", "A record was written by a newer version of CareCircle and cannot be read."));

    RecordEnvelope envelope;
    const QCborValue moved = map.value(KeyMoved);
    if (version.toInteger() == MovedFormatVersion) {
        Result<Hlc> stamp = Hlc::fromCbor(moved);
        if (!stamp || !stamp->isValid())
            return malformed();
        envelope.moved = *stamp;
    } else if (!moved.isUndefined()) {
        return malformed();
    }
    const QCborValue kind = map.value(KeyKind);
    if (!kind.isString() || !codes::isValidRecordKind(kind.toString()))
        return malformed();
    envelope.kind = kind.toString();

    Result<Hlc> created = Hlc::fromCbor(map.value(KeyCreated));
    if (!created || !created->isValid())
        return malformed();
    envelope.created = *created;

    const QCborValue fields = map.value(KeyFields);
    if (!fields.isMap() || !hasUniqueTextKeys(fields.toMap()))
        return malformed();
    envelope.fields = fields.toMap();

    const QCborValue stamps = map.value(KeyStamps);
    if (envelope.isAppendOnly()) {
        if (!stamps.isUndefined())
            return malformed();
        return envelope;
    }
    if (!stamps.isMap() || !hasUniqueTextKeys(stamps.toMap()))
        return malformed();
    const QCborMap stampMap = stamps.toMap();
    if (stampMap.size() != envelope.fields.size())
        return malformed();
    for (auto it = stampMap.cbegin(); it != stampMap.cend(); ++it) {
        const QString field = it.key().toString();
        Result<Hlc> stamp = Hlc::fromCbor(it.value());
        if (!stamp || !stamp->isValid() || !envelope.fields.contains(field))
            return malformed();
        envelope.stamps.insert(field, *stamp);
    }
    return envelope;
}

RecordEnvelope RecordEnvelope::make(const QString &kind, const QCborMap &fields, const Hlc &stamp)
{
    RecordEnvelope envelope;
    envelope.kind = kind;
    envelope.fields = fields;
    envelope.created = stamp;
    if (!envelope.isAppendOnly()) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            envelope.stamps.insert(it.key().toString(), stamp);
    }
    return envelope;
}

bool RecordEnvelope::update(const QCborMap &newFields, const Hlc &stamp)
{
    if (isAppendOnly())
        return false;
    bool changed = false;
    const auto removeField = [&](const QString &field) {
        if (fields.contains(field) && !fields.value(field).isNull()) {
            fields.insert(field, QCborValue(nullptr));
            stamps.insert(field, stamp);
            changed = true;
        }
    };
    for (auto it = newFields.cbegin(); it != newFields.cend(); ++it) {
        if (!it.key().isString())
            continue;
        const QString field = it.key().toString();
        const QCborValue value = it.value();
        if (value.isNull() || value.isUndefined()) {
            removeField(field);
        } else if (!fields.contains(field) || fields.value(field) != value) {
            fields.insert(field, value);
            stamps.insert(field, stamp);
            changed = true;
        }
    }
    QStringList gone;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString field = it.key().toString();
        if (!newFields.contains(field))
            gone.append(field);
    }
    for (const QString &field : std::as_const(gone))
        removeField(field);
    return changed;
}

Hlc RecordEnvelope::stampOf(const QString &field) const
{
    return stamps.value(field, created);
}

Hlc RecordEnvelope::latestStamp() const
{
    Hlc latest = std::max(created, moved);
    for (const Hlc &stamp : stamps)
        latest = std::max(latest, stamp);
    return latest;
}

Result<EnvelopeMerge> mergeEnvelopes(const RecordEnvelope &local, const RecordEnvelope &remote)
{
    if (local.kind != remote.kind)
        return detail::wrongRecordKind();

    EnvelopeMerge result;
    if (local.isAppendOnly()) {
        const bool remoteWins =
            remote.created > local.created || (remote.created == local.created && remote.encode() > local.encode());
        const RecordEnvelope &winner = remoteWins ? remote : local;
        const RecordEnvelope &loser = remoteWins ? local : remote;
        result.merged = winner;
        result.merged.moved = std::max(local.moved, remote.moved);
        QStringList keys;
        for (auto it = loser.fields.cbegin(); it != loser.fields.cend(); ++it)
            keys.append(it.key().toString());
        keys.sort();
        for (const QString &field : std::as_const(keys)) {
            if (loser.fields.value(field) != winner.fields.value(field) && !loser.fields.value(field).isNull())
                result.conflicts.append({field, loser.fields.value(field), loser.created, winner.created});
        }
        return result;
    }

    RecordEnvelope &merged = result.merged;
    merged.kind = local.kind;
    merged.created = std::min(local.created, remote.created);
    merged.moved = std::max(local.moved, remote.moved);

    QStringList keys;
    for (auto it = local.fields.cbegin(); it != local.fields.cend(); ++it)
        keys.append(it.key().toString());
    for (auto it = remote.fields.cbegin(); it != remote.fields.cend(); ++it)
        keys.append(it.key().toString());
    keys.sort();
    keys.removeDuplicates();

    for (const QString &field : std::as_const(keys)) {
        const bool inLocal = local.fields.contains(field);
        const bool inRemote = remote.fields.contains(field);
        if (!inRemote || !inLocal) {
            const RecordEnvelope &holder = inLocal ? local : remote;
            merged.fields.insert(field, holder.fields.value(field));
            merged.stamps.insert(field, holder.stampOf(field));
            continue;
        }
        const QCborValue localValue = local.fields.value(field);
        const QCborValue remoteValue = remote.fields.value(field);
        const Hlc localStamp = local.stampOf(field);
        const Hlc remoteStamp = remote.stampOf(field);
        bool remoteWins = remoteStamp > localStamp;
        if (remoteStamp == localStamp && localValue != remoteValue)
            remoteWins = remoteValue.toCbor() > localValue.toCbor();
        const QCborValue &winnerValue = remoteWins ? remoteValue : localValue;
        const QCborValue &loserValue = remoteWins ? localValue : remoteValue;
        merged.fields.insert(field, winnerValue);
        merged.stamps.insert(field, remoteWins ? remoteStamp : localStamp);
        if (winnerValue != loserValue)
            result.conflicts.append(
                {field, loserValue, remoteWins ? localStamp : remoteStamp, remoteWins ? remoteStamp : localStamp});
    }
    return result;
}

namespace detail {
Error wrongRecordKind()
{
    return invalidInput(QT_TRANSLATE_NOOP("Domain", "The record is of another kind than expected."));
}
} // namespace detail

} // namespace cc::domain
