// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <utility>

namespace cc::app {

class Session;

/**
 * "Share my check-ins since …" (issue 14): moves the patient's check-ins from her private
 * space into one of her sharing spaces, so that a new member of it (a new GP) sees her
 * trend and "worse lately" from the first day. A check-in lives in one space
 * (docs/architecture.md): the check-ins are moved, not copied, and the move can be undone
 * until the next share or lock. Only check-ins still in the private space are moved: one
 * already shared elsewhere stays where the patient put it.
 *
 * Owned by SharingSpaces (its `history` property).
 */
class CheckInHistoryShare : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SharingSpaces")
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(int lastShared READ lastShared NOTIFY changed)

public:
    explicit CheckInHistoryShare(Session *session, QObject *parent = nullptr);

    /** How many private check-ins from day @p sinceIsoDate ("yyyy-MM-dd", local day) on
     *  would be shared into @p spaceId (hex); -1 while locked, for a date or space that cannot
     *  be used, or a history that cannot be read (checkSince() says which). */
    Q_INVOKABLE int countSince(const QString &spaceId, const QString &sinceIsoDate) const;
    /** What the Share button asks before it confirms, in one walk: {"count": how many would be
     *  shared, "error": ""} when there is something to share; else {"count": 0, "error": why
     *  not, in words, as shareSince() says it (no such day or space, none since that day, a
     *  history that cannot be read)}. */
    Q_INVOKABLE QVariantMap checkSince(const QString &spaceId, const QString &sinceIsoDate) const;
    /** Shares them; "" or the error in words. The shared ones can be undone afterwards. */
    Q_INVOKABLE QString shareSince(const QString &spaceId, const QString &sinceIsoDate);
    /** Moves the check-ins of the last share that are still in that space back to the
     *  private space; "" or the error in words. */
    Q_INVOKABLE QString undo();
    /** Keeps the last share and stops offering its undo. */
    Q_INVOKABLE void dismissUndo();

    bool canUndo() const { return !m_moved.isEmpty(); }
    /** How many check-ins the last share moved. */
    int lastShared() const { return int(m_moved.size()); }

Q_SIGNALS:
    void changed();

private:
    /** The private check-ins from @p since on, oldest first; empty when locked. */
    QList<QByteArray> candidates(QDate since) const;
    /** What shareSince() would move (maybe nothing), with the space it goes to; or why it
     *  cannot tell (locked, no such space or day, a history that cannot be read). */
    Result<std::pair<QByteArray, QList<QByteArray>>> sharable(
        const QString &spaceId, const QString &sinceIsoDate) const;
    /** The own sharing space @p spaceId names, or empty (private, unknown, locked). */
    QByteArray targetSpace(const QString &spaceId) const;

    Session *m_session;
    QByteArray m_space; ///< where the last share went
    QList<QByteArray> m_moved; ///< what it moved
};

} // namespace cc::app
