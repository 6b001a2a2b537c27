// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharing.h"

#include "crypto/aead.h"
#include "crypto/hkdf.h"
#include "crypto/random.h"
#include "protocol/recoverykey.h"
#include "wire.h"

#include <QCborMap>
#include <QCborValue>
#include <QtEndian>

#include <algorithm>

namespace cc::protocol::sharing {

namespace {

constexpr const char *MembersLabel = "carecircle/members/v1";
constexpr const char *KeyWrapLabel = "carecircle/key-wrap/v1";
constexpr const char *InviteIdLabel = "carecircle/invite-id/v1";
constexpr const char *InviteKeyLabel = "carecircle/invite-key/v1";
constexpr const char *OwnerCardLabel = "carecircle/invite-owner/v1";
constexpr const char *GuestCardLabel = "carecircle/invite-guest/v1";
constexpr const char *AcceptLabel = "carecircle/invite-accept/v1";
constexpr const char *SafetyLabel = "carecircle/safety-number/v1";
constexpr QLatin1StringView QrPrefix {"carecircle:invite:"};

constexpr qsizetype SpaceKeySize = 32;
constexpr qsizetype EntrySize = IdSize + PublicKeySize + PublicKeySize + 1 + 8;
constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxCareRoleLength = 64;

QByteArray labelled(const char *label, std::initializer_list<QByteArrayView> fields)
{
    QByteArray message(label);
    message.append('\0');
    for (QByteArrayView field : fields)
        message.append(field);
    return message;
}

template<typename Int>
QByteArray bigEndian(Int value)
{
    QByteArray bytes(qsizetype(sizeof(Int)), Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

Error badList()
{
    return makeError(ErrorCode::Damaged, trNoop("Sync", "The member list of this space is damaged or incomplete."));
}

Error badWrap()
{
    return makeError(ErrorCode::Damaged, trNoop("Sync", "The key for this space did not check out. Ask its owner."));
}

Error badCard()
{
    return makeError(
        ErrorCode::Damaged, trNoop("Sync", "The invitation's details are damaged or do not match the code."));
}

bool validRole(quint8 value)
{
    return value >= quint8(Role::Owner) && value <= quint8(Role::Viewer);
}

QByteArray wrapAad(QByteArrayView space, quint32 keyVersion, QByteArrayView account)
{
    return labelled(KeyWrapLabel, {space, bigEndian(keyVersion), account});
}

QByteArray wrapSignatureMessage(QByteArrayView space, const KeyWrap &wrap)
{
    return labelled(KeyWrapLabel, {space, bigEndian(wrap.keyVersion), wrap.account, wrap.wrap});
}

Result<QByteArray> sealCard(const InviteKeys &keys, const char *label, const QCborMap &map)
{
    if (keys.invite.size() != IdSize || keys.key.size() != std::size_t(crypto::aead::KeySize))
        return badCard();
    const QByteArray nonce = crypto::randomBytes(crypto::aead::NonceSize);
    auto sealed = crypto::aead::seal(keys.key, nonce, map.toCborValue().toCbor(), labelled(label, {keys.invite}));
    if (!sealed)
        return sealed.error();
    QByteArray out = nonce + *sealed;
    if (out.size() > MaxCardSize)
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The names in this invitation are too long."));
    return out;
}

Result<QCborMap> openCard(const InviteKeys &keys, const char *label, QByteArrayView sealed)
{
    if (keys.invite.size() != IdSize || keys.key.size() != std::size_t(crypto::aead::KeySize)
        || sealed.size() < crypto::aead::NonceSize + crypto::aead::TagSize || sealed.size() > MaxCardSize)
        return badCard();
    auto plain = crypto::aead::open(keys.key, sealed.first(crypto::aead::NonceSize),
        sealed.sliced(crypto::aead::NonceSize), labelled(label, {keys.invite}));
    if (!plain)
        return badCard();
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(*plain, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return badCard();
    return value.toMap();
}

/** Reads a byte string of exactly @p size bytes; empty when absent or of another type or size. */
QByteArray cardBytes(const QCborMap &map, QLatin1StringView key, qsizetype size)
{
    const QCborValue value = map.value(key);
    if (!value.isByteArray() || value.toByteArray().size() != size)
        return {};
    return value.toByteArray();
}

/** A name the other side typed, as it may be shown: control and format characters (bidi
 *  overrides, zero-width marks, escape sequences, line breaks) go, whitespace runs become one
 *  space, so a name can neither restyle nor fake the lines around it. */
QString displayable(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (c.isSpace())
            kept.append(QLatin1Char(' '));
        else if (category != QChar::Other_Control && category != QChar::Other_Format)
            kept.append(c);
    }
    return kept.simplified();
}

std::optional<QString> cardString(const QCborMap &map, QLatin1StringView key)
{
    const QCborValue value = map.value(key);
    if (!value.isString() || value.toString().size() > MaxNameLength)
        return std::nullopt;
    return displayable(value.toString());
}

} // namespace

QString roleCode(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Contributor:
        return QStringLiteral("contributor");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

Result<Role> roleFromCode(QStringView code)
{
    for (Role role : {Role::Owner, Role::Editor, Role::Contributor, Role::Viewer}) {
        if (code == roleCode(role))
            return role;
    }
    return makeError(ErrorCode::InvalidInput, trNoop("Sync", "This role is not known to this version of CareCircle."));
}

bool mayWrite(Role role)
{
    return role == Role::Owner || role == Role::Editor || role == Role::Contributor;
}

bool mayEditOthers(Role role)
{
    return role == Role::Owner || role == Role::Editor;
}

const MemberEntry *MemberList::find(QByteArrayView account) const
{
    for (const MemberEntry &entry : members) {
        if (entry.account == account)
            return &entry;
    }
    return nullptr;
}

bool MemberList::isActive(QByteArrayView account, qint64 nowMs) const
{
    const MemberEntry *entry = find(account);
    return entry && (entry->expires == 0 || entry->expires > nowMs);
}

QByteArray encodeMemberList(const MemberList &list)
{
    QList<MemberEntry> entries = list.members;
    std::sort(entries.begin(), entries.end(), [](const MemberEntry &a, const MemberEntry &b) {
        return QByteArrayView(a.account).compare(QByteArrayView(b.account)) < 0;
    });
    QByteArray out = labelled(MembersLabel, {list.space, list.owner});
    out.append(bigEndian(quint64(list.version)));
    out.append(bigEndian(quint32(list.keyVersion)));
    out.append(bigEndian(quint16(entries.size())));
    for (const MemberEntry &entry : entries) {
        out.append(entry.account);
        out.append(entry.signPub);
        out.append(entry.boxPub);
        out.append(char(quint8(entry.role)));
        out.append(bigEndian(qint64(entry.expires)));
    }
    return out;
}

Result<MemberList> decodeMemberList(QByteArrayView bytes)
{
    const QByteArray prefix = labelled(MembersLabel, {});
    const qsizetype headerSize = prefix.size() + IdSize + IdSize + 8 + 4 + 2;
    if (bytes.size() < headerSize || !bytes.startsWith(prefix))
        return badList();
    qsizetype at = prefix.size();
    MemberList list;
    list.space = bytes.sliced(at, IdSize).toByteArray();
    at += IdSize;
    list.owner = bytes.sliced(at, IdSize).toByteArray();
    at += IdSize;
    list.version = qFromBigEndian<quint64>(bytes.data() + at);
    at += 8;
    list.keyVersion = qFromBigEndian<quint32>(bytes.data() + at);
    at += 4;
    const qsizetype count = qFromBigEndian<quint16>(bytes.data() + at);
    at += 2;
    if (list.keyVersion == 0 || count == 0 || bytes.size() != headerSize + count * EntrySize)
        return badList();
    int owners = 0;
    list.members.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        MemberEntry entry;
        entry.account = bytes.sliced(at, IdSize).toByteArray();
        at += IdSize;
        entry.signPub = bytes.sliced(at, PublicKeySize).toByteArray();
        at += PublicKeySize;
        entry.boxPub = bytes.sliced(at, PublicKeySize).toByteArray();
        at += PublicKeySize;
        const quint8 role = quint8(bytes.at(at));
        at += 1;
        entry.expires = qFromBigEndian<qint64>(bytes.data() + at);
        at += 8;
        if (!validRole(role) || entry.expires < 0)
            return badList();
        entry.role = Role(role);
        if (!list.members.isEmpty()
            && QByteArrayView(list.members.constLast().account).compare(QByteArrayView(entry.account)) >= 0)
            return badList(); // unsorted or repeated
        if (entry.role == Role::Owner) {
            if (entry.account != list.owner || entry.expires != 0)
                return badList();
            ++owners;
        } else if (entry.account == list.owner) {
            return badList();
        }
        list.members.append(std::move(entry));
    }
    if (owners != 1)
        return badList();
    return list;
}

Result<QByteArray> signMemberList(const crypto::SecureBuffer &ownerSignSecret, const QByteArray &encoded)
{
    return crypto::ed25519::sign(ownerSignSecret, encoded);
}

bool verifyMemberList(QByteArrayView ownerSignPub, QByteArrayView encoded, QByteArrayView signature)
{
    return crypto::ed25519::verify(ownerSignPub, encoded, signature);
}

Result<crypto::SecureBuffer> rotatedSpaceKey(
    const crypto::SecureBuffer &ownerBoxSecret, QByteArrayView space, quint32 keyVersion)
{
    if (ownerBoxSecret.size() != 32 || space.size() != IdSize || keyVersion < 2)
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The account's keys could not be prepared."));
    QByteArray info = QByteArrayLiteral("carecircle/space-key/v1");
    info.resize(info.size() + 4);
    qToBigEndian(keyVersion, info.data() + info.size() - 4);
    return crypto::hkdfSha256(ownerBoxSecret.view(), space, info, 32);
}

Result<KeyWrap> wrapSpaceKey(const crypto::SecureBuffer &ownerSignSecret, QByteArrayView space,
    const MemberEntry &member, quint32 keyVersion, const crypto::SecureBuffer &spaceKey)
{
    if (space.size() != IdSize || member.account.size() != IdSize || member.boxPub.size() != PublicKeySize
        || spaceKey.size() != std::size_t(SpaceKeySize) || keyVersion == 0)
        return badWrap();
    KeyWrap wrap;
    wrap.account = member.account;
    wrap.keyVersion = keyVersion;
    auto sealed = crypto::sealedbox::sealSecret(member.boxPub, spaceKey, wrapAad(space, keyVersion, member.account));
    if (!sealed)
        return sealed.error();
    wrap.wrap = std::move(*sealed);
    auto sig = crypto::ed25519::sign(ownerSignSecret, wrapSignatureMessage(space, wrap));
    if (!sig)
        return sig.error();
    wrap.sig = std::move(*sig);
    return wrap;
}

bool verifyKeyWrap(QByteArrayView ownerSignPub, QByteArrayView space, const KeyWrap &wrap)
{
    if (space.size() != IdSize || wrap.account.size() != IdSize || wrap.keyVersion == 0
        || wrap.wrap.size() != crypto::sealedbox::Overhead + SpaceKeySize)
        return false;
    return crypto::ed25519::verify(ownerSignPub, wrapSignatureMessage(space, wrap), wrap.sig);
}

Result<crypto::SecureBuffer> openSpaceKey(
    QByteArrayView ownerSignPub, QByteArrayView space, const KeyWrap &wrap, const crypto::KeyPair &memberBox)
{
    if (!verifyKeyWrap(ownerSignPub, space, wrap))
        return badWrap();
    auto key = crypto::sealedbox::openSecret(memberBox, wrap.wrap, wrapAad(space, wrap.keyVersion, wrap.account));
    if (!key || key->size() != std::size_t(SpaceKeySize))
        return badWrap();
    return std::move(*key);
}

crypto::SecureBuffer newInviteSecret()
{
    return crypto::randomSecret(protocol::recoverykey::SecretSize);
}

QString inviteCode(const crypto::SecureBuffer &secret)
{
    return protocol::recoverykey::format(secret);
}

QString inviteQrText(const crypto::SecureBuffer &secret)
{
    return QrPrefix + inviteCode(secret);
}

Result<crypto::SecureBuffer> parseInviteCode(const QString &text)
{
    QStringView code = QStringView(text).trimmed();
    if (code.startsWith(QrPrefix, Qt::CaseInsensitive))
        code = code.sliced(QrPrefix.size());
    return protocol::recoverykey::parse(code.toString());
}

Result<InviteKeys> deriveInvite(const crypto::SecureBuffer &secret)
{
    if (secret.size() != std::size_t(protocol::recoverykey::SecretSize))
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The invitation code is not complete."));
    auto id = crypto::hkdfSha256(secret.view(), {}, InviteIdLabel, IdSize);
    if (!id)
        return id.error();
    auto key = crypto::hkdfSha256(secret.view(), {}, InviteKeyLabel, crypto::aead::KeySize);
    if (!key)
        return key.error();
    return InviteKeys {id->view().toByteArray(), std::move(*key)};
}

Result<QByteArray> sealOwnerCard(const InviteKeys &keys, const OwnerCard &card)
{
    if (card.account.size() != IdSize || card.signPub.size() != PublicKeySize || card.boxPub.size() != PublicKeySize
        || card.space.size() != IdSize || card.role == Role::Owner || card.name.size() > MaxNameLength
        || card.spaceName.size() > MaxNameLength)
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The invitation could not be prepared."));
    QCborMap map;
    map.insert(QLatin1StringView("a"), card.account);
    map.insert(QLatin1StringView("s"), card.signPub);
    map.insert(QLatin1StringView("b"), card.boxPub);
    map.insert(QLatin1StringView("n"), card.name);
    map.insert(QLatin1StringView("sp"), card.space);
    map.insert(QLatin1StringView("sn"), card.spaceName);
    map.insert(QLatin1StringView("r"), roleCode(card.role));
    return sealCard(keys, OwnerCardLabel, map);
}

Result<OwnerCard> openOwnerCard(const InviteKeys &keys, QByteArrayView sealed)
{
    auto map = openCard(keys, OwnerCardLabel, sealed);
    if (!map)
        return map.error();
    OwnerCard card;
    card.account = cardBytes(*map, QLatin1StringView("a"), IdSize);
    card.signPub = cardBytes(*map, QLatin1StringView("s"), PublicKeySize);
    card.boxPub = cardBytes(*map, QLatin1StringView("b"), PublicKeySize);
    card.space = cardBytes(*map, QLatin1StringView("sp"), IdSize);
    const auto name = cardString(*map, QLatin1StringView("n"));
    const auto spaceName = cardString(*map, QLatin1StringView("sn"));
    const auto roleText = cardString(*map, QLatin1StringView("r"));
    if (card.account.isEmpty() || card.signPub.isEmpty() || card.boxPub.isEmpty() || card.space.isEmpty() || !name
        || !spaceName || !roleText)
        return badCard();
    const auto role = roleFromCode(*roleText);
    if (!role || *role == Role::Owner)
        return badCard();
    card.name = *name;
    card.spaceName = *spaceName;
    card.role = *role;
    return card;
}

Result<QByteArray> sealGuestCard(const InviteKeys &keys, const GuestCard &card)
{
    if (card.name.size() > MaxNameLength)
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The invitation could not be prepared."));
    QCborMap map;
    map.insert(QLatin1StringView("n"), card.name);
    if (!card.careRole.isEmpty()) {
        if (card.careRole.size() > MaxCareRoleLength)
            return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The invitation could not be prepared."));
        map.insert(QLatin1StringView("r"), card.careRole);
    }
    return sealCard(keys, GuestCardLabel, map);
}

Result<GuestCard> openGuestCard(const InviteKeys &keys, QByteArrayView sealed)
{
    auto map = openCard(keys, GuestCardLabel, sealed);
    if (!map)
        return map.error();
    const auto name = cardString(*map, QLatin1StringView("n"));
    if (!name)
        return badCard();
    GuestCard card {*name, {}};
    if (map->contains(QLatin1StringView("r"))) {
        const auto careRole = cardString(*map, QLatin1StringView("r"));
        if (!careRole || careRole->size() > MaxCareRoleLength)
            return badCard();
        card.careRole = *careRole;
    }
    return card;
}

QByteArray acceptMac(const InviteKeys &keys, QByteArrayView account, QByteArrayView signPub, QByteArrayView boxPub)
{
    return crypto::hmacSha256(keys.key.view(), labelled(AcceptLabel, {keys.invite, account, signPub, boxPub}));
}

bool verifyAcceptMac(
    const InviteKeys &keys, QByteArrayView account, QByteArrayView signPub, QByteArrayView boxPub, QByteArrayView mac)
{
    if (keys.key.isEmpty())
        return false;
    return crypto::sameMac(acceptMac(keys, account, signPub, boxPub), mac);
}

QString safetyNumber(QByteArrayView signPubA, QByteArrayView signPubB)
{
    const bool aFirst = signPubA.compare(signPubB) <= 0;
    QString digits;
    digits.reserve(60);
    for (QByteArrayView key : {aFirst ? signPubA : signPubB, aFirst ? signPubB : signPubA}) {
        auto derived = crypto::hkdfSha256(key, {}, SafetyLabel, 30);
        if (!derived)
            return {};
        const unsigned char *bytes = derived->data();
        for (int group = 0; group < 6; ++group) {
            quint64 value = 0;
            for (int i = 0; i < 5; ++i)
                value = (value << 8) | bytes[group * 5 + i];
            digits.append(QStringLiteral("%1").arg(value % 100000, 5, 10, QLatin1Char('0')));
        }
    }
    return digits;
}

QString formatSafetyNumber(const QString &digits)
{
    QStringList groups;
    for (qsizetype at = 0; at < digits.size(); at += 5)
        groups.append(digits.mid(at, 5));
    return groups.join(QLatin1Char(' '));
}

} // namespace cc::protocol::sharing
