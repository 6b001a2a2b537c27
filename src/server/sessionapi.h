// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"

namespace cc::server {

/** Login by device signature over a single-use challenge, and logout. */
class SessionApi
{
public:
    explicit SessionApi(Api &api) : m_api(api) { }

    HttpResponse challenge(Api::Context &c);
    HttpResponse login(Api::Context &c);
    HttpResponse logout(Api::Context &c);

private:
    Api &m_api;
};

} // namespace cc::server
