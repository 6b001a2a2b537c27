// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/storecontext.h"

namespace cc::app {

StoreContext *StoreContext::instance()
{
    static StoreContext context(nullptr);
    return &context;
}

void StoreContext::setStore(domain::CareStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

void StoreContext::notifyChanged()
{
    if (m_store)
        Q_EMIT dataChanged();
}

} // namespace cc::app
