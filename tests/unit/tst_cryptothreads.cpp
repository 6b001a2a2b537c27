// SPDX-License-Identifier: GPL-3.0-or-later
// A thread's OpenSSL state (its random generator, its error queue, the cipher and digest
// contexts src/crypto keeps per thread) is gone by the time QThread::wait() or a pool's
// waitForDone() returns. Qt's threads are detached: wait() returns when Qt has finished with
// a thread, before the C library runs that thread's exit destructors. Left to those, the state
// of a pool thread still ending while main() returns outlived OpenSSL's own clean-up at exit,
// and LeakSanitizer reported it (tst_sync_sqlite, once in a CI run).
//
// OpenSSL's allocations are counted through CRYPTO_set_mem_functions, which must come before
// its first allocation, hence the main() below. Each worker also gets a thread_local whose
// destructor sleeps: the window between wait() returning and the thread's exit destructors is
// widened on purpose, so state left to those destructors is still there when counted.
#include "crypto/aead.h"
#include "crypto/ed25519verifier.h"
#include "crypto/hkdf.h"
#include "crypto/keypair.h"
#include "crypto/random.h"
#include "crypto/sha256.h"

#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <openssl/crypto.h>

#include <atomic>
#include <cstdlib>
#include <functional>
#include <thread>

using namespace cc;
using namespace cc::crypto;

namespace {

std::atomic<long> g_liveBlocks {0};

void *countedMalloc(std::size_t size, const char *, int)
{
    void *block = std::malloc(size);
    if (block)
        ++g_liveBlocks;
    return block;
}

void *countedRealloc(void *block, std::size_t size, const char *, int)
{
    if (!block)
        return countedMalloc(size, nullptr, 0);
    if (size == 0) {
        std::free(block);
        --g_liveBlocks;
        return nullptr;
    }
    return std::realloc(block, size);
}

void countedFree(void *block, const char *, int)
{
    if (block)
        --g_liveBlocks;
    std::free(block);
}

constexpr unsigned long SlowExitMs = 300;

/** Made in a worker after its crypto work, so destroyed first among its exit destructors. */
struct SlowExit {
    ~SlowExit() { std::this_thread::sleep_for(std::chrono::milliseconds(SlowExitMs)); }
};

/** What a pool thread of the app does: draws nonces, seals and opens records, derives their
 *  keys, hashes, checks a signature, and meets a failure (which uses the error queue). */
bool cryptoWork(bool slowExit)
{
    const SecureBuffer key = randomSecret(32);
    const QByteArray nonce = randomBytes(12);
    const auto sealed = aead::seal(key, nonce, "a progress entry", "aad");
    const auto opened = sealed ? aead::open(key, nonce, *sealed, "aad") : Result<QByteArray>(sealed.error());
    const auto derived = hkdfSha256(QByteArrayView(key.data(), qsizetype(key.size())), nonce, "label", 32);
    const QByteArray digest = sha256({"a", "b"});
    const KeyPair signer = ed25519::generate();
    const auto signature = ed25519::sign(signer.secretKey, "message");
    const auto verifier = Ed25519Verifier::create(signer.publicKey);
    const bool verified = signature && verifier && verifier->verify("message", *signature);
    const bool refused = !aead::open(randomSecret(32), nonce, *sealed, "aad");
    if (slowExit) {
        thread_local SlowExit slow;
        Q_UNUSED(slow);
    }
    return opened && *opened == "a progress entry" && derived && digest.size() == 32 && verified && refused;
}

/** A thread whose only crypto is refused input: the error queue that refusal clears is made
 *  then, before any of src/crypto's own objects. */
bool refusedKeyOnly()
{
    const bool refused =
        !x25519::sharedSecret(SecureBuffer(31), QByteArray(32, '\x09')) && !ed25519::sign(SecureBuffer(31), "message");
    thread_local SlowExit slow;
    Q_UNUSED(slow);
    return refused;
}

class Worker : public QThread
{
public:
    explicit Worker(std::function<bool()> work) : m_work(std::move(work)) { }
    bool ok = false;

protected:
    void run() override { ok = m_work(); }

private:
    std::function<bool()> m_work;
};

} // namespace

class TestCryptoThreads : public QObject
{
    Q_OBJECT

    long m_baseline = 0;

    /** Lets a thread left in its exit destructors end before the next case counts. */
    static void letStragglersEnd() { QTest::qWait(int(SlowExitMs) + 200); }

private slots:
    void initTestCase()
    {
        // The main thread's own state and OpenSSL's global caches (fetched algorithms,
        // providers) are made here and by one worker run, so the counts below see only what
        // a thread makes for itself.
        QVERIFY(cryptoWork(false));
        Worker warmUp(std::function<bool()>([] { return cryptoWork(false); }));
        warmUp.start();
        QVERIFY(warmUp.wait());
        QVERIFY(warmUp.ok);
        letStragglersEnd();
        m_baseline = g_liveBlocks.load();
        QVERIFY(m_baseline > 0);
    }

    void aQThreadsStateIsGoneWhenWaitReturns_data()
    {
        QTest::addColumn<std::function<bool()>>("work");
        QTest::newRow("seal, open, derive, hash, sign, check")
            << std::function<bool()>([] { return cryptoWork(true); });
        QTest::newRow("only a refused key") << std::function<bool()>(refusedKeyOnly);
    }

    void aQThreadsStateIsGoneWhenWaitReturns()
    {
        QFETCH(std::function<bool()>, work);
        Worker worker(work);
        worker.start();
        QVERIFY(worker.wait());
        const long live = g_liveBlocks.load();
        letStragglersEnd();
        QVERIFY(worker.ok);
        QCOMPARE(live, m_baseline);
    }

    void aPoolThreadsStateIsGoneWhenThePoolHasWaited()
    {
        // What QCoreApplication's destructor does with the global pool before main() returns.
        long live = 0;
        bool ok = false;
        {
            QThreadPool pool;
            pool.setMaxThreadCount(2);
            pool.start([&ok] { ok = cryptoWork(true); });
            pool.start([] { cryptoWork(true); });
            QVERIFY(pool.waitForDone());
            live = g_liveBlocks.load();
        }
        letStragglersEnd();
        QVERIFY(ok);
        QCOMPARE(live, m_baseline);
    }

    void aJoinedStdThreadsStateIsGoneWhenJoined()
    {
        // The relay's signature checks run on std::threads it joins (server/signaturecheck). A
        // join waits for every exit destructor, so this held before ThreadState too; it checks
        // that a thread Qt adopts (QThreadStorage, ended from a pthread-key destructor) still
        // ends clean.
        bool ok = false;
        std::thread thread([&ok] { ok = cryptoWork(true); });
        thread.join();
        QVERIFY(ok);
        QCOMPARE(g_liveBlocks.load(), m_baseline);
    }
};

int main(int argc, char **argv)
{
    if (CRYPTO_set_mem_functions(countedMalloc, countedRealloc, countedFree) != 1) {
        std::fputs("OpenSSL allocated before main(): its allocations cannot be counted.\n", stderr);
        return EXIT_FAILURE;
    }
    QCoreApplication app(argc, argv);
    TestCryptoThreads test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cryptothreads.moc"
