// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/devicelinkflow.h"

#include "app/session/vaultcontroller.h"
#include "app/sync/syncactivity.h"
#include "app/sync/syncstatus.h"
#include "protocol/recoverykey.h"
#include "vault/vault.h"

#include <QCoreApplication>

namespace cc::app {

// The texts keep the translation context of SyncController, where they were written, so
// that the .ts catalogues stay valid.

DeviceLinkFlow::DeviceLinkFlow(VaultController *vaults, SyncStatus *status, SyncActivity *activity, QObject *parent)
    : QObject(parent), m_vaults(vaults), m_status(status), m_activity(activity)
{
    m_linkTick.setInterval(1000);
    connect(&m_linkTick, &QTimer::timeout, this, &DeviceLinkFlow::linkChanged);
    // An offer needs the engine's account: it ends when the engine stops (lock, close).
    connect(m_status, &SyncStatus::engineChanged, this, [this] {
        if (!m_status->engine())
            cancelLinkOffer();
    });
    connect(m_vaults, &VaultController::vaultClosing, this, [this] { m_vaults = nullptr; });
}

DeviceLinkFlow::~DeviceLinkFlow()
{
    cancelLinkOffer();
}

int DeviceLinkFlow::linkSecondsLeft() const
{
    return m_offer ? m_offer->secondsLeft() : 0;
}

bool DeviceLinkFlow::isWellFormedCode(const QString &text) const
{
    return protocol::recoverykey::parse(text).ok();
}

void DeviceLinkFlow::setLinkState(LinkState state, const QString &message)
{
    m_linkState = state;
    m_linkMessage = message;
    if (state != LinkWaiting)
        m_linkTick.stop();
    Q_EMIT linkChanged();
}

void DeviceLinkFlow::startLinkOffer()
{
    if (!m_status->connected() || m_offer || !m_vaults)
        return;
    m_offer = new sync::LinkOffer(*m_vaults->vault(), this);
    m_linkCode.clear();
    connect(m_offer, &sync::LinkOffer::codeReady, this, [this](const QString &code) {
        m_linkCode = code;
        m_linkTick.start();
        setLinkState(LinkWaiting);
    });
    connect(m_offer, &sync::LinkOffer::deviceAnswered, this, [this] { setLinkState(LinkCompleting); });
    connect(m_offer, &sync::LinkOffer::finished, this, &DeviceLinkFlow::onOfferFinished);
    setLinkState(LinkWaiting);
    m_offer->start();
}

void DeviceLinkFlow::onOfferFinished(const cc::Status &status)
{
    m_linkCode.clear();
    m_offer->deleteLater();
    m_offer = nullptr;
    if (status) {
        setLinkState(LinkDone,
            QCoreApplication::translate(
                "cc::app::SyncController", "The new device is linked. It now holds the same care plan as this one."));
        if (m_status->connected())
            m_status->engine()->refreshDevices();
    } else {
        setLinkState(LinkFailed, status.error().message);
    }
}

void DeviceLinkFlow::cancelLinkOffer()
{
    if (m_offer) {
        m_offer->disconnect(this);
        m_offer->cancel();
        m_offer->deleteLater();
        m_offer = nullptr;
    }
    m_linkCode.clear();
    if (m_linkState != LinkIdle)
        setLinkState(LinkIdle);
}

void DeviceLinkFlow::finishJoin(const cc::Status &status)
{
    m_activity->setBusy(false);
    if (m_joining)
        m_joining->deleteLater();
    auto key = std::move(m_joinKey);
    if (!m_vaults)
        return;
    if (!status) {
        m_activity->fail(status.error().message);
        return;
    }
    if (auto s = m_vaults->adoptCreatedVault(*key); !s) {
        m_activity->fail(s.error().message);
        return;
    }
    Q_EMIT joinSucceeded();
}

bool DeviceLinkFlow::canJoin(const QString &url, bool secretWellFormed, const QString &secretProblem)
{
    if (m_activity->busy() || m_joining || !m_vaults)
        return false;
    if (!m_status->isValidServerUrl(url)) {
        m_activity->fail(QCoreApplication::translate(
            "cc::app::SyncController", "Type the server's full address, starting with https://."));
        return false;
    }
    if (!secretWellFormed) {
        m_activity->fail(secretProblem);
        return false;
    }
    return true;
}

void DeviceLinkFlow::cancelJoin()
{
    if (auto *accept = qobject_cast<sync::LinkAccept *>(m_joining.data())) {
        accept->disconnect(this);
        accept->cancel();
        accept->deleteLater();
        m_joining = nullptr;
        m_joinKey.reset();
        m_activity->setBusy(false);
    }
}

void DeviceLinkFlow::joinWithLinkCode(
    const QString &url, const QString &code, const QString &passphrase, const QString &deviceLabel)
{
    if (!canJoin(url, isWellFormedCode(code),
            QCoreApplication::translate("cc::app::SyncController",
                "This code is not complete or has a typo. Compare it with the other device.")))
        return;
    const QString label = m_status->labelOrDefault(deviceLabel);
    const QUrl server(url.trimmed());
    m_vaults->prepareNewPassphrase(passphrase,
        QCoreApplication::translate("cc::app::SyncController", "Protecting this device with your passphrase…"),
        [this, server, code, label](const vault::PassphraseKdf &kdf, crypto::SecureBuffer key) {
            m_activity->setBusy(true,
                QCoreApplication::translate(
                    "cc::app::SyncController", "Waiting for your other device to send the care plan…"));
            m_joinKey = std::make_shared<crypto::SecureBuffer>(std::move(key));
            auto *accept = new sync::LinkAccept(this);
            m_joining = accept;
            connect(accept, &sync::LinkAccept::finished, this, &DeviceLinkFlow::finishJoin);
            accept->start(server, code, m_vaults->vaultPath(), kdf, *m_joinKey, label);
        });
}

void DeviceLinkFlow::restoreAccount(
    const QString &url, const QString &recoveryKey, const QString &passphrase, const QString &deviceLabel)
{
    if (!canJoin(url, protocol::recoverykey::parse(recoveryKey).ok(),
            QCoreApplication::translate("cc::app::SyncController",
                "This recovery key is not complete or has a typo. Check each group of four.")))
        return;
    const QString label = m_status->labelOrDefault(deviceLabel);
    const QUrl server(url.trimmed());
    m_vaults->prepareNewPassphrase(passphrase,
        QCoreApplication::translate("cc::app::SyncController", "Protecting this device with your passphrase…"),
        [this, server, recoveryKey, label](const vault::PassphraseKdf &kdf, crypto::SecureBuffer key) {
            m_activity->setBusy(true,
                QCoreApplication::translate("cc::app::SyncController", "Restoring your account from the server…"));
            m_joinKey = std::make_shared<crypto::SecureBuffer>(std::move(key));
            auto *restore = new sync::AccountRestore(this);
            m_joining = restore;
            connect(restore, &sync::AccountRestore::finished, this, &DeviceLinkFlow::finishJoin);
            restore->start(server, recoveryKey, m_vaults->vaultPath(), kdf, *m_joinKey, label);
        });
}

} // namespace cc::app
