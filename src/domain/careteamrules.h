// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace cc::domain {

class CareStore;
struct Comment;

/**
 * The care team's rules that span records: the patient's own member entry, and the one
 * coordinator kept in step between the members (isCoordinator) and the plan (coordinatorId).
 */
namespace careteamrules {

/** The id of the patient's own CareTeamMember (role "patient"), or empty if there is none. */
QByteArray patientMemberId(const CareStore &store);

/**
 * The patient's own CareTeamMember id, created on first use with the profile's preferred
 * name (or "Me") when there is none yet.
 */
Result<QByteArray> ensurePatientMember(CareStore &store);

/**
 * Makes @p memberId the one coordinator (empty: nobody): sets isCoordinator on that member
 * only and the plan's coordinatorId, if there is a plan. Writes only what changes.
 */
Status applyCoordinator(CareStore &store, const QByteArray &memberId);

/** Who joined through an invitation, as the owner's side knows it once she confirms. */
struct Invitee {
    QByteArray account;
    QString name; ///< as the person gave it when accepting
    QString careRole; ///< the owner's choice for the invitation, else the person's own; may be empty
    QByteArray invitation; ///< the invitation's id
};

/**
 * The one card of the person who joined: the card already linked to their account, else
 * the card the invitation was made from, else the only card not linked yet with the same
 * name and role (with two such cards, none: a typed name does not choose between people),
 * else a new card. The chosen card is linked, no longer former, and keeps the name
 * the patient wrote; its id. Writes only what changes.
 */
Result<QByteArray> linkInvitee(CareStore &store, const Invitee &invitee);

/** Remembers on the card made from it that @p invitation is open (a later acceptance links it). */
Status rememberInvitation(CareStore &store, const QByteArray &memberId, const QByteArray &invitation);

/** Marks the card linked to @p account as a former member (or current again); no card: nothing. */
Status setFormer(CareStore &store, const QByteArray &account, bool former);

/**
 * After accepting an invitation as @p name: the own profile's preferred name ("Your name"),
 * if it is empty, so the app knows the person by the name the others see. @p language fills
 * a new profile's language. Nothing to do: success.
 */
Status rememberOwnName(CareStore &store, const QString &name, const QString &language);

/** A comment's author as the reader can name them. */
struct Author {
    QString name; ///< empty if nothing names them
    QString role; ///< care role code, may be empty
};

/**
 * The author of @p comment: the card it names (the reader's own team), else the name and
 * role it carries; a comment naming only a card nobody here has was written by the owner of
 * the space, the patient, so it takes her name as she gives it to members.
 */
Author authorOf(const CareStore &store, const Comment &comment);

} // namespace careteamrules

} // namespace cc::domain
