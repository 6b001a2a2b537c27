// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"
#include "protocol/sharing.h"

#include <QJsonArray>

namespace cc::server {

/** Spaces and their sharing state: creation, the caller's spaces, member lists, key wraps, devices. */
class SpaceApi
{
public:
    explicit SpaceApi(Api &api) : m_api(api) { }

    HttpResponse createSpace(Api::Context &c);
    HttpResponse listSpaces(Api::Context &c);
    HttpResponse putMembers(Api::Context &c);
    HttpResponse getMembers(Api::Context &c);
    HttpResponse getKeys(Api::Context &c);
    HttpResponse getSpaceDevices(Api::Context &c);

private:
    /** The request's key wraps, or the answer refusing them. */
    static std::optional<HttpResponse> readWraps(const QJsonArray &array, QList<Storage::KeyWrapRow> *wraps);
    /** The members table rows of a verified list, each checked against its account's keys. */
    std::optional<HttpResponse> memberUpdates(
        const protocol::sharing::MemberList &list, QList<Storage::MemberUpdate> *members);
    static HttpResponse membersRefusal(Storage::MembersOutcome outcome);

    Api &m_api;
};

} // namespace cc::server
