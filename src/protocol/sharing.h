// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keypair.h"
#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

/**
 * The sharing messages of docs/sync-protocol.md ("Sharing"): member lists, space key wraps,
 * invitations and safety numbers. Pure functions over bytes, used by the server (to parse
 * and verify what owners upload) and by clients (to build, sign and verify).
 */
namespace cc::protocol::sharing {

enum class Role : quint8 { Owner = 1, Editor = 2, Contributor = 3, Viewer = 4 };
/** "owner", "editor", "contributor", "viewer"; empty for an unknown value. */
QString roleCode(Role role);
/** The role of a code; std::nullopt-like failure as InvalidInput. */
Result<Role> roleFromCode(QStringView code);
/** Whether @p role may push records at all, and may edit records another account wrote. */
bool mayWrite(Role role);
bool mayEditOthers(Role role);

struct MemberEntry {
    QByteArray account; ///< 16 bytes
    QByteArray signPub; ///< 32 bytes, Ed25519 account identity key
    QByteArray boxPub; ///< 32 bytes, X25519
    Role role = Role::Viewer;
    qint64 expires = 0; ///< ms since epoch; 0 = no end date

    friend bool operator==(const MemberEntry &, const MemberEntry &) = default;
};

struct MemberList {
    QByteArray space; ///< 16 bytes
    QByteArray owner; ///< 16 bytes, the owner's account id
    quint64 version = 0;
    quint32 keyVersion = 1;
    QList<MemberEntry> members; ///< the owner included (role Owner, expires 0)

    /** The entry of @p account, or nullptr. */
    const MemberEntry *find(QByteArrayView account) const;
    /** Whether @p account is listed and its end date (if any) is after @p nowMs. */
    bool isActive(QByteArrayView account, qint64 nowMs) const;
    friend bool operator==(const MemberList &, const MemberList &) = default;
};

/** The canonical bytes (entries sorted by account); these bytes are what is signed. */
QByteArray encodeMemberList(const MemberList &list);
/** Strict parse: label, sizes, known roles, sorted unique accounts, exactly one owner
 *  entry naming list.owner, no trailing bytes. InvalidInput otherwise. */
Result<MemberList> decodeMemberList(QByteArrayView bytes);
Result<QByteArray> signMemberList(const crypto::SecureBuffer &ownerSignSecret, const QByteArray &encoded);
bool verifyMemberList(QByteArrayView ownerSignPub, QByteArrayView encoded, QByteArrayView signature);

/**
 * The owner's new key for @p keyVersion of @p space, on a rotation (a member removed, an end
 * date past): HKDF-SHA256 of the owner's X25519 identity secret, salted with the space id,
 * info "carecircle/space-key/v1" and the version (big endian). Every device of the owner's
 * account holds that secret, so two of them rotating one space at once, offline, make the
 * same key for the same version instead of two (docs/sync-protocol.md); members never hold
 * it, so none can derive a key before the owner wraps it for them. Version 1 stays random.
 */
Result<crypto::SecureBuffer> rotatedSpaceKey(
    const crypto::SecureBuffer &ownerBoxSecret, QByteArrayView space, quint32 keyVersion);

/** A space key wrapped for one member by the owner. */
struct KeyWrap {
    QByteArray account;
    quint32 keyVersion = 1;
    QByteArray wrap; ///< sealed box to the member's boxPub
    QByteArray sig; ///< owner identity signature
};
Result<KeyWrap> wrapSpaceKey(const crypto::SecureBuffer &ownerSignSecret, QByteArrayView space,
    const MemberEntry &member, quint32 keyVersion, const crypto::SecureBuffer &spaceKey);
/** Checks only the owner's signature (the server has no box secret). */
bool verifyKeyWrap(QByteArrayView ownerSignPub, QByteArrayView space, const KeyWrap &wrap);
/** Verifies the owner's signature, then opens the key with the member's X25519 key pair. */
Result<crypto::SecureBuffer> openSpaceKey(
    QByteArrayView ownerSignPub, QByteArrayView space, const KeyWrap &wrap, const crypto::KeyPair &memberBox);

/** The invitation's secrets (docs, "Invitation"). */
struct InviteKeys {
    QByteArray invite; ///< 16-byte id, the only thing the server sees
    crypto::SecureBuffer key; ///< 32 bytes: seals the cards, keys the MAC
};
crypto::SecureBuffer newInviteSecret(); ///< 16 random bytes
/** The code as people type it (protocol::recoverykey format) and as the QR holds it. */
QString inviteCode(const crypto::SecureBuffer &secret);
QString inviteQrText(const crypto::SecureBuffer &secret);
/** Accepts the typed code (spaces, dashes and case forgiven) or the QR text. */
Result<crypto::SecureBuffer> parseInviteCode(const QString &text);
Result<InviteKeys> deriveInvite(const crypto::SecureBuffer &secret);

struct OwnerCard {
    QByteArray account;
    QByteArray signPub;
    QByteArray boxPub;
    QString name; ///< the owner's name as she gave it
    QByteArray space;
    QString spaceName;
    Role role = Role::Viewer; ///< the role offered
};
/** What the guest says about themselves when accepting. "r" (careRole) came later: a card
 *  without it still opens, with an empty care role. */
struct GuestCard {
    QString name;
    QString careRole; ///< who they are for the patient, a care role code as they chose it; may be empty
};
Result<QByteArray> sealOwnerCard(const InviteKeys &keys, const OwnerCard &card);
Result<OwnerCard> openOwnerCard(const InviteKeys &keys, QByteArrayView sealed);
Result<QByteArray> sealGuestCard(const InviteKeys &keys, const GuestCard &card);
Result<GuestCard> openGuestCard(const InviteKeys &keys, QByteArrayView sealed);
QByteArray acceptMac(const InviteKeys &keys, QByteArrayView account, QByteArrayView signPub, QByteArrayView boxPub);
bool verifyAcceptMac(
    const InviteKeys &keys, QByteArrayView account, QByteArrayView signPub, QByteArrayView boxPub, QByteArrayView mac);

/** 60 digits from two account identity keys, the same whichever order they come in. */
QString safetyNumber(QByteArrayView signPubA, QByteArrayView signPubB);
/** The same in 12 groups of 5 digits separated by spaces (for screens and the CLI). */
QString formatSafetyNumber(const QString &digits);

constexpr qint64 MaxInviteLifetimeMs = 7LL * 24 * 3600 * 1000;
constexpr qsizetype MaxCardSize = 4096;

} // namespace cc::protocol::sharing
