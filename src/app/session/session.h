// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * The unlocked session as the page controllers see it: the CareStore while the vault is
 * unlocked, nullptr while it is locked. VaultController sets it on unlock and clears it on
 * lock (storeChanged); a controller that writes records calls notifyChanged() afterwards, so
 * that every view of the care data (Home included) re-reads. Page controllers hold no store
 * of their own: after a lock there is nothing to leak.
 *
 * One instance per app (or per test harness), made by AppServices and handed to every
 * controller that reads or writes care data; nothing reaches it through a global. This is
 * the seam where row-level change events (which record changed, not just "something did")
 * will plug in later: dataChanged() is the coarse form of them.
 */
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);

    /** The unlocked store, or nullptr while locked. */
    domain::CareStore *store() const { return m_store; }
    void setStore(domain::CareStore *store);
    /** Records were written through store(): views re-read. No-op while locked. */
    void notifyChanged();

Q_SIGNALS:
    /** The vault was unlocked or locked. */
    void storeChanged();
    /** Records changed while unlocked. */
    void dataChanged();
    /** The language was switched (QEvent::LanguageChange): views that put words made in C++
     *  into their rows (schedules, audiences, dates) re-read, without a sync push. */
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    domain::CareStore *m_store = nullptr;
};

} // namespace cc::app
