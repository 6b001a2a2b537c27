// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sync/devicelistmodel.h"
#include "crypto/securebuffer.h"
#include "sync/devicelink.h"
#include "sync/sharing.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

#include <memory>

namespace cc::app {

class Session;
class VaultController;

/**
 * Sync as the UI sees it (DESIGN.md §6, issue 4): the state in words and a progress value
 * for the indicator, connecting this vault to a server, the account's devices (list,
 * remove), linking a new device (code + QR, waiting, completing), and — before any vault
 * exists — joining an account as a new device or restoring it with the recovery key.
 *
 * It follows VaultController: an engine runs while the vault is unlocked and connected, is
 * asked to push shortly after every local change, and its pulls reload the store. Published
 * as the singleton `SyncController`, built by AppServices (qmlsingletons.h).
 */
class SyncController : public QObject
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
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyChanged)
    Q_PROPERTY(cc::app::DeviceListModel *devices READ devices CONSTANT)
    Q_PROPERTY(LinkState linkState READ linkState NOTIFY linkChanged)
    Q_PROPERTY(QString linkCode READ linkCode NOTIFY linkChanged)
    Q_PROPERTY(int linkSecondsLeft READ linkSecondsLeft NOTIFY linkChanged)
    Q_PROPERTY(QString linkMessage READ linkMessage NOTIFY linkChanged)
    Q_PROPERTY(QString defaultDeviceLabel READ defaultDeviceLabel CONSTANT)
public:
    /** Mirrors sync::SyncEngine::State. */
    enum Status { NotConnected, Idle, Connecting, Syncing, UpToDate, Offline, Failed };
    Q_ENUM(Status)
    enum LinkState { LinkIdle, LinkWaiting, LinkCompleting, LinkDone, LinkFailed };
    Q_ENUM(LinkState)

    SyncController(VaultController *vaults, Session *session, QObject *parent = nullptr);
    ~SyncController() override;

    bool connected() const;
    QString serverUrl() const;
    Status status() const;
    QString statusText() const;
    QString errorText() const;
    QString lastSyncedText() const;
    int pendingChanges() const;
    double progress() const;
    bool busy() const { return m_busy; }
    QString busyText() const { return m_busyText; }
    DeviceListModel *devices() const { return m_devices; }
    LinkState linkState() const { return m_linkState; }
    QString linkCode() const { return m_linkCode; }
    int linkSecondsLeft() const;
    QString linkMessage() const { return m_linkMessage; }
    QString defaultDeviceLabel() const;

    /** True for an http(s) address with a host: what connecting can use. */
    Q_INVOKABLE bool isValidServerUrl(const QString &text) const;
    /** True if @p text has the shape and check of a link code (typos caught before any request). */
    Q_INVOKABLE bool isWellFormedCode(const QString &text) const;

    /** Registers this vault's account and device; emits connectSucceeded() or operationFailed(). */
    Q_INVOKABLE void connectToServer(const QString &url, const QString &deviceLabel);
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void refreshDevices();
    /** @p deviceId in hex, from the devices model; emits deviceRemoved() or operationFailed(). */
    Q_INVOKABLE void removeDevice(const QString &deviceId);
    /** Shows a one-time code for a new device and completes the link when it answers. */
    Q_INVOKABLE void startLinkOffer();
    Q_INVOKABLE void cancelLinkOffer();

    /** Before any vault exists: makes this device a new device of the account whose other
     *  device shows @p code. On success the vault is unlocked and syncing. */
    Q_INVOKABLE void joinWithLinkCode(
        const QString &url, const QString &code, const QString &passphrase, const QString &deviceLabel);
    /** Before any vault exists: restores the account with its recovery key from @p url. */
    Q_INVOKABLE void restoreAccount(
        const QString &url, const QString &recoveryKey, const QString &passphrase, const QString &deviceLabel);

    /** Stops waiting for the other device (joinWithLinkCode); nothing is created. */
    Q_INVOKABLE void cancelJoin();

    /** The engine of the unlocked vault, or nullptr (for tests). */
    sync::SyncEngine *engine() const { return m_engine; }
    /** Sharing over the engine's session, or nullptr while there is no engine. */
    sync::Sharing *sharing() const { return m_sharing; }

Q_SIGNALS:
    /** The engine (and sharing()) was made or dropped: on unlock, lock and connect. */
    void engineChanged();
    void statusChanged();
    void progressChanged();
    void busyChanged();
    void linkChanged();
    void connectSucceeded();
    void joinSucceeded();
    void deviceRemoved();
    void operationFailed(const QString &message);

private:
    void onVaultStateChanged();
    void startEngine();
    void stopEngine();
    void setBusy(bool busy, const QString &text = {});
    void setLinkState(LinkState state, const QString &message = {});
    void finishJoin(const cc::Status &status);
    QString labelOrDefault(const QString &deviceLabel) const;
    /** The checks both ways of joining share; emits operationFailed and returns false if one fails. */
    bool canJoin(const QString &url, bool secretWellFormed, const QString &secretProblem);

    VaultController *m_vaults;
    Session *m_session;
    QPointer<sync::SyncEngine> m_engine;
    QPointer<sync::Sharing> m_sharing;
    DeviceListModel *m_devices;
    QTimer m_pushSoon; ///< coalesces bursts of local edits into one push
    bool m_reloading = false;
    bool m_busy = false;
    QString m_busyText;

    QPointer<sync::LinkOffer> m_offer;
    QTimer m_linkTick;
    LinkState m_linkState = LinkIdle;
    QString m_linkCode;
    QString m_linkMessage;

    QPointer<QObject> m_joining; ///< the LinkAccept or AccountRestore under way
    std::shared_ptr<crypto::SecureBuffer> m_joinKey; ///< the new passphrase's key, until the vault opens
};

} // namespace cc::app
