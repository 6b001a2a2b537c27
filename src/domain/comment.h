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
 * "t" text, "tm" time (ms since epoch, UTC).
 */
struct Comment {
    static constexpr QLatin1StringView Kind {"comment"};

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    QByteArray targetId;
    QString targetKind;
    QByteArray authorId; ///< CareTeamMember id
    LocalizedText text;
    QDateTime time; ///< UTC

    QCborMap toFields() const;
    static Result<Comment> fromFields(const QCborMap &fields);
    /** Requires target (id and known kind), author, a non-empty text and a time. */
    Status validate() const;

    friend bool operator==(const Comment &, const Comment &) = default;
};

} // namespace cc::domain
