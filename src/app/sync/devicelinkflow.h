// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"
#include "sync/devicelink.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace cc::app {

class SyncActivity;
class SyncStatus;
class VaultController;

/**
 * Bringing another device into the account, from either side: on a connected device,
 * offering a one-time link code (code + QR, waiting, completing); before any vault exists,
 * joining an account with the code another device shows, or restoring it with the recovery
 * key. Busy state and failures of joining go to the shared SyncActivity. Published to QML as
 * the singleton `DeviceLinkFlow` (qmlsingletons.h).
 */
class DeviceLinkFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(LinkState linkState READ linkState NOTIFY linkChanged)
    Q_PROPERTY(QString linkCode READ linkCode NOTIFY linkChanged)
    Q_PROPERTY(int linkSecondsLeft READ linkSecondsLeft NOTIFY linkChanged)
    Q_PROPERTY(QString linkMessage READ linkMessage NOTIFY linkChanged)
public:
    enum LinkState { LinkIdle, LinkWaiting, LinkCompleting, LinkDone, LinkFailed };
    Q_ENUM(LinkState)

    DeviceLinkFlow(VaultController *vaults, SyncStatus *status, SyncActivity *activity, QObject *parent = nullptr);
    ~DeviceLinkFlow() override;

    LinkState linkState() const { return m_linkState; }
    QString linkCode() const { return m_linkCode; }
    int linkSecondsLeft() const;
    QString linkMessage() const { return m_linkMessage; }

    /** True if @p text has the shape and check of a link code (typos caught before any request). */
    Q_INVOKABLE bool isWellFormedCode(const QString &text) const;

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

Q_SIGNALS:
    void linkChanged();
    void joinSucceeded();

private:
    void setLinkState(LinkState state, const QString &message = {});
    void onOfferFinished(const cc::Status &status);
    void finishJoin(const cc::Status &status);
    /** The checks both ways of joining share; reports a failure and returns false if one fails. */
    bool canJoin(const QString &url, bool secretWellFormed, const QString &secretProblem);

    VaultController *m_vaults;
    SyncStatus *m_status;
    SyncActivity *m_activity;

    QPointer<sync::LinkOffer> m_offer;
    QTimer m_linkTick;
    LinkState m_linkState = LinkIdle;
    QString m_linkCode;
    QString m_linkMessage;

    QPointer<QObject> m_joining; ///< the LinkAccept or AccountRestore under way
    std::shared_ptr<crypto::SecureBuffer> m_joinKey; ///< the new passphrase's key, until the vault opens
};

} // namespace cc::app
