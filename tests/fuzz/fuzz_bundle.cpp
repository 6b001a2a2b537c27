// SPDX-License-Identifier: GPL-3.0-or-later
// The account bundle a new device receives (protocol::deserializeBundle, recovery::openBundle,
// link::openBundle, src/protocol/accountbundle.cpp). Input byte 0 picks:
//   0  the rest is a bundle's plaintext. Oracle: the strict parse accepts only canonical
//      bytes, so serialising what it read gives the input back.
//   1  the rest is a recovery-sealed bundle (seed: one sealed under the fuzz recovery key).
//   2  the rest is a link-sealed bundle (seed: one sealed to the fuzz device key).
//      For 1 and 2: what opens serialises (and, recovered, is the expected account's).
#include "crypto/keypair.h"
#include "fuzzsupport.h"
#include "protocol/accountbundle.h"

using namespace cc;
using namespace cc::protocol;

namespace {

void plaintext(const QByteArray &bytes)
{
    auto bundle = deserializeBundle(crypto::SecureBuffer::copyOf(bytes));
    if (!bundle)
        return;
    auto serialised = serializeBundle(*bundle);
    fuzz::check(serialised && serialised->view() == QByteArrayView(bytes), "a bundle serialises to its own bytes");
}

void opened(const Result<AccountBundle> &bundle, const QByteArray &account)
{
    if (!bundle)
        return;
    fuzz::check(account.isEmpty() || bundle->account == account, "a recovered bundle is the expected account's");
    fuzz::check(serializeBundle(*bundle).ok(), "an opened bundle serialises");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray rest = input.mid(1);
    const QByteArray account(16, 'A');
    switch (fuzz::mode(input) % 3) {
    case 0:
        plaintext(rest);
        break;
    case 1:
        opened(recovery::openBundle(fuzz::fixedSecret(16, 'r'), account, rest), account);
        break;
    default: {
        static const crypto::KeyPair device {
            *crypto::x25519::publicFromSecret(fuzz::fixedSecret(32, 'e')), fuzz::fixedSecret(32, 'e')};
        opened(link::openBundle(device, QByteArray(16, 'L'), rest), {});
        break;
    }
    }
    return 0;
}
