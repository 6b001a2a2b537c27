// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebuffer.h"
#include "vaulttypes.h"

#include <QByteArray>
#include <QList>

namespace cc::vault::detail {

class VaultState;

/** Invitations this device created and has not finished; each code's secret is wrapped
 *  under the account key, bound to this vault and the invitation id. */
class InviteStore
{
public:
    explicit InviteStore(VaultState &state) : m_state(state) { }

    Status addInvite(const InviteRow &invite, const crypto::SecureBuffer &codeSecret);
    QList<InviteRow> invites() const;
    Result<crypto::SecureBuffer> inviteSecret(const QByteArray &invite) const;
    Status removeInvite(const QByteArray &invite);

private:
    VaultState &m_state;
};

} // namespace cc::vault::detail
