// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QCborMap>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace cc::domain {

struct RecordEnvelope;

/**
 * Who acted in a patient's circle without being the patient: a member of one of her spaces
 * (a caregiver editing, a GP adding a note), named by account, with the name and care role
 * they gave, as written then. Goals, activities and the care plan carry it as "last changed
 * by" (empty once the patient edits again); progress notes and check-ins as their author.
 *
 * CBOR: one field "ac" of the record = {"a": account, "n": name, "r": role code}. One field,
 * so a merge takes the three together and "last changed by" never mixes two people.
 * Every client checks the claim against the account of the device that sealed the record
 * (claimedAccount(), used by sync::RoleCheck).
 */
struct Actor {
    static constexpr QLatin1StringView FieldKey {"ac"};
    static constexpr qsizetype MaxAccountSize = 64;

    QByteArray account;
    QString name;
    QString role; ///< codes::roles(), may be empty

    bool isEmpty() const { return account.isEmpty(); }
    /** The CBOR map, or an empty map for an empty actor (so writing it clears the field). */
    QCborMap toMap() const;
    /** Reads "ac" of @p fields; an absent field is an empty actor. */
    static Result<Actor> fromFields(const QCborMap &fields);
    /** Empty, or an account of at most MaxAccountSize bytes, a name and a known role. */
    Status validate() const;

    /**
     * The account a received record claims acted in this revision: for an append-only kind
     * its actor, for a mutable kind its actor only if that field was written by the newest
     * stamp of the envelope (an older claim was checked when it arrived). nullopt: no claim.
     */
    static std::optional<QByteArray> claimedAccount(const RecordEnvelope &envelope);
    /**
     * Whether records of @p kind carry "ac": goals, activities, the care plan, progress notes
     * and check-ins. A member's revision of one of these must claim it in that very revision
     * (sync::RoleCheck::actorRefusal); comments and conflict copies name their author inside.
     */
    static bool isCarriedBy(QStringView kind);

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace cc::domain
