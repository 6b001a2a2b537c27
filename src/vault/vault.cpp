// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault.h"

#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "crypto/keypair.h"
#include "crypto/random.h"
#include "keystore.h"
#include "protocol/recoverykey.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent>
#include <QtEndian>

#include <map>
#include <variant>

namespace cc::vault {

namespace {

using crypto::SecureBuffer;

const QString DatabaseFile = QStringLiteral("vault.db");

// Slot ids double as slot kinds: there is at most one slot of each kind.
const QString PassphraseSlot = QStringLiteral("passphrase");
const QString RecoverySlot = QStringLiteral("recovery");
const QString KeystoreSlot = QStringLiteral("keystore");

// Names of the secrets wrapped under the account key.
const QString RecoverySecret = QStringLiteral("recovery_key");
const QString SigningSecret = QStringLiteral("identity_ed25519");
const QString BoxSecret = QStringLiteral("identity_x25519");
const QString DeviceSigningSecret = QStringLiteral("device_ed25519");

// Sync metadata in the meta table.
const QString ServerUrlMeta = QStringLiteral("server_url");
const QString AccountIdMeta = QStringLiteral("account_id");
const QString ConnectedMeta = QStringLiteral("connected");

Error ioError(TrText what)
{
    // Qt's SQL error text is kept out of the message: the user gets one plain sentence.
    return makeError(ErrorCode::Io, what);
}

Error wrongKey()
{
    return makeError(ErrorCode::WrongKey, trNoop("Vault", "The passphrase or key is not correct."));
}

Error locked()
{
    return makeError(ErrorCode::Locked, trNoop("Vault", "The vault is locked."));
}

QByteArray u32be(quint32 v)
{
    QByteArray out(4, '\0');
    qToBigEndian(v, out.data());
    return out;
}

// Wraps are nonce || ciphertext || tag under a 32-byte key with a purpose-bound AAD.
Result<QByteArray> wrapSecret(const SecureBuffer &key, const SecureBuffer &secret, const QByteArray &aad)
{
    const QByteArray nonce = crypto::randomBytes(crypto::aead::NonceSize);
    auto sealed = crypto::aead::sealSecret(key, nonce, secret, aad);
    if (!sealed)
        return sealed.error();
    return nonce + *sealed;
}

Result<SecureBuffer> unwrapSecret(const SecureBuffer &key, const QByteArray &wrapped, const QByteArray &aad)
{
    if (wrapped.size() < crypto::aead::NonceSize + crypto::aead::TagSize)
        return makeError(ErrorCode::Damaged, trNoop("Vault", "A stored key is damaged."));
    return crypto::aead::openSecret(key, QByteArrayView(wrapped).first(crypto::aead::NonceSize),
        QByteArrayView(wrapped).sliced(crypto::aead::NonceSize), aad);
}

Result<SecureBuffer> recoveryKek(const SecureBuffer &recovery, const QByteArray &salt)
{
    return crypto::hkdfSha256(recovery.view(), salt, "carecircle/recovery-slot/v1", 32);
}

Result<SecureBuffer> keystoreKek(const SecureBuffer &deviceSecret, const QByteArray &salt)
{
    return crypto::hkdfSha256(deviceSecret.view(), salt, "carecircle/keystore-slot/v1", 32);
}

QByteArray kdfToCbor(const PassphraseKdf &kdf)
{
    QCborMap map;
    map.insert(QStringLiteral("salt"), kdf.salt);
    map.insert(QStringLiteral("t"), qint64(kdf.params.iterations));
    map.insert(QStringLiteral("m"), qint64(kdf.params.memoryKiB));
    map.insert(QStringLiteral("p"), qint64(kdf.params.parallelism));
    return map.toCborValue().toCbor();
}

Result<PassphraseKdf> kdfFromCbor(const QByteArray &bytes)
{
    const QCborMap map = QCborValue::fromCbor(bytes).toMap();
    PassphraseKdf kdf;
    kdf.salt = map.value(QStringLiteral("salt")).toByteArray();
    kdf.params.iterations = quint32(map.value(QStringLiteral("t")).toInteger());
    kdf.params.memoryKiB = quint32(map.value(QStringLiteral("m")).toInteger());
    kdf.params.parallelism = quint32(map.value(QStringLiteral("p")).toInteger());
    if (kdf.salt.size() < 16 || !crypto::argon2::withinLimits(kdf.params))
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault's passphrase settings are damaged."));
    return kdf;
}

QByteArray saltParams(const QByteArray &salt)
{
    QCborMap map;
    map.insert(QStringLiteral("salt"), salt);
    return map.toCborValue().toCbor();
}

QByteArray saltFromParams(const QByteArray &params)
{
    return QCborValue::fromCbor(params).toMap().value(QStringLiteral("salt")).toByteArray();
}

// Schema migrations: entry i brings user_version i to i + 1. Only metadata tables; no
// migration ever needs a key, so a locked vault can be upgraded.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE unlock_slots (slot_id TEXT PRIMARY KEY, params BLOB NOT NULL, "
                           "wrapped BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE space_keys (space_id BLOB NOT NULL, key_version INTEGER NOT NULL, "
                           "wrapped BLOB NOT NULL, PRIMARY KEY (space_id, key_version))"),
            QStringLiteral("CREATE TABLE secrets (name TEXT PRIMARY KEY, wrapped BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE records (record_id BLOB PRIMARY KEY, space_id BLOB NOT NULL, "
                           "server_seq INTEGER, dirty INTEGER NOT NULL DEFAULT 1, key_version INTEGER NOT NULL, "
                           "deleted INTEGER NOT NULL DEFAULT 0, sealed BLOB NOT NULL)"),
        },
        {
            // Sync (DESIGN.md §6): the server revision a local one edits, pulls by space in
            // sequence order, the queue of dirty records, and one pull cursor per space.
            QStringLiteral("ALTER TABLE records ADD COLUMN base_tag BLOB"),
            // The server revision a dirty record edits, kept so a merge can tell a field
            // edited on both sides from one that only one side changed.
            QStringLiteral("ALTER TABLE records ADD COLUMN base_sealed BLOB"),
            QStringLiteral("CREATE INDEX records_by_space ON records (space_id, server_seq)"),
            QStringLiteral("CREATE INDEX records_dirty ON records (dirty, space_id, record_id)"),
            QStringLiteral("CREATE TABLE pull_cursors (space_id BLOB PRIMARY KEY, seq INTEGER NOT NULL)"),
        },
        {
            // Sharing (DESIGN.md §5): spaces with their newest verified member list and the
            // pinned owner keys; every member identity key ever seen (so records of former
            // members still verify); accounts verified in person; invitations this device
            // made (the code's secret wrapped under the account key); and tombstones of
            // records moved to another space, waiting to be pushed to the space they left.
            QStringLiteral("CREATE TABLE spaces (space_id BLOB PRIMARY KEY, owner BLOB NOT NULL, role TEXT NOT NULL, "
                           "removed INTEGER NOT NULL DEFAULT 0, registered INTEGER NOT NULL DEFAULT 0, "
                           "list BLOB, list_sig BLOB, list_version INTEGER NOT NULL DEFAULT 0, "
                           "owner_sign_pub BLOB, owner_box_pub BLOB)"),
            QStringLiteral("CREATE TABLE space_member_keys (space_id BLOB NOT NULL, account BLOB NOT NULL, "
                           "sign_pub BLOB NOT NULL, PRIMARY KEY (space_id, account, sign_pub))"),
            QStringLiteral("CREATE TABLE contacts (account BLOB PRIMARY KEY, verified INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE invites (invite_id BLOB PRIMARY KEY, space_id BLOB NOT NULL, "
                           "role TEXT NOT NULL, expires INTEGER NOT NULL, wrapped BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE departures (record_id BLOB NOT NULL, space_id BLOB NOT NULL, "
                           "key_version INTEGER NOT NULL, sealed BLOB NOT NULL, base_tag BLOB NOT NULL, "
                           "PRIMARY KEY (record_id, space_id))"),
        },
    };
    return steps;
}

} // namespace

class Vault::Private
{
public:
    QString directory;
    QString connectionName;
    QByteArray vaultId;
    QByteArray deviceId;
    QByteArray privateSpaceId;
    QByteArray newDeviceId; // set by createForAccount() before createAccount()

    SecureBuffer accountKey; // empty while locked
    std::map<std::pair<QByteArray, quint32>, SecureBuffer> spaceKeys;
    QHash<QByteArray, quint32> currentKeyVersion;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    QByteArray slotAad(const QString &slotId) const
    {
        return QByteArrayLiteral("carecircle/slot/v1") + vaultId + slotId.toUtf8();
    }
    QByteArray spaceKeyAad(const QByteArray &spaceId, quint32 version) const
    {
        return QByteArrayLiteral("carecircle/space-key/v1") + vaultId + spaceId + u32be(version);
    }
    QByteArray secretAad(const QString &name) const
    {
        return QByteArrayLiteral("carecircle/secret/v1") + vaultId + name.toUtf8();
    }

    Status openDatabase(const QString &path)
    {
        connectionName = QStringLiteral("carecircle-vault-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        if (!database.open())
            return ioError(trNoop("Vault", "The vault database could not be opened."));
        // WAL keeps committed writes across a process crash; temp_store keeps SQLite's scratch
        // data in memory; secure_delete overwrites freed pages (they only ever held sealed bytes).
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY",
                 "PRAGMA secure_delete=ON", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
            QSqlQuery q(database);
            if (!q.exec(QString::fromLatin1(pragma)))
                return ioError(trNoop("Vault", "The vault database could not be opened."));
        }
        return {};
    }

    Status migrate()
    {
        QSqlDatabase database = db();
        QSqlQuery q(database);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        const int version = q.value(0).toInt();
        if (version > SchemaVersion)
            return makeError(ErrorCode::Io,
                trNoop("Vault", "This vault was made by a newer version of CareCircle. Please update the app."));
        for (int v = version; v < SchemaVersion; ++v) {
            if (!database.transaction())
                return ioError(trNoop("Vault", "The vault database could not be upgraded."));
            for (const QString &statement : migrations().at(v)) {
                QSqlQuery step(database);
                if (!step.exec(statement)) {
                    database.rollback();
                    return ioError(trNoop("Vault", "The vault database could not be upgraded."));
                }
            }
            QSqlQuery bump(database);
            // PRAGMA takes no bound parameters; the value is our own integer constant.
            if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !database.commit()) {
                database.rollback();
                return ioError(trNoop("Vault", "The vault database could not be upgraded."));
            }
        }
        return {};
    }

    Result<QByteArray> metaValue(const QString &key) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
        q.bindValue(QStringLiteral(":key"), key);
        if (!q.exec())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        if (!q.next())
            return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault is incomplete or damaged."));
        return q.value(0).toByteArray();
    }

    bool exec(QSqlQuery &q) const { return q.exec(); }

    bool setMeta(const QString &key, const QByteArray &value)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.bindValue(QStringLiteral(":key"), key);
        q.bindValue(QStringLiteral(":value"), value);
        return q.exec();
    }

    bool writeSlot(const QString &slotId, const QByteArray &params, const QByteArray &wrapped)
    {
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("INSERT INTO unlock_slots (slot_id, params, wrapped) VALUES (:id, :params, :wrapped) "
                           "ON CONFLICT(slot_id) DO UPDATE SET params = excluded.params, wrapped = excluded.wrapped"));
        q.bindValue(QStringLiteral(":id"), slotId);
        q.bindValue(QStringLiteral(":params"), params);
        q.bindValue(QStringLiteral(":wrapped"), wrapped);
        return q.exec();
    }

    Result<std::pair<QByteArray, QByteArray>> readSlot(const QString &slotId) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT params, wrapped FROM unlock_slots WHERE slot_id = :id"));
        q.bindValue(QStringLiteral(":id"), slotId);
        if (!q.exec())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        if (!q.next())
            return makeError(
                ErrorCode::NotFound, trNoop("Vault", "This way of unlocking is not set up for this vault."));
        return std::make_pair(q.value(0).toByteArray(), q.value(1).toByteArray());
    }

    bool writeSecret(const QString &name, const QByteArray &wrapped)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO secrets (name, wrapped) VALUES (:name, :wrapped) "
                                 "ON CONFLICT(name) DO UPDATE SET wrapped = excluded.wrapped"));
        q.bindValue(QStringLiteral(":name"), name);
        q.bindValue(QStringLiteral(":wrapped"), wrapped);
        return q.exec();
    }

    Result<SecureBuffer> readSecret(const SecureBuffer &account, const QString &name) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT wrapped FROM secrets WHERE name = :name"));
        q.bindValue(QStringLiteral(":name"), name);
        if (!q.exec())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        if (!q.next())
            return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault is incomplete or damaged."));
        return unwrapSecret(account, q.value(0).toByteArray(), secretAad(name));
    }

    /** Opens the account key from a slot's wrap; then loads the space keys. */
    Status unlockWith(const QString &slotId, const SecureBuffer &kek)
    {
        auto slot = readSlot(slotId);
        if (!slot)
            return slot.error();
        auto account = unwrapSecret(kek, slot->second, slotAad(slotId));
        if (!account)
            return account.code() == ErrorCode::WrongKey ? Status(wrongKey()) : Status(account.error());
        return adoptAccountKey(std::move(*account));
    }

    Result<SecureBuffer> accountKeyFromPassphraseKek(const SecureBuffer &kek) const
    {
        auto slot = readSlot(PassphraseSlot);
        if (!slot)
            return slot.error();
        auto account = unwrapSecret(kek, slot->second, slotAad(PassphraseSlot));
        if (!account && account.code() == ErrorCode::WrongKey)
            return wrongKey();
        return account;
    }

    Status adoptAccountKey(SecureBuffer account)
    {
        std::map<std::pair<QByteArray, quint32>, SecureBuffer> keys;
        QHash<QByteArray, quint32> current;
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT space_id, key_version, wrapped FROM space_keys")))
            return ioError(trNoop("Vault", "The vault database could not be read."));
        while (q.next()) {
            const QByteArray spaceId = q.value(0).toByteArray();
            const quint32 version = quint32(q.value(1).toLongLong());
            auto key = unwrapSecret(account, q.value(2).toByteArray(), spaceKeyAad(spaceId, version));
            if (!key) {
                // A damaged space key makes that space's records unreadable; they are then
                // reported record by record by readAll(), and the rest of the vault opens.
                continue;
            }
            keys.emplace(std::make_pair(spaceId, version), std::move(*key));
            if (version >= current.value(spaceId, 0))
                current.insert(spaceId, version);
        }
        accountKey = std::move(account);
        spaceKeys = std::move(keys);
        currentKeyVersion = std::move(current);
        return {};
    }

    Status addSpaceKey(const QByteArray &spaceId, quint32 version, SecureBuffer key)
    {
        auto wrapped = wrapSecret(accountKey, key, spaceKeyAad(spaceId, version));
        if (!wrapped)
            return wrapped.error();
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO space_keys (space_id, key_version, wrapped) VALUES (:s, :v, :w)"));
        q.bindValue(QStringLiteral(":s"), spaceId);
        q.bindValue(QStringLiteral(":v"), qint64(version));
        q.bindValue(QStringLiteral(":w"), *wrapped);
        if (!q.exec())
            return ioError(trNoop("Vault", "The vault could not be saved."));
        spaceKeys.emplace(std::make_pair(spaceId, version), std::move(key));
        currentKeyVersion.insert(spaceId, version);
        return {};
    }

    const SecureBuffer *spaceKey(const QByteArray &spaceId, quint32 version) const
    {
        const auto it = spaceKeys.find(std::make_pair(spaceId, version));
        return it == spaceKeys.end() ? nullptr : &it->second;
    }

    Result<QByteArray> sealRecord(const PlainRecord &record, QByteArrayView saltAndNonce) const
    {
        if (!currentKeyVersion.contains(record.spaceId))
            return makeError(
                ErrorCode::NotFound, trNoop("Vault", "The record's sharing space does not exist in this vault."));
        return sealWithVersion(record, currentKeyVersion.value(record.spaceId), saltAndNonce);
    }

    Result<QByteArray> sealWithVersion(const PlainRecord &record, quint32 version, QByteArrayView saltAndNonce) const
    {
        const SecureBuffer *key = spaceKey(record.spaceId, version);
        if (!key)
            return makeError(
                ErrorCode::NotFound, trNoop("Vault", "The record's sharing space does not exist in this vault."));
        protocol::SealedHeader header {record.spaceId, record.recordId, version, record.deleted, deviceId};
        return protocol::sealedrecord::sealWithRandom(*key, header, record.payload, saltAndNonce);
    }

    QByteArray ownAccount() const
    {
        auto account = optionalMeta(QStringLiteral("account_id"));
        return account && !account->isEmpty() ? *account : vaultId;
    }

    /**
     * Before @p record is written: if its stored row is in another space the server has seen
     * it in, a tombstone of the old revision is queued for that space (sealed with its key,
     * editing the server's revision there). Returns the base tag the record has in its new
     * space (a tombstone queued there before, now replaced by the live record), or nullopt
     * when the record does not move.
     */
    Result<std::optional<QByteArray>> prepareMove(const PlainRecord &record)
    {
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("SELECT record_id, space_id, key_version, deleted, server_seq, dirty, sealed, base_tag "
                           "FROM records WHERE record_id = ?"));
        q.bindValue(0, record.recordId);
        if (!q.exec())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        if (!q.next() || q.value(1).toByteArray() == record.spaceId)
            return std::optional<QByteArray>();
        RawRow row {q.value(0).toByteArray(), q.value(1).toByteArray(), quint32(q.value(2).toLongLong()),
            q.value(3).toBool(), q.value(4).isNull() ? -1 : q.value(4).toLongLong(), q.value(5).toBool(),
            q.value(6).toByteArray(), q.value(7).toByteArray()};
        q.finish();
        if (!row.baseTag.isEmpty()) {
            // Members of the old space already hold the old content: the tombstone carries
            // that, never the new content.
            auto opened = openRow(row);
            if (auto *old = std::get_if<OpenedRecord>(&opened)) {
                const QByteArray random = crypto::randomBytes(protocol::sealedrecord::RandomSize);
                auto sealed = sealRecord({row.spaceId, row.recordId, old->payload, true}, random);
                if (!sealed)
                    return sealed.error();
                QSqlQuery d(db());
                d.prepare(QStringLiteral("INSERT INTO departures (record_id, space_id, key_version, sealed, base_tag) "
                                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT(record_id, space_id) DO UPDATE SET "
                                         "key_version = excluded.key_version, sealed = excluded.sealed"));
                d.bindValue(0, row.recordId);
                d.bindValue(1, row.spaceId);
                d.bindValue(2, qint64(currentKeyVersion.value(row.spaceId)));
                d.bindValue(3, *sealed);
                d.bindValue(4, row.baseTag);
                if (!d.exec())
                    return ioError(trNoop("Vault", "The vault could not be saved."));
            }
        }
        // Moving back into a space it left: the live record edits the server's revision there.
        QSqlQuery back(db());
        back.prepare(QStringLiteral("SELECT base_tag FROM departures WHERE record_id = ? AND space_id = ?"));
        back.bindValue(0, record.recordId);
        back.bindValue(1, record.spaceId);
        if (!back.exec())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        QByteArray base;
        if (back.next())
            base = back.value(0).toByteArray();
        back.finish();
        QSqlQuery drop(db());
        drop.prepare(QStringLiteral("DELETE FROM departures WHERE record_id = ? AND space_id = ?"));
        drop.bindValue(0, record.recordId);
        drop.bindValue(1, record.spaceId);
        if (!drop.exec())
            return ioError(trNoop("Vault", "The vault could not be saved."));
        return std::optional<QByteArray>(base);
    }

    bool setMovedBase(const QByteArray &recordId, const QByteArray &base)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "UPDATE records SET base_tag = ?, base_sealed = NULL, server_seq = NULL WHERE record_id = ?"));
        q.bindValue(0, base.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(base));
        q.bindValue(1, recordId);
        return q.exec();
    }

    bool writeSealed(QSqlQuery &q, const PlainRecord &record, const QByteArray &sealed) const
    {
        // Positional binds: this runs once per record on the write path.
        q.bindValue(0, record.recordId);
        q.bindValue(1, record.spaceId);
        q.bindValue(2, qint64(currentKeyVersion.value(record.spaceId)));
        q.bindValue(3, record.deleted ? 1 : 0);
        q.bindValue(4, sealed);
        return q.exec();
    }

    static QString upsertSql()
    {
        return QStringLiteral(
            "INSERT INTO records (record_id, space_id, dirty, key_version, deleted, sealed) "
            "VALUES (?, ?, 1, ?, ?, ?) "
            "ON CONFLICT(record_id) DO UPDATE SET space_id = excluded.space_id, "
            "base_sealed = CASE WHEN records.dirty = 0 THEN records.sealed ELSE records.base_sealed END, "
            "dirty = 1, "
            "key_version = excluded.key_version, deleted = excluded.deleted, "
            "sealed = excluded.sealed");
    }

    struct RawRow {
        QByteArray recordId;
        QByteArray spaceId;
        quint32 keyVersion = 0;
        bool deleted = false;
        qint64 serverSeq = -1;
        bool dirty = false;
        QByteArray sealed;
        QByteArray baseTag;
    };

    /** Opens one stored row, checking that the clear columns agree with the sealed header. */
    std::variant<OpenedRecord, DamagedRecord> openRow(const RawRow &row) const
    {
        auto damaged = [&](const char *reason) {
            return DamagedRecord {row.spaceId, row.recordId, QCoreApplication::translate("Vault", reason)};
        };
        auto header = protocol::sealedrecord::parseHeader(row.sealed);
        if (!header)
            return damaged(QT_TRANSLATE_NOOP("Vault", "The record's header is malformed."));
        if (header->recordId != row.recordId || header->spaceId != row.spaceId || header->keyVersion != row.keyVersion
            || header->deleted != row.deleted)
            return damaged(QT_TRANSLATE_NOOP("Vault", "The record's stored identity does not match its content."));
        const SecureBuffer *key = spaceKey(header->spaceId, header->keyVersion);
        if (!key)
            return damaged(QT_TRANSLATE_NOOP("Vault", "The key of the record's space is missing or damaged."));
        auto payload = protocol::sealedrecord::open(*key, row.sealed);
        if (!payload)
            return DamagedRecord {row.spaceId, row.recordId, payload.error().message};
        return OpenedRecord {*header, std::move(*payload), row.serverSeq, row.dirty,
            protocol::sealedrecord::revisionTag(row.sealed), row.baseTag};
    }

    Result<QByteArray> optionalMeta(const QString &key) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
        q.bindValue(QStringLiteral(":key"), key);
        if (!q.exec())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        return q.next() ? q.value(0).toByteArray() : QByteArray();
    }

    Status createAccount(const QString &directory, const PassphraseKdf &kdf, const SecureBuffer &kek,
        const protocol::AccountMaterial *material, Vault::Created &created);
};

QString Vault::databasePath(const QString &directory)
{
    return QDir(directory).filePath(DatabaseFile);
}

bool Vault::exists(const QString &directory)
{
    return QFileInfo::exists(databasePath(directory));
}

Vault::Vault() : d(std::make_unique<Private>())
{ }

Vault::~Vault()
{
    lock();
    const QString name = d->connectionName;
    if (!name.isEmpty()) {
        {
            QSqlDatabase database = QSqlDatabase::database(name, false);
            if (database.isOpen())
                database.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

PassphraseKdf Vault::newPassphraseKdf(const crypto::Argon2Params &params)
{
    return PassphraseKdf {crypto::randomBytes(16), params};
}

Result<Vault::Created> Vault::create(
    const QString &directory, const SecureBuffer &passphrase, const crypto::Argon2Params &kdfParams)
{
    if (exists(directory))
        return makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder."));
    const PassphraseKdf kdf = newPassphraseKdf(kdfParams);
    auto kek = derivePassphraseKey(passphrase, kdf);
    if (!kek)
        return kek.error();
    return createWithPassphraseKey(directory, kdf, *kek);
}

Result<Vault::Created> Vault::createWithPassphraseKey(
    const QString &directory, const PassphraseKdf &kdf, const SecureBuffer &kek)
{
    std::unique_ptr<Vault> vault(new Vault);
    Created created;
    if (auto s = vault->d->createAccount(directory, kdf, kek, nullptr, created); !s)
        return s.error();
    created.vault = std::move(vault);
    return created;
}

Result<std::unique_ptr<Vault>> Vault::createForAccount(const QString &directory, const PassphraseKdf &kdf,
    const SecureBuffer &kek, const protocol::AccountMaterial &material)
{
    return createForAccount(directory, kdf, kek, material, crypto::randomBytes(16), crypto::ed25519::generate());
}

Result<std::unique_ptr<Vault>> Vault::createForAccount(const QString &directory, const PassphraseKdf &kdf,
    const SecureBuffer &kek, const protocol::AccountMaterial &material, const QByteArray &deviceId,
    const crypto::KeyPair &deviceSigningKey)
{
    const bool complete = material.account.size() == protocol::sealedrecord::IdSize
        && material.privateSpace.size() == protocol::sealedrecord::IdSize && material.signSecret.size() == 32
        && material.boxSecret.size() == 32 && material.recoverySecret.size() == protocol::recoverykey::SecretSize
        && std::any_of(material.spaceKeys.cbegin(), material.spaceKeys.cend(),
            [&](const protocol::SpaceKey &k) { return k.space == material.privateSpace; });
    if (!complete)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The account's keys are incomplete."));
    std::unique_ptr<Vault> vault(new Vault);
    Created created;
    if (deviceId.size() != protocol::sealedrecord::IdSize || deviceSigningKey.secretKey.size() != 32)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The account's keys are incomplete."));
    vault->d->newDeviceId = deviceId;
    if (auto s = vault->d->createAccount(directory, kdf, kek, &material, created); !s)
        return s.error();
    auto wrapped =
        wrapSecret(vault->d->accountKey, deviceSigningKey.secretKey, vault->d->secretAad(DeviceSigningSecret));
    if (!wrapped)
        return wrapped.error();
    if (!vault->d->writeSecret(DeviceSigningSecret, *wrapped))
        return ioError(trNoop("Vault", "The vault could not be saved."));
    return vault;
}

Status Vault::Private::createAccount(const QString &dir, const PassphraseKdf &kdf, const SecureBuffer &kek,
    const protocol::AccountMaterial *material, Vault::Created &created)
{
    if (exists(dir))
        return makeError(ErrorCode::AlreadyExists, trNoop("Vault", "A vault already exists in this folder."));
    if (!crypto::argon2::withinLimits(kdf.params) || kdf.salt.size() < 16 || kek.size() != 32)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The passphrase settings are out of range."));
    if (!QDir().mkpath(dir))
        return ioError(trNoop("Vault", "The vault folder could not be created."));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    Private &p = *this;
    p.directory = QDir(dir).absolutePath();
    const QString path = databasePath(dir);

    auto fail = [&](Error error) -> Status {
        if (p.db().isOpen()) {
            p.db().rollback();
            p.db().close();
        }
        p.accountKey.clear();
        p.spaceKeys.clear();
        for (const QString &suffix :
            {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix);
        return error;
    };

    if (auto s = p.openDatabase(path); !s)
        return fail(s.error());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto s = p.migrate(); !s)
        return fail(s.error());

    // A new device of an existing account shares the account's ids; the first device's
    // vault id becomes the account id when it connects.
    p.vaultId = material ? material->account : crypto::randomBytes(16);
    p.deviceId = newDeviceId.isEmpty() ? crypto::randomBytes(16) : newDeviceId;
    p.privateSpaceId = material ? material->privateSpace : crypto::randomBytes(16);

    if (!p.db().transaction())
        return fail(ioError(trNoop("Vault", "The vault could not be saved.")));

    // Account key, wrapped under the passphrase's key-encryption key.
    p.accountKey = crypto::randomSecret(32);
    auto passWrap = wrapSecret(kek, p.accountKey, p.slotAad(PassphraseSlot));
    if (!passWrap)
        return fail(passWrap.error());

    // Recovery key slot, and the recovery key itself kept under the account key so it can
    // be shown again after the passphrase is re-entered.
    SecureBuffer recovery =
        material ? material->recoverySecret.clone() : crypto::randomSecret(protocol::recoverykey::SecretSize);
    const QByteArray recoverySalt = crypto::randomBytes(32);
    auto recKek = recoveryKek(recovery, recoverySalt);
    if (!recKek)
        return fail(recKek.error());
    auto recWrap = wrapSecret(*recKek, p.accountKey, p.slotAad(RecoverySlot));
    auto recSecret = wrapSecret(p.accountKey, recovery, p.secretAad(RecoverySecret));

    // The account's identity keys (DESIGN.md §5): secret parts only ever inside the vault.
    SecureBuffer signSecret;
    SecureBuffer boxSecret;
    if (material) {
        signSecret = material->signSecret.clone();
        boxSecret = material->boxSecret.clone();
    } else {
        signSecret = std::move(crypto::ed25519::generate().secretKey);
        boxSecret = std::move(crypto::x25519::generate().secretKey);
    }
    auto signWrap = wrapSecret(p.accountKey, signSecret, p.secretAad(SigningSecret));
    auto boxWrap = wrapSecret(p.accountKey, boxSecret, p.secretAad(BoxSecret));
    if (!recWrap || !recSecret || !signWrap || !boxWrap)
        return fail(makeError(ErrorCode::Crypto, trNoop("Vault", "The vault's keys could not be created.")));

    const bool written = p.setMeta(QStringLiteral("vault_id"), p.vaultId)
        && p.setMeta(QStringLiteral("device_id"), p.deviceId)
        && p.setMeta(QStringLiteral("private_space"), p.privateSpaceId)
        && p.writeSlot(PassphraseSlot, kdfToCbor(kdf), *passWrap)
        && p.writeSlot(RecoverySlot, saltParams(recoverySalt), *recWrap) && p.writeSecret(RecoverySecret, *recSecret)
        && p.writeSecret(SigningSecret, *signWrap) && p.writeSecret(BoxSecret, *boxWrap);
    if (!written)
        return fail(ioError(trNoop("Vault", "The vault could not be saved.")));
    if (material) {
        for (const protocol::SpaceKey &k : material->spaceKeys) {
            if (k.space.size() != protocol::sealedrecord::IdSize || k.key.size() != 32)
                return fail(makeError(ErrorCode::InvalidInput, trNoop("Vault", "The account's keys are incomplete.")));
            if (auto s = p.addSpaceKey(k.space, k.version, k.key.clone()); !s)
                return fail(s.error());
        }
        if (!p.setMeta(AccountIdMeta, p.vaultId))
            return fail(ioError(trNoop("Vault", "The vault could not be saved.")));
    } else if (auto s = p.addSpaceKey(p.privateSpaceId, 1, crypto::randomSecret(32)); !s) {
        return fail(s.error());
    }
    if (!p.db().commit())
        return fail(ioError(trNoop("Vault", "The vault could not be saved.")));

    created.recoveryKey = protocol::recoverykey::format(recovery);
    return {};
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &directory)
{
    if (!exists(directory))
        return makeError(ErrorCode::NotFound, trNoop("Vault", "There is no vault in this folder."));
    std::unique_ptr<Vault> vault(new Vault);
    Private &p = *vault->d;
    p.directory = QDir(directory).absolutePath();
    if (auto s = p.openDatabase(databasePath(directory)); !s)
        return s.error();
    if (auto s = p.migrate(); !s)
        return s.error();
    auto vaultId = p.metaValue(QStringLiteral("vault_id"));
    auto deviceId = p.metaValue(QStringLiteral("device_id"));
    auto privateSpace = p.metaValue(QStringLiteral("private_space"));
    if (!vaultId || !deviceId || !privateSpace)
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault is incomplete or damaged."));
    p.vaultId = *vaultId;
    p.deviceId = *deviceId;
    p.privateSpaceId = *privateSpace;
    return vault;
}

QString Vault::directory() const
{
    return d->directory;
}

QByteArray Vault::vaultId() const
{
    return d->vaultId;
}

QByteArray Vault::deviceId() const
{
    return d->deviceId;
}

QByteArray Vault::privateSpaceId() const
{
    return d->privateSpaceId;
}

bool Vault::isUnlocked() const
{
    return !d->accountKey.isEmpty();
}

Result<PassphraseKdf> Vault::passphraseKdf() const
{
    auto slot = d->readSlot(PassphraseSlot);
    if (!slot)
        return slot.error();
    return kdfFromCbor(slot->first);
}

Result<SecureBuffer> Vault::derivePassphraseKey(const SecureBuffer &passphrase, const PassphraseKdf &kdf)
{
    return crypto::argon2::derive(passphrase.view(), kdf.salt, kdf.params, 32);
}

Status Vault::unlockWithPassphraseKey(const SecureBuffer &keyEncryptionKey)
{
    return d->unlockWith(PassphraseSlot, keyEncryptionKey);
}

Status Vault::unlockWithPassphrase(const SecureBuffer &passphrase)
{
    auto kdf = passphraseKdf();
    if (!kdf)
        return kdf.error();
    auto kek = derivePassphraseKey(passphrase, *kdf);
    if (!kek)
        return kek.error();
    return unlockWithPassphraseKey(*kek);
}

Status Vault::unlockWithRecoveryKey(const QString &text)
{
    auto recovery = protocol::recoverykey::parse(text);
    if (!recovery)
        return recovery.error();
    auto slot = d->readSlot(RecoverySlot);
    if (!slot)
        return slot.error();
    auto kek = recoveryKek(*recovery, saltFromParams(slot->first));
    if (!kek)
        return kek.error();
    return d->unlockWith(RecoverySlot, *kek);
}

Status Vault::unlockWithKeystore(Keystore &keystore)
{
    auto slot = d->readSlot(KeystoreSlot);
    if (!slot)
        return slot.error();
    auto secret = keystore.load(keystoreEntryName());
    if (!secret)
        return secret.error();
    auto kek = keystoreKek(*secret, saltFromParams(slot->first));
    if (!kek)
        return kek.error();
    return d->unlockWith(KeystoreSlot, *kek);
}

void Vault::lock()
{
    d->accountKey.clear();
    d->spaceKeys.clear(); // each SecureBuffer wipes itself
    d->currentKeyVersion.clear();
}

Status Vault::changePassphrase(
    const SecureBuffer &oldPassphrase, const SecureBuffer &newPassphrase, const crypto::Argon2Params &kdfParams)
{
    if (!crypto::argon2::withinLimits(kdfParams))
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The passphrase settings are out of range."));
    auto kdf = passphraseKdf();
    if (!kdf)
        return kdf.error();
    auto oldKey = derivePassphraseKey(oldPassphrase, *kdf);
    if (!oldKey)
        return oldKey.error();
    const PassphraseKdf newKdf = newPassphraseKdf(kdfParams);
    auto newKey = derivePassphraseKey(newPassphrase, newKdf);
    if (!newKey)
        return newKey.error();
    return changePassphraseWithKeys(*oldKey, newKdf, *newKey);
}

Status Vault::changePassphraseWithKeys(
    const SecureBuffer &oldKey, const PassphraseKdf &newKdf, const SecureBuffer &newKey)
{
    if (!crypto::argon2::withinLimits(newKdf.params) || newKdf.salt.size() < 16)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The passphrase settings are out of range."));
    auto account = d->accountKeyFromPassphraseKek(oldKey);
    if (!account)
        return account.error();
    auto wrapped = wrapSecret(newKey, *account, d->slotAad(PassphraseSlot));
    if (!wrapped)
        return wrapped.error();
    // One statement: the old slot stays intact unless the new one is fully written.
    if (!d->writeSlot(PassphraseSlot, kdfToCbor(newKdf), *wrapped))
        return ioError(trNoop("Vault", "The new passphrase could not be saved. The old one still works."));
    return {};
}

Result<QString> Vault::revealRecoveryKey(const SecureBuffer &passphrase) const
{
    auto kdf = passphraseKdf();
    if (!kdf)
        return kdf.error();
    auto key = derivePassphraseKey(passphrase, *kdf);
    if (!key)
        return key.error();
    return revealRecoveryKeyWithKey(*key);
}

Result<QString> Vault::revealRecoveryKeyWithKey(const SecureBuffer &passphraseKey) const
{
    auto account = d->accountKeyFromPassphraseKek(passphraseKey);
    if (!account)
        return account.error();
    auto recovery = d->readSecret(*account, RecoverySecret);
    if (!recovery)
        return recovery.error();
    return protocol::recoverykey::format(*recovery);
}

bool Vault::hasKeystoreSlot() const
{
    return d->readSlot(KeystoreSlot).ok();
}

QString Vault::keystoreEntryName() const
{
    return QStringLiteral("vault-") + QString::fromLatin1(d->vaultId.toHex());
}

Status Vault::enableKeystoreSlot(Keystore &keystore)
{
    if (!isUnlocked())
        return locked();
    if (!keystore.isAvailable())
        return makeError(ErrorCode::Unavailable, trNoop("Vault", "This device has no keystore available."));
    SecureBuffer deviceSecret = crypto::randomSecret(32);
    const QByteArray salt = crypto::randomBytes(32);
    auto kek = keystoreKek(deviceSecret, salt);
    if (!kek)
        return kek.error();
    auto wrapped = wrapSecret(*kek, d->accountKey, d->slotAad(KeystoreSlot));
    if (!wrapped)
        return wrapped.error();
    if (auto s = keystore.store(keystoreEntryName(), deviceSecret); !s)
        return s;
    if (!d->writeSlot(KeystoreSlot, saltParams(salt), *wrapped)) {
        (void)keystore.remove(keystoreEntryName());
        return ioError(trNoop("Vault", "The vault could not be saved."));
    }
    return {};
}

Status Vault::disableKeystoreSlot(Keystore &keystore)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM unlock_slots WHERE slot_id = :id"));
    q.bindValue(QStringLiteral(":id"), KeystoreSlot);
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    // The slot is gone first: even if the keystore keeps its copy, it no longer opens anything.
    (void)keystore.remove(keystoreEntryName());
    return {};
}

Status Vault::put(const PlainRecord &record)
{
    return putMany({record});
}

Status Vault::putMany(const QList<PlainRecord> &records)
{
    if (!isUnlocked())
        return locked();
    for (const PlainRecord &r : records) {
        if (r.recordId.size() != protocol::sealedrecord::IdSize)
            return makeError(ErrorCode::InvalidInput, trNoop("Vault", "A record identifier has the wrong size."));
    }
    // Sealing is CPU work and writing is I/O: a pool thread seals the next chunk while this
    // thread writes the current one, in one transaction (all or nothing).
    constexpr qsizetype Chunk = 64;
    auto sealChunk = [this, &records](qsizetype from) -> Result<QList<QByteArray>> {
        const qsizetype to = std::min(from + Chunk, records.size());
        // One draw from the CSPRNG per chunk: each RAND_bytes call costs a system call.
        const QByteArray random = crypto::randomBytes((to - from) * protocol::sealedrecord::RandomSize);
        QList<QByteArray> sealed;
        sealed.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            auto s = d->sealRecord(records[i],
                QByteArrayView(random).sliced(
                    (i - from) * protocol::sealedrecord::RandomSize, protocol::sealedrecord::RandomSize));
            if (!s)
                return s.error();
            sealed.append(std::move(*s));
        }
        return sealed;
    };

    if (!d->db().transaction())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    auto rollback = [this](Error error) -> Status {
        d->db().rollback();
        return error;
    };
    QSqlQuery q(d->db());
    q.prepare(Private::upsertSql());
    auto current = std::make_shared<Result<QList<QByteArray>>>(sealChunk(0));
    for (qsizetype from = 0; from < records.size(); from += Chunk) {
        auto next = std::make_shared<Result<QList<QByteArray>>>(Error {});
        QFuture<void> sealing;
        if (from + Chunk < records.size())
            sealing = QtConcurrent::run([&sealChunk, next, start = from + Chunk] { *next = sealChunk(start); });
        if (!*current) {
            sealing.waitForFinished();
            return rollback(current->error());
        }
        for (qsizetype i = 0; i < (*current)->size(); ++i) {
            auto moved = d->prepareMove(records[from + i]);
            if (!moved) {
                sealing.waitForFinished();
                return rollback(moved.error());
            }
            if (!d->writeSealed(q, records[from + i], (*current)->at(i))
                || (moved->has_value() && !d->setMovedBase(records[from + i].recordId, **moved))) {
                sealing.waitForFinished();
                return rollback(ioError(trNoop("Vault", "The vault could not be saved.")));
            }
        }
        sealing.waitForFinished();
        current = next;
    }
    if (!d->db().commit())
        return rollback(ioError(trNoop("Vault", "The vault could not be saved.")));
    return {};
}

Result<OpenedRecord> Vault::get(const QByteArray &recordId) const
{
    if (!isUnlocked())
        return locked();
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT record_id, space_id, key_version, deleted, server_seq, dirty, sealed, base_tag "
                             "FROM records WHERE record_id = :id"));
    q.bindValue(QStringLiteral(":id"), recordId);
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault database could not be read."));
    if (!q.next())
        return makeError(ErrorCode::NotFound, trNoop("Vault", "The record does not exist."));
    Private::RawRow row {q.value(0).toByteArray(), q.value(1).toByteArray(), quint32(q.value(2).toLongLong()),
        q.value(3).toBool(), q.value(4).isNull() ? -1 : q.value(4).toLongLong(), q.value(5).toBool(),
        q.value(6).toByteArray(), q.value(7).toByteArray()};
    auto opened = d->openRow(row);
    if (auto *damaged = std::get_if<DamagedRecord>(&opened))
        return Error {ErrorCode::Damaged, damaged->reason};
    return std::get<OpenedRecord>(std::move(opened));
}

Result<VaultContents> Vault::readAll() const
{
    if (!isUnlocked())
        return locked();
    QList<Private::RawRow> rows;
    {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT record_id, space_id, key_version, deleted, server_seq, dirty, sealed, "
                                   "base_tag FROM records")))
            return ioError(trNoop("Vault", "The vault database could not be read."));
        while (q.next()) {
            rows.append({q.value(0).toByteArray(), q.value(1).toByteArray(), quint32(q.value(2).toLongLong()),
                q.value(3).toBool(), q.value(4).isNull() ? -1 : q.value(4).toLongLong(), q.value(5).toBool(),
                q.value(6).toByteArray(), q.value(7).toByteArray()});
        }
    }

    // Decryption is pure CPU work on data already read: split it over two threads when large.
    auto openRange = [this, &rows](qsizetype from, qsizetype to) {
        VaultContents part;
        part.records.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            auto opened = d->openRow(rows[i]);
            if (auto *ok = std::get_if<OpenedRecord>(&opened))
                part.records.append(std::move(*ok));
            else
                part.damaged.append(std::get<DamagedRecord>(std::move(opened)));
        }
        return part;
    };
    if (rows.size() < 512)
        return openRange(0, rows.size());
    const qsizetype half = rows.size() / 2;
    QFuture<VaultContents> second = QtConcurrent::run([&] { return openRange(half, rows.size()); });
    VaultContents contents = openRange(0, half);
    VaultContents rest = second.result();
    contents.records.append(std::move(rest.records));
    contents.damaged.append(std::move(rest.damaged));
    return contents;
}

int Vault::recordCount() const
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString Vault::serverUrl() const
{
    auto url = d->optionalMeta(ServerUrlMeta);
    return url ? QString::fromUtf8(*url) : QString();
}

QByteArray Vault::accountId() const
{
    auto account = d->optionalMeta(AccountIdMeta);
    return account ? *account : QByteArray();
}

bool Vault::isConnected() const
{
    auto connected = d->optionalMeta(ConnectedMeta);
    return connected && *connected == "1" && !serverUrl().isEmpty();
}

Status Vault::setServer(const QString &url, const QByteArray &accountId)
{
    if (!d->db().transaction())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    if (!d->setMeta(ServerUrlMeta, url.toUtf8()) || !d->setMeta(AccountIdMeta, accountId) || !d->db().commit()) {
        d->db().rollback();
        return ioError(trNoop("Vault", "The vault could not be saved."));
    }
    return {};
}

Status Vault::setConnected(bool connected)
{
    if (!d->setMeta(ConnectedMeta, connected ? QByteArrayLiteral("1") : QByteArrayLiteral("0")))
        return ioError(trNoop("Vault", "The vault could not be saved."));
    return {};
}

Result<protocol::AccountMaterial> Vault::accountMaterial() const
{
    if (!isUnlocked())
        return locked();
    protocol::AccountMaterial material;
    const QByteArray account = accountId();
    material.account = account.isEmpty() ? d->vaultId : account;
    material.privateSpace = d->privateSpaceId;
    auto sign = d->readSecret(d->accountKey, SigningSecret);
    auto box = d->readSecret(d->accountKey, BoxSecret);
    auto recovery = d->readSecret(d->accountKey, RecoverySecret);
    if (!sign || !box || !recovery)
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The vault's account keys are damaged."));
    material.signSecret = std::move(*sign);
    material.boxSecret = std::move(*box);
    material.recoverySecret = std::move(*recovery);
    for (const auto &[spaceAndVersion, key] : d->spaceKeys)
        material.spaceKeys.push_back(protocol::SpaceKey {spaceAndVersion.first, spaceAndVersion.second, key.clone()});
    return material;
}

Result<QByteArray> Vault::identitySignPublicKey() const
{
    if (!isUnlocked())
        return locked();
    auto sign = d->readSecret(d->accountKey, SigningSecret);
    if (!sign)
        return sign.error();
    return crypto::ed25519::publicFromSecret(*sign);
}

Result<crypto::KeyPair> Vault::deviceSigningKey(bool create)
{
    if (!isUnlocked())
        return locked();
    auto existing = d->readSecret(d->accountKey, DeviceSigningSecret);
    if (existing) {
        auto publicKey = crypto::ed25519::publicFromSecret(*existing);
        if (!publicKey)
            return publicKey.error();
        return crypto::KeyPair {*publicKey, std::move(*existing)};
    }
    if (existing.code() != ErrorCode::Damaged || !create) {
        if (existing.code() == ErrorCode::Damaged)
            return makeError(ErrorCode::NotFound, trNoop("Vault", "This device has no signing key yet."));
        return existing.error();
    }
    // readSecret() says Damaged both for a missing row and a bad wrap: only a missing row may be created.
    {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("SELECT 1 FROM secrets WHERE name = :name"));
        q.bindValue(QStringLiteral(":name"), DeviceSigningSecret);
        if (!q.exec())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        if (q.next())
            return existing.error();
    }
    crypto::KeyPair pair = crypto::ed25519::generate();
    auto wrapped = wrapSecret(d->accountKey, pair.secretKey, d->secretAad(DeviceSigningSecret));
    if (!wrapped)
        return wrapped.error();
    if (!d->writeSecret(DeviceSigningSecret, *wrapped))
        return ioError(trNoop("Vault", "The vault could not be saved."));
    return pair;
}

QList<QByteArray> Vault::dirtySpaces() const
{
    QList<QByteArray> spaces;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT space_id FROM records WHERE dirty = 1 UNION SELECT space_id FROM departures")))
        return spaces;
    while (q.next())
        spaces.append(q.value(0).toByteArray());
    return spaces;
}

int Vault::dirtyCount() const
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM records WHERE dirty = 1) + "
                               "(SELECT COUNT(*) FROM departures)"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<QList<OutgoingRecord>> Vault::dirtyRecords(const QByteArray &spaceId, const QByteArray &afterId, int limit) const
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    // Two fixed statements: a NULL bound for "no id yet" would compare as unknown. Tombstones
    // of records moved away from the space are pushed with its dirty records.
    q.prepare(afterId.isEmpty()
            ? QStringLiteral("SELECT record_id, space_id, sealed, base_tag FROM records "
                             "WHERE dirty = 1 AND space_id = ? UNION ALL "
                             "SELECT record_id, space_id, sealed, base_tag FROM departures WHERE space_id = ? "
                             "ORDER BY 1 LIMIT ?")
            : QStringLiteral("SELECT record_id, space_id, sealed, base_tag FROM records "
                             "WHERE dirty = 1 AND space_id = ? AND record_id > ? UNION ALL "
                             "SELECT record_id, space_id, sealed, base_tag FROM departures "
                             "WHERE space_id = ? AND record_id > ? ORDER BY 1 LIMIT ?"));
    int i = 0;
    q.bindValue(i++, spaceId);
    if (!afterId.isEmpty())
        q.bindValue(i++, afterId);
    q.bindValue(i++, spaceId);
    if (!afterId.isEmpty())
        q.bindValue(i++, afterId);
    q.bindValue(i++, limit);
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault database could not be read."));
    QList<OutgoingRecord> out;
    while (q.next())
        out.append({q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
            q.value(3).toByteArray(), {}});
    return out;
}

Status Vault::markPushed(const QList<PushedRecord> &pushed)
{
    if (!d->db().transaction())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    // The tag is the last 16 bytes of the sealed revision (protocol::sealedrecord::revisionTag). When the
    // pushed bytes are known, only the row in the space they went to is touched: a record
    // moved away has a queued tombstone in the old space under the same id.
    QSqlQuery same(d->db());
    same.prepare(QStringLiteral("UPDATE records SET dirty = 0, server_seq = ?, base_tag = ?, base_sealed = NULL "
                                "WHERE record_id = ? AND substr(sealed, length(sealed) - 15, 16) = ? "
                                "AND (? = 0 OR space_id = ?)"));
    QSqlQuery edited(d->db());
    edited.prepare(QStringLiteral("UPDATE records SET server_seq = ?, base_tag = ?, base_sealed = ? "
                                  "WHERE record_id = ? AND substr(sealed, length(sealed) - 15, 16) != ? "
                                  "AND (? = 0 OR space_id = ?)"));
    QSqlQuery departed(d->db());
    departed.prepare(QStringLiteral("DELETE FROM departures WHERE record_id = ? AND space_id = ? "
                                    "AND substr(sealed, length(sealed) - 15, 16) = ?"));
    for (const PushedRecord &p : pushed) {
        QByteArray space;
        if (!p.sealed.isEmpty()) {
            if (auto header = protocol::sealedrecord::parseHeader(p.sealed))
                space = header->spaceId;
        }
        same.bindValue(0, p.serverSeq);
        same.bindValue(1, p.tag);
        same.bindValue(2, p.recordId);
        same.bindValue(3, p.tag);
        same.bindValue(4, space.isEmpty() ? 0 : 1);
        same.bindValue(5, space);
        edited.bindValue(0, p.serverSeq);
        edited.bindValue(1, p.tag);
        edited.bindValue(2, p.sealed.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(p.sealed));
        edited.bindValue(3, p.recordId);
        edited.bindValue(4, p.tag);
        edited.bindValue(5, space.isEmpty() ? 0 : 1);
        edited.bindValue(6, space);
        departed.bindValue(0, p.recordId);
        departed.bindValue(1, space);
        departed.bindValue(2, p.tag);
        for (QSqlQuery *q : {&same, &edited, &departed}) {
            if (!q->exec()) {
                d->db().rollback();
                return ioError(trNoop("Vault", "The vault could not be saved."));
            }
        }
    }
    if (!d->db().commit()) {
        d->db().rollback();
        return ioError(trNoop("Vault", "The vault could not be saved."));
    }
    return {};
}

Result<OpenedRecord> Vault::openSealed(QByteArrayView sealed) const
{
    if (!isUnlocked())
        return locked();
    auto header = protocol::sealedrecord::parseHeader(sealed);
    if (!header)
        return makeError(ErrorCode::Damaged, trNoop("Vault", "The record's header is malformed."));
    Private::RawRow row {
        header->recordId, header->spaceId, header->keyVersion, header->deleted, -1, false, sealed.toByteArray(), {}};
    auto opened = d->openRow(row);
    if (auto *damaged = std::get_if<DamagedRecord>(&opened))
        return Error {ErrorCode::Damaged, damaged->reason};
    return std::get<OpenedRecord>(std::move(opened));
}

Result<OutgoingRecord> Vault::storedRecord(const QByteArray &recordId) const
{
    QSqlQuery q(d->db());
    q.prepare(
        QStringLiteral("SELECT record_id, space_id, sealed, base_tag, base_sealed FROM records WHERE record_id = :id"));
    q.bindValue(QStringLiteral(":id"), recordId);
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault database could not be read."));
    if (!q.next())
        return makeError(ErrorCode::NotFound, trNoop("Vault", "The record does not exist."));
    return OutgoingRecord {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
        q.value(3).toByteArray(), q.value(4).toByteArray()};
}

QHash<QByteArray, Vault::SyncState> Vault::syncStates(const QList<QByteArray> &recordIds) const
{
    QHash<QByteArray, SyncState> states;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT substr(sealed, length(sealed) - 15, 16), base_tag, server_seq, dirty, space_id "
                             "FROM records WHERE record_id = ?"));
    for (const QByteArray &id : recordIds) {
        q.bindValue(0, id);
        if (q.exec() && q.next())
            states.insert(id,
                {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).isNull() ? -1 : q.value(2).toLongLong(),
                    q.value(3).toBool(), q.value(4).toByteArray()});
        q.finish();
    }
    return states;
}

qint64 Vault::pullCursor(const QByteArray &spaceId) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT seq FROM pull_cursors WHERE space_id = :space"));
    q.bindValue(QStringLiteral(":space"), spaceId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Status Vault::storeSynced(const QList<IncomingRecord> &incoming, const QList<MergedRecord> &merged,
    const QByteArray &cursorSpace, qint64 cursor)
{
    if (!isUnlocked())
        return locked();
    // Check everything before writing: a revision is stored only if it opens here.
    QList<protocol::SealedHeader> headers;
    headers.reserve(incoming.size());
    for (const IncomingRecord &r : incoming) {
        auto header = protocol::sealedrecord::parseHeader(r.sealed);
        if (!header)
            return makeError(ErrorCode::Damaged, trNoop("Vault", "The record's header is malformed."));
        headers.append(*header);
    }
    QList<QByteArray> sealedMerged;
    sealedMerged.reserve(merged.size());
    if (!merged.isEmpty()) {
        const QByteArray random = crypto::randomBytes(merged.size() * protocol::sealedrecord::RandomSize);
        for (qsizetype i = 0; i < merged.size(); ++i) {
            if (merged[i].record.recordId.size() != protocol::sealedrecord::IdSize)
                return makeError(ErrorCode::InvalidInput, trNoop("Vault", "A record identifier has the wrong size."));
            auto s = d->sealRecord(merged[i].record,
                QByteArrayView(random).sliced(
                    i * protocol::sealedrecord::RandomSize, protocol::sealedrecord::RandomSize));
            if (!s)
                return s.error();
            sealedMerged.append(std::move(*s));
        }
    }

    if (!d->db().transaction())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    auto rollback = [this]() -> Status {
        d->db().rollback();
        return ioError(trNoop("Vault", "The vault could not be saved."));
    };
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO records (record_id, space_id, server_seq, dirty, key_version, deleted, "
                             "sealed, base_tag, base_sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(record_id) DO UPDATE SET space_id = excluded.space_id, "
                             "server_seq = excluded.server_seq, dirty = excluded.dirty, "
                             "key_version = excluded.key_version, deleted = excluded.deleted, "
                             "sealed = excluded.sealed, base_tag = excluded.base_tag, "
                             "base_sealed = excluded.base_sealed"));
    auto write = [&q](const protocol::SealedHeader &h, qint64 seq, bool dirty, const QByteArray &sealed,
                     const QByteArray &base, const QByteArray &baseSealed) {
        q.bindValue(0, h.recordId);
        q.bindValue(1, h.spaceId);
        q.bindValue(2, seq < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(seq));
        q.bindValue(3, dirty ? 1 : 0);
        q.bindValue(4, qint64(h.keyVersion));
        q.bindValue(5, h.deleted ? 1 : 0);
        q.bindValue(6, sealed);
        q.bindValue(7, base.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(base));
        q.bindValue(8, baseSealed.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(baseSealed));
        return q.exec();
    };
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (!write(headers[i], incoming[i].serverSeq, false, incoming[i].sealed,
                protocol::sealedrecord::revisionTag(incoming[i].sealed), {}))
            return rollback();
    }
    for (qsizetype i = 0; i < merged.size(); ++i) {
        auto header = protocol::sealedrecord::parseHeader(sealedMerged[i]);
        if (!header
            || !write(*header, merged[i].serverSeq, true, sealedMerged[i], merged[i].baseTag, merged[i].baseSealed))
            return rollback();
    }
    if (!cursorSpace.isEmpty()) {
        QSqlQuery c(d->db());
        c.prepare(QStringLiteral("INSERT INTO pull_cursors (space_id, seq) VALUES (:space, :seq) "
                                 "ON CONFLICT(space_id) DO UPDATE SET seq = max(seq, excluded.seq)"));
        c.bindValue(QStringLiteral(":space"), cursorSpace);
        c.bindValue(QStringLiteral(":seq"), cursor);
        if (!c.exec())
            return rollback();
    }
    if (!d->db().commit())
        return rollback();
    return {};
}

// --- spaces and sharing ---------------------------------------------------------------------

QByteArray Vault::ownAccount() const
{
    return d->ownAccount();
}

QList<SpaceRow> Vault::spaces() const
{
    QList<SpaceRow> out;
    const QByteArray me = ownAccount();
    out.append({d->privateSpaceId, me, QStringLiteral("owner"), keyVersion(d->privateSpaceId), false});
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT space_id, owner, role, removed FROM spaces ORDER BY space_id")))
        return out;
    while (q.next()) {
        const QByteArray id = q.value(0).toByteArray();
        if (id == d->privateSpaceId)
            continue;
        SpaceRow row {id, q.value(1).toByteArray(), q.value(2).toString(), 0, q.value(3).toBool()};
        row.keyVersion = keyVersion(id);
        // A space shared with this account shows once its key is here (the owner confirmed).
        if (row.keyVersion == 0 && row.owner != me)
            continue;
        out.append(row);
    }
    return out;
}

bool Vault::ownsSpace(const QByteArray &space) const
{
    if (space == d->privateSpaceId)
        return true;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT owner FROM spaces WHERE space_id = ?"));
    q.bindValue(0, space);
    return q.exec() && q.next() && q.value(0).toByteArray() == ownAccount();
}

Result<QByteArray> Vault::createSpace()
{
    if (!isUnlocked())
        return locked();
    const QByteArray id = crypto::randomBytes(protocol::sealedrecord::IdSize);
    if (!d->db().transaction())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO spaces (space_id, owner, role) VALUES (?, ?, 'owner')"));
    q.bindValue(0, id);
    q.bindValue(1, ownAccount());
    if (!q.exec()) {
        d->db().rollback();
        return ioError(trNoop("Vault", "The vault could not be saved."));
    }
    if (auto s = d->addSpaceKey(id, 1, crypto::randomSecret(32)); !s) {
        d->db().rollback();
        d->spaceKeys.erase(std::make_pair(id, quint32(1)));
        d->currentKeyVersion.remove(id);
        return s.error();
    }
    if (!d->db().commit()) {
        d->db().rollback();
        d->spaceKeys.erase(std::make_pair(id, quint32(1)));
        d->currentKeyVersion.remove(id);
        return ioError(trNoop("Vault", "The vault could not be saved."));
    }
    return id;
}

Status Vault::addSpaceKey(const QByteArray &space, quint32 version, const crypto::SecureBuffer &key)
{
    if (!isUnlocked())
        return locked();
    if (space.size() != protocol::sealedrecord::IdSize || key.size() != 32 || version == 0)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "The account's keys are incomplete."));
    if (const SecureBuffer *held = d->spaceKey(space, version)) {
        if (held->equals(key))
            return {};
        return makeError(ErrorCode::AlreadyExists,
            trNoop("Vault", "A different key for this version of the sharing space is already stored."));
    }
    if (auto s = d->addSpaceKey(space, version, key.clone()); !s)
        return s;
    // addSpaceKey() makes the added version current; an older one arriving late must not.
    quint32 newest = 0;
    for (const auto &[spaceAndVersion, k] : d->spaceKeys) {
        if (spaceAndVersion.first == space)
            newest = std::max(newest, spaceAndVersion.second);
    }
    d->currentKeyVersion.insert(space, newest);
    return {};
}

quint32 Vault::keyVersion(const QByteArray &space) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT MAX(key_version) FROM space_keys WHERE space_id = ?"));
    q.bindValue(0, space);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return 0;
    return quint32(q.value(0).toLongLong());
}

Result<crypto::SecureBuffer> Vault::spaceKey(const QByteArray &space, quint32 version) const
{
    if (!isUnlocked())
        return locked();
    const SecureBuffer *key = d->spaceKey(space, version);
    if (!key)
        return makeError(ErrorCode::NotFound, trNoop("Vault", "The key of the record's space is missing or damaged."));
    return key->clone();
}

QList<quint32> Vault::keyVersions(const QByteArray &space) const
{
    QList<quint32> out;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT key_version FROM space_keys WHERE space_id = ? ORDER BY key_version"));
    q.bindValue(0, space);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(quint32(q.value(0).toLongLong()));
    return out;
}

std::optional<SpaceState> Vault::spaceState(const QByteArray &space) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT space_id, owner, role, removed, registered, list, list_sig, list_version, "
                             "owner_sign_pub, owner_box_pub FROM spaces WHERE space_id = ?"));
    q.bindValue(0, space);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SpaceState state;
    state.id = q.value(0).toByteArray();
    state.owner = q.value(1).toByteArray();
    state.role = q.value(2).toString();
    state.removed = q.value(3).toBool();
    state.registered = q.value(4).toBool();
    state.list = q.value(5).toByteArray();
    state.listSig = q.value(6).toByteArray();
    state.listVersion = quint64(q.value(7).toLongLong());
    state.ownerSignPub = q.value(8).toByteArray();
    state.ownerBoxPub = q.value(9).toByteArray();
    return state;
}

Status Vault::saveSpaceState(const SpaceState &state)
{
    if (state.id.size() != protocol::sealedrecord::IdSize)
        return makeError(ErrorCode::InvalidInput, trNoop("Vault", "A record identifier has the wrong size."));
    auto blob = [](const QByteArray &b) {
        return b.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(b);
    };
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "INSERT INTO spaces (space_id, owner, role, removed, registered, list, list_sig, list_version, "
        "owner_sign_pub, owner_box_pub) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(space_id) DO UPDATE SET "
        "owner = excluded.owner, role = excluded.role, removed = excluded.removed, registered = excluded.registered, "
        "list = excluded.list, list_sig = excluded.list_sig, list_version = excluded.list_version, "
        "owner_sign_pub = excluded.owner_sign_pub, owner_box_pub = excluded.owner_box_pub"));
    q.bindValue(0, state.id);
    q.bindValue(1, state.owner);
    q.bindValue(2, state.role);
    q.bindValue(3, state.removed ? 1 : 0);
    q.bindValue(4, state.registered ? 1 : 0);
    q.bindValue(5, blob(state.list));
    q.bindValue(6, blob(state.listSig));
    q.bindValue(7, qint64(state.listVersion));
    q.bindValue(8, blob(state.ownerSignPub));
    q.bindValue(9, blob(state.ownerBoxPub));
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    return {};
}

Status Vault::addMemberKey(const QByteArray &space, const QByteArray &account, const QByteArray &signPub)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO space_member_keys (space_id, account, sign_pub) VALUES (?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.bindValue(0, space);
    q.bindValue(1, account);
    q.bindValue(2, signPub);
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    return {};
}

QList<QByteArray> Vault::memberKeys(const QByteArray &space, const QByteArray &account) const
{
    QList<QByteArray> out;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT sign_pub FROM space_member_keys WHERE space_id = ? AND account = ?"));
    q.bindValue(0, space);
    q.bindValue(1, account);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

Status Vault::setContactVerified(const QByteArray &account, bool verified)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO contacts (account, verified) VALUES (?, ?) "
                             "ON CONFLICT(account) DO UPDATE SET verified = excluded.verified"));
    q.bindValue(0, account);
    q.bindValue(1, verified ? 1 : 0);
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    return {};
}

bool Vault::isContactVerified(const QByteArray &account) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT verified FROM contacts WHERE account = ?"));
    q.bindValue(0, account);
    return q.exec() && q.next() && q.value(0).toBool();
}

namespace {
QByteArray inviteAad(const QByteArray &vaultId, const QByteArray &invite)
{
    return QByteArrayLiteral("carecircle/invite-secret/v1") + vaultId + invite;
}
} // namespace

Status Vault::addInvite(const InviteRow &invite, const crypto::SecureBuffer &codeSecret)
{
    if (!isUnlocked())
        return locked();
    auto wrapped = wrapSecret(d->accountKey, codeSecret, inviteAad(d->vaultId, invite.invite));
    if (!wrapped)
        return wrapped.error();
    QSqlQuery q(d->db());
    q.prepare(
        QStringLiteral("INSERT INTO invites (invite_id, space_id, role, expires, wrapped) VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, invite.invite);
    q.bindValue(1, invite.space);
    q.bindValue(2, invite.role);
    q.bindValue(3, invite.expires);
    q.bindValue(4, *wrapped);
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    return {};
}

QList<InviteRow> Vault::invites() const
{
    QList<InviteRow> out;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT invite_id, space_id, role, expires FROM invites ORDER BY expires")))
        return out;
    while (q.next())
        out.append(
            {q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

Result<crypto::SecureBuffer> Vault::inviteSecret(const QByteArray &invite) const
{
    if (!isUnlocked())
        return locked();
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT wrapped FROM invites WHERE invite_id = ?"));
    q.bindValue(0, invite);
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault database could not be read."));
    if (!q.next())
        return makeError(ErrorCode::NotFound, trNoop("Vault", "This invitation is no longer on this device."));
    return unwrapSecret(d->accountKey, q.value(0).toByteArray(), inviteAad(d->vaultId, invite));
}

Status Vault::removeInvite(const QByteArray &invite)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM invites WHERE invite_id = ?"));
    q.bindValue(0, invite);
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    return {};
}

Result<int> Vault::resealDirty(const QByteArray &space, quint32 version)
{
    if (!isUnlocked())
        return locked();
    const quint32 target = version ? version : d->currentKeyVersion.value(space, 0);
    if (!d->spaceKey(space, target))
        return makeError(ErrorCode::NotFound, trNoop("Vault", "The key of the record's space is missing or damaged."));
    struct Stale {
        bool departure;
        Private::RawRow row;
    };
    QList<Stale> stale;
    {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT record_id, space_id, key_version, deleted, server_seq, dirty, sealed, base_tag "
                           "FROM records WHERE dirty = 1 AND space_id = ? AND key_version != ?"));
        q.bindValue(0, space);
        q.bindValue(1, qint64(target));
        if (!q.exec())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        while (q.next())
            stale.append({false,
                {q.value(0).toByteArray(), q.value(1).toByteArray(), quint32(q.value(2).toLongLong()),
                    q.value(3).toBool(), q.value(4).isNull() ? -1 : q.value(4).toLongLong(), q.value(5).toBool(),
                    q.value(6).toByteArray(), q.value(7).toByteArray()}});
        QSqlQuery t(d->db());
        t.setForwardOnly(true);
        t.prepare(QStringLiteral("SELECT record_id, space_id, key_version, sealed, base_tag FROM departures "
                                 "WHERE space_id = ? AND key_version != ?"));
        t.bindValue(0, space);
        t.bindValue(1, qint64(target));
        if (!t.exec())
            return ioError(trNoop("Vault", "The vault database could not be read."));
        while (t.next())
            stale.append({true,
                {t.value(0).toByteArray(), t.value(1).toByteArray(), quint32(t.value(2).toLongLong()), true, -1, true,
                    t.value(3).toByteArray(), t.value(4).toByteArray()}});
    }
    if (stale.isEmpty())
        return 0;
    if (!d->db().transaction())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    for (const Stale &s : stale) {
        auto opened = d->openRow(s.row);
        if (auto *damaged = std::get_if<DamagedRecord>(&opened)) {
            d->db().rollback();
            return Error {ErrorCode::Damaged, damaged->reason};
        }
        const OpenedRecord &record = std::get<OpenedRecord>(opened);
        auto sealed = d->sealWithVersion({space, s.row.recordId, record.payload, s.row.deleted}, target,
            crypto::randomBytes(protocol::sealedrecord::RandomSize));
        if (!sealed) {
            d->db().rollback();
            return sealed.error();
        }
        QSqlQuery u(d->db());
        u.prepare(s.departure ? QStringLiteral("UPDATE departures SET sealed = ?, key_version = ? "
                                               "WHERE record_id = ? AND space_id = ?")
                              : QStringLiteral("UPDATE records SET sealed = ?, key_version = ? "
                                               "WHERE record_id = ? AND space_id = ?"));
        u.bindValue(0, *sealed);
        u.bindValue(1, qint64(target));
        u.bindValue(2, s.row.recordId);
        u.bindValue(3, space);
        if (!u.exec()) {
            d->db().rollback();
            return ioError(trNoop("Vault", "The vault could not be saved."));
        }
    }
    if (!d->db().commit()) {
        d->db().rollback();
        return ioError(trNoop("Vault", "The vault could not be saved."));
    }
    return int(stale.size());
}

Status Vault::rebaseDeparture(const QByteArray &space, const QByteArray &recordId, const QByteArray &baseTag)
{
    QSqlQuery q(d->db());
    if (baseTag.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM departures WHERE record_id = ? AND space_id = ?"));
        q.bindValue(0, recordId);
        q.bindValue(1, space);
    } else {
        q.prepare(QStringLiteral("UPDATE departures SET base_tag = ? WHERE record_id = ? AND space_id = ?"));
        q.bindValue(0, baseTag);
        q.bindValue(1, recordId);
        q.bindValue(2, space);
    }
    if (!q.exec())
        return ioError(trNoop("Vault", "The vault could not be saved."));
    return {};
}

bool Vault::hasDeparture(const QByteArray &space, const QByteArray &recordId) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT 1 FROM departures WHERE record_id = ? AND space_id = ?"));
    q.bindValue(0, recordId);
    q.bindValue(1, space);
    return q.exec() && q.next();
}

} // namespace cc::vault
