// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keypair.h"
#include "vault/vaulttypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace cc::vault {
class Vault;
}

namespace cc::sync {

/**
 * Whether the newest member list of @p space this device verified (owner-signed) lets this
 * account push anything there now: the owner, or listed as editor before its end date. A `403`
 * undoes local changes only when this says no as well: the relay's word alone (or a proxy's
 * stray 403) must never throw away what was written here.
 */
bool verifiedListAllowsPush(const vault::Vault &vault, const QByteArray &space);

/**
 * One push request (POST /v1/spaces/{space}/records) and what its answer means: the signed
 * items to send, and the answer read back into the revisions the vault marks pushed. Kept
 * apart from SyncEngine, which decides what to do on each answer.
 */
class PushBatch
{
public:
    /** Signs the records of @p chunk with this device's @p key: one signature for the push. */
    static Result<PushBatch> sign(const QList<vault::OutgoingRecord> &chunk, const crypto::KeyPair &key);

    /** The request body: {"sig", "records": [{record, base}, …]}, signed once (the relay
     *  derives each record's proof, docs/sync-protocol.md "Spaces and records"). */
    QJsonObject body() const { return {{QStringLiteral("sig"), m_signature}, {QStringLiteral("records"), m_items}}; }
    qsizetype size() const { return m_ids.size(); }
    QByteArray firstId() const { return m_ids.value(0); }
    QByteArray lastId() const { return m_ids.value(m_ids.size() - 1); }

    /** The revisions a 200 answer stored, with their sequences; an error if the answer
     *  names a record that was not sent or lacks a field. */
    Result<QList<vault::PushedRecord>> accepted(const QJsonObject &answer) const;

private:
    QString m_signature; ///< base64url
    QJsonArray m_items;
    QList<QByteArray> m_ids;
    QHash<QByteArray, QByteArray> m_tags;
    QHash<QByteArray, QByteArray> m_sent;
};

} // namespace cc::sync
