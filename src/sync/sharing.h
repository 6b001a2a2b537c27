// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace cc::vault {
class Vault;
}

namespace cc::sync {

class SyncEngine;

/** A member of a space as the owner-signed member list gives it. */
struct SpaceMember {
    QByteArray account;
    QString role; ///< "owner", "editor", "contributor", "viewer"
    QDateTime expires; ///< invalid: no end date
    bool verified = false; ///< the safety number was compared in person (this device's mark)
    QString safetyNumber; ///< 60 digits in 12 groups with this account; empty for oneself
};

/** A space this account owns or is a member of (clear metadata; the name is a sealed
 *  domain::SpaceInfo record inside the space). */
struct SpaceSummary {
    QByteArray id;
    QByteArray owner; ///< the owner's account id
    bool mine = false; ///< owned by this account
    QString role; ///< this account's role
    quint32 keyVersion = 1;
    bool removed = false; ///< this account was removed, or its membership ended
    bool listVerified = false; ///< the member list's owner signature verified with the pinned owner key
    QList<SpaceMember> members; ///< from the newest verified member list (the owner included)
};

/** An invitation this device created and still holds the code of. */
struct PendingInvite {
    QByteArray invite; ///< id
    QByteArray space;
    QString role;
    QDateTime expires;
    QString code; ///< 28 characters, for typing
    QString qrText; ///< "carecircle:invite:" + code
    bool accepted = false; ///< someone accepted; compare the safety number, then confirm
    QString guestName; ///< from the guest's sealed card, once accepted
    QString guestCareRole; ///< the care role the guest gave (may be empty: older apps send none)
    QByteArray guestAccount;
    QString safetyNumber; ///< formatted, once accepted
};

/** What the invitee learns from a code before accepting. */
struct OpenedInvite {
    QByteArray space;
    QByteArray owner;
    QString ownerName;
    QString spaceName;
    QString role;
    QDateTime expires;
    QString safetyNumber; ///< formatted; compare it with the owner's screen
};

struct AccessEvent {
    QByteArray account;
    QByteArray device;
    QDateTime time;
    int count = 0;
};

/**
 * Sharing (DESIGN.md §5, docs/sync-protocol.md "Sharing") for one unlocked, connected
 * vault, riding on the engine's session. Owner side: create spaces, invite, confirm after
 * comparing safety numbers, change roles and end dates, revoke (rotates the space key),
 * read the access log. Invitee side: open a code, accept. Every async call finishes with
 * its signal; errors are translated sentences (cc::Error::message).
 */
class Sharing : public QObject
{
    Q_OBJECT
public:
    Sharing(SyncEngine &engine, vault::Vault &vault, QObject *parent = nullptr);
    ~Sharing() override;

    /** The owner's name as invitations show it (from the patient profile); set before invite(). */
    void setOwnName(const QString &name);
    /** Where invitations take a space's name from; by default the space's own sealed
     *  domain::SpaceInfo record. */
    void setSpaceNames(std::function<QString(const QByteArray &space)> lookup);

    /** Local state (no network): every space, newest member lists. */
    QList<SpaceSummary> spaces() const;
    /** Fetches spaces, member lists and key wraps from the server (also done on every sync
     *  and on a "members" hint); then spacesChanged(). */
    void refresh();

    /** A new space owned by this account: id and key version 1 in the vault at once; the
     *  server learns it on the next sync. Write its domain::SpaceInfo record next. */
    Result<QByteArray> createSpace();

    void invite(const QByteArray &space, const QString &role, const QDateTime &expires);
    QList<PendingInvite> pendingInvites() const;
    /** Adds the guest of an accepted invite (role of the invite), wrapping the space key for
     *  them; @p verified records that the safety numbers matched. */
    void confirmInvite(const QByteArray &invite, bool verified);
    void cancelInvite(const QByteArray &invite);

    /** Changes a member's role and/or end date (invalid = none). */
    void setMembership(
        const QByteArray &space, const QByteArray &account, const QString &role, const QDateTime &expires);
    /** Removes a member: new member list without them, new key version for the rest. */
    void revoke(const QByteArray &space, const QByteArray &account);
    void fetchAccessLog(const QByteArray &space);

    void openInvite(const QString &code);
    /** Accepts as @p myName; @p careRole (a care role code, may be empty) travels in the
     *  sealed guest card so the owner's care team names the person as they see themselves. */
    void acceptInvite(const QString &code, const QString &myName, const QString &careRole = {});

    /** Marks (or unmarks) an account as verified in person, on this device. */
    Status setVerified(const QByteArray &account, bool verified);

Q_SIGNALS:
    void spacesChanged();
    void invitesChanged();
    void inviteCreated(const cc::Status &status, const QByteArray &invite);
    void inviteConfirmed(const cc::Status &status, const QByteArray &space, const QByteArray &account);
    void membershipChanged(const cc::Status &status, const QByteArray &space);
    void accessLogReady(const QByteArray &space, const cc::Status &status, const QList<cc::sync::AccessEvent> &events);
    void inviteOpened(const cc::Status &status, const cc::sync::OpenedInvite &invite);
    void inviteAccepted(const cc::Status &status, const QByteArray &space);

private:
    class Private;
    Private *d;
};

} // namespace cc::sync
