// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Client devices for sync tests and benchmarks: a vault in a temporary folder with a
// SyncEngine, and helpers that wait on the engine's signals.
#include "domain/carestore.h"
#include "domain/recordid.h"
#include "eventwait.h"
#include "sync/devicelink.h"
#include "sync/syncengine.h"
#include "vault/vault.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cc::testing {

// Cheap Argon2id settings: these tests exercise sync, not the KDF's cost.
inline const crypto::Argon2Params FastKdf {1, 1024, 1};
inline const char *const Passphrase = "correct horse battery staple 42";

inline crypto::SecureBuffer passphrase()
{
    return crypto::SecureBuffer::copyOf(QByteArrayView(Passphrase));
}

struct SyncResult {
    Status status; ///< the round's own outcome
    int pushed = -1;
    int pulled = -1;
    Error refused; ///< records the round refused (SyncEngine::recordsRefused), Ok if none
};

/** One device: a vault in its own folder and an engine on it. */
struct Device {
    QTemporaryDir dir;
    std::unique_ptr<vault::Vault> vault;
    std::unique_ptr<sync::SyncEngine> engine;
    QString recoveryKey;

    QString path() const { return dir.filePath(QStringLiteral("vault")); }

    bool create()
    {
        auto created = vault::Vault::create(path(), passphrase(), FastKdf);
        if (!created)
            return false;
        vault = std::move(created->vault);
        recoveryKey = created->recoveryKey;
        engine = std::make_unique<sync::SyncEngine>(*vault, nullptr);
        return true;
    }

    /** Opens a vault made elsewhere (link, restore) with the passphrase key @p kek. */
    bool open(const crypto::SecureBuffer &kek)
    {
        auto opened = vault::Vault::open(path());
        if (!opened || !(*opened)->unlockWithPassphraseKey(kek))
            return false;
        vault = std::move(*opened);
        engine = std::make_unique<sync::SyncEngine>(*vault, nullptr);
        return true;
    }

    void close()
    {
        engine.reset();
        vault.reset();
    }

    bool reopen()
    {
        auto opened = vault::Vault::open(path());
        if (!opened || !(*opened)->unlockWithPassphrase(passphrase()))
            return false;
        vault = std::move(*opened);
        engine = std::make_unique<sync::SyncEngine>(*vault, nullptr);
        return true;
    }

    std::unique_ptr<domain::CareStore> store()
    {
        auto s = std::make_unique<domain::CareStore>(*vault);
        if (!s->load())
            return nullptr;
        return s;
    }

    SyncResult sync(int timeoutMs = 60000)
    {
        SyncResult result;
        bool finished = false;
        Error refused;
        auto refusals = QObject::connect(
            engine.get(), &sync::SyncEngine::recordsRefused, [&](const Error &report) { refused = report; });
        auto connection = QObject::connect(
            engine.get(), &sync::SyncEngine::syncFinished, [&](const Status &status, int pushed, int pulled) {
                result = {status, pushed, pulled, refused};
                finished = true;
            });
        engine->syncNow();
        (void)waitFor([&] { return finished && engine->state() != sync::SyncEngine::State::Syncing; }, timeoutMs);
        QObject::disconnect(connection);
        QObject::disconnect(refusals);
        if (!finished)
            result.status = Error {ErrorCode::Unavailable, QStringLiteral("timed out")};
        return result;
    }

    /** Restores the account of the recovery key @p key from @p server into this device's
     *  (new) folder as the device @p name, and opens it. */
    Status restoreFrom(const QUrl &server, const QString &key, const QString &name)
    {
        const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(FastKdf);
        auto kek = vault::Vault::derivePassphraseKey(passphrase(), kdf);
        if (!kek)
            return kek.error();
        sync::AccountRestore restore(nullptr);
        std::optional<Status> result;
        QObject::connect(&restore, &sync::AccountRestore::finished, [&](const Status &s) { result = s; });
        restore.start(server, key, path(), kdf, *kek, name);
        (void)waitFor([&] { return result.has_value(); }, 30000);
        if (!result)
            return Error {ErrorCode::Unavailable, QStringLiteral("timed out")};
        if (!*result)
            return *result;
        if (!open(*kek))
            return Error {ErrorCode::Io, QStringLiteral("the restored vault does not open")};
        return {};
    }

    Status connectTo(const QUrl &server)
    {
        Status result = Error {ErrorCode::Unavailable, QStringLiteral("timed out")};
        bool finished = false;
        QObject::connect(engine.get(), &sync::SyncEngine::connectFinished, [&](const Status &status) {
            result = status;
            finished = true;
        });
        engine->connectToServer(server, QStringLiteral("Test phone"));
        (void)waitFor([&] { return finished; }, 30000);
        // connectToServer() starts the engine: let its first round finish.
        (void)waitFor([&] { return engine->state() != sync::SyncEngine::State::Syncing; }, 30000);
        engine->stop();
        return result;
    }
};

inline domain::Goal sampleGoal(const QString &words)
{
    domain::Goal goal;
    goal.whatMattersToMe = {words, QStringLiteral("en")};
    goal.target = {QStringLiteral("Walk 20 minutes a day"), QStringLiteral("en")};
    goal.domain = QStringLiteral("body");
    return goal;
}

/** @p count progress entries written straight into the vault in one transaction. */
inline bool writeProgress(vault::Vault &vault, int count)
{
    domain::HlcClock clock(vault.deviceId());
    const QByteArray goal = domain::newRecordId();
    const QByteArray author = domain::newRecordId();
    QList<vault::PlainRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        domain::ProgressEntry entry;
        entry.goalId = goal;
        entry.authorId = author;
        entry.date = QDate(2026, 1, 1).addDays(i % 300);
        entry.rating = i % 11;
        records.append(
            {vault.privateSpaceId(), domain::newRecordId(), domain::makeEnvelope(entry, clock.now()).encode(), false});
    }
    return vault.putMany(records).ok();
}

} // namespace cc::testing
