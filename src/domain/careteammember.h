// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QCborMap>
#include <QLatin1StringView>
#include <QString>

namespace cc::domain {

/**
 * A person in the care circle (DESIGN.md §3), the patient included: name, role code,
 * organisation, how to reach them, whether they coordinate the plan, and their
 * CareCircle account if they use the app. Other records refer to people by the id of
 * their CareTeamMember record.
 *
 * CBOR fields: "n" displayName, "r" role (codes::roles()), "o" organisation,
 * "ct" contact, "co" isCoordinator, "la" linkedAccount, "fm" former, "iv" invitation.
 *
 * One card per person: an invitation made from a card (invitation) links that card when the
 * person accepts; someone removed from every space stays listed as a former member.
 */
struct CareTeamMember {
    static constexpr QLatin1StringView Kind {"care_team_member"};
    /** Longest accepted linked account id (an Ed25519 public key is 32 bytes). */
    static constexpr qsizetype MaxLinkedAccountSize = 64;
    /** Longest accepted invitation id (the protocol's are 16 bytes). */
    static constexpr qsizetype MaxInvitationSize = 32;

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    QString displayName;
    QString role;
    QString organisation;
    QString contact; ///< phone number and/or e-mail address, as typed
    bool isCoordinator = false;
    QByteArray linkedAccount; ///< empty if the person does not use CareCircle
    bool former = false; ///< removed from every space the patient shares; kept for the record
    QByteArray invitation; ///< the open invitation made from this card (id), if any

    QCborMap toFields() const;
    static Result<CareTeamMember> fromFields(const QCborMap &fields);
    /** Requires a display name and a known role code. */
    Status validate() const;

    friend bool operator==(const CareTeamMember &, const CareTeamMember &) = default;
};

} // namespace cc::domain
