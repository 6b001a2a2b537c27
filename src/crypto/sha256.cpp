// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <openssl/evp.h>

#include <memory>

namespace cc::crypto {

namespace {

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

struct MdDeleter {
    void operator()(EVP_MD *md) const { EVP_MD_free(md); }
};

} // namespace

QByteArray sha256(std::initializer_list<QByteArrayView> parts)
{
    // Fetched once: an implicit fetch by name on every digest is a provider look-up each time.
    static const std::unique_ptr<EVP_MD, MdDeleter> md(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    thread_local std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int written = 0;
    bool ok = md && ctx && EVP_DigestInit_ex2(ctx.get(), md.get(), nullptr) == 1;
    for (QByteArrayView part : parts)
        ok = ok && EVP_DigestUpdate(ctx.get(), part.data(), std::size_t(part.size())) == 1;
    ok = ok && EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written) == 1;
    // A digest failure is an OpenSSL fault: an empty hash matches no tree, so nothing verifies.
    return ok && written == unsigned(Sha256Size) ? out : QByteArray();
}

} // namespace cc::crypto
