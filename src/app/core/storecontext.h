// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * Where the app layer finds the unlocked session's CareStore. VaultController sets it on
 * unlock and clears it on lock (storeChanged); a page controller that writes records calls
 * notifyChanged() afterwards, so that every view of the care data (Home included) re-reads.
 * Page controllers hold no store of their own: after a lock there is nothing to leak.
 */
class StoreContext : public QObject
{
    Q_OBJECT

public:
    static StoreContext *instance();

    /** The unlocked store, or nullptr while locked. */
    domain::CareStore *store() const { return m_store; }
    void setStore(domain::CareStore *store);
    /** Records were written through store(): views re-read. */
    void notifyChanged();

Q_SIGNALS:
    /** The vault was unlocked or locked. */
    void storeChanged();
    /** Records changed while unlocked. */
    void dataChanged();

private:
    using QObject::QObject;
    domain::CareStore *m_store = nullptr;
};

} // namespace cc::app
