// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include "threadstate.h"

#include <openssl/evp.h>

namespace cc::crypto {

QByteArray sha256(std::initializer_list<QByteArrayView> parts)
{
    // Fetched once per thread: an implicit fetch by name on every digest is a provider look-up
    // each time.
    detail::ThreadState &state = detail::threadState();
    EVP_MD *md = state.sha256();
    EVP_MD_CTX *ctx = state.hashContext();
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int written = 0;
    bool ok = md && ctx && EVP_DigestInit_ex2(ctx, md, nullptr) == 1;
    for (QByteArrayView part : parts)
        ok = ok && EVP_DigestUpdate(ctx, part.data(), std::size_t(part.size())) == 1;
    ok = ok && EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()), &written) == 1;
    // A digest failure is an OpenSSL fault: an empty hash matches no tree, so nothing verifies.
    return ok && written == unsigned(Sha256Size) ? out : QByteArray();
}

} // namespace cc::crypto
