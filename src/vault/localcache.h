// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace cc::vault::detail {

struct VaultState;

/**
 * What this device derived from its records and keeps so as not to derive it again: sealed
 * entries that never leave the device (nothing syncs them), under a key derived from the
 * account key (HKDF, "carecircle/local-cache/v1"), each bound to its name and this vault.
 * Whether an entry is still true is the caller's to tell, from the spaces' versions: every
 * write of a record (insert, change, move, delete, by any path) raises its space's version,
 * by triggers on the records table, so no write path can forget to.
 */
class LocalCache
{
public:
    explicit LocalCache(VaultState &state) : m_state(state) { }

    /** The entry @p name, opened; nothing if there is none, if the vault is locked, or if it
     *  no longer opens (a restore changed the keys): a missing entry is derived again. */
    std::optional<QByteArray> read(const QByteArray &name) const;
    /** Seals @p plain as entry @p name, replacing any earlier one. */
    Status write(const QByteArray &name, const QByteArray &plain);
    /** The version of each of @p spaces (0 for a space no record was ever written to). */
    QHash<QByteArray, qint64> spaceVersions(const QList<QByteArray> &spaces) const;

private:
    VaultState &m_state;
};

} // namespace cc::vault::detail
