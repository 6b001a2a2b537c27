// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The rows the server's stores read and write (docs/sync-protocol.md). Plain values:
// every store and the Storage facade share them, so they live apart from any one class.
namespace cc::server {

struct Account {
    QByteArray account, signPub, boxPub, locator, bundle, proof;
    bool operator==(const Account &) const = default;
};
struct Device {
    QByteArray id, account, signPub, certificate, label;
    qint64 created = 0;
    std::optional<qint64> revoked;
};
struct Session {
    QByteArray device, account;
    qint64 expires = 0; ///< ms since the epoch; 0 when not read from the database
};
struct SpaceRow {
    QByteArray space, owner;
    QString role;
    qint64 seq = 0; ///< 0 once removed
    qint64 keyVersion = 1, listVersion = 0;
    std::optional<qint64> expires;
    /** When the account was dropped from the list, or its end date if that has passed. */
    std::optional<qint64> removed;
};
/** An account's standing in a space (docs/sync-protocol.md, "Roles"). */
struct Membership {
    QString role;
    QByteArray owner;
    std::optional<qint64> expires, removed;
    /** Listed and not past its end date at @p now. */
    bool activeAt(qint64 now) const { return !removed && (!expires || *expires > now); }
};
/** The newest member list of a space; list and sig are empty until the owner's first upload. */
struct MemberListRow {
    QByteArray owner, list, sig;
    qint64 version = 0, keyVersion = 1;
};
struct KeyWrapRow {
    QByteArray account;
    qint64 keyVersion = 1;
    QByteArray wrap, sig;
};
/** One listed member as the list names it, for the members table. */
struct MemberUpdate {
    QByteArray account;
    QString role;
    std::optional<qint64> expires;
};
enum class MembersOutcome { Stored, NotNewer, KeyVersionLower, MissingWrap, NoSuchSpace };
struct AccessEvent {
    QByteArray account, device;
    qint64 time = 0, count = 0;
};
/** An invitation: the owner's offer (space, role, card) and the invitee's acceptance. */
struct Invite {
    QByteArray invite, space, owner;
    QString role;
    qint64 expires = 0;
    QByteArray card;
    QByteArray acceptAccount, acceptSignPub, acceptBoxPub, acceptCard, acceptMac;
    bool accepted() const { return !acceptAccount.isEmpty(); }
};
struct StoredRecord {
    QByteArray sealed, signature;
    qint64 seq = 0;
};
/** A record to push, already checked by the caller (header, author, signature). */
struct PushItem {
    QByteArray record, sealed, signature, tag, base, author;
    quint32 keyVersion = 1;
    bool deleted = false;
};
struct Conflict {
    QByteArray record;
    std::optional<StoredRecord> current;
};
struct PushOutcome {
    QList<qint64> seqs; ///< per item, in request order (empty on conflict)
    qint64 spaceSeq = 0;
    qint64 stored = 0; ///< new revisions written (0 for a pure retry)
    QList<Conflict> conflicts;
    /** Set when nothing was stored because a new revision is sealed with another key
     *  version than the space's current one (which this holds). */
    std::optional<qint64> staleKey;
    /** Set when nothing was stored because the pusher may not edit a record (index). */
    std::optional<qsizetype> forbidden;
    /** Set when nothing was stored because the caller's confirmation before COMMIT said no. */
    bool refused = false;
};
/** A device-link mailbox: the new device's acceptance, then the account's sealed bundle. */
struct Link {
    QByteArray link, account;
    qint64 expires = 0;
    QByteArray acceptDevice, acceptSignPub, acceptBoxPub, acceptMac, bundle;
    bool completed() const { return !bundle.isEmpty(); }
    bool accepted() const { return !acceptDevice.isEmpty(); }
};
enum class Put { Created, Same, Conflict, Forbidden };

} // namespace cc::server
