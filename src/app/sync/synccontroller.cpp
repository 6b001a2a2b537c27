// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/synccontroller.h"

#include "app/session/session.h"
#include "app/session/vaultcontroller.h"
#include "protocol/recoverykey.h"
#include "sync/devicelink.h"
#include "sync/syncengine.h"
#include "vault/vault.h"

#include <QLocale>
#include <QSysInfo>

namespace cc::app {

namespace {

/** How long local edits may gather before they are pushed: short, so another device sees
 *  them within a second, yet long enough to send a burst of edits as one push. */
constexpr int PushDelayMs = 50;

} // namespace

SyncController::SyncController(VaultController *vaults, Session *session, QObject *parent)
    : QObject(parent), m_vaults(vaults), m_session(session), m_devices(new DeviceListModel(this))
{
    m_pushSoon.setSingleShot(true);
    m_pushSoon.setInterval(PushDelayMs);
    connect(&m_pushSoon, &QTimer::timeout, this, [this] {
        if (m_engine && m_engine->isConnected())
            m_engine->syncNow();
    });
    m_linkTick.setInterval(1000);
    connect(&m_linkTick, &QTimer::timeout, this, &SyncController::linkChanged);
    connect(m_vaults, &VaultController::stateChanged, this, &SyncController::onVaultStateChanged);
    connect(m_vaults, &VaultController::vaultClosing, this, [this] {
        stopEngine();
        m_vaults = nullptr;
    });
    connect(m_session, &Session::dataChanged, this, [this] {
        if (!m_reloading)
            m_pushSoon.start();
    });
    onVaultStateChanged();
}

SyncController::~SyncController()
{
    stopEngine();
}

void SyncController::onVaultStateChanged()
{
    if (m_vaults && m_vaults->state() == VaultController::Unlocked)
        startEngine();
    else
        stopEngine();
}

void SyncController::startEngine()
{
    if (m_engine || !m_vaults || !m_vaults->vault())
        return;
    m_engine = new sync::SyncEngine(*m_vaults->vault(), this);
    connect(m_engine, &sync::SyncEngine::stateChanged, this, &SyncController::statusChanged);
    connect(m_engine, &sync::SyncEngine::pendingChangesChanged, this, &SyncController::statusChanged);
    connect(m_engine, &sync::SyncEngine::progressChanged, this, &SyncController::progressChanged);
    connect(m_engine, &sync::SyncEngine::recordsChanged, this, [this] {
        // The store must hold what the vault holds before the next local edit.
        m_reloading = true;
        m_vaults->reloadStore();
        m_reloading = false;
    });
    connect(m_engine, &sync::SyncEngine::devicesChanged, this, [this] { m_devices->reload(m_engine->devices()); });
    connect(m_engine, &sync::SyncEngine::connectFinished, this, [this](const cc::Status &status) {
        setBusy(false);
        if (status) {
            Q_EMIT connectSucceeded();
            m_engine->refreshDevices();
        } else {
            Q_EMIT operationFailed(status.error().message);
        }
        Q_EMIT statusChanged();
    });
    connect(m_engine, &sync::SyncEngine::deviceRemoved, this, [this](const cc::Status &status) {
        setBusy(false);
        if (status)
            Q_EMIT deviceRemoved();
        else
            Q_EMIT operationFailed(status.error().message);
        m_engine->refreshDevices();
    });
    m_sharing = new sync::Sharing(*m_engine, *m_vaults->vault(), this);
    if (m_engine->isConnected()) {
        m_engine->start();
        m_engine->refreshDevices();
    }
    Q_EMIT engineChanged();
    Q_EMIT statusChanged();
}

void SyncController::stopEngine()
{
    cancelLinkOffer();
    m_pushSoon.stop();
    const bool hadEngine = m_engine;
    delete m_sharing; // rides on the engine's session: goes first
    if (m_engine) {
        m_engine->stop();
        delete m_engine;
    }
    if (hadEngine)
        Q_EMIT engineChanged();
    m_devices->reload({});
    if (m_busy)
        setBusy(false);
    Q_EMIT statusChanged();
}

bool SyncController::connected() const
{
    return m_engine && m_engine->isConnected();
}

QString SyncController::serverUrl() const
{
    return m_engine ? m_engine->serverUrl().toString() : QString();
}

SyncController::Status SyncController::status() const
{
    return m_engine ? Status(int(m_engine->state())) : NotConnected;
}

QString SyncController::statusText() const
{
    switch (status()) {
    case NotConnected:
        return tr("Not connected: everything stays on this device.");
    case Idle:
        return tr("Connected; sync starts in a moment.");
    case Connecting:
        return tr("Connecting…");
    case Syncing: {
        const double p = progress();
        return p >= 0 ? tr("Syncing… %1 %").arg(qRound(p * 100)) : tr("Syncing…");
    }
    case UpToDate:
        return tr("Up to date");
    case Offline:
        return tr("Offline: your changes are kept on this device and sent later.");
    case Failed:
        return tr("Sync needs your attention.");
    }
    return {};
}

QString SyncController::errorText() const
{
    if (!m_engine || (status() != Offline && status() != Failed && m_engine->lastError().code == ErrorCode::Ok))
        return {};
    return m_engine->lastError().message;
}

QString SyncController::lastSyncedText() const
{
    if (!m_engine || !m_engine->lastSynced().isValid())
        return tr("Not synced yet");
    const QDateTime when = m_engine->lastSynced().toLocalTime();
    const QLocale locale;
    if (when.date() == QDate::currentDate())
        return tr("Last synced at %1").arg(locale.toString(when.time(), QLocale::ShortFormat));
    return tr("Last synced on %1").arg(locale.toString(when, QLocale::ShortFormat));
}

int SyncController::pendingChanges() const
{
    return m_engine ? m_engine->pendingChanges() : 0;
}

double SyncController::progress() const
{
    return m_engine ? m_engine->progress() : -1;
}

int SyncController::linkSecondsLeft() const
{
    return m_offer ? m_offer->secondsLeft() : 0;
}

QString SyncController::defaultDeviceLabel() const
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QSysInfo::prettyProductName() : host;
}

bool SyncController::isValidServerUrl(const QString &text) const
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()
        && text.trimmed().contains(u"://");
}

bool SyncController::isWellFormedCode(const QString &text) const
{
    return protocol::recoverykey::parse(text).ok();
}

void SyncController::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_busyText = text;
    Q_EMIT busyChanged();
}

void SyncController::connectToServer(const QString &url, const QString &deviceLabel)
{
    if (!m_engine || m_busy)
        return;
    if (!isValidServerUrl(url)) {
        Q_EMIT operationFailed(tr("Type the server's full address, starting with https://."));
        return;
    }
    setBusy(true, tr("Connecting to the server…"));
    m_engine->connectToServer(QUrl(url.trimmed()), labelOrDefault(deviceLabel));
}

void SyncController::syncNow()
{
    if (m_engine && m_engine->isConnected())
        m_engine->syncNow();
}

void SyncController::refreshDevices()
{
    if (m_engine && m_engine->isConnected())
        m_engine->refreshDevices();
}

void SyncController::removeDevice(const QString &deviceId)
{
    if (!m_engine || m_busy)
        return;
    setBusy(true, tr("Removing the device…"));
    m_engine->removeDevice(QByteArray::fromHex(deviceId.toLatin1()));
}

void SyncController::setLinkState(LinkState state, const QString &message)
{
    m_linkState = state;
    m_linkMessage = message;
    if (state != LinkWaiting)
        m_linkTick.stop();
    Q_EMIT linkChanged();
}

void SyncController::startLinkOffer()
{
    if (!connected() || m_offer)
        return;
    m_offer = new sync::LinkOffer(*m_vaults->vault(), this);
    m_linkCode.clear();
    connect(m_offer, &sync::LinkOffer::codeReady, this, [this](const QString &code) {
        m_linkCode = code;
        m_linkTick.start();
        setLinkState(LinkWaiting);
    });
    connect(m_offer, &sync::LinkOffer::deviceAnswered, this, [this] { setLinkState(LinkCompleting); });
    connect(m_offer, &sync::LinkOffer::finished, this, [this](const cc::Status &status) {
        m_linkCode.clear();
        m_offer->deleteLater();
        m_offer = nullptr;
        if (status) {
            setLinkState(LinkDone, tr("The new device is linked. It now holds the same care plan as this one."));
            refreshDevices();
        } else {
            setLinkState(LinkFailed, status.error().message);
        }
    });
    setLinkState(LinkWaiting);
    m_offer->start();
}

void SyncController::cancelLinkOffer()
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

void SyncController::finishJoin(const cc::Status &status)
{
    setBusy(false);
    if (m_joining)
        m_joining->deleteLater();
    auto key = std::move(m_joinKey);
    if (!m_vaults)
        return;
    if (!status) {
        Q_EMIT operationFailed(status.error().message);
        return;
    }
    if (auto s = m_vaults->adoptCreatedVault(*key); !s) {
        Q_EMIT operationFailed(s.error().message);
        return;
    }
    Q_EMIT joinSucceeded();
}

QString SyncController::labelOrDefault(const QString &deviceLabel) const
{
    return deviceLabel.trimmed().isEmpty() ? defaultDeviceLabel() : deviceLabel.trimmed();
}

bool SyncController::canJoin(const QString &url, bool secretWellFormed, const QString &secretProblem)
{
    if (m_busy || m_joining || !m_vaults)
        return false;
    if (!isValidServerUrl(url)) {
        Q_EMIT operationFailed(tr("Type the server's full address, starting with https://."));
        return false;
    }
    if (!secretWellFormed) {
        Q_EMIT operationFailed(secretProblem);
        return false;
    }
    return true;
}

void SyncController::cancelJoin()
{
    if (auto *accept = qobject_cast<sync::LinkAccept *>(m_joining.data())) {
        accept->disconnect(this);
        accept->cancel();
        accept->deleteLater();
        m_joining = nullptr;
        m_joinKey.reset();
        setBusy(false);
    }
}

void SyncController::joinWithLinkCode(
    const QString &url, const QString &code, const QString &passphrase, const QString &deviceLabel)
{
    if (!canJoin(url, isWellFormedCode(code),
            tr("This code is not complete or has a typo. Compare it with the other device.")))
        return;
    const QString label = labelOrDefault(deviceLabel);
    const QUrl server(url.trimmed());
    m_vaults->prepareNewPassphrase(passphrase, tr("Protecting this device with your passphrase…"),
        [this, server, code, label](const vault::PassphraseKdf &kdf, crypto::SecureBuffer key) {
            setBusy(true, tr("Waiting for your other device to send the care plan…"));
            m_joinKey = std::make_shared<crypto::SecureBuffer>(std::move(key));
            auto *accept = new sync::LinkAccept(this);
            m_joining = accept;
            connect(accept, &sync::LinkAccept::finished, this, &SyncController::finishJoin);
            accept->start(server, code, m_vaults->vaultPath(), kdf, *m_joinKey, label);
        });
}

void SyncController::restoreAccount(
    const QString &url, const QString &recoveryKey, const QString &passphrase, const QString &deviceLabel)
{
    if (!canJoin(url, protocol::recoverykey::parse(recoveryKey).ok(),
            tr("This recovery key is not complete or has a typo. Check each group of four.")))
        return;
    const QString label = labelOrDefault(deviceLabel);
    const QUrl server(url.trimmed());
    m_vaults->prepareNewPassphrase(passphrase, tr("Protecting this device with your passphrase…"),
        [this, server, recoveryKey, label](const vault::PassphraseKdf &kdf, crypto::SecureBuffer key) {
            setBusy(true, tr("Restoring your account from the server…"));
            m_joinKey = std::make_shared<crypto::SecureBuffer>(std::move(key));
            auto *restore = new sync::AccountRestore(this);
            m_joining = restore;
            connect(restore, &sync::AccountRestore::finished, this, &SyncController::finishJoin);
            restore->start(server, recoveryKey, m_vaults->vaultPath(), kdf, *m_joinKey, label);
        });
}

} // namespace cc::app
