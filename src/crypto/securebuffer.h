// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace cc::crypto {

/**
 * Owns secret bytes (keys, passphrases in UTF-8, key-encryption keys). The memory is
 * locked against swapping where the OS allows it (mlock; failure is tolerated and counted,
 * never logged with content) and wiped with OPENSSL_cleanse when the buffer is destroyed,
 * cleared or moved from. Move-only: a secret has one owner. Never convert to QString.
 */
class SecureBuffer
{
public:
    SecureBuffer() = default;
    /** A zero-filled buffer of @p size bytes. */
    explicit SecureBuffer(std::size_t size);
    /** Copies @p bytes; the caller remains responsible for wiping its own copy. */
    static SecureBuffer copyOf(QByteArrayView bytes);
    /** Takes the bytes of @p bytes and wipes the QByteArray's storage afterwards. */
    static SecureBuffer takeFrom(QByteArray &bytes);

    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /** A non-owning view, valid while this buffer lives and is not modified. */
    QByteArrayView view() const { return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size)); }
    /** An explicit copy (for a second owner, e.g. a cache that is wiped on lock). */
    SecureBuffer clone() const { return copyOf(view()); }
    /** Constant-time comparison. */
    bool equals(const SecureBuffer &other) const;
    /** Wipes and frees now. */
    void clear();

    /** How many buffers could not be locked against swapping since start-up (a health
     *  indicator; mlock failure is tolerated). */
    static std::size_t lockFailureCount();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace cc::crypto
