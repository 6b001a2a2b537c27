// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxes.h"

namespace cc::server::mailboxes {

using namespace Qt::StringLiterals;

OneTimeMailbox::Table invites()
{
    return OneTimeMailbox::Table {"invites"_L1, "invite"_L1, {"space"_L1, "role"_L1, "card"_L1},
        {"accept_account"_L1, "accept_sign_pub"_L1, "accept_box_pub"_L1, "accept_card"_L1, "accept_mac"_L1}, {},
        "s.owner"_L1, "JOIN spaces s ON s.space = m.space"_L1};
}

QVariantList inviteOffer(const Invite &invite)
{
    return {invite.space, invite.role, invite.card};
}

QVariantList inviteAcceptance(const Invite &accept)
{
    return {accept.acceptAccount, accept.acceptSignPub, accept.acceptBoxPub, accept.acceptCard, accept.acceptMac};
}

Invite toInvite(const OneTimeMailbox::Slot &slot)
{
    Invite i;
    i.invite = slot.id;
    i.space = slot.offer.at(0).toByteArray();
    i.owner = slot.joined.toByteArray();
    i.role = slot.offer.at(1).toString();
    i.expires = slot.expires;
    i.card = slot.offer.at(2).toByteArray();
    i.acceptAccount = slot.accept.at(0).toByteArray();
    i.acceptSignPub = slot.accept.at(1).toByteArray();
    i.acceptBoxPub = slot.accept.at(2).toByteArray();
    i.acceptCard = slot.accept.at(3).toByteArray();
    i.acceptMac = slot.accept.at(4).toByteArray();
    return i;
}

OneTimeMailbox::Table links()
{
    return OneTimeMailbox::Table {"links"_L1, "link"_L1, {"account"_L1},
        {"accept_device"_L1, "accept_sign_pub"_L1, "accept_box_pub"_L1, "accept_mac"_L1}, {"bundle"_L1}, {}, {}};
}

QVariantList linkAcceptance(const Link &accept)
{
    return {accept.acceptDevice, accept.acceptSignPub, accept.acceptBoxPub, accept.acceptMac};
}

QVariantList linkDeposit(const QByteArray &bundle)
{
    return {bundle.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bundle)};
}

Link toLink(const OneTimeMailbox::Slot &slot)
{
    Link l;
    l.link = slot.id;
    l.account = slot.offer.at(0).toByteArray();
    l.expires = slot.expires;
    l.acceptDevice = slot.accept.at(0).toByteArray();
    l.acceptSignPub = slot.accept.at(1).toByteArray();
    l.acceptBoxPub = slot.accept.at(2).toByteArray();
    l.acceptMac = slot.accept.at(3).toByteArray();
    l.bundle = slot.deposit.at(0).toByteArray();
    return l;
}

} // namespace cc::server::mailboxes
