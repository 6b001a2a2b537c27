// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted vault: key hierarchy, unlock slots, sealed records, integrity reporting.
#include "crypto/random.h"
#include "protocol/recoverykey.h"
#include "vault/keystore.h"
#include "vault/passphrasestrength.h"
#include "vault/vault.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace cc;
using namespace cc::vault;
using namespace cc::protocol;
using crypto::SecureBuffer;

namespace {

// Cheap Argon2id settings: these tests exercise the key hierarchy, not the KDF's cost.
const crypto::Argon2Params FastKdf {1, 1024, 1};

SecureBuffer secret(const char *text)
{
    return SecureBuffer::copyOf(QByteArrayView(text));
}

QByteArray newId()
{
    return crypto::randomBytes(16);
}

QHash<QString, QByteArray> fileHashes(const QString &dir)
{
    QHash<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            hashes.insert(f.fileName(), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return hashes;
}

QByteArray allFileBytes(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

/** Rewrites one stored record's sealed bytes behind the vault's back, as disk damage would. */
void corruptStoredByte(const QString &dir, const QByteArray &recordId, int offset)
{
    const QString name = QStringLiteral("corrupt");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(Vault::databasePath(dir));
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT sealed FROM records WHERE record_id = :id"));
        q.bindValue(QStringLiteral(":id"), recordId);
        QVERIFY(q.exec() && q.next());
        QByteArray sealed = q.value(0).toByteArray();
        QVERIFY(offset < sealed.size());
        sealed[offset] = char(sealed[offset] ^ 0x01);
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE records SET sealed = :s WHERE record_id = :id"));
        u.bindValue(QStringLiteral(":s"), sealed);
        u.bindValue(QStringLiteral(":id"), recordId);
        QVERIFY(u.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newVaultIsUnlockedAndReopensWithItsPassphrase()
    {
        QTemporaryDir dir;
        QByteArray id = newId();
        {
            auto created = Vault::create(dir.path(), secret("correct horse battery"), FastKdf);
            QVERIFY2(created.ok(), qPrintable(created.error().message));
            QVERIFY(created->vault->isUnlocked());
            QCOMPARE(created->recoveryKey.size(), 28 + 6);
            QVERIFY(created->vault->put({created->vault->privateSpaceId(), id, "hello", false}).ok());
        }
        auto vault = Vault::open(dir.path());
        QVERIFY(vault.ok());
        QVERIFY(!(*vault)->isUnlocked());
        QVERIFY((*vault)->unlockWithPassphrase(secret("correct horse battery")).ok());
        auto record = (*vault)->get(id);
        QVERIFY(record.ok());
        QCOMPARE(record->payload, QByteArray("hello"));
        QVERIFY(record->dirty);
        QCOMPARE(record->serverSeq, -1);
    }

    void creatingOverAnExistingVaultIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(Vault::create(dir.path(), secret("first passphrase"), FastKdf).ok());
        auto second = Vault::create(dir.path(), secret("second passphrase"), FastKdf);
        QCOMPARE(second.code(), ErrorCode::AlreadyExists);
        auto vault = Vault::open(dir.path());
        QVERIFY((*vault)->unlockWithPassphrase(secret("first passphrase")).ok());
    }

    void wrongPassphraseIsRejectedAndChangesNothingOnDisk()
    {
        QTemporaryDir dir;
        {
            auto created = Vault::create(dir.path(), secret("right passphrase"), FastKdf);
            QVERIFY(created->vault->put({created->vault->privateSpaceId(), newId(), "x", false}).ok());
        }
        const auto before = fileHashes(dir.path());
        {
            auto vault = Vault::open(dir.path());
            const Status s = (*vault)->unlockWithPassphrase(secret("wrong passphrase"));
            QCOMPARE(s.code(), ErrorCode::WrongKey);
            QVERIFY(!s.error().message.isEmpty());
            QVERIFY(!(*vault)->isUnlocked());
            QCOMPARE((*vault)->readAll().code(), ErrorCode::Locked);
        }
        QCOMPARE(fileHashes(dir.path()), before);
    }

    void recoveryKeyUnlocksAndTyposAreCaughtBeforeTrying()
    {
        QTemporaryDir dir;
        QString recovery;
        {
            auto created = Vault::create(dir.path(), secret("a passphrase here"), FastKdf);
            recovery = created->recoveryKey;
        }
        auto vault = Vault::open(dir.path());
        // Lenient input: lower case, spaces instead of dashes.
        QString typed = recovery.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        QVERIFY((*vault)->unlockWithRecoveryKey(typed).ok());
        (*vault)->lock();

        QString typo = recovery;
        typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE((*vault)->unlockWithRecoveryKey(typo).code(), ErrorCode::InvalidInput);
        QCOMPARE((*vault)->unlockWithRecoveryKey(QStringLiteral("ABCD")).code(), ErrorCode::InvalidInput);
        QVERIFY(!(*vault)->isUnlocked());

        // A well-formed key of another vault is a wrong key, not a typo.
        const QString other = protocol::recoverykey::format(crypto::randomSecret(16));
        QCOMPARE((*vault)->unlockWithRecoveryKey(other).code(), ErrorCode::WrongKey);
    }

    void recoveryKeyRoundTripsThroughItsPrintedForm()
    {
        for (int i = 0; i < 50; ++i) {
            SecureBuffer key = crypto::randomSecret(16);
            const QString text = protocol::recoverykey::format(key);
            QCOMPARE(text.count(QLatin1Char('-')), 6);
            auto parsed = protocol::recoverykey::parse(text);
            QVERIFY(parsed.ok());
            QVERIFY(parsed->equals(key));
        }
    }

    void keystoreSlotUnlocksUntilRemoved()
    {
        QTemporaryDir dir;
        MemoryKeystore keystore;
        auto created = Vault::create(dir.path(), secret("keystore passphrase"), FastKdf);
        Vault &vault = *created->vault;
        QVERIFY(!vault.hasKeystoreSlot());
        QVERIFY(vault.enableKeystoreSlot(keystore).ok());
        QVERIFY(vault.hasKeystoreSlot());
        vault.lock();
        QVERIFY(vault.unlockWithKeystore(keystore).ok());

        QVERIFY(vault.disableKeystoreSlot(keystore).ok());
        QVERIFY(!keystore.contains(vault.keystoreEntryName()));
        vault.lock();
        QCOMPARE(vault.unlockWithKeystore(keystore).code(), ErrorCode::NotFound);
    }

    void unavailableKeystoreIsReportedNotFakedWithPlaintext()
    {
        QTemporaryDir dir;
        MemoryKeystore keystore;
        keystore.setAvailable(false);
        auto created = Vault::create(dir.path(), secret("keystore passphrase"), FastKdf);
        QCOMPARE(created->vault->enableKeystoreSlot(keystore).code(), ErrorCode::Unavailable);
        QVERIFY(!created->vault->hasKeystoreSlot());
    }

    void keystoreSecretFromAnotherVaultDoesNotUnlock()
    {
        QTemporaryDir a, b;
        MemoryKeystore keystore;
        auto va = Vault::create(a.path(), secret("passphrase of a"), FastKdf);
        auto vb = Vault::create(b.path(), secret("passphrase of b"), FastKdf);
        QVERIFY(va->vault->enableKeystoreSlot(keystore).ok());
        QVERIFY(vb->vault->enableKeystoreSlot(keystore).ok());
        // Swap what the keystore holds for the two vaults.
        auto sa = keystore.load(va->vault->keystoreEntryName());
        auto sb = keystore.load(vb->vault->keystoreEntryName());
        QVERIFY(keystore.store(va->vault->keystoreEntryName(), *sb).ok());
        va->vault->lock();
        QCOMPARE(va->vault->unlockWithKeystore(keystore).code(), ErrorCode::WrongKey);
    }

    void changingThePassphraseKeepsRecordsAndRetiresTheOldOne()
    {
        QTemporaryDir dir;
        const QByteArray id = newId();
        {
            auto created = Vault::create(dir.path(), secret("old passphrase"), FastKdf);
            QVERIFY(created->vault->put({created->vault->privateSpaceId(), id, "kept", false}).ok());
            QCOMPARE(
                created->vault->changePassphrase(secret("not the old one"), secret("new passphrase"), FastKdf).code(),
                ErrorCode::WrongKey);
            QVERIFY(created->vault->changePassphrase(secret("old passphrase"), secret("new passphrase"), FastKdf).ok());
        }
        auto vault = Vault::open(dir.path());
        QCOMPARE((*vault)->unlockWithPassphrase(secret("old passphrase")).code(), ErrorCode::WrongKey);
        QVERIFY((*vault)->unlockWithPassphrase(secret("new passphrase")).ok());
        QCOMPARE((*vault)->get(id)->payload, QByteArray("kept"));
    }

    void recoveryKeyIsShownAgainOnlyAfterThePassphrase()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), secret("reveal passphrase"), FastKdf);
        QCOMPARE(created->vault->revealRecoveryKey(secret("wrong")).code(), ErrorCode::WrongKey);
        auto revealed = created->vault->revealRecoveryKey(secret("reveal passphrase"));
        QVERIFY(revealed.ok());
        QCOMPARE(*revealed, created->recoveryKey);
    }

    void lockingWipesKeysAndBlocksRecordAccess()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), secret("lock passphrase"), FastKdf);
        Vault &vault = *created->vault;
        const QByteArray id = newId();
        QVERIFY(vault.put({vault.privateSpaceId(), id, "data", false}).ok());
        vault.lock();
        QVERIFY(!vault.isUnlocked());
        QCOMPARE(vault.get(id).code(), ErrorCode::Locked);
        QCOMPARE(vault.put({vault.privateSpaceId(), newId(), "more", false}).code(), ErrorCode::Locked);
    }

    void plaintextIsPaddedTo256ByteSteps()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), secret("padding passphrase"), FastKdf);
        const protocol::SealedHeader header {created->vault->privateSpaceId(), newId(), 1, false, newId()};
        auto key = crypto::randomSecret(32);
        for (int size : {0, 1, 251, 252, 253, 1000}) {
            auto sealed = protocol::sealedrecord::seal(key, header, QByteArray(size, 'a'));
            QVERIFY(sealed.ok());
            QCOMPARE((sealed->size() - protocol::sealedrecord::Overhead) % protocol::sealedrecord::PaddingBlock, 0);
            QCOMPARE(protocol::sealedrecord::open(key, *sealed)->size(), size);
        }
        QCOMPARE(protocol::sealedrecord::seal(key, header, QByteArray(252, 'a'))->size(),
            protocol::sealedrecord::seal(key, header, QByteArray(0, 'a'))->size());
    }

    void sealedHeaderCannotBeChangedUndetected()
    {
        // Moving a record to another space or id, another key version, undeleting it or
        // claiming another author: each byte of the header is authenticated.
        auto key = crypto::randomSecret(32);
        const protocol::SealedHeader header {newId(), newId(), 3, true, newId()};
        auto sealed = protocol::sealedrecord::seal(key, header, "payload");
        QVERIFY(sealed.ok());
        protocol::SealedHeader parsed;
        QVERIFY(protocol::sealedrecord::open(key, *sealed, &parsed).ok());
        QCOMPARE(parsed, header);
        for (int offset = 1; offset < protocol::sealedrecord::HeaderSize; ++offset) {
            QByteArray moved = *sealed;
            moved[offset] = char(moved[offset] ^ (offset == 37 ? 0x01 : 0x80));
            const auto opened = protocol::sealedrecord::open(key, moved);
            QVERIFY2(!opened.ok(), qPrintable(QString::number(offset)));
        }
        QCOMPARE(protocol::sealedrecord::open(crypto::randomSecret(32), *sealed).code(), ErrorCode::WrongKey);
        QCOMPARE(protocol::sealedrecord::open(key, sealed->first(40)).code(), ErrorCode::Damaged);
    }

    void everyDamagedByteIsReportedByRecordAndTheRestStillOpens()
    {
        QTemporaryDir dir;
        QList<QByteArray> ids;
        QByteArray space;
        {
            auto created = Vault::create(dir.path(), secret("integrity passphrase"), FastKdf);
            space = created->vault->privateSpaceId();
            QList<PlainRecord> records;
            for (int i = 0; i < 5; ++i) {
                ids.append(newId());
                records.append({space, ids.last(), QByteArray("record ") + QByteArray::number(i), false});
            }
            QVERIFY(created->vault->putMany(records).ok());
        }
        // Each byte position of one record's sealed blob, sampled across header, salt, nonce,
        // ciphertext and tag; flip it, check, flip it back.
        for (int offset : {0, 1, 20, 33, 36, 37, 40, 60, 90, 100, 200, 300, 353}) {
            corruptStoredByte(dir.path(), ids[2], offset);
            auto vault = Vault::open(dir.path());
            QVERIFY((*vault)->unlockWithPassphrase(secret("integrity passphrase")).ok());
            auto contents = (*vault)->readAll();
            QVERIFY(contents.ok());
            QCOMPARE(contents->damaged.size(), 1);
            QCOMPARE(contents->damaged.first().recordId, ids[2]);
            QCOMPARE(contents->damaged.first().spaceId, space);
            QVERIFY(!contents->damaged.first().reason.isEmpty());
            QCOMPARE(contents->records.size(), 4);
            QCOMPARE((*vault)->get(ids[2]).code(), ErrorCode::Damaged);
            QVERIFY((*vault)->get(ids[3]).ok());
            vault->reset();
            corruptStoredByte(dir.path(), ids[2], offset);
        }
    }

    void readingSomeSpacesOpensOnlyTheirRecords()
    {
        QTemporaryDir dir;
        QByteArray privateSpace;
        QByteArray shared;
        QList<QByteArray> sharedIds;
        {
            auto created = Vault::create(dir.path(), secret("spaces passphrase"), FastKdf);
            privateSpace = created->vault->privateSpaceId();
            auto space = created->vault->createSpace();
            QVERIFY(space.ok());
            shared = *space;
            QList<PlainRecord> records;
            for (int i = 0; i < 3; ++i)
                records.append({privateSpace, newId(), QByteArray("private ") + QByteArray::number(i), false});
            for (int i = 0; i < 2; ++i) {
                sharedIds.append(newId());
                records.append({shared, sharedIds.last(), QByteArray("shared ") + QByteArray::number(i), false});
            }
            QVERIFY(created->vault->putMany(records).ok());
        }
        // Damage in a space the reader did not ask for is not its business: not opened, not
        // reported. Asked for, it is reported as always.
        corruptStoredByte(dir.path(), sharedIds.first(), 100);
        auto vault = Vault::open(dir.path());
        QVERIFY((*vault)->unlockWithPassphrase(secret("spaces passphrase")).ok());
        const auto onlyPrivate = (*vault)->readAll([&](const QByteArray &space) { return space == privateSpace; });
        QVERIFY(onlyPrivate.ok());
        QCOMPARE(onlyPrivate->records.size(), 3);
        QVERIFY(onlyPrivate->damaged.isEmpty());
        for (const OpenedRecord &r : onlyPrivate->records)
            QCOMPARE(r.header.spaceId, privateSpace);
        const auto onlyShared = (*vault)->readAll([&](const QByteArray &space) { return space == shared; });
        QVERIFY(onlyShared.ok());
        QCOMPARE(onlyShared->records.size(), 1);
        QCOMPARE(onlyShared->records.first().header.recordId, sharedIds.last());
        QCOMPARE(onlyShared->damaged.size(), 1);
        const auto everything = (*vault)->readAll();
        QVERIFY(everything.ok());
        QCOMPARE(everything->records.size(), 4);
        QCOMPARE(everything->damaged.size(), 1);
    }

    void readingInPartsHandsOverWhatReadAllReadsInItsOrder()
    {
        QTemporaryDir dir;
        QByteArray damagedId;
        QByteArray shared;
        {
            auto created = Vault::create(dir.path(), secret("parts passphrase"), FastKdf);
            Vault &v = *created->vault;
            shared = *v.createSpace();
            QList<PlainRecord> records;
            for (int i = 0; i < 11; ++i) {
                const QByteArray space = i % 4 == 3 ? shared : v.privateSpaceId();
                records.append({space, newId(), QByteArray("record ") + QByteArray::number(i), false});
            }
            damagedId = records.at(5).recordId;
            QVERIFY(v.putMany(records).ok());
        }
        corruptStoredByte(dir.path(), damagedId, 100);
        auto vault = Vault::open(dir.path());
        Vault &v = **vault;
        QVERIFY(v.unlockWithPassphrase(secret("parts passphrase")).ok());
        const auto ids = [](const QList<OpenedRecord> &records) {
            QList<QByteArray> out;
            for (const OpenedRecord &r : records)
                out.append(r.header.recordId);
            return out;
        };
        for (const auto &spaces :
            {SpacePredicate {}, SpacePredicate {[&](const QByteArray &s) { return s != shared; }}}) {
            const auto whole = v.readAll(spaces);
            QVERIFY(whole.ok());
            for (const qsizetype partSize : {1, 3, 4, 100}) {
                QList<qsizetype> sizes;
                VaultContents gathered;
                QVERIFY(v.readParts(spaces, partSize, [&](VaultContents &&part) {
                             sizes.append(part.records.size() + part.damaged.size());
                             gathered.records.append(part.records);
                             gathered.damaged.append(part.damaged);
                         }).ok());
                // Every part but the last is full; together they are readAll's, in its order.
                for (qsizetype i = 0; i + 1 < sizes.size(); ++i)
                    QCOMPARE(sizes.at(i), partSize);
                QVERIFY(!sizes.isEmpty() && sizes.last() > 0 && sizes.last() <= partSize);
                QCOMPARE(ids(gathered.records), ids(whole->records));
                QCOMPARE(gathered.damaged.size(), 1);
                QCOMPARE(gathered.damaged.first().recordId, damagedId);
                for (qsizetype i = 0; i < gathered.records.size(); ++i)
                    QCOMPARE(gathered.records.at(i).payload, whole->records.at(i).payload);
            }
        }
        v.lock();
        bool handed = false;
        QCOMPARE(v.readParts({}, 4, [&](VaultContents &&) { handed = true; }).code(), ErrorCode::Locked);
        QVERIFY(!handed);
    }

    void readingSomeSpacesByTheIndexReadsWhatTheFilterReads()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), secret("spaces by index"), FastKdf);
        Vault &v = *created->vault;
        const QByteArray shared = *v.createSpace();
        const QByteArray other = *v.createSpace();
        const QByteArray bulk = *v.createSpace();
        QList<PlainRecord> records;
        for (int i = 0; i < 60; ++i) {
            const int j = i / 2;
            const QByteArray space = i % 2 == 1 ? bulk : j % 3 == 0 ? v.privateSpaceId() : j % 3 == 1 ? shared : other;
            records.append({space, newId(), QByteArray("record ") + QByteArray::number(i), false});
        }
        QVERIFY(v.putMany(records).ok());
        const auto ids = [](const VaultContents &c) {
            QList<QByteArray> out;
            for (const OpenedRecord &r : c.records)
                out.append(r.header.recordId);
            return out;
        };
        const QList<QByteArray> wanted {v.privateSpaceId(), other};
        const auto byIndex = v.readSpaces(wanted);
        const auto byFilter = v.readAll([&](const QByteArray &space) { return wanted.contains(space); });
        QVERIFY(byIndex.ok() && byFilter.ok());
        QCOMPARE(byIndex->records.size(), 20);
        // The same records in the same order (the table's), space by space interleaved.
        QCOMPARE(ids(*byIndex), ids(*byFilter));
        // The same for spaces that hold most of the table (read in one scan of it).
        const QList<QByteArray> most {bulk, shared};
        const auto mostByScan = v.readSpaces(most);
        QVERIFY(mostByScan.ok());
        QCOMPARE(mostByScan->records.size(), 40);
        QCOMPARE(ids(*mostByScan), ids(*v.readAll([&](const QByteArray &space) { return most.contains(space); })));
        // A space named twice is read once; an unknown one adds nothing.
        QCOMPARE(v.readSpaces({shared, shared, newId()})->records.size(), 10);
        // Sealed parts, each opened on another thread while the next is read, are the same.
        for (const QList<QByteArray> &spaces : {wanted, most}) {
            VaultContents opened;
            std::thread opener;
            const auto finish = [&] {
                if (opener.joinable())
                    opener.join();
            };
            const auto joined = qScopeGuard(finish); // also when a check below fails
            QVERIFY(v.readSealedSpaceParts(spaces, 7, [&](SealedPart &&part) {
                         QVERIFY(!part.rows.isEmpty() && part.rows.size() <= 7);
                         finish();
                         opener = std::thread([&v, &opened, part = std::move(part)] {
                             VaultContents c = v.openPart(part);
                             opened.records.append(c.records);
                             opened.damaged.append(c.damaged);
                         });
                     }).ok());
            finish();
            QVERIFY(opened.damaged.isEmpty());
            QCOMPARE(ids(opened), ids(*v.readSpaces(spaces)));
        }
        // The own spaces are the private space and those this account made.
        QList<QByteArray> own = v.ownSpaces();
        std::sort(own.begin(), own.end());
        QList<QByteArray> expected {v.privateSpaceId(), shared, other, bulk};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(own, expected);
        v.lock();
        QCOMPARE(v.readSpaces(wanted).code(), ErrorCode::Locked);
    }

    void everyWriteOfARecordRaisesItsSpacesVersion()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), secret("space versions"), FastKdf);
        Vault &v = *created->vault;
        const QByteArray mine = v.privateSpaceId();
        const QByteArray shared = *v.createSpace();
        const auto version = [&](const QByteArray &space) { return v.spaceVersions({space}).value(space); };
        QCOMPARE(version(shared), 0);
        const QByteArray id = newId();
        QVERIFY(v.put({mine, id, "first", false}).ok());
        const qint64 afterInsert = version(mine);
        QVERIFY(afterInsert > 0);
        QCOMPARE(version(shared), 0);
        QVERIFY(v.put({mine, id, "edited", false}).ok());
        const qint64 afterEdit = version(mine);
        QVERIFY(afterEdit > afterInsert);
        // A move changes both the space it leaves and the one it enters.
        QVERIFY(v.put({shared, id, "moved", false}).ok());
        QVERIFY(version(mine) > afterEdit);
        QVERIFY(version(shared) > 0);
        // A write elsewhere leaves a space's version alone.
        const qint64 sharedBefore = version(shared);
        QVERIFY(v.put({mine, newId(), "another", false}).ok());
        QCOMPARE(version(shared), sharedBefore);
        // Versions are clear metadata: readable while locked too, and kept across a reopen.
        const qint64 mineNow = version(mine);
        v.lock();
        QCOMPARE(version(mine), mineNow);
    }

    void theLocalCacheIsSealedBoundToItsNameAndOpensOnlyUnlocked()
    {
        QTemporaryDir dir;
        const QByteArray marker = "Maria Peeters wants to discuss her sleep";
        {
            auto created = Vault::create(dir.path(), secret("local cache passphrase"), FastKdf);
            Vault &v = *created->vault;
            QVERIFY(!v.localCache("summary/a"));
            QVERIFY(v.putLocalCache("summary/a", marker).ok());
            QVERIFY(v.putLocalCache("summary/b", "other").ok());
            QCOMPARE(*v.localCache("summary/a"), marker);
            QVERIFY(v.putLocalCache("summary/a", marker + " (again)").ok());
            QCOMPARE(*v.localCache("summary/a"), marker + " (again)");
            QVERIFY(!allFileBytes(dir.path()).contains(marker));
            v.lock();
            QVERIFY(!v.localCache("summary/a"));
            QCOMPARE(v.putLocalCache("summary/a", marker).code(), ErrorCode::Locked);
        }
        QVERIFY(!allFileBytes(dir.path()).contains(marker));
        // An entry's sealed bytes put under another name do not open there.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("swap"));
            db.setDatabaseName(Vault::databasePath(dir.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE local_cache SET sealed = (SELECT sealed FROM local_cache WHERE "
                                          "name = CAST('summary/a' AS BLOB)) WHERE name = CAST('summary/b' AS BLOB)")));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("swap"));
        auto vault = Vault::open(dir.path());
        QVERIFY((*vault)->unlockWithPassphrase(secret("local cache passphrase")).ok());
        QCOMPARE(*(*vault)->localCache("summary/a"), marker + " (again)");
        QVERIFY(!(*vault)->localCache("summary/b"));
    }

    void noTextKeyOrPassphraseReachesTheVaultFiles()
    {
        QTemporaryDir dir;
        const QByteArray marker = "Wandelen naar de zaterdagmarkt";
        QString recovery;
        {
            auto created = Vault::create(dir.path(), secret("unique-passphrase-QZX"), FastKdf);
            recovery = created->recoveryKey;
            QList<PlainRecord> records;
            for (int i = 0; i < 300; ++i)
                records.append({created->vault->privateSpaceId(), newId(), marker + QByteArray::number(i), false});
            QVERIFY(created->vault->putMany(records).ok());
            // Check while the database is open too: the WAL holds fresh pages then.
            const QByteArray live = allFileBytes(dir.path());
            QVERIFY(!live.contains(marker));
            QVERIFY(!live.contains("unique-passphrase-QZX"));
        }
        const QByteArray all = allFileBytes(dir.path());
        QVERIFY(!all.isEmpty());
        QVERIFY(!all.contains(marker));
        QVERIFY(!all.contains(marker.toLower()));
        QVERIFY(!all.contains("unique-passphrase-QZX"));
        QVERIFY(!all.contains(recovery.toLatin1()));
        QString compact = recovery;
        compact.remove(QLatin1Char('-'));
        QVERIFY(!all.contains(compact.toLatin1()));
    }

    void newerSchemaIsRefusedWithAClearMessage()
    {
        QTemporaryDir dir;
        QVERIFY(Vault::create(dir.path(), secret("schema passphrase"), FastKdf).ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(Vault::databasePath(dir.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        auto vault = Vault::open(dir.path());
        QVERIFY(!vault.ok());
        QVERIFY(vault.error().message.contains(QStringLiteral("newer")));
    }

    void hostileKdfSettingsInTheFileAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(Vault::create(dir.path(), secret("kdf passphrase"), FastKdf).ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kdf"));
            db.setDatabaseName(Vault::databasePath(dir.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE unlock_slots SET params = x'a0' WHERE slot_id = 'passphrase'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("kdf"));
        auto vault = Vault::open(dir.path());
        QCOMPARE((*vault)->unlockWithPassphrase(secret("kdf passphrase")).code(), ErrorCode::Damaged);
    }

    void openingAFolderWithoutAVaultSaysSo()
    {
        QTemporaryDir dir;
        QCOMPARE(Vault::open(dir.path()).code(), ErrorCode::NotFound);
    }

    void weakPassphrasesAreNotAcceptable()
    {
        for (const char *weak : {"", "abc", "password123", "1234567890", "aaaaaaaaaaaa", "wachtwoord1", "azertyuiop"})
            QVERIFY2(!passphrase::assess(QString::fromLatin1(weak)).acceptable, weak);
        for (const char *strong :
            {"Mechelen-zaterdagmarkt-2026", "blue kettle under seven bridges", "Tr0mpet!Kast&Regen"}) {
            const auto s = passphrase::assess(QString::fromLatin1(strong));
            QVERIFY2(s.acceptable, strong);
            QVERIFY(s.hint.isEmpty());
            QVERIFY(!s.label.isEmpty());
        }
        QVERIFY(passphrase::assess(QStringLiteral("short")).hint.contains(QStringLiteral("10")));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
