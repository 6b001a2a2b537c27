// SPDX-License-Identifier: GPL-3.0-or-later
#include "securebuffer.h"

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace cc::crypto {

namespace {

// How many buffers could not be locked into RAM. Only the count is kept: the address or
// the content of a secret has no business in a log.
std::atomic<std::size_t> g_lockFailures {0};

/**
 * Secrets live on OpenSSL's secure heap: one arena, locked into RAM (mlock) and fenced by
 * guard pages, set up once per process. Locking each buffer by itself costs two system
 * calls per key, and the vault derives one key per record. If the arena cannot be set up
 * (RLIMIT_MEMLOCK too low) or is full, a buffer falls back to ordinary memory locked on its
 * own; either way it is wiped when released.
 */
bool secureHeapReady()
{
    static const bool ready =
        CRYPTO_secure_malloc_initialized() == 1 || CRYPTO_secure_malloc_init(std::size_t(1) << 20, 16) == 1;
    return ready;
}

unsigned char *allocateLocked(std::size_t size)
{
    void *bytes = secureHeapReady() ? OPENSSL_secure_zalloc(size) : OPENSSL_zalloc(size);
    if (!bytes)
        throw std::bad_alloc();
    if (CRYPTO_secure_allocated(bytes) != 1 && ::mlock(bytes, size) != 0)
        g_lockFailures.fetch_add(1, std::memory_order_relaxed);
    return static_cast<unsigned char *>(bytes);
}

void wipeAndRelease(unsigned char *bytes, std::size_t size)
{
    if (!bytes)
        return;
    if (CRYPTO_secure_allocated(bytes) == 1) {
        OPENSSL_secure_clear_free(bytes, size);
        return;
    }
    OPENSSL_cleanse(bytes, size);
    ::munlock(bytes, size);
    OPENSSL_free(bytes);
}

} // namespace

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    m_data = allocateLocked(size);
    m_size = size;
}

SecureBuffer SecureBuffer::copyOf(QByteArrayView bytes)
{
    SecureBuffer buffer(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(buffer.m_data, bytes.data(), buffer.m_size);
    return buffer;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray &bytes)
{
    SecureBuffer buffer = copyOf(QByteArrayView(bytes));
    // Only storage we own alone may be wiped: writing through data() on a shared array
    // would detach first and wipe a fresh copy, leaving the original bytes in place, and
    // wiping shared storage would corrupt the other owners. Then the other owner is
    // responsible for its copy, and we just drop our reference.
    if (bytes.isDetached() && !bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
    return buffer;
}

SecureBuffer::~SecureBuffer()
{
    wipeAndRelease(m_data, m_size);
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        wipeAndRelease(m_data, m_size);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    // The length of a key is not secret; its bytes are, so they are compared in constant time.
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::clear()
{
    wipeAndRelease(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

std::size_t SecureBuffer::lockFailureCount()
{
    return g_lockFailures.load(std::memory_order_relaxed);
}

} // namespace cc::crypto
