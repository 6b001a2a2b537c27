// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"

namespace cc::server {

/** Accounts and their devices: registration, the account view, the recovery bundle, revocation and recovery lookup. */
class AccountApi
{
public:
    explicit AccountApi(Api &api) : m_api(api) { }

    HttpResponse createAccount(Api::Context &c);
    HttpResponse addDevice(Api::Context &c);
    HttpResponse getAccount(Api::Context &c);
    HttpResponse putBundle(Api::Context &c);
    HttpResponse revokeDevice(Api::Context &c);
    HttpResponse recovery(Api::Context &c);

private:
    Api &m_api;
};

} // namespace cc::server
