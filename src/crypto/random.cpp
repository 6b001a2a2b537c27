// SPDX-License-Identifier: GPL-3.0-or-later
#include "random.h"

#include "threadstate.h"

#include <QtGlobal>

#include <openssl/rand.h>

#include <algorithm>
#include <climits>

namespace cc::crypto {

namespace {

void fillRandom(unsigned char *out, std::size_t count)
{
    detail::threadState(); // the thread's random generator ends with the thread
    // RAND_bytes takes an int; fill large requests in slices.
    while (count > 0) {
        const std::size_t slice = std::min<std::size_t>(count, INT_MAX);
        if (RAND_bytes(out, static_cast<int>(slice)) != 1) {
            // A key or nonce from a failed RNG could repeat or be guessable; no caller can
            // recover from that safely, so stop here.
            qFatal("The system random number generator failed.");
        }
        out += slice;
        count -= slice;
    }
}

} // namespace

QByteArray randomBytes(qsizetype count)
{
    if (count <= 0)
        return {};
    QByteArray bytes(count, Qt::Uninitialized);
    fillRandom(reinterpret_cast<unsigned char *>(bytes.data()), static_cast<std::size_t>(count));
    return bytes;
}

SecureBuffer randomSecret(std::size_t count)
{
    SecureBuffer secret(count);
    if (count > 0)
        fillRandom(secret.data(), count);
    return secret;
}

} // namespace cc::crypto
