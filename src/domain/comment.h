// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "localizedtext.h"

#include <QByteArray>
#include <QCborMap>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

namespace cc::domain {

/**
 * A comment on another record (append-only, DESIGN.md §3): on a goal, a check-in, a
 * progress note, an activity …; by a member of the circle, as written, at a time.
 *
 * CBOR fields: "tg" targetId, "tk" targetKind (codes::recordKinds()), "by" authorId,
 * "ba" authorAccount, "bn" authorName, "br" authorRole (codes::roles()), "t" text, "tm"
 * time (ms since epoch, UTC).
 *
 * The patient's own comments name their author by CareTeamMember id. A member of a shared
 * space (a GP, a caregiver) has no record in the patient's data: such a comment names its
 * author's account, with the name and care role the author gave, as written then.
 */
struct Comment {
    static constexpr QLatin1StringView Kind {"comment"};

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    QByteArray targetId;
    QString targetKind;
    QByteArray authorId; ///< CareTeamMember id; empty for a comment from a space member
    QByteArray authorAccount; ///< the author's CareCircle account, for a space member
    QString authorName; ///< the author's name as they gave it (with authorAccount)
    QString authorRole; ///< the author's care role code (codes::roles()), may be empty
    LocalizedText text;
    QDateTime time; ///< UTC

    QCborMap toFields() const;
    static Result<Comment> fromFields(const QCborMap &fields);
    /** Requires target (id and known kind), an author (member id, or account and name), a
     *  non-empty text and a time. */
    Status validate() const;

    friend bool operator==(const Comment &, const Comment &) = default;
};

} // namespace cc::domain
