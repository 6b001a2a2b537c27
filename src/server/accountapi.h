// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"
#include "ratelimiter.h"

namespace cc::server {

/** Accounts and their devices: registration, the account view, the recovery bundle, revocation and recovery lookup. */
class AccountApi
{
public:
    /** A recovery bundle at registration holds one space key: a few hundred bytes. */
    static constexpr qsizetype MaxNewBundle = 64 * 1024;
    /** A later bundle grows by about 60 bytes per space; this allows thousands. */
    static constexpr qsizetype MaxBundle = 256 * 1024;

    explicit AccountApi(Api &api);

    HttpResponse createAccount(Api::Context &c);
    HttpResponse addDevice(Api::Context &c);
    HttpResponse getAccount(Api::Context &c);
    HttpResponse putBundle(Api::Context &c);
    HttpResponse revokeDevice(Api::Context &c);
    HttpResponse recovery(Api::Context &c);

private:
    Api &m_api;
    /** Registrations per client address (no one is authenticated yet to charge). */
    RateLimiter m_registrations;
};

} // namespace cc::server
