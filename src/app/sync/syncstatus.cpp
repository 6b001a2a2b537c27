// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/syncstatus.h"

#include "app/session/session.h"
#include "app/session/vaultcontroller.h"
#include "app/sync/syncactivity.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSysInfo>

namespace cc::app {

// The texts keep the translation context of SyncController, where they were written, so
// that the .ts catalogues stay valid.

namespace {

/** How long local edits may gather before they are pushed: short, so another device sees
 *  them within a second, yet long enough to send a burst of edits as one push. */
constexpr int PushDelayMs = 50;

} // namespace

SyncStatus::SyncStatus(VaultController *vaults, Session *session, SyncActivity *activity, QObject *parent)
    : QObject(parent), m_vaults(vaults), m_session(session), m_activity(activity)
{
    m_pushSoon.setSingleShot(true);
    m_pushSoon.setInterval(PushDelayMs);
    connect(&m_pushSoon, &QTimer::timeout, this, [this] {
        if (m_engine && m_engine->isConnected())
            m_engine->syncNow();
    });
    connect(m_vaults, &VaultController::stateChanged, this, &SyncStatus::onVaultStateChanged);
    connect(m_vaults, &VaultController::vaultClosing, this, [this] {
        stopEngine();
        m_vaults = nullptr;
    });
    connect(m_session, &Session::dataChanged, this, [this] {
        // Not what a pull brought, nor the history an unlock reads after Home.
        if (m_session->announcingWrites())
            m_pushSoon.start();
    });
    onVaultStateChanged();
}

SyncStatus::~SyncStatus()
{
    stopEngine();
}

void SyncStatus::onVaultStateChanged()
{
    if (m_vaults && m_vaults->state() == VaultController::Unlocked)
        startEngine();
    else
        stopEngine();
}

void SyncStatus::startEngine()
{
    if (m_engine || !m_vaults || !m_vaults->vault())
        return;
    m_engine = new sync::SyncEngine(*m_vaults->vault(), this);
    followEngine();
    m_sharing = new sync::Sharing(*m_engine, *m_vaults->vault(), this);
    if (m_engine->isConnected()) {
        m_engine->start();
        m_engine->refreshDevices();
    }
    Q_EMIT engineChanged();
    Q_EMIT statusChanged();
}

void SyncStatus::followEngine()
{
    connect(m_engine, &sync::SyncEngine::stateChanged, this, &SyncStatus::statusChanged);
    connect(m_engine, &sync::SyncEngine::pendingChangesChanged, this, &SyncStatus::statusChanged);
    connect(m_engine, &sync::SyncEngine::progressChanged, this, &SyncStatus::progressChanged);
    connect(m_engine, &sync::SyncEngine::recordsChanged, this, [this](const QList<QByteArray> &ids) {
        // The store must hold what the vault holds before the next local edit: just these.
        m_vaults->applyReceived(ids);
    });
    connect(m_engine, &sync::SyncEngine::connectFinished, this, &SyncStatus::onConnectFinished);
}

void SyncStatus::onConnectFinished(const cc::Status &status)
{
    m_activity->setBusy(false);
    if (status) {
        Q_EMIT connectSucceeded();
        m_engine->refreshDevices();
    } else {
        m_activity->fail(status.error().message);
    }
    Q_EMIT statusChanged();
}

void SyncStatus::stopEngine()
{
    m_pushSoon.stop();
    const bool hadEngine = m_engine;
    delete m_sharing; // rides on the engine's session: goes first
    if (m_engine) {
        m_engine->stop();
        delete m_engine;
    }
    // DeviceList empties its model and DeviceLinkFlow cancels its offer on this signal.
    if (hadEngine)
        Q_EMIT engineChanged();
    if (m_activity->busy())
        m_activity->setBusy(false);
    Q_EMIT statusChanged();
}

bool SyncStatus::connected() const
{
    return m_engine && m_engine->isConnected();
}

QString SyncStatus::serverUrl() const
{
    return m_engine ? m_engine->serverUrl().toString() : QString();
}

SyncStatus::Status SyncStatus::status() const
{
    return m_engine ? Status(int(m_engine->state())) : NotConnected;
}

QString SyncStatus::statusText() const
{
    switch (status()) {
    case NotConnected:
        return QCoreApplication::translate(
            "cc::app::SyncController", "Not connected: everything stays on this device.");
    case Idle:
        return QCoreApplication::translate("cc::app::SyncController", "Connected; sync starts in a moment.");
    case Connecting:
        return QCoreApplication::translate("cc::app::SyncController", "Connecting…");
    case Syncing: {
        const double p = progress();
        return p >= 0 ? QCoreApplication::translate("cc::app::SyncController", "Syncing… %1 %").arg(qRound(p * 100))
                      : QCoreApplication::translate("cc::app::SyncController", "Syncing…");
    }
    case UpToDate:
        return QCoreApplication::translate("cc::app::SyncController", "Up to date");
    case Offline:
        return QCoreApplication::translate(
            "cc::app::SyncController", "Offline: your changes are kept on this device and sent later.");
    case Failed:
        return QCoreApplication::translate("cc::app::SyncController", "Sync needs your attention.");
    }
    return {};
}

QString SyncStatus::errorText() const
{
    if (!m_engine || (status() != Offline && status() != Failed && m_engine->lastError().code == ErrorCode::Ok))
        return {};
    return m_engine->lastError().message;
}

QString SyncStatus::lastSyncedText() const
{
    if (!m_engine || !m_engine->lastSynced().isValid())
        return QCoreApplication::translate("cc::app::SyncController", "Not synced yet");
    const QDateTime when = m_engine->lastSynced().toLocalTime();
    const QLocale locale;
    if (when.date() == QDate::currentDate())
        return QCoreApplication::translate("cc::app::SyncController", "Last synced at %1")
            .arg(locale.toString(when.time(), QLocale::ShortFormat));
    return QCoreApplication::translate("cc::app::SyncController", "Last synced on %1")
        .arg(locale.toString(when, QLocale::ShortFormat));
}

int SyncStatus::pendingChanges() const
{
    return m_engine ? m_engine->pendingChanges() : 0;
}

double SyncStatus::progress() const
{
    return m_engine ? m_engine->progress() : -1;
}

QString SyncStatus::defaultDeviceLabel() const
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QSysInfo::prettyProductName() : host;
}

QString SyncStatus::labelOrDefault(const QString &deviceLabel) const
{
    return deviceLabel.trimmed().isEmpty() ? defaultDeviceLabel() : deviceLabel.trimmed();
}

bool SyncStatus::isValidServerUrl(const QString &text) const
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()
        && text.trimmed().contains(u"://");
}

void SyncStatus::connectToServer(const QString &url, const QString &deviceLabel)
{
    if (!m_engine || m_activity->busy())
        return;
    if (!isValidServerUrl(url)) {
        m_activity->fail(QCoreApplication::translate(
            "cc::app::SyncController", "Type the server's full address, starting with https://."));
        return;
    }
    m_activity->setBusy(true, QCoreApplication::translate("cc::app::SyncController", "Connecting to the server…"));
    m_engine->connectToServer(QUrl(url.trimmed()), labelOrDefault(deviceLabel));
}

void SyncStatus::syncNow()
{
    if (m_engine && m_engine->isConnected())
        m_engine->syncNow();
}

} // namespace cc::app
