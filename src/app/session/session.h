// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/changeset.h"

#include <QObject>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * Whose circle the patient pages act in: the own (owner empty), or a patient's who shared a
 * space with this account, with this account's role in it and who it acts as there.
 */
struct Circle {
    QByteArray owner; ///< the patient's account; empty for the own circle
    QString patientName;
    QString spaceRole; ///< "editor", "contributor" or "viewer" (protocol::sharing::roleCode)
    domain::Actor actor; ///< this account as the patient's records name it
};

/**
 * The unlocked session as the page controllers see it: the CareStore while the vault is
 * unlocked, nullptr while it is locked. VaultController sets it on unlock and clears it on
 * lock (storeChanged); a controller that writes records calls notifyChanged() afterwards, which
 * hands what the store says changed (domain::ChangeSet: ids, kinds, spaces) to every view;
 * each view re-reads only the kinds it shows and its list models update only those rows.
 * Page controllers hold no store of their own: after a lock there is nothing to leak.
 *
 * One instance per app (or per test harness), made by AppServices and handed to every
 * controller that reads or writes care data; nothing reaches it through a global. Records a
 * pull stored arrive through notifyReceived(): the VaultController has re-read just those
 * ids into store() (CareStore::refresh) and announces them as a local write is announced,
 * but asks for no push (announcingWrites()); stores of other views (the care-team
 * workspace's patients) re-read them on recordsReceived().
 */
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);

    /** The unlocked store, or nullptr while locked. */
    domain::CareStore *store() const { return m_store; }
    void setStore(domain::CareStore *store);

    /** The store the patient pages (goals, plan, check-in, trends) read and write: the open
     *  patient's circle, else store(). */
    domain::CareStore *circleStore() const { return m_circleStore ? m_circleStore : m_store; }
    const Circle &circle() const { return m_circle; }
    bool inPatientCircle() const { return m_circleStore != nullptr; }
    /** Acts in a patient's circle through @p store (the workspace's store of her spaces,
     *  whose default space is the one she shared with this account); emits circleChanged(). */
    void openCircle(domain::CareStore *store, Circle circle);
    /** Back to the own circle (also on lock). */
    void closeCircle();
    /** Who a write names: this account in a patient's circle, nobody (the owner) in its own. */
    domain::Actor actor() const { return m_circleStore ? m_circle.actor : domain::Actor {}; }
    /** In the own circle, or as editor: may change and delete the patient's records. */
    bool mayEdit() const;
    /** May add records (progress notes) to the circle: also a contributor. */
    bool mayAdd() const;
    /** The translated refusal for a write the circle's role does not allow. */
    static QString refusal();
    /** "Els Peeters for Maria": who acted in the circle of @p store's patient; "" for none. */
    static QString actorLabel(const domain::Actor &actor, const domain::CareStore *store);
    /** Records were written (or refreshed) through store(): emits dataChanged() with the
     *  store's pending changes. No-op while locked or when nothing changed. */
    void notifyChanged();
    /** Emits dataChanged(@p changes) as they are (e.g. everything after a full re-read). */
    void announce(const domain::ChangeSet &changes);
    /** A pull stored records @p ids: emits recordsReceived(), then dataChanged() with the
     *  store's pending changes. */
    void notifyReceived(const QList<QByteArray> &ids);
    /** Records were read into store() from the vault, not written: the older history an
     *  unlock left (CareStore::loadMore). Emits dataChanged() with the store's pending changes. */
    void notifyRead();
    /** While dataChanged() is emitted: true when it tells of records written on this device
     *  (notifyChanged(), announce()), false when of records read or received (notifyRead(),
     *  notifyReceived(), and what is announced while they are). Only writes are pushed. */
    bool announcingWrites() const { return m_announcingWrites; }

Q_SIGNALS:
    /** The vault was unlocked or locked. */
    void storeChanged();
    /** A patient's circle was opened or closed: the patient pages re-read circleStore(). */
    void circleChanged();
    /** Records changed while unlocked: which, of what kind, in which space. */
    void dataChanged(const cc::domain::ChangeSet &changes);
    /** A pull stored records @p ids in the vault (some maybe outside store()'s spaces). */
    void recordsReceived(const QList<QByteArray> &ids);
    /** The language was switched (QEvent::LanguageChange): views that put words made in C++
     *  into their rows (schedules, audiences, dates) re-read, without a sync push. */
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Emits dataChanged() with what store() and the circle's store say changed. */
    void emitPending();

    domain::CareStore *m_store = nullptr;
    domain::CareStore *m_circleStore = nullptr;
    Circle m_circle;
    bool m_announcingWrites = true;
};

} // namespace cc::app
