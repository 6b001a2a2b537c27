// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/types.h>

namespace cc::crypto::detail {

/**
 * The OpenSSL objects one thread reuses (fetched algorithms and their contexts: fetching
 * walks the provider store under a lock, and the vault opens every record at unlock), and
 * the end of that thread's OpenSSL state.
 *
 * OpenSSL keeps state per thread (a random generator, an error queue) and frees it from a
 * thread-exit destructor. Qt's threads are detached: QThread::wait() and a pool's
 * waitForDone() return once Qt has finished with a thread, before the C library runs its
 * exit destructors, so a pool thread still ending as main() returns could outlive OpenSSL's
 * clean-up at exit, and its state was left unfreed (LeakSanitizer, in tst_sync_sqlite).
 * So a thread other than the main one (the thread that ran static initialisation) hands its
 * state to a QThreadStorage: Qt destroys that inside the thread before wait() returns, and
 * the destructor frees the objects below and calls OPENSSL_thread_stop(). The main thread
 * keeps a thread_local, which OpenSSL's own clean-up at exit follows. tst_cryptothreads
 * counts the blocks.
 *
 * Every src/crypto function that may make OpenSSL state in the calling thread first calls
 * threadState(): after a thread's first call it is one thread_local read. (Not supported:
 * crypto called from a thread's pthread-key destructors, which run after its C++ ones.)
 */
class ThreadState
{
public:
    ThreadState() = default;
    ~ThreadState();
    ThreadState(const ThreadState &) = delete;
    ThreadState &operator=(const ThreadState &) = delete;

    /** AES-256-GCM and a context for it (aead.cpp); null when OpenSSL cannot provide them. */
    EVP_CIPHER *gcmCipher();
    EVP_CIPHER_CTX *gcmContext();
    /** SHA-256 and a digest context for HMAC (hkdf.cpp). */
    EVP_MD *sha256();
    EVP_MD_CTX *hmacContext();
    /** A digest context for one-shot hashes (sha256.cpp). */
    EVP_MD_CTX *hashContext();
    /** A digest context for signature checks (ed25519verifier.cpp). */
    EVP_MD_CTX *verifyContext();

private:
    friend ThreadState &threadState();
    bool m_stopsOpenSsl = false;
    EVP_CIPHER *m_gcmCipher = nullptr;
    EVP_CIPHER_CTX *m_gcmContext = nullptr;
    EVP_MD *m_sha256 = nullptr;
    EVP_MD_CTX *m_hmacContext = nullptr;
    EVP_MD_CTX *m_hashContext = nullptr;
    EVP_MD_CTX *m_verifyContext = nullptr;
};

/** The calling thread's state, made on its first call. */
ThreadState &threadState();

} // namespace cc::crypto::detail
