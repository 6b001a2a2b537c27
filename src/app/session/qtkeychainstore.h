// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/keystore.h"

#include <QObject>

namespace cc::app {

/**
 * The platform keystore through qtkeychain (Secret Service on Linux, Keychain on Apple,
 * Credential Manager on Windows, Keystore on Android). Never uses qtkeychain's plaintext
 * fallback. Availability is probed once in the background at start (probe() → probed());
 * the blocking calls run a local event loop with a time limit, because a missing Secret
 * Service can otherwise hang.
 */
class QtKeychainStore : public QObject, public vault::Keystore
{
    Q_OBJECT
public:
    explicit QtKeychainStore(QObject *parent = nullptr);

    bool isAvailable() const override { return m_available; }
    Status store(const QString &name, const crypto::SecureBuffer &secret) override;
    Result<crypto::SecureBuffer> load(const QString &name) override;
    Status remove(const QString &name) override;

    /** Starts the availability check; emits probed() when known. */
    void probe();

Q_SIGNALS:
    void probed(bool available);

private:
    bool m_available = false;
};

} // namespace cc::app
