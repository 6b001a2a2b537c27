// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushbatch.h"

#include "httpclient.h"
#include "protocol/proofs.h"
#include "protocol/recordproof.h"
#include "protocol/sealedrecord.h"
#include "protocol/sharing.h"
#include "protocol/wire.h"
#include "vault/vault.h"

#include <QDateTime>

namespace cc::sync {

bool verifiedListAllowsPush(const vault::Vault &vault, const QByteArray &space)
{
    if (vault.ownsSpace(space))
        return true;
    const auto state = vault.spaceState(space);
    if (!state || state->removed || state->list.isEmpty())
        return false;
    const auto list = protocol::sharing::decodeMemberList(state->list);
    if (!list)
        return false;
    const protocol::sharing::MemberEntry *me = list->find(vault.accountId());
    // A contributor may edit only its own records: the list alone cannot tell whether the
    // relay's refusal of one of hers is fair, so only a role that may edit anything counts.
    return me && protocol::sharing::mayEditOthers(me->role)
        && list->isActive(vault.accountId(), QDateTime::currentMSecsSinceEpoch());
}

Result<PushBatch> PushBatch::sign(const QList<vault::OutgoingRecord> &chunk, const crypto::KeyPair &key)
{
    // One signature over the chunk's hash tree (a lone record: its plain signature), sent
    // once; the relay gives each record its proof (docs/sync-protocol.md "Record proofs").
    QList<QByteArray> sealed;
    sealed.reserve(chunk.size());
    for (const vault::OutgoingRecord &r : chunk)
        sealed.append(r.sealed);
    const std::optional<protocol::recordproof::PushTree> tree = protocol::recordproof::PushTree::of(sealed);
    if (!tree)
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The server refused a change that is too large."));
    auto signature = protocol::proofs::sign(key.secretKey, tree->message());
    if (!signature)
        return signature.error();
    PushBatch batch;
    batch.m_signature = protocol::toBase64Url(*signature);
    for (const vault::OutgoingRecord &r : chunk) {
        batch.m_items.append(QJsonObject {{QStringLiteral("record"), protocol::toBase64Url(r.sealed)},
            {QStringLiteral("base"),
                r.baseTag.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(protocol::toBase64Url(r.baseTag))}});
        batch.m_ids.append(r.recordId);
        batch.m_tags.insert(r.recordId, protocol::sealedrecord::revisionTag(r.sealed));
        batch.m_sent.insert(r.recordId, r.sealed);
    }
    return batch;
}

Result<QList<vault::PushedRecord>> PushBatch::accepted(const QJsonObject &answer) const
{
    QList<vault::PushedRecord> done;
    for (const QJsonValue &v : answer.value(QStringLiteral("records")).toArray()) {
        protocol::JsonReader item(v.toObject());
        const QByteArray id = item.bytes(QStringLiteral("id"), protocol::IdSize);
        const qint64 seq = item.integer(QStringLiteral("seq"), 1, qint64(1) << 52);
        if (!item.ok() || !m_tags.contains(id))
            return unreadableAnswer();
        done.append({id, m_tags.value(id), seq, m_sent.value(id)});
    }
    return done;
}

} // namespace cc::sync
