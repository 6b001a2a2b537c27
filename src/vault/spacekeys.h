// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"
#include "vaultstate.h"
#include "vaulttypes.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace cc::vault::detail {

/**
 * Sharing spaces (DESIGN.md §5): their keys (each version wrapped under the account key),
 * their clear sharing state, the member identity keys seen in their verified lists, and
 * the accounts verified in person.
 */
class SpaceKeys
{
public:
    explicit SpaceKeys(VaultState &state) : m_state(state) { }

    /** Opens every stored space key with @p account. A key that does not open is left out:
     *  that space's records are then reported damaged one by one, the rest still opens. */
    Result<SpaceKeyTable> unwrapAll(const crypto::SecureBuffer &account) const;
    /** Wraps and stores one key version and makes it current (unlocked vault, no checks). */
    Status insertKey(const QByteArray &spaceId, quint32 version, crypto::SecureBuffer key);

    QList<SpaceRow> spaces() const;
    bool ownsSpace(const QByteArray &space) const;
    QList<QByteArray> ownSpaces() const;
    Result<QByteArray> createSpace();
    /** Adds a received key version: the same key again is a no-op, a different one refused. */
    Status addSpaceKey(const QByteArray &space, quint32 version, const crypto::SecureBuffer &key);
    quint32 keyVersion(const QByteArray &space) const;
    Result<crypto::SecureBuffer> spaceKey(const QByteArray &space, quint32 version) const;
    QList<quint32> keyVersions(const QByteArray &space) const;

    std::optional<SpaceState> spaceState(const QByteArray &space) const;
    Status saveSpaceState(const SpaceState &state);
    Status addMemberKey(const QByteArray &space, const QByteArray &account, const QByteArray &signPub);
    QList<QByteArray> memberKeys(const QByteArray &space, const QByteArray &account) const;
    Status addSpaceList(const QByteArray &space, quint64 version, const QByteArray &list, const QByteArray &sig);
    QList<QByteArray> spaceLists(const QByteArray &space) const;
    qint64 spaceListCount(const QByteArray &space) const;
    Status setContactVerified(const QByteArray &account, bool verified);
    bool isContactVerified(const QByteArray &account) const;

private:
    /** Drops an in-memory key whose row a rolled back transaction did not keep. */
    void forgetKey(const QByteArray &space, quint32 version);

    VaultState &m_state;
};

} // namespace cc::vault::detail
