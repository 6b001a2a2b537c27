// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/argon2id.h"
#include "crypto/securebuffer.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace cc::vault {
class Vault;
struct PassphraseKdf;
} // namespace cc::vault

namespace cc::sync {

/**
 * The linked device's side of device linking (docs/sync-protocol.md): opens a mailbox,
 * shows code(), waits up to 5 minutes for the new device, checks its MAC, registers it
 * with a certificate and seals the account bundle to it. The vault must be unlocked and
 * connected. finished() comes once: success, expiry, cancel() or an error.
 */
class LinkOffer : public QObject
{
    Q_OBJECT
public:
    LinkOffer(vault::Vault &vault, QObject *parent);
    ~LinkOffer() override;
    void start();
    void cancel();
    /** The one-time code to type on the new device (28 characters in groups); empty until started. */
    QString code() const;
    /** Seconds left before the code expires. */
    int secondsLeft() const;
Q_SIGNALS:
    void codeReady(const QString &code);
    /** The new device answered; the link is being completed. */
    void deviceAnswered();
    void finished(const cc::Status &status);

private:
    class Private;
    Private *d;
};

/**
 * The new device's side: sends its keys to the mailbox named by @p code, waits for the
 * sealed account bundle, and creates a vault in @p directory that belongs to the same
 * account (new device id and key, passphrase slot from @p kdf / @p keyEncryptionKey as
 * Vault::createWithPassphraseKey takes them). Then the caller opens it and syncs.
 */
class LinkAccept : public QObject
{
    Q_OBJECT
public:
    LinkAccept(QObject *parent);
    ~LinkAccept() override;
    void start(const QUrl &server, const QString &code, const QString &directory, const vault::PassphraseKdf &kdf,
        const crypto::SecureBuffer &keyEncryptionKey, const QString &deviceLabel);
    void cancel();
Q_SIGNALS:
    void finished(const cc::Status &status);

private:
    class Private;
    Private *d;
};

/**
 * Account restore with the recovery key: fetches the recovery bundle from @p server,
 * opens it with @p recoveryKey (WrongKey if it does not fit), creates a vault in
 * @p directory for the account (new device, the same recovery key) and registers the
 * device. Then the caller opens it and syncs everything down.
 */
class AccountRestore : public QObject
{
    Q_OBJECT
public:
    AccountRestore(QObject *parent);
    ~AccountRestore() override;
    void start(const QUrl &server, const QString &recoveryKey, const QString &directory,
        const vault::PassphraseKdf &kdf, const crypto::SecureBuffer &keyEncryptionKey, const QString &deviceLabel);
Q_SIGNALS:
    void finished(const cc::Status &status);

private:
    class Private;
    Private *d;
};

} // namespace cc::sync
