// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/sharing.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace cc::app {

class Session;
class SyncActivity;
class VaultController;

/**
 * Sync as the UI sees it (DESIGN.md §6, issue 4): the state in words and a progress value
 * for the indicator, and connecting this vault to a server. It owns the sync engine: one
 * runs while the vault is unlocked and connected, is asked to push shortly after every local
 * change, and its pulls reload the store. DeviceList, DeviceLinkFlow and the sharing objects
 * follow the engine through engineChanged(). Busy state and failures go to the shared
 * SyncActivity. Published to QML as the singleton `SyncStatus` (qmlsingletons.h).
 */
class SyncStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool connected READ connected NOTIFY statusChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY statusChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncedText READ lastSyncedText NOTIFY statusChanged)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY statusChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString defaultDeviceLabel READ defaultDeviceLabel CONSTANT)
public:
    /** Mirrors sync::SyncEngine::State. */
    enum Status { NotConnected, Idle, Connecting, Syncing, UpToDate, Offline, Failed };
    Q_ENUM(Status)

    SyncStatus(VaultController *vaults, Session *session, SyncActivity *activity, QObject *parent = nullptr);
    ~SyncStatus() override;

    bool connected() const;
    QString serverUrl() const;
    Status status() const;
    QString statusText() const;
    QString errorText() const;
    QString lastSyncedText() const;
    int pendingChanges() const;
    double progress() const;
    /** This computer's name: what a device is called when the user names it nothing. */
    QString defaultDeviceLabel() const;
    /** @p deviceLabel trimmed, or defaultDeviceLabel() when it is empty. */
    QString labelOrDefault(const QString &deviceLabel) const;

    /** True for an http(s) address with a host: what connecting (and joining) can use. */
    Q_INVOKABLE bool isValidServerUrl(const QString &text) const;
    /** Registers this vault's account and device; emits connectSucceeded() or
     *  SyncActivity::operationFailed(). */
    Q_INVOKABLE void connectToServer(const QString &url, const QString &deviceLabel);
    Q_INVOKABLE void syncNow();

    /** The engine of the unlocked vault, or nullptr. */
    sync::SyncEngine *engine() const { return m_engine; }
    /** Sharing over the engine's session, or nullptr while there is no engine. */
    sync::Sharing *sharing() const { return m_sharing; }
    /** Changes made on this device are waiting to be pushed (within PushDelayMs). */
    bool pushScheduled() const { return m_pushSoon.isActive(); }

Q_SIGNALS:
    /** The engine (and sharing()) was made or dropped: on unlock, lock and connect. */
    void engineChanged();
    void statusChanged();
    void progressChanged();
    void connectSucceeded();

private:
    void onVaultStateChanged();
    void startEngine();
    void followEngine();
    void onConnectFinished(const cc::Status &status);
    void stopEngine();

    VaultController *m_vaults;
    Session *m_session;
    SyncActivity *m_activity;
    QPointer<sync::SyncEngine> m_engine;
    QPointer<sync::Sharing> m_sharing;
    QTimer m_pushSoon; ///< coalesces bursts of local edits into one push
};

} // namespace cc::app
