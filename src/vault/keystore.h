// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"

#include <QHash>
#include <QString>

namespace cc::vault {

/**
 * The platform keystore behind "remember on this device" (Secret Service, Keychain,
 * Android Keystore … through qtkeychain in the app). Calls block until the platform answers.
 * Implementations must never fall back to storing the secret in clear.
 */
class Keystore
{
public:
    virtual ~Keystore() = default;
    /** False when the platform offers no keystore (then the slot is not offered). */
    virtual bool isAvailable() const = 0;
    virtual Status store(const QString &name, const crypto::SecureBuffer &secret) = 0;
    /** NotFound if nothing is stored under @p name, Unavailable if the keystore is unreachable. */
    virtual Result<crypto::SecureBuffer> load(const QString &name) = 0;
    virtual Status remove(const QString &name) = 0;
};

/** An in-process keystore: the test double, and what a platform without a keystore never uses. */
class MemoryKeystore : public Keystore
{
public:
    bool isAvailable() const override { return m_available; }
    Status store(const QString &name, const crypto::SecureBuffer &secret) override;
    Result<crypto::SecureBuffer> load(const QString &name) override;
    Status remove(const QString &name) override;
    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &name) const { return m_items.contains(name); }

private:
    bool m_available = true;
    QHash<QString, QByteArray> m_items; // test double only: never used by the app
};

} // namespace cc::vault
