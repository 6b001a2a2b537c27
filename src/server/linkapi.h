// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"

namespace cc::server {

/** The device-link mailbox: a new device accepts, the account deposits its bundle, the device fetches it once. */
class LinkApi
{
public:
    explicit LinkApi(Api &api) : m_api(api) { }

    HttpResponse createLink(Api::Context &c);
    HttpResponse acceptLink(Api::Context &c);
    HttpResponse getLink(Api::Context &c);
    HttpResponse putLinkBundle(Api::Context &c);

private:
    /** The link named by the URL, or an error answer (400, 404, 410 — an expired one is deleted). */
    std::optional<Storage::Link> linkOf(Api::Context &c, HttpResponse *error);

    Api &m_api;
};

} // namespace cc::server
