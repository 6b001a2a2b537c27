// SPDX-License-Identifier: GPL-3.0-or-later
#include "departurehold.h"

#include "httpclient.h"
#include "protocol/sealedrecord.h"
#include "protocol/wire.h"
#include "vault/vault.h"

#include <QJsonArray>

#include <algorithm>

namespace cc::sync {

Status DepartureHold::hold(const QList<vault::IncomingRecord> &departures)
{
    for (const vault::IncomingRecord &d : departures) {
        if (auto header = protocol::sealedrecord::parseHeader(d.sealed))
            m_heldThisRound.insert(header->recordId);
    }
    return m_vault.holdDepartures(departures);
}

QList<QByteArray> DepartureHold::pushOrder(QList<QByteArray> dirtySpaces) const
{
    const QSet<QByteArray> moves = m_vault.departureSpaces();
    std::stable_partition(
        dirtySpaces.begin(), dirtySpaces.end(), [&moves](const QByteArray &s) { return !moves.contains(s); });
    return dirtySpaces;
}

Result<ApplyPlan> DepartureHold::settle(const QList<ServerSpace> &listed)
{
    const QList<vault::IncomingRecord> held = m_full ? m_vault.heldDepartures() : QList<vault::IncomingRecord>();
    if (held.isEmpty())
        return ApplyPlan();
    // A space listed for this account whose key is not here yet may be where a record went.
    bool everyKeyHere = true;
    for (const ServerSpace &space : listed) {
        if (!space.removed && m_vault.keyVersion(space.id) == 0)
            everyKeyHere = false;
    }
    QList<QByteArray> ids;
    for (const vault::IncomingRecord &d : held) {
        auto header = protocol::sealedrecord::parseHeader(d.sealed);
        ids.append(header ? header->recordId : QByteArray());
    }
    const auto states = m_vault.syncStates(ids);
    ApplyPlan apply;
    for (qsizetype i = 0; i < held.size(); ++i) {
        auto header = protocol::sealedrecord::parseHeader(held[i].sealed);
        if (!header)
            continue;
        const auto state = states.constFind(ids[i]);
        // The record arrived elsewhere, changed here since, or is gone: the move is complete.
        const bool settled = state == states.cend() || state->spaceId != header->spaceId || state->dirty
            || state->serverSeq > held[i].serverSeq;
        if (settled) {
            m_roundsWaited.remove(header->recordId);
            if (auto s = m_vault.releaseDeparture(header->spaceId, header->recordId); !s)
                return s.error();
            continue;
        }
        if (m_heldThisRound.contains(header->recordId))
            continue;
        int &waited = m_roundsWaited[header->recordId];
        if (everyKeyHere || ++waited >= MaxFullRoundsWaiting) {
            m_roundsWaited.remove(header->recordId);
            apply.incoming.append(held[i]);
        }
    }
    return apply;
}

Result<DepartureHold::ConflictAnswer> DepartureHold::readConflicts(
    const QByteArray &space, const QJsonObject &answer) const
{
    const Error unreadable = unreadableAnswer();
    ConflictAnswer answered;
    for (const QJsonValue &v : answer.value(QStringLiteral("conflicts")).toArray()) {
        protocol::JsonReader item(v.toObject());
        const QByteArray id = item.bytes(QStringLiteral("id"), protocol::IdSize);
        const QJsonValue current = v.toObject().value(QStringLiteral("current"));
        if (!item.ok())
            return unreadable;
        std::optional<protocol::WireRecord> wire;
        if (!current.isNull() && !current.isUndefined()) {
            protocol::JsonReader record(current.toObject());
            auto read = protocol::WireRecord::fromJson(record);
            if (!read)
                return unreadable;
            wire = std::move(*read);
        }
        if (m_vault.hasDeparture(space, id)) {
            // The tombstone of a record moved away: it now removes the server's current
            // revision there (or nothing is left to remove). That revision, an edit made
            // there meanwhile, is still merged into the record where it went
            // (RecordApplier::planConflicts), or the move would undo it.
            answered.rebases.append({id, wire ? protocol::sealedrecord::revisionTag(wire->sealed) : QByteArray()});
            if (!wire)
                continue;
        }
        answered.conflicts.append({id, std::move(wire)});
    }
    return answered;
}

Status DepartureHold::rebase(const QByteArray &space, const Rebases &rebases)
{
    for (const auto &[id, base] : rebases) {
        // A departure the stored plan voided (it took a later move back into this space) is
        // gone: the update finds nothing.
        if (auto s = m_vault.rebaseDeparture(space, id, base); !s)
            return s;
    }
    return {};
}

Status DepartureHold::release(const QList<vault::IncomingRecord> &departures)
{
    for (const vault::IncomingRecord &d : departures) {
        auto header = protocol::sealedrecord::parseHeader(d.sealed);
        if (!header)
            continue;
        m_roundsWaited.remove(header->recordId);
        if (auto s = m_vault.releaseDeparture(header->spaceId, header->recordId); !s)
            return s;
    }
    return {};
}

} // namespace cc::sync
