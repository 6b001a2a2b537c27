// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sync/sharing.h"

#include <QObject>
#include <QPointer>

namespace cc::app {

class SharingSpaces;

/**
 * The invitee's side: entering the code someone gave, seeing whose space it is and what
 * one may do there, comparing the safety number, then accepting under one's own name.
 * Busy state and errors go to the shared SharingStatus. Published to QML as the singleton
 * `JoinFlow` (qmlsingletons.h).
 */
class JoinFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(JoinState joinState READ joinState NOTIFY joinChanged)
    Q_PROPERTY(QString joinOwnerName READ joinOwnerName NOTIFY joinChanged)
    Q_PROPERTY(QString joinSpaceName READ joinSpaceName NOTIFY joinChanged)
    Q_PROPERTY(QString joinPermission READ joinPermission NOTIFY joinChanged)
    Q_PROPERTY(QString joinSafetyNumber READ joinSafetyNumber NOTIFY joinChanged)
    Q_PROPERTY(bool ownerVerified READ ownerVerified NOTIFY joinChanged)

public:
    enum JoinState { JoinNone, JoinOpening, JoinOpened, JoinAccepting, JoinAccepted, JoinFailed };
    Q_ENUM(JoinState)

    explicit JoinFlow(SharingSpaces *spaces, QObject *parent = nullptr);
    ~JoinFlow() override;

    JoinState joinState() const { return m_joinState; }
    QString joinOwnerName() const { return m_joinOwnerName; }
    QString joinSpaceName() const { return m_joinSpaceName; }
    QString joinPermission() const { return m_joinPermission; }
    QString joinSafetyNumber() const { return m_joinSafetyNumber; }
    /** This device marked the inviting owner as verified (safety numbers compared). */
    bool ownerVerified() const;

    Q_INVOKABLE void openInvite(const QString &code);
    /** Accepts as @p myName, who is @p careRole for the owner (a care role code, may be
     *  empty); once accepted, the own profile takes the name if it has none yet. */
    Q_INVOKABLE void acceptInvite(const QString &myName, const QString &careRole = {});
    /** Marks the owner of the opened invitation as verified (or not) on this device, after
     *  comparing the safety number; "" or a sentence to show. */
    Q_INVOKABLE QString markOwnerVerified(bool verified);
    Q_INVOKABLE void cancelJoin();
    /** A typed code has the right length and check characters (no network). */
    Q_INVOKABLE bool looksLikeInviteCode(const QString &code) const;

Q_SIGNALS:
    void joinChanged();

private:
    sync::Sharing *sharing() const;
    void attach();
    void onInviteOpened(const cc::Status &status, const cc::sync::OpenedInvite &invite);
    void onInviteAccepted(const cc::Status &status);
    void rememberIdentity();

    SharingSpaces *m_spaces;
    QPointer<sync::Sharing> m_attached;
    JoinState m_joinState = JoinNone;
    QString m_joinCode;
    QString m_joinOwnerName;
    QString m_joinSpaceName;
    QString m_joinPermission;
    QString m_joinSafetyNumber;
    QByteArray m_joinSpace;
    QByteArray m_joinOwner;
    QString m_myName; ///< as given when accepting
    QString m_myCareRole;
};

} // namespace cc::app
