// SPDX-License-Identifier: GPL-3.0-or-later
// The vault's sync support (schemas 2 and 3): base tags, pull cursors, the push queue, verbatim
// storage of received revisions, the device signing key and vaults for a linked device.
#include "crypto/keypair.h"
#include "crypto/random.h"
#include "protocol/recoverykey.h"
#include "vault/vault.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::vault;
using namespace cc::protocol;
using crypto::SecureBuffer;

namespace {

const crypto::Argon2Params FastKdf {1, 1024, 1};

SecureBuffer secret(const char *text)
{
    return SecureBuffer::copyOf(QByteArrayView(text));
}

QByteArray newId()
{
    return crypto::randomBytes(16);
}

std::unique_ptr<Vault> newVault(const QTemporaryDir &dir, const char *name = "vault", QString *recovery = nullptr)
{
    auto created = Vault::create(dir.filePath(QString::fromLatin1(name)), secret("pass phrase"), FastKdf);
    if (!created)
        return nullptr;
    if (recovery)
        *recovery = created->recoveryKey;
    return std::move(created->vault);
}

} // namespace

class TestVaultSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSchemaOneVaultIsUpgradedWithoutAKey()
    {
        QTemporaryDir dir;
        const QByteArray id = newId();
        QString path;
        {
            auto v = newVault(dir);
            QVERIFY(v);
            path = v->directory();
            QVERIFY(v->put({v->privateSpaceId(), id, "kept", false}));
        }
        {
            // Take the database back to what schema 1 had.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(Vault::databasePath(path));
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : {"DROP TRIGGER records_added", "DROP TRIGGER records_changed",
                     "DROP TRIGGER records_removed", "DROP TABLE space_versions", "DROP TABLE local_cache",
                     "DROP TABLE refusals", "DROP TABLE held_departures", "DROP TABLE space_lists", "DROP TABLE spaces",
                     "DROP TABLE space_member_keys", "DROP TABLE contacts", "DROP TABLE invites",
                     "DROP TABLE departures", "DROP INDEX records_by_space", "DROP INDEX records_dirty",
                     "DROP TABLE pull_cursors", "ALTER TABLE records DROP COLUMN base_tag",
                     "ALTER TABLE records DROP COLUMN base_sealed", "PRAGMA user_version = 1"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        auto opened = Vault::open(path); // locked: the upgrade needs no key
        QVERIFY(opened);
        QVERIFY(!(*opened)->isUnlocked());
        QCOMPARE((*opened)->dirtyCount(), 1);
        QCOMPARE((*opened)->pullCursor((*opened)->privateSpaceId()), 0);
        QVERIFY((*opened)->unlockWithPassphrase(secret("pass phrase")));
        auto record = (*opened)->get(id);
        QVERIFY(record);
        QCOMPARE(record->payload, QByteArray("kept"));
        QVERIFY(record->baseTag.isEmpty());
        // The upgraded vault counts writes per space and keeps a local cache like a new one. A
        // record written before the upgrade leaving its space counts there too (no version row
        // for that space existed yet).
        const QByteArray mine = (*opened)->privateSpaceId();
        QCOMPARE((*opened)->spaceVersions({mine}).value(mine), 0);
        auto shared = (*opened)->createSpace();
        QVERIFY(shared);
        QVERIFY((*opened)->put({*shared, id, "moved", false}));
        QVERIFY((*opened)->spaceVersions({mine}).value(mine) > 0);
        QVERIFY((*opened)->spaceVersions({*shared}).value(*shared) > 0);
        QVERIFY((*opened)->putLocalCache("derived", "row"));
        QCOMPARE(*(*opened)->localCache("derived"), QByteArray("row"));
    }

    void serverSettingsAndTheDeviceKeyPersist()
    {
        QTemporaryDir dir;
        auto v = newVault(dir);
        QVERIFY(v);
        QVERIFY(!v->isConnected());
        QVERIFY(v->serverUrl().isEmpty());
        QCOMPARE(v->deviceSigningKey(false).code(), ErrorCode::NotFound);
        auto key = v->deviceSigningKey(true);
        QVERIFY(key);
        QCOMPARE(key->publicKey.size(), 32);
        QVERIFY(v->setServer(QStringLiteral("https://care.example.org"), v->vaultId()));
        QVERIFY(v->setConnected(true));
        const QString path = v->directory();
        v.reset();
        auto opened = Vault::open(path);
        QVERIFY(opened);
        QVERIFY((*opened)->isConnected());
        QCOMPARE((*opened)->serverUrl(), QStringLiteral("https://care.example.org"));
        QVERIFY((*opened)->unlockWithPassphrase(secret("pass phrase")));
        auto again = (*opened)->deviceSigningKey(true);
        QVERIFY(again);
        QCOMPARE(again->publicKey, key->publicKey); // made once, then kept
    }

    void dirtyRecordsComeInChunksAndAPushCleansOnlyTheRevisionSent()
    {
        QTemporaryDir dir;
        auto v = newVault(dir);
        QList<PlainRecord> records;
        for (int i = 0; i < 5; ++i)
            records.append({v->privateSpaceId(), newId(), QByteArray::number(i), false});
        QVERIFY(v->putMany(records));
        QCOMPARE(v->dirtySpaces(), QList<QByteArray> {v->privateSpaceId()});
        auto first = v->dirtyRecords(v->privateSpaceId(), {}, 3);
        QVERIFY(first);
        QCOMPARE(first->size(), 3);
        auto rest = v->dirtyRecords(v->privateSpaceId(), first->last().recordId, 3);
        QCOMPARE(rest->size(), 2);
        QVERIFY(first->first().recordId < rest->first().recordId);

        // Record 0 is pushed unchanged; record 1 is edited while its push is under way.
        const OutgoingRecord sent0 = first->at(0);
        const OutgoingRecord sent1 = first->at(1);
        QVERIFY(v->put({v->privateSpaceId(), sent1.recordId, "edited meanwhile", false}));
        QVERIFY(v->markPushed({{sent0.recordId, protocol::sealedrecord::revisionTag(sent0.sealed), 7, sent0.sealed},
            {sent1.recordId, protocol::sealedrecord::revisionTag(sent1.sealed), 8, sent1.sealed}}));
        auto r0 = v->get(sent0.recordId);
        QVERIFY(!r0->dirty);
        QCOMPARE(r0->serverSeq, 7);
        QCOMPARE(r0->baseTag, protocol::sealedrecord::revisionTag(sent0.sealed));
        auto r1 = v->get(sent1.recordId);
        QVERIFY(r1->dirty); // the edit is still to be sent …
        QCOMPARE(
            r1->baseTag, protocol::sealedrecord::revisionTag(sent1.sealed)); // … as an edit of what the server now has
        QCOMPARE(r1->payload, QByteArray("edited meanwhile"));
        QCOMPARE(v->storedRecord(sent1.recordId)->baseSealed, sent1.sealed);
        QCOMPARE(v->dirtyCount(), 4);

        // A later local edit of a clean record keeps the server revision it edits.
        QVERIFY(v->put({v->privateSpaceId(), sent0.recordId, "second edit", false}));
        QCOMPARE(v->get(sent0.recordId)->baseTag, protocol::sealedrecord::revisionTag(sent0.sealed));
        QCOMPARE(v->storedRecord(sent0.recordId)->baseSealed, sent0.sealed);
    }

    void movingARecordQueuesATombstoneForTheSpaceItLeft()
    {
        QTemporaryDir dir;
        auto v = newVault(dir);
        auto shared = v->createSpace();
        QVERIFY(shared);
        const QByteArray id = newId();
        QVERIFY(v->put({v->privateSpaceId(), id, "private words", false}));
        const OutgoingRecord first = v->dirtyRecords(v->privateSpaceId(), {}, 10)->first();
        const QByteArray serverTag = protocol::sealedrecord::revisionTag(first.sealed);
        QVERIFY(v->markPushed({{id, serverTag, 1, first.sealed}}));

        QVERIFY(v->put({*shared, id, "shared words", false}));
        QCOMPARE(v->get(id)->header.spaceId, *shared);
        QCOMPARE(v->dirtyCount(), 2);
        const QList<QByteArray> dirty = v->dirtySpaces();
        QCOMPARE(QSet<QByteArray>(dirty.cbegin(), dirty.cend()), (QSet<QByteArray> {v->privateSpaceId(), *shared}));

        // In the old space: a tombstone of the old content, editing the server's revision there.
        auto left = v->dirtyRecords(v->privateSpaceId(), {}, 10);
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().baseTag, serverTag);
        auto tombstone = v->openSealed(left->first().sealed);
        QVERIFY(tombstone);
        QVERIFY(tombstone->header.deleted);
        QCOMPARE(tombstone->header.spaceId, v->privateSpaceId());
        QCOMPARE(tombstone->payload, QByteArray("private words")); // never the new content
        // In the new space: a record the server has never seen there.
        auto arrived = v->dirtyRecords(*shared, {}, 10);
        QCOMPARE(arrived->size(), 1);
        QVERIFY(arrived->first().baseTag.isEmpty());

        // Pushing the tombstone removes it from the queue and leaves the moved record alone.
        const OutgoingRecord gone = left->first();
        QVERIFY(v->markPushed({{id, protocol::sealedrecord::revisionTag(gone.sealed), 2, gone.sealed}}));
        QVERIFY(!v->hasDeparture(v->privateSpaceId(), id));
        QCOMPARE(v->dirtyCount(), 1);
        QVERIFY(v->get(id)->dirty);
        QCOMPARE(v->get(id)->payload, QByteArray("shared words"));

        // A record the server never had leaves nothing behind when it moves.
        const QByteArray fresh = newId();
        QVERIFY(v->put({v->privateSpaceId(), fresh, "new", false}));
        QVERIFY(v->put({*shared, fresh, "new", false}));
        QVERIFY(!v->hasDeparture(v->privateSpaceId(), fresh));
    }

    void aRefusedChangeGetsBackTheServerRevisionOrGoes()
    {
        QTemporaryDir dir;
        auto v = newVault(dir);
        auto shared = v->createSpace();
        QVERIFY(shared);
        // An edit of a revision the server holds: that revision is the record again, clean.
        const QByteArray id = newId();
        QVERIFY(v->put({*shared, id, "server words", false}));
        const OutgoingRecord first = v->dirtyRecords(*shared, {}, 10)->first();
        QVERIFY(v->markPushed({{id, protocol::sealedrecord::revisionTag(first.sealed), 4, first.sealed}}));
        QVERIFY(v->put({*shared, id, "refused words", false}));
        // A record the server never had: nobody else holds it, so it goes.
        const QByteArray fresh = newId();
        QVERIFY(v->put({*shared, fresh, "never pushed", false}));
        QCOMPARE(v->dirtyCount(), 2);

        QVERIFY(v->revertRefused(*shared, id, QStringLiteral("refused")));
        QVERIFY(v->revertRefused(*shared, fresh, QStringLiteral("refused")));
        QCOMPARE(v->dirtyCount(), 0);
        QVERIFY(!v->get(fresh));
        auto back = v->get(id);
        QVERIFY(back);
        QVERIFY(!back->dirty);
        QCOMPARE(back->payload, QByteArray("server words"));
        QCOMPARE(v->syncStates({id}).value(id).serverSeq, 4);
    }

    void refusalsAreKeptWithWhatWasStoredUntilTakenOnce()
    {
        // A round that is killed after it stored a page (the cursor moved past a refused
        // record) and before it reported the refusal must leave the report to the next round.
        QTemporaryDir dir;
        auto v = newVault(dir);
        const QByteArray refusedId = newId(), revertedId = newId();
        QVERIFY(v->storeSynced({}, {}, v->privateSpaceId(), 7, {{refusedId, QStringLiteral("from the future")}}));
        QVERIFY(v->put({v->privateSpaceId(), revertedId, "never pushed", false}));
        QVERIFY(v->revertRefused(v->privateSpaceId(), revertedId, QStringLiteral("not allowed")));
        const QString path = v->directory();
        v.reset(); // killed: nothing reported

        auto opened = Vault::open(path);
        QVERIFY(opened);
        QVERIFY(!(*opened)->takeRefusals()); // locked: nothing is taken
        QVERIFY((*opened)->unlockWithPassphrase(secret("pass phrase")));
        QCOMPARE((*opened)->pullCursor((*opened)->privateSpaceId()), 7);
        auto taken = (*opened)->takeRefusals();
        QVERIFY(taken);
        QCOMPARE(taken->size(), 2);
        QCOMPARE(taken->at(0).recordId, refusedId);
        QCOMPARE(taken->at(0).reason, QStringLiteral("from the future"));
        QCOMPARE(taken->at(1).recordId, revertedId);
        QCOMPARE(taken->at(1).reason, QStringLiteral("not allowed"));
        auto again = (*opened)->takeRefusals(); // once
        QVERIFY(again);
        QVERIFY(again->isEmpty());
    }

    void aLargeBatchWritesNewStayingAndMovingRecordsAsOneByOneWould()
    {
        // Large enough for the pool's sealing and the reused statement; the statement
        // carries over from the first putMany to the later ones.
        QTemporaryDir dir;
        auto v = newVault(dir);
        auto shared = v->createSpace();
        QVERIFY(shared);
        QList<PlainRecord> first;
        for (int i = 0; i < 300; ++i)
            first.append({v->privateSpaceId(), newId(), "first " + QByteArray::number(i), false});
        QVERIFY(v->putMany(first));
        // The server holds the first hundred: their moves must leave tombstones.
        QList<PushedRecord> pushed;
        for (int i = 0; i < 100; ++i) {
            auto row = v->storedRecord(first[i].recordId);
            QVERIFY(row);
            pushed.append({first[i].recordId, sealedrecord::revisionTag(row->sealed), i + 1, row->sealed});
        }
        QVERIFY(v->markPushed(pushed));

        // One batch: 0-49 pushed and moving, 100-199 staying (edited), 200-249 never pushed and
        // moving, 300 new records.
        QList<PlainRecord> second;
        for (int i = 0; i < 300; ++i) {
            const bool moves = i < 50 || (i >= 200 && i < 250);
            if (i < 50 || i >= 100)
                second.append({moves ? *shared : v->privateSpaceId(), first[i].recordId,
                    "second " + QByteArray::number(i), false});
            second.append({v->privateSpaceId(), newId(), "new " + QByteArray::number(i), false});
        }
        QVERIFY(v->putMany(second));
        QCOMPARE(v->recordCount(), 600);
        for (int i = 0; i < 300; ++i) {
            const bool moves = i < 50 || (i >= 200 && i < 250);
            const bool edited = i < 50 || i >= 100;
            auto record = v->get(first[i].recordId);
            QVERIFY(record);
            QCOMPARE(record->header.spaceId, moves ? *shared : v->privateSpaceId());
            QCOMPARE(record->payload, (edited ? "second " : "first ") + QByteArray::number(i));
            QCOMPARE(v->hasDeparture(v->privateSpaceId(), first[i].recordId), i < 50);
        }
        auto left = v->dirtyRecords(v->privateSpaceId(), {}, 1000);
        QVERIFY(left);
        int tombstones = 0;
        for (const OutgoingRecord &r : *left) {
            auto opened = v->openSealed(r.sealed);
            QVERIFY(opened);
            if (opened->header.deleted) {
                ++tombstones;
                QVERIFY(opened->payload.startsWith("first ")); // the old content, never the new
                QVERIFY(!r.baseTag.isEmpty());
            }
        }
        QCOMPARE(tombstones, 50);

        // Moving back in a later batch: the record edits the server's revision again.
        QList<PlainRecord> back;
        for (int i = 0; i < 50; ++i)
            back.append({v->privateSpaceId(), first[i].recordId, "back", false});
        for (int i = 0; i < 100; ++i)
            back.append({*shared, newId(), "filler", false});
        QVERIFY(v->putMany(back));
        for (int i = 0; i < 50; ++i) {
            QVERIFY(!v->hasDeparture(v->privateSpaceId(), first[i].recordId));
            QCOMPARE(v->storedRecord(first[i].recordId)->baseTag, pushed[i].tag);
        }
    }

    void ownSpacesKeyVersionsInvitesAndContactsPersist()
    {
        QTemporaryDir dir;
        auto v = newVault(dir);
        auto space = v->createSpace();
        QVERIFY(space);
        QVERIFY(v->ownsSpace(*space));
        QVERIFY(v->ownsSpace(v->privateSpaceId()));
        QVERIFY(!v->ownsSpace(newId()));
        QCOMPARE(v->keyVersion(*space), 1u);
        QCOMPARE(v->spaces().size(), 2);
        QCOMPARE(v->spaces().last().role, QStringLiteral("owner"));

        // A dirty record sealed with version 1 is re-sealed once version 2 arrives.
        const QByteArray id = newId();
        QVERIFY(v->put({*space, id, "words", false}));
        const SecureBuffer v2 = crypto::randomSecret(32);
        QVERIFY(v->addSpaceKey(*space, 2, v2));
        QVERIFY(v->addSpaceKey(*space, 2, v2)); // the same key again changes nothing
        QCOMPARE(v->addSpaceKey(*space, 2, crypto::randomSecret(32)).code(), ErrorCode::AlreadyExists);
        QCOMPARE(v->keyVersion(*space), 2u);
        QCOMPARE(v->get(id)->header.keyVersion, 1u);
        QCOMPARE(*v->resealDirty(*space), 1);
        QCOMPARE(v->get(id)->header.keyVersion, 2u);
        QCOMPARE(v->get(id)->payload, QByteArray("words"));
        auto material = v->accountMaterial();
        QCOMPARE(std::count_if(material->spaceKeys.cbegin(), material->spaceKeys.cend(),
                     [&](const protocol::SpaceKey &k) { return k.space == *space; }),
            2);

        const QByteArray invite = newId();
        const SecureBuffer code = crypto::randomSecret(16);
        QVERIFY(v->addInvite({invite, *space, QStringLiteral("editor"), 12345}, code));
        const QByteArray guest = newId();
        QVERIFY(v->setContactVerified(guest, true));
        const QString path = v->directory();
        v.reset();

        auto opened = Vault::open(path);
        QVERIFY(opened);
        Vault &again = **opened;
        QVERIFY(again.ownsSpace(*space)); // also while locked
        QCOMPARE(again.invites().size(), 1);
        QCOMPARE(again.invites().first().role, QStringLiteral("editor"));
        QCOMPARE(again.inviteSecret(invite).code(), ErrorCode::Locked);
        QVERIFY(again.unlockWithPassphrase(secret("pass phrase")));
        QVERIFY(again.inviteSecret(invite)->equals(code));
        QVERIFY(again.isContactVerified(guest));
        QVERIFY(again.removeInvite(invite));
        QVERIFY(again.invites().isEmpty());

        // The code's secret is never stored in clear.
        QFile db(Vault::databasePath(path));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(code.view().toByteArray()));
    }

    void memberListsAreKeptOncePerVersionInOrder()
    {
        QTemporaryDir dir;
        auto v = newVault(dir);
        auto space = v->createSpace();
        QVERIFY(space);
        QCOMPARE(v->spaceListCount(*space), 0);
        QVERIFY(v->addSpaceList(*space, 2, "second", QByteArray(64, 2)));
        QVERIFY(v->addSpaceList(*space, 1, "first", QByteArray(64, 1)));
        QVERIFY(v->addSpaceList(*space, 2, "second", QByteArray(64, 2))); // fetched again: kept once
        QCOMPARE(v->spaceListCount(*space), 2);
        QCOMPARE(v->spaceLists(*space), QList<QByteArray>({"first", "second"}));
        QCOMPARE(v->spaceListCount(v->privateSpaceId()), 0);
    }

    void aLinkedDeviceSharesTheAccountAndOpensItsRecords()
    {
        QTemporaryDir dir;
        QString recovery;
        auto first = newVault(dir, "first", &recovery);
        QVERIFY(first);
        const QByteArray id = newId();
        QVERIFY(first->put({first->privateSpaceId(), id, "shared", false}));
        const QByteArray sealed = first->storedRecord(id)->sealed;

        auto material = first->accountMaterial();
        QVERIFY(material);
        QCOMPARE(material->account, first->vaultId());
        const PassphraseKdf kdf = Vault::newPassphraseKdf(FastKdf);
        auto kek = Vault::derivePassphraseKey(secret("other pass phrase"), kdf);
        auto second = Vault::createForAccount(dir.filePath(QStringLiteral("second")), kdf, *kek, *material);
        QVERIFY(second);
        QCOMPARE((*second)->vaultId(), first->vaultId());
        QCOMPARE((*second)->accountId(), first->vaultId());
        QCOMPARE((*second)->privateSpaceId(), first->privateSpaceId());
        QVERIFY((*second)->deviceId() != first->deviceId());
        QVERIFY((*second)->deviceSigningKey(false)); // made with the vault
        QCOMPARE(*(*second)->identitySignPublicKey(), *first->identitySignPublicKey());

        auto opened = (*second)->openSealed(sealed);
        QVERIFY(opened);
        QCOMPARE(opened->payload, QByteArray("shared"));
        QCOMPARE(opened->header.authorDevice, first->deviceId());

        // Stored verbatim with its sequence and the pull cursor, clean.
        QVERIFY((*second)->storeSynced({{sealed, 3}}, {}, first->privateSpaceId(), 3));
        QCOMPARE((*second)->pullCursor(first->privateSpaceId()), 3);
        auto stored = (*second)->get(id);
        QVERIFY(stored);
        QVERIFY(!stored->dirty);
        QCOMPARE(stored->serverSeq, 3);
        QCOMPARE(stored->baseTag, protocol::sealedrecord::revisionTag(sealed));
        QCOMPARE((*second)->storedRecord(id)->sealed, sealed);

        // A merged revision is sealed by this device and waits to be pushed.
        QVERIFY((*second)->storeSynced({},
            {{{first->privateSpaceId(), id, "merged", false}, protocol::sealedrecord::revisionTag(sealed), 3,
                sealed}}));
        auto merged = (*second)->get(id);
        QVERIFY(merged->dirty);
        QCOMPARE(merged->header.authorDevice, (*second)->deviceId());
        QCOMPARE(merged->baseTag, protocol::sealedrecord::revisionTag(sealed));

        // The printed recovery key of the account opens the new device's vault too.
        const QString path = (*second)->directory();
        second->reset();
        auto reopened = Vault::open(path);
        QVERIFY((*reopened)->unlockWithRecoveryKey(recovery));
    }

    void aRecordOfAnotherAccountDoesNotOpen()
    {
        QTemporaryDir dir;
        auto mine = newVault(dir, "mine");
        auto theirs = newVault(dir, "theirs");
        const QByteArray id = newId();
        QVERIFY(theirs->put({theirs->privateSpaceId(), id, "not yours", false}));
        const QByteArray sealed = theirs->storedRecord(id)->sealed;
        QVERIFY(!mine->openSealed(sealed));
        QVERIFY(!mine->openSealed(QByteArray("short")));
        QVERIFY(!mine->storeSynced({{QByteArray("short"), 1}}, {}));
        QCOMPARE(mine->recordCount(), 0);
    }

    void createForAccountRefusesIncompleteMaterial()
    {
        QTemporaryDir dir;
        protocol::AccountMaterial empty;
        const PassphraseKdf kdf = Vault::newPassphraseKdf(FastKdf);
        auto kek = Vault::derivePassphraseKey(secret("x y z w"), kdf);
        QCOMPARE(Vault::createForAccount(dir.filePath(QStringLiteral("v")), kdf, *kek, empty).code(),
            ErrorCode::InvalidInput);
        QVERIFY(!Vault::exists(dir.filePath(QStringLiteral("v"))));
    }
};

QTEST_GUILESS_MAIN(TestVaultSync)
#include "tst_vaultsync.moc"
