// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <functional>
#include <memory>

namespace cc::vault {
class Vault;
class Keystore;
struct PassphraseKdf;
} // namespace cc::vault
namespace cc::domain {
class CareStore;
class ChangeSet;
} // namespace cc::domain

namespace cc::app {

class CareData;
class Session;

/**
 * The vault's life cycle as the UI sees it: create, unlock (passphrase, recovery key or
 * this device's keystore), lock (on request and after an idle time), change passphrase and
 * show the recovery key again. Slow work (Argon2id, decrypting the records) runs on a worker
 * thread; `busy` is true meanwhile. Built by AppServices and published
 * to QML as the singleton `VaultController` (qmlsingletons.h).
 */
class VaultController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyChanged)
    Q_PROPERTY(QString vaultPath READ vaultPath CONSTANT)
    Q_PROPERTY(bool isDemo READ isDemo CONSTANT)
    Q_PROPERTY(bool keystoreAvailable READ keystoreAvailable NOTIFY slotsChanged)
    Q_PROPERTY(bool rememberedOnDevice READ rememberedOnDevice NOTIFY slotsChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(QStringList damagedRecords READ damagedRecords NOTIFY integrityChanged)
    /** True after the unlock of a large vault while its older history is still being read
     *  (a part per turn of the event loop; the pages fill in as it comes). */
    Q_PROPERTY(bool loadingHistory READ loadingHistory NOTIFY loadingHistoryChanged)

public:
    enum State { NoVault, Locked, Unlocked };
    Q_ENUM(State)

    VaultController(const QString &vaultPath, bool isDemo, std::unique_ptr<vault::Keystore> keystore,
        CareData *careData, Session *session, QObject *parent = nullptr);
    ~VaultController() override;

    State state() const;
    bool busy() const;
    QString busyText() const;
    QString vaultPath() const;
    bool isDemo() const;
    bool keystoreAvailable() const;
    bool rememberedOnDevice() const;
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    /** One translated line per damaged record: space, record id and what failed. */
    QStringList damagedRecords() const;
    bool loadingHistory() const;

    /** Creates the vault; on success emits vaultCreated(recoveryKey) with state Unlocked. */
    Q_INVOKABLE void createVault(const QString &passphrase, bool rememberOnDevice);
    Q_INVOKABLE void unlock(const QString &passphrase);
    Q_INVOKABLE void unlockWithRecoveryKey(const QString &recoveryKey);
    Q_INVOKABLE void unlockWithDevice();
    Q_INVOKABLE void lock();
    /** Emits passphraseChanged() or operationFailed(message). */
    Q_INVOKABLE void changePassphrase(const QString &oldPassphrase, const QString &newPassphrase);
    /** After re-entering the passphrase: emits recoveryKeyRevealed(key) or operationFailed(message). */
    Q_INVOKABLE void revealRecoveryKey(const QString &passphrase);
    /** Adds or removes the keystore unlock slot; emits slotsChanged() or operationFailed(). */
    Q_INVOKABLE void setRememberOnDevice(bool remember);
    /** {score: 0..4, acceptable: bool, label: translated word, hint: translated advice}. */
    Q_INVOKABLE QVariantMap passphraseStrength(const QString &passphrase) const;
    /** True if the text has the shape and checksum of a recovery key (typo check before unlock). */
    Q_INVOKABLE bool isWellFormedRecoveryKey(const QString &text) const;
    /** Resets the idle timer; the UI calls it on any key or pointer input. */
    Q_INVOKABLE void noteUserActivity();
    /** Rebuilds what the pages show from the unlocked store (e.g. after a language change). */
    void refresh();
    /** Idle time after which to lock, in place of autoLockMinutes, and how often to check;
     *  lets tests see the idle lock without waiting minutes. Not persisted. */
    void setIdleLimit(int limitMs, int checkEveryMs);
    /** From how many rows on an unlock reads the recent records first and the older history
     *  afterwards (CareStore::loadRecentFirst); lets tests take that path with a small vault. */
    void setRecentFirstFrom(qint64 rows);

    /** Keeps the real work reachable from tests and the CLI without QML. */
    vault::Vault *vault() const;

    // For vaults made by the sync layer (device link, account restore) and its pulls.
    using NewPassphraseUse = std::function<void(const vault::PassphraseKdf &, crypto::SecureBuffer)>;
    /**
     * Checks that there is no vault yet and that @p passphrase is strong enough (else emits
     * operationFailed and returns false), then derives its key on a worker thread (busy
     * meanwhile, with @p busyText) and hands the parameters and key to @p use.
     */
    bool prepareNewPassphrase(const QString &passphrase, const QString &busyText, NewPassphraseUse use);
    /** Opens the vault that was just made in vaultPath() and unlocks it with its passphrase key. */
    Status adoptCreatedVault(const crypto::SecureBuffer &keyEncryptionKey);
    /** Re-reads records @p ids after the sync layer stored them (CareStore::refresh: only
     *  those, never the whole vault), so views and later edits start from what is stored now;
     *  the views hear of them through Session::notifyReceived(). */
    void applyReceived(const QList<QByteArray> &ids);

protected:
    /** Sees all input to the application, for the idle lock. */
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void slotsChanged();
    void autoLockMinutesChanged();
    void integrityChanged();
    void loadingHistoryChanged();
    void vaultCreated(const QString &recoveryKey);
    void unlockFailed(const QString &message);
    void operationFailed(const QString &message);
    void passphraseChanged();
    void recoveryKeyRevealed(const QString &recoveryKey);
    /** The vault object is about to be destroyed (with this controller): whoever works on
     *  it (the sync engine) must let go now. */
    void vaultClosing();

private:
    void onDataChanged(const domain::ChangeSet &changes);
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace cc::app
