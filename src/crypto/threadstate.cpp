// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadstate.h"

#include <QThreadStorage>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>
#include <thread>

namespace cc::crypto::detail {

namespace {

/** The calling thread's state, wherever it is owned; null before its first call and after
 *  its end. */
thread_local ThreadState *t_state = nullptr;
/** Set for good once the state a QThreadStorage owned has ended: anything the thread still
 *  does with OpenSSL in its C++ exit destructors gets a state those destructors free. */
thread_local bool t_ended = false;

/** The thread that ran the program's static initialisation: main()'s. Not the application
 *  object's thread: ~QCoreApplication clears QCoreApplication::instance() before it waits for
 *  the global pool, and a pool thread whose first crypto call fell then would have been taken
 *  for the main thread. */
const std::thread::id g_mainThread = std::this_thread::get_id();

QThreadStorage<ThreadState *> &qtThreadStates()
{
    // Never destroyed: a detached thread may still finish during static destruction at exit.
    static auto *states = new QThreadStorage<ThreadState *>;
    return *states;
}

template<typename T>
T *once(T *&slot, T *(*make)())
{
    if (!slot)
        slot = make();
    return slot;
}

} // namespace

ThreadState::~ThreadState()
{
    EVP_CIPHER_CTX_free(m_gcmContext);
    EVP_CIPHER_free(m_gcmCipher);
    EVP_MD_CTX_free(m_hmacContext);
    EVP_MD_CTX_free(m_hashContext);
    EVP_MD_CTX_free(m_verifyContext);
    EVP_MD_free(m_sha256);
    if (t_state == this) {
        t_state = nullptr;
        t_ended = t_ended || m_stopsOpenSsl;
    }
    // Also frees the thread's random generator and error queue, which OpenSSL would
    // otherwise leave to its own thread-exit destructor.
    if (m_stopsOpenSsl)
        OPENSSL_thread_stop();
}

EVP_CIPHER *ThreadState::gcmCipher()
{
    return once<EVP_CIPHER>(m_gcmCipher, [] { return EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr); });
}

EVP_CIPHER_CTX *ThreadState::gcmContext()
{
    return once<EVP_CIPHER_CTX>(m_gcmContext, [] { return EVP_CIPHER_CTX_new(); });
}

EVP_MD *ThreadState::sha256()
{
    return once<EVP_MD>(m_sha256, [] { return EVP_MD_fetch(nullptr, "SHA256", nullptr); });
}

EVP_MD_CTX *ThreadState::hmacContext()
{
    return once<EVP_MD_CTX>(m_hmacContext, [] { return EVP_MD_CTX_new(); });
}

EVP_MD_CTX *ThreadState::hashContext()
{
    return once<EVP_MD_CTX>(m_hashContext, [] { return EVP_MD_CTX_new(); });
}

EVP_MD_CTX *ThreadState::verifyContext()
{
    return once<EVP_MD_CTX>(m_verifyContext, [] { return EVP_MD_CTX_new(); });
}

ThreadState &threadState()
{
    if (Q_LIKELY(t_state))
        return *t_state;
    if (t_ended || std::this_thread::get_id() == g_mainThread) {
        // Freed by the thread's C++ exit destructors (after it ended, still with its OpenSSL
        // state); the main thread's OpenSSL state is freed by OpenSSL's clean-up at exit.
        thread_local std::unique_ptr<ThreadState> owned;
        owned = std::make_unique<ThreadState>();
        owned->m_stopsOpenSsl = t_ended;
        t_state = owned.get();
        return *t_state;
    }
    auto *state = new ThreadState;
    state->m_stopsOpenSsl = true;
    qtThreadStates().setLocalData(state); // deleted as the thread finishes, in the thread
    t_state = state;
    return *state;
}

} // namespace cc::crypto::detail
