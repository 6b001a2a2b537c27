// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/session.h"

namespace cc::app {

void Session::setStore(domain::CareStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

void Session::notifyChanged()
{
    if (m_store)
        Q_EMIT dataChanged();
}

} // namespace cc::app
