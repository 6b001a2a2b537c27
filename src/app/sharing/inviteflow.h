// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sync/sharing.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

class SharingSpaces;
class SpaceMembers;

/**
 * The owner's side of inviting someone into the selected space: an invitation with a QR
 * code and a typed code, waiting for the person to enter it, comparing the safety number,
 * then confirming (the person joins the care team under the name they gave); and picking
 * up invitations made earlier. Busy state, errors and "… was added." go to the shared
 * SharingStatus. Published to QML as the singleton `InviteFlow` (qmlsingletons.h).
 */
class InviteFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(InviteState inviteState READ inviteState NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteQrText READ inviteQrText NOTIFY inviteChanged)
    Q_PROPERTY(QDateTime inviteExpires READ inviteExpires NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteGuestName READ inviteGuestName NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteGuestCareRole READ inviteGuestCareRole NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteSafetyNumber READ inviteSafetyNumber NOTIFY inviteChanged)
    Q_PROPERTY(int pendingInviteCount READ pendingInviteCount NOTIFY inviteChanged)

public:
    enum InviteState {
        InviteNone,
        InviteCreating,
        InviteWaiting,
        InviteAccepted,
        InviteConfirming,
        InviteDone,
        InviteFailed
    };
    Q_ENUM(InviteState)

    InviteFlow(SharingSpaces *spaces, SpaceMembers *members, QObject *parent = nullptr);
    ~InviteFlow() override;

    InviteState inviteState() const { return m_inviteState; }
    QString inviteCode() const;
    QString inviteQrText() const;
    QDateTime inviteExpires() const;
    QString inviteGuestName() const;
    QString inviteGuestCareRole() const;
    QString inviteSafetyNumber() const;
    int pendingInviteCount() const;

    /** @p careRole: who the person is (codes::roles()); @p permission: "editor",
     *  "contributor" or "viewer"; @p days: how long the code stays valid (1–7);
     *  @p shareBirthYear: the owner chose to show the members her birth year (opt-in; not
     *  choosing it takes a birth year shared before out of the space). */
    Q_INVOKABLE void startInvite(
        const QString &careRole, const QString &permission, int days, bool shareBirthYear = false);
    /** Invites the person of care-team card @p memberId (its role is the care role): once
     *  they accept, that card is theirs, not a new one. */
    Q_INVOKABLE void startInviteFor(
        const QString &memberId, const QString &permission, int days, bool shareBirthYear = false);
    /** Whether the owner's profile has a birth year she could share. */
    Q_INVOKABLE bool profileHasBirthYear() const;
    /** Whether the selected space shows its members the owner's birth year now. */
    Q_INVOKABLE bool spaceSharesBirthYear() const;
    Q_INVOKABLE void confirmInvite(bool numbersMatched);
    Q_INVOKABLE void cancelInvite();
    /** Picks up an invitation made earlier that someone has accepted meanwhile. */
    Q_INVOKABLE void resumeInvite(int index);
    Q_INVOKABLE QVariantList pendingInvites() const;

Q_SIGNALS:
    void inviteChanged();

private:
    sync::Sharing *sharing() const;
    void attach();
    const sync::PendingInvite *currentInvite() const;
    void refreshInvites();
    void onInviteCreated(const cc::Status &status, const QByteArray &invite);
    void onInviteConfirmed(const cc::Status &status, const QByteArray &account);
    void rememberMember(const sync::PendingInvite &accepted);
    /** Brings the space's SpaceInfo up to date with the owner's name and, if she chose to
     *  share it, her birth year. */
    void shareOwnerDetails(domain::CareStore &store, const QByteArray &space, bool shareBirthYear);

    SharingSpaces *m_spaces;
    SpaceMembers *m_members;
    QPointer<sync::Sharing> m_attached;
    QList<sync::PendingInvite> m_pendingCache; ///< Sharing::pendingInvites() as of the last change
    QString m_confirmedGuestName;
    sync::PendingInvite m_confirming; ///< the accepted invitation being confirmed
    QByteArray m_inviteMemberId; ///< the care-team card the invitation is made from, if any
    InviteState m_inviteState = InviteNone;
    QByteArray m_invite; ///< the invitation being shown
    QByteArray m_inviteSpace;
    QString m_inviteCareRole;
    QHash<QByteArray, QString> m_careRoleOfInvite;
};

} // namespace cc::app
