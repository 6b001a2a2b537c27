// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"

#include <QJsonArray>

namespace cc::server {

/** A space's records: pull by sequence number, push (checked, signed, all or nothing). */
class RecordApi
{
public:
    explicit RecordApi(Api &api) : m_api(api) { }

    HttpResponse pull(Api::Context &c);
    HttpResponse push(Api::Context &c);

private:
    /** The request's records as push items, or the answer refusing the request. */
    std::optional<HttpResponse> readPushItems(
        const Api::Context &c, const QByteArray &space, QList<Storage::PushItem> *items);
    /** Records[i] read and checked against its sealed header. */
    std::optional<HttpResponse> readPushItem(
        const Api::Context &c, const QByteArray &space, qsizetype i, const QJsonValue &value, Storage::PushItem *item);
    /** Every item's signature by the session's device, or the answer naming the first bad one. */
    std::optional<HttpResponse> verifySignatures(const Api::Context &c, const QList<Storage::PushItem> &items);
    HttpResponse pushAnswer(
        const QByteArray &space, const QList<Storage::PushItem> &items, const Storage::PushOutcome &outcome);
    HttpResponse conflictAnswer(const Storage::PushOutcome &outcome);

    Api &m_api;
};

} // namespace cc::server
