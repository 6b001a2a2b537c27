// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountbundle.h"

#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "crypto/random.h"
#include "protocol/recoverykey.h"
#include "wire.h"

#include <QtEndian>

#include <cstring>

namespace cc::protocol {

namespace {

constexpr quint8 BundleVersion = 1;
constexpr quint8 BundleVersionOwners = 2;
constexpr std::size_t OwnerEntrySize = IdSize + IdSize + PublicKeySize + PublicKeySize;
constexpr std::size_t SecretSize = 32;
constexpr std::size_t FixedSize = 1 + IdSize + IdSize + SecretSize + SecretSize + protocol::recoverykey::SecretSize + 2;
constexpr std::size_t KeyEntrySize = IdSize + 4 + SecretSize;
constexpr std::size_t MaxSpaceKeys = 65535;

Error damagedBundle()
{
    return makeError(ErrorCode::Damaged, trNoop("Sync", "The account data received is damaged or incomplete."));
}

QByteArray labelled(const char *label, QByteArrayView field)
{
    QByteArray aad(label);
    aad.append('\0');
    aad.append(field);
    return aad;
}

/** Writes into a secure buffer without ever copying secrets through a QByteArray. */
class Writer
{
public:
    explicit Writer(crypto::SecureBuffer &buffer) : m_buffer(buffer) { }
    void put(QByteArrayView bytes)
    {
        std::memcpy(m_buffer.data() + m_at, bytes.data(), std::size_t(bytes.size()));
        m_at += std::size_t(bytes.size());
    }
    template<typename Int>
    void putBigEndian(Int value)
    {
        qToBigEndian(value, m_buffer.data() + m_at);
        m_at += sizeof(Int);
    }

private:
    crypto::SecureBuffer &m_buffer;
    std::size_t m_at = 0;
};

class Reader
{
public:
    explicit Reader(const crypto::SecureBuffer &buffer) : m_buffer(buffer) { }
    QByteArrayView take(std::size_t size)
    {
        const QByteArrayView view = m_buffer.view().sliced(qsizetype(m_at), qsizetype(size));
        m_at += size;
        return view;
    }
    template<typename Int>
    Int takeBigEndian()
    {
        const Int value = qFromBigEndian<Int>(m_buffer.data() + m_at);
        m_at += sizeof(Int);
        return value;
    }

private:
    const crypto::SecureBuffer &m_buffer;
    std::size_t m_at = 0;
};

} // namespace

Result<crypto::SecureBuffer> serializeBundle(const AccountBundle &bundle)
{
    if (bundle.account.size() != IdSize || bundle.privateSpace.size() != IdSize
        || bundle.signSecret.size() != SecretSize || bundle.boxSecret.size() != SecretSize
        || bundle.recoverySecret.size() != std::size_t(protocol::recoverykey::SecretSize)
        || bundle.spaceKeys.size() > MaxSpaceKeys || bundle.owners.size() > MaxSpaceKeys)
        return damagedBundle();
    for (const auto &owner : bundle.owners) {
        if (owner.space.size() != IdSize || owner.account.size() != IdSize || owner.signPub.size() != PublicKeySize
            || owner.boxPub.size() != PublicKeySize)
            return damagedBundle();
    }
    for (const auto &key : bundle.spaceKeys) {
        if (key.space.size() != IdSize || key.key.size() != SecretSize)
            return damagedBundle();
    }
    // Version 1 while there is no owner to carry: devices not updated yet still read it.
    const bool owners = !bundle.owners.empty();
    crypto::SecureBuffer out(
        FixedSize + bundle.spaceKeys.size() * KeyEntrySize + (owners ? 2 + bundle.owners.size() * OwnerEntrySize : 0));
    Writer writer(out);
    writer.putBigEndian(owners ? BundleVersionOwners : BundleVersion);
    writer.put(bundle.account);
    writer.put(bundle.privateSpace);
    writer.put(bundle.signSecret.view());
    writer.put(bundle.boxSecret.view());
    writer.put(bundle.recoverySecret.view());
    writer.putBigEndian(quint16(bundle.spaceKeys.size()));
    for (const auto &key : bundle.spaceKeys) {
        writer.put(key.space);
        writer.putBigEndian(quint32(key.version));
        writer.put(key.key.view());
    }
    if (owners) {
        writer.putBigEndian(quint16(bundle.owners.size()));
        for (const auto &owner : bundle.owners) {
            writer.put(owner.space);
            writer.put(owner.account);
            writer.put(owner.signPub);
            writer.put(owner.boxPub);
        }
    }
    return out;
}

Result<AccountBundle> deserializeBundle(const crypto::SecureBuffer &bytes)
{
    if (bytes.size() < FixedSize)
        return damagedBundle();
    Reader reader(bytes);
    const quint8 version = reader.takeBigEndian<quint8>();
    if (version != BundleVersion && version != BundleVersionOwners)
        return damagedBundle();
    AccountBundle bundle;
    bundle.account = reader.take(IdSize).toByteArray();
    bundle.privateSpace = reader.take(IdSize).toByteArray();
    bundle.signSecret = crypto::SecureBuffer::copyOf(reader.take(SecretSize));
    bundle.boxSecret = crypto::SecureBuffer::copyOf(reader.take(SecretSize));
    bundle.recoverySecret = crypto::SecureBuffer::copyOf(reader.take(protocol::recoverykey::SecretSize));
    const std::size_t count = reader.takeBigEndian<quint16>();
    const std::size_t keysEnd = FixedSize + count * KeyEntrySize;
    if (version == BundleVersion ? bytes.size() != keysEnd : bytes.size() < keysEnd + 2)
        return damagedBundle();
    bundle.spaceKeys.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        protocol::SpaceKey key;
        key.space = reader.take(IdSize).toByteArray();
        key.version = reader.takeBigEndian<quint32>();
        key.key = crypto::SecureBuffer::copyOf(reader.take(SecretSize));
        if (key.version == 0)
            return damagedBundle();
        bundle.spaceKeys.push_back(std::move(key));
    }
    if (version == BundleVersionOwners) {
        // Version 2 is written only with owners to carry (serializeBundle): one byte string
        // per bundle, so a bundle that names none is damaged, not a second spelling of version 1.
        const std::size_t owners = reader.takeBigEndian<quint16>();
        if (owners == 0 || bytes.size() != keysEnd + 2 + owners * OwnerEntrySize)
            return damagedBundle();
        for (std::size_t i = 0; i < owners; ++i) {
            SpaceOwner owner;
            owner.space = reader.take(IdSize).toByteArray();
            owner.account = reader.take(IdSize).toByteArray();
            owner.signPub = reader.take(PublicKeySize).toByteArray();
            owner.boxPub = reader.take(PublicKeySize).toByteArray();
            bundle.owners.push_back(std::move(owner));
        }
    }
    return bundle;
}

namespace recovery {

namespace {
constexpr const char *BundleLabel = "carecircle/recovery-bundle/v1";
}

Result<QByteArray> locator(const crypto::SecureBuffer &recoverySecret)
{
    auto derived = crypto::hkdfSha256(recoverySecret.view(), {}, "carecircle/recovery-locator/v1", LocatorSize);
    if (!derived)
        return derived.error();
    return derived->view().toByteArray(); // not secret: a one-way lookup id
}

Result<QByteArray> sealBundle(const crypto::SecureBuffer &recoverySecret, const AccountBundle &bundle)
{
    auto plain = serializeBundle(bundle);
    if (!plain)
        return plain.error();
    auto key = crypto::hkdfSha256(recoverySecret.view(), {}, BundleLabel, crypto::aead::KeySize);
    if (!key)
        return key.error();
    const QByteArray nonce = crypto::randomBytes(crypto::aead::NonceSize);
    auto sealed = crypto::aead::sealSecret(*key, nonce, *plain, labelled(BundleLabel, bundle.account));
    if (!sealed)
        return sealed.error();
    return nonce + *sealed;
}

Result<AccountBundle> openBundle(
    const crypto::SecureBuffer &recoverySecret, QByteArrayView account, QByteArrayView sealed)
{
    if (sealed.size() < crypto::aead::NonceSize + crypto::aead::TagSize)
        return damagedBundle();
    auto key = crypto::hkdfSha256(recoverySecret.view(), {}, BundleLabel, crypto::aead::KeySize);
    if (!key)
        return key.error();
    auto plain = crypto::aead::openSecret(*key, sealed.first(crypto::aead::NonceSize),
        sealed.sliced(crypto::aead::NonceSize), labelled(BundleLabel, account));
    if (!plain) {
        if (plain.code() == ErrorCode::WrongKey)
            return makeError(ErrorCode::WrongKey,
                trNoop("Sync", "This recovery key does not open the account's data. Check the key."));
        return plain.error();
    }
    auto bundle = deserializeBundle(*plain);
    if (bundle && bundle->account != account)
        return damagedBundle();
    return bundle;
}

} // namespace recovery

namespace link {

namespace {
constexpr const char *BundleLabel = "carecircle/link-bundle/v1";
}

crypto::SecureBuffer newCodeSecret()
{
    return crypto::randomSecret(protocol::recoverykey::SecretSize);
}

Result<Keys> derive(const crypto::SecureBuffer &codeSecret)
{
    if (codeSecret.size() != std::size_t(protocol::recoverykey::SecretSize))
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The link code is not complete."));
    auto id = crypto::hkdfSha256(codeSecret.view(), {}, "carecircle/link-id/v1", IdSize);
    auto key = crypto::hkdfSha256(codeSecret.view(), {}, "carecircle/link-key/v1", 32);
    if (!id)
        return id.error();
    if (!key)
        return key.error();
    return Keys {id->view().toByteArray(), std::move(*key)};
}

Result<QByteArray> sealBundle(QByteArrayView boxPub, QByteArrayView link, const AccountBundle &bundle)
{
    auto plain = serializeBundle(bundle);
    if (!plain)
        return plain.error();
    return crypto::sealedbox::sealSecret(boxPub, *plain, labelled(BundleLabel, link));
}

Result<AccountBundle> openBundle(const crypto::KeyPair &ephemeral, QByteArrayView link, QByteArrayView sealed)
{
    auto plain = crypto::sealedbox::openSecret(ephemeral, sealed, labelled(BundleLabel, link));
    if (!plain)
        return damagedBundle();
    return deserializeBundle(*plain);
}

} // namespace link

} // namespace cc::protocol
