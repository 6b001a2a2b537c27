// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/joinflow.h"

#include "app/core/enginefollower.h"
#include "app/session/session.h"
#include "app/sharing/sharingspaces.h"
#include "app/sharing/sharingstatus.h"
#include "app/sync/syncstatus.h"
#include "app/workspace/workspacecontroller.h"
#include "domain/carestore.h"
#include "domain/careteamrules.h"
#include "domain/codes.h"
#include "protocol/sharing.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QLocale>

namespace cc::app {

// The texts keep the translation context of SharingController, where they were written, so
// that the .ts catalogues stay valid.

JoinFlow::JoinFlow(SharingSpaces *spaces, QObject *parent) : QObject(parent), m_spaces(spaces)
{
    if (SyncStatus *sync = m_spaces->syncStatus())
        connect(sync, &SyncStatus::engineChanged, this, &JoinFlow::attach);
    connect(m_spaces->session(), &Session::storeChanged, this, [this] {
        if (!m_spaces->store())
            cancelJoin(); // locked: nothing of the last session stays on screen
    });
    attach();
}

JoinFlow::~JoinFlow() = default;

sync::Sharing *JoinFlow::sharing() const
{
    return m_spaces->sharing();
}

void JoinFlow::attach()
{
    followEngine(this, m_attached, sharing(), [this](sync::Sharing *current) {
        connect(current, &sync::Sharing::inviteOpened, this, &JoinFlow::onInviteOpened);
        connect(current, &sync::Sharing::inviteAccepted, this,
            [this](const cc::Status &status, const QByteArray &) { onInviteAccepted(status); });
    });
}

bool JoinFlow::looksLikeInviteCode(const QString &code) const
{
    return bool(protocol::sharing::parseInviteCode(code));
}

void JoinFlow::openInvite(const QString &code)
{
    SharingStatus *feedback = m_spaces->status();
    feedback->clearError();
    if (!sharing() || !m_spaces->syncStatus()->connected()) {
        feedback->setError(QCoreApplication::translate(
            "cc::app::SharingController", "Connect CareCircle to your server first (Settings → Sync and devices)."));
        return;
    }
    if (!looksLikeInviteCode(code)) {
        feedback->setError(QCoreApplication::translate("cc::app::SharingController",
            "That code is not complete or has a typo. Check it with the person who invited you."));
        return;
    }
    m_joinCode = code;
    m_joinState = JoinOpening;
    Q_EMIT joinChanged();
    feedback->setBusy(true);
    sharing()->openInvite(code);
}

void JoinFlow::onInviteOpened(const cc::Status &status, const cc::sync::OpenedInvite &invite)
{
    m_spaces->status()->setBusy(false);
    if (m_joinState != JoinOpening)
        return;
    if (!status) {
        m_joinState = JoinFailed;
        m_spaces->status()->setError(status.error().message);
    } else {
        m_joinState = JoinOpened;
        m_joinOwnerName = invite.ownerName;
        m_joinSpaceName = invite.spaceName;
        m_joinPermission = invite.role;
        m_joinSafetyNumber = invite.safetyNumber;
        m_joinSpace = invite.space;
        m_joinOwner = invite.owner;
    }
    Q_EMIT joinChanged();
}

void JoinFlow::onInviteAccepted(const cc::Status &status)
{
    m_spaces->status()->setBusy(false);
    if (!status) {
        m_joinState = JoinFailed;
        m_spaces->status()->setError(status.error().message);
    } else {
        m_joinState = JoinAccepted;
        rememberIdentity();
    }
    Q_EMIT joinChanged();
}

void JoinFlow::rememberIdentity()
{
    domain::CareStore *s = m_spaces->store();
    if (!s)
        return;
    // "Your name" in her own app is the name the owner now sees; a typed name wins.
    if (Status saved = domain::careteamrules::rememberOwnName(*s, m_myName, QLocale().bcp47Name()); !saved)
        m_spaces->status()->setError(saved.error().message);
    // The care role this app comments and acts with, if none is set yet.
    WorkspaceController::adoptCareRole(m_myCareRole);
    m_spaces->session()->notifyChanged();
}

bool JoinFlow::ownerVerified() const
{
    const domain::CareStore *s = m_spaces->store();
    return s && !m_joinOwner.isEmpty() && s->vault().isContactVerified(m_joinOwner);
}

QString JoinFlow::markOwnerVerified(bool verified)
{
    if (!sharing() || m_joinOwner.isEmpty())
        return QCoreApplication::translate(
            "cc::app::SharingController", "Connect CareCircle to your server first (Settings → Sync and devices).");
    if (Status s = sharing()->setVerified(m_joinOwner, verified); !s)
        return s.error().message;
    Q_EMIT joinChanged();
    return {};
}

void JoinFlow::acceptInvite(const QString &myName, const QString &careRole)
{
    SharingStatus *feedback = m_spaces->status();
    feedback->clearError();
    if (!sharing() || m_joinState != JoinOpened)
        return;
    if (myName.trimmed().isEmpty()) {
        feedback->setError(QCoreApplication::translate("cc::app::SharingController", "Write your name as %1 knows you.")
                               .arg(m_joinOwnerName));
        return;
    }
    m_joinState = JoinAccepting;
    m_myName = myName.trimmed();
    m_myCareRole = domain::codes::isValidRole(careRole) ? careRole : QString();
    Q_EMIT joinChanged();
    feedback->setBusy(true);
    sharing()->acceptInvite(m_joinCode, m_myName, m_myCareRole);
}

void JoinFlow::cancelJoin()
{
    m_joinCode.clear();
    m_joinOwnerName.clear();
    m_joinSpaceName.clear();
    m_joinPermission.clear();
    m_joinSafetyNumber.clear();
    m_joinSpace.clear();
    m_joinOwner.clear();
    m_myName.clear();
    m_myCareRole.clear();
    m_joinState = JoinNone;
    m_spaces->status()->setBusy(false);
    Q_EMIT joinChanged();
}

} // namespace cc::app
