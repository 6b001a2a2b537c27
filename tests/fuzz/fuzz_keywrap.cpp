// SPDX-License-Identifier: GPL-3.0-or-later
// Space-key wraps as the relay checks them and a member opens them (sharing::verifyKeyWrap,
// openSpaceKey, src/protocol/sharing.cpp; sealed boxes in src/crypto). Input byte 0 picks:
//   0  the rest is a wrap as received: account(16) | key version(4) | sig(64) | box.
//      Oracle: what opens is a 32-byte key and verifies.
//   1  the rest is a box the (trusted) owner signed: opening it must fail cleanly or give
//      32 bytes.
//   2  the rest is XORed into one valid wrap: it opens if and only if it is unchanged.
#include "crypto/keypair.h"
#include "fuzzsupport.h"
#include "protocol/sharing.h"

#include <QtEndian>

#include <algorithm>

using namespace cc;
using namespace cc::protocol::sharing;

namespace {

struct Keys {
    crypto::SecureBuffer ownerSign = fuzz::fixedSecret(32, 'o');
    QByteArray ownerSignPub = *crypto::ed25519::publicFromSecret(ownerSign);
    crypto::KeyPair memberBox {
        *crypto::x25519::publicFromSecret(fuzz::fixedSecret(32, 'm')), fuzz::fixedSecret(32, 'm')};
    QByteArray space = QByteArray(16, 'S');
    QByteArray account = QByteArray(16, 'A');
};

const Keys &keys()
{
    static const Keys k;
    return k;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

/** The owner's signature over a wrap (docs/sync-protocol.md, "Space key wrap"). */
QByteArray ownerSignature(const KeyWrap &wrap)
{
    QByteArray message("carecircle/key-wrap/v1");
    message.append('\0').append(keys().space).append(bigEndian(wrap.keyVersion)).append(wrap.account).append(wrap.wrap);
    return *crypto::ed25519::sign(keys().ownerSign, message);
}

bool opens(const KeyWrap &wrap)
{
    auto key = openSpaceKey(keys().ownerSignPub, keys().space, wrap, keys().memberBox);
    if (key)
        fuzz::check(key->size() == 32 && verifyKeyWrap(keys().ownerSignPub, keys().space, wrap),
            "an opened wrap verifies and holds a 32-byte key");
    return key.ok();
}

KeyWrap fromBytes(const QByteArray &in)
{
    KeyWrap wrap;
    wrap.account = in.left(16);
    wrap.keyVersion = in.size() >= 20 ? qFromBigEndian<quint32>(in.constData() + 16) : 0;
    wrap.sig = in.mid(20, 64);
    wrap.wrap = in.mid(84);
    return wrap;
}

void mutated(const QByteArray &mask)
{
    static const QByteArray valid = [] {
        const MemberEntry member {keys().account, QByteArray(32, 'k'), keys().memberBox.publicKey, Role::Editor, 0};
        auto wrap = wrapSpaceKey(keys().ownerSign, keys().space, member, 7, fuzz::fixedSecret(32, 'K'));
        return wrap->account + bigEndian(wrap->keyVersion) + wrap->sig + wrap->wrap;
    }();
    QByteArray bytes = valid;
    bool changed = false;
    for (qsizetype i = 0; i < std::min(mask.size(), valid.size()); ++i) {
        bytes[i] = char(bytes[i] ^ mask[i]);
        changed = changed || mask[i] != 0;
    }
    fuzz::check(opens(fromBytes(bytes)) == !changed, "a wrap opens if and only if it is unchanged");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray rest = input.mid(1);
    switch (fuzz::mode(input) % 3) {
    case 0:
        opens(fromBytes(rest));
        break;
    case 1: {
        KeyWrap wrap {keys().account, 1, rest, {}};
        wrap.sig = ownerSignature(wrap);
        opens(wrap);
        break;
    }
    default:
        mutated(rest);
        break;
    }
    return 0;
}
