// SPDX-License-Identifier: GPL-3.0-or-later
// Invitation cards as the guest and the owner open them from the relay's mailbox
// (sharing::openOwnerCard, openGuestCard, src/protocol/sharing.cpp). Input byte 0 picks:
//   0/1  the rest is a sealed owner/guest card as received (seeds: real cards sealed under
//        the fuzz invite). Oracle: what opens survives seal → open unchanged.
//   2/3  the rest is the card's CBOR plaintext, sealed as its sender would (the card
//        parser behind the AEAD); same oracle.
#include "crypto/aead.h"
#include "fuzzsupport.h"
#include "protocol/sharing.h"

using namespace cc;
using namespace cc::protocol::sharing;

namespace {

const InviteKeys &keys()
{
    static const InviteKeys k = *deriveInvite(fuzz::fixedSecret(16, 'i'));
    return k;
}

/** A card's sealing (docs/sync-protocol.md, "Invitation"): nonce ‖ AES-GCM(label ‖ 0 ‖ invite). */
QByteArray seal(const char *label, const QByteArray &plain)
{
    const QByteArray nonce(crypto::aead::NonceSize, 'c');
    QByteArray aad(label);
    aad.append('\0').append(keys().invite);
    return nonce + *crypto::aead::seal(keys().key, nonce, plain, aad);
}

void ownerCard(const QByteArray &sealed)
{
    auto card = openOwnerCard(keys(), sealed);
    if (!card)
        return;
    fuzz::check(card->role != Role::Owner && card->name.size() <= 200 && card->spaceName.size() <= 200,
        "an owner card offers a role other than owner, with bounded names");
    auto again = sealOwnerCard(keys(), *card);
    fuzz::check(again.ok(), "an opened owner card can be sealed again");
    auto reopened = openOwnerCard(keys(), *again);
    fuzz::check(reopened && reopened->account == card->account && reopened->signPub == card->signPub
            && reopened->boxPub == card->boxPub && reopened->name == card->name && reopened->space == card->space
            && reopened->spaceName == card->spaceName && reopened->role == card->role,
        "an owner card survives seal and open");
}

void guestCard(const QByteArray &sealed)
{
    auto card = openGuestCard(keys(), sealed);
    if (!card)
        return;
    auto again = sealGuestCard(keys(), *card);
    fuzz::check(again.ok(), "an opened guest card can be sealed again");
    auto reopened = openGuestCard(keys(), *again);
    fuzz::check(reopened && reopened->name == card->name, "a guest card survives seal and open");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray rest = input.mid(1);
    switch (fuzz::mode(input) % 4) {
    case 0:
        ownerCard(rest);
        break;
    case 1:
        guestCard(rest);
        break;
    case 2:
        ownerCard(seal("carecircle/invite-owner/v1", rest));
        break;
    default:
        guestCard(seal("carecircle/invite-guest/v1", rest));
        break;
    }
    return 0;
}
