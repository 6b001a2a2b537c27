// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onetimemailbox.h"
#include "storagetypes.h"

// The two uses of OneTimeMailbox, with the columns the schema gave them (tables invites
// and links): each one's fields mapped to and from the mailbox's offer / accept / deposit.
namespace cc::server::mailboxes {

/** invites: offer (space, role, card), accept (account, keys, card, mac), the space's owner joined. */
OneTimeMailbox::Table invites();
QVariantList inviteOffer(const Invite &invite);
QVariantList inviteAcceptance(const Invite &accept);
Invite toInvite(const OneTimeMailbox::Slot &slot);

/** links: offer (account), accept (device, keys, mac), deposit (the sealed bundle). */
OneTimeMailbox::Table links();
QVariantList linkAcceptance(const Link &accept);
/** An empty bundle is stored as NULL: the link then reads as not completed. */
QVariantList linkDeposit(const QByteArray &bundle);
Link toLink(const OneTimeMailbox::Slot &slot);

} // namespace cc::server::mailboxes
