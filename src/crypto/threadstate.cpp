// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadstate.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadStorage>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace cc::crypto::detail {

namespace {

/** The calling thread's state, wherever it is owned; null before its first call and after
 *  its end. */
thread_local ThreadState *t_state = nullptr;
/** Set when the state a QThreadStorage owned has ended: anything the thread still does with
 *  OpenSSL in its exit destructors gets a state those destructors free. */
thread_local bool t_ended = false;

QThreadStorage<ThreadState *> &qtThreadStates()
{
    static QThreadStorage<ThreadState *> states;
    return states;
}

bool isApplicationMainThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return !app || QThread::currentThread() == app->thread();
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
        t_ended = m_stopsOpenSsl;
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
    if (t_ended || isApplicationMainThread()) {
        // Freed by the thread's exit destructors; the main thread's OpenSSL state is freed by
        // OpenSSL's clean-up at exit.
        thread_local std::unique_ptr<ThreadState> owned;
        owned = std::make_unique<ThreadState>();
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
