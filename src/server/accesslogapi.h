// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"

namespace cc::server {

/** The owner's view of who pulled a space's records. */
class AccessLogApi
{
public:
    explicit AccessLogApi(Api &api) : m_api(api) { }

    HttpResponse getAccess(Api::Context &c);

private:
    Api &m_api;
};

} // namespace cc::server
