// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"

namespace cc::server {

/** Invitations to a space: the owner's offer, the invitee's one acceptance, cancelling. */
class InviteApi
{
public:
    explicit InviteApi(Api &api) : m_api(api) { }

    HttpResponse createInvite(Api::Context &c);
    HttpResponse getInvite(Api::Context &c);
    HttpResponse acceptInvite(Api::Context &c);
    HttpResponse deleteInvite(Api::Context &c);

private:
    /** The invitation named by the URL, or an error answer (400, 404, 410 — an expired one is deleted). */
    std::optional<Storage::Invite> inviteOf(Api::Context &c, HttpResponse *error);

    Api &m_api;
};

} // namespace cc::server
