// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace cc::vault {
class Vault;
} // namespace cc::vault
namespace cc::protocol {
struct AccountMaterial;
} // namespace cc::protocol

namespace cc::sync {

class HttpClient;
class SpaceSync;

/** One device of the account, as the server lists it (label opened by this device). */
struct DeviceInfo {
    QByteArray id;
    QString label; ///< the name its user gave it; empty if it could not be opened
    QDateTime created;
    QDateTime revoked; ///< invalid while the device is active
    bool thisDevice = false;
};

/**
 * The client side of DESIGN.md §6 for one unlocked vault: local-first, so every change is
 * already in the vault (dirty) before it is pushed. Runs on the thread of the vault, driven
 * by the event loop (Qt Network + a WebSocket for hints).
 *
 * Lifecycle: construct on an unlocked vault; start() when the vault has a server
 * (isConnected()) — it logs in, opens the hint socket and syncs, then syncs again on every
 * hint, on syncNow() and, while offline, with exponential backoff (1 s doubling to 5 min).
 * While hints flow, an edit or a hint runs a quick round (push, then pull only what hints and
 * push answers said is new; docs/sync-protocol.md "The client"); other rounds list the spaces;
 * stop() before the vault locks. Records written by a pull or a merge are announced with
 * recordsChanged(ids): the owner must re-read those records (CareStore::refresh) before the next
 * local edit.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotConnected, ///< the vault has no server
        Idle, ///< connected, not started (or stopped)
        Connecting, ///< logging in
        Syncing, ///< pushing or pulling; see progress()
        UpToDate, ///< everything pushed and pulled; hints open
        Offline, ///< the server cannot be reached; retrying with backoff
        Failed, ///< the server refused (see lastError()); retried on syncNow()
    };
    Q_ENUM(State)

    SyncEngine(vault::Vault &vault, QObject *parent);
    ~SyncEngine() override;

    bool isConnected() const;
    QUrl serverUrl() const;
    State state() const;
    /** 0..1 while Syncing, when the amount is known; -1 when it is not. */
    double progress() const;
    Error lastError() const;
    QDateTime lastSynced() const;
    /** Local changes not yet on the server. */
    int pendingChanges() const;
    /** Texts overwritten by a merge since the engine started (kept as ConflictCopy records). */
    int conflictsKept() const;
    /** The records the last round refused (they failed the checks of docs/sync-protocol.md)
     *  as one translated sentence naming each id; Ok when none were. Such a round still
     *  succeeds: a refused record is reported with recordsRefused(), never as the round's
     *  status, so commands that sync on the way are not failed by someone else's record. */
    Error lastRefusals() const;

    /**
     * Registers this vault's account and device on @p server, creates the private space
     * there and uploads the recovery bundle; then starts. Finishes with connectFinished().
     * @p deviceLabel names this device in the device list ("Maria's phone").
     */
    void connectToServer(const QUrl &server, const QString &deviceLabel);
    void start();
    void stop();
    /** Push and pull now; finishes with syncFinished(). */
    void syncNow();

    /** The account's devices; refreshDevices() fetches them, then devicesChanged(). */
    QList<DeviceInfo> devices() const;
    void refreshDevices();
    /** Revokes another device of the account; finishes with deviceRemoved(). */
    void removeDevice(const QByteArray &deviceId);

    // For Sharing (sharing.h), which rides on the engine's session.
    /** The logged-in client of this vault's server; nullptr when not connected. */
    HttpClient *client();
    SpaceSync &spaceSync();
    /** A snapshot of the account's material (identity secrets and every space key). */
    Result<std::shared_ptr<const protocol::AccountMaterial>> accountMaterial();
    /** Runs the sharing step alone (spaces, member lists, keys, member devices). */
    void refreshSpaces(std::function<void(const Status &)> done);
    /** After Sharing changed keys or lists: re-uploads the recovery bundle if keys changed,
     *  emits spacesChanged(). */
    void sharingChanged(std::function<void(const Status &)> done);

Q_SIGNALS:
    /** The sharing step changed or refreshed spaces, member lists or keys. */
    void spacesChanged();
    void stateChanged();
    void progressChanged();
    void pendingChangesChanged();
    /** Pulled or merged records @p recordIds were written to the vault. */
    void recordsChanged(const QList<QByteArray> &recordIds);
    void connectFinished(const cc::Status &status);
    /** @p status is the round's own outcome; refused records do not make it an error. */
    void syncFinished(const cc::Status &status, int pushed, int pulled);
    /** Emitted once, just before syncFinished(), by a round that refused records. */
    void recordsRefused(const cc::Error &report);
    void devicesChanged();
    void deviceRemoved(const cc::Status &status);

private:
    class Private;
    Private *d;
};

} // namespace cc::sync
