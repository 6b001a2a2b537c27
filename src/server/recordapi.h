// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"
#include "crypto/ed25519verifier.h"

#include <QHash>
#include <QJsonArray>

#include <functional>

#include <optional>

namespace cc::server {

/** A space's records: pull by sequence number, push (checked, signed, all or nothing). */
class RecordApi
{
public:
    explicit RecordApi(Api &api) : m_api(api) { }

    HttpResponse pull(Api::Context &c);
    HttpResponse push(Api::Context &c);

private:
    /** The request's records as push items, or the answer refusing the request. A push
     *  signed once (a top-level `sig`) gives that signature in @p pushSignature and its
     *  items no proof yet (signedOnce() derives them). */
    std::optional<HttpResponse> readPushItems(
        const Api::Context &c, const QByteArray &space, QList<Storage::PushItem> *items, QByteArray *pushSignature);
    /** Records[i] of a body read as any JSON; its own `sig` only when the push carries none
     *  (@p signedOnce false). */
    static std::optional<HttpResponse> readPushItem(
        qsizetype i, const QJsonValue &value, bool signedOnce, Storage::PushItem *item);
    /** Records[i], however read, checked against its sealed header, which fills the rest
     *  of @p item. */
    static std::optional<HttpResponse> checkPushItem(
        const Api::Context &c, const QByteArray &space, qsizetype i, Storage::PushItem *item);
    /** Checks the one signature of a push signed once against the tree of its records and
     *  gives each item the proof it is stored and pulled with; the answer refusing it else. */
    std::optional<HttpResponse> signedOnce(
        const QByteArray &device, const QByteArray &signature, QList<Storage::PushItem> *items);
    /** Storage::push and the answer to its outcome (see RecordStore::push for @p confirm). */
    HttpResponse store(const QByteArray &space, const QList<Storage::PushItem> &items,
        const std::optional<QByteArray> &editorAccount, const std::function<bool()> &confirm);
    /** The parsed signing key of @p device (cached), or nullopt when it cannot be read. */
    std::optional<crypto::Ed25519Verifier> verifierFor(const QByteArray &device);
    HttpResponse pushAnswer(
        const QByteArray &space, const QList<Storage::PushItem> &items, const Storage::PushOutcome &outcome);
    HttpResponse conflictAnswer(const Storage::PushOutcome &outcome);

    static constexpr qsizetype MaxCachedVerifiers = 4096;

    Api &m_api;
    QHash<QByteArray, crypto::Ed25519Verifier> m_verifiers;
};

} // namespace cc::server
