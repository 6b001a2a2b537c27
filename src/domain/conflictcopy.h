// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "localizedtext.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace cc::domain {

/**
 * A text that lost a merge (DESIGN.md §6, "a losing text value is kept for the user to
 * review"): which record and field it belonged to, the text itself, and when the losing
 * and the winning edits were made. Written by the sync engine in the target's space; the
 * user restores it (saves the target with this text, then removes the copy) or dismisses
 * it (removes the copy). Append-only: never edited.
 *
 * CBOR fields: "tg" targetId, "tk" targetKind (codes::recordKinds()), "fd" field (the
 * target's CBOR field key, e.g. "wm"), "t" text, "ls" losingTime, "ws" winningTime
 * (ms since epoch, UTC).
 */
struct ConflictCopy {
    static constexpr QLatin1StringView Kind {"conflict_copy"};

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    QByteArray targetId;
    QString targetKind;
    QString field;
    LocalizedText text; ///< the losing text as written ("und" when it carried no language)
    QDateTime losingTime; ///< UTC, when the overwritten edit was made
    QDateTime winningTime; ///< UTC, when the edit that won was made

    QCborMap toFields() const;
    static Result<ConflictCopy> fromFields(const QCborMap &fields);
    /** Requires a target (id and known kind), a field, a non-empty text and both times. */
    Status validate() const;

    /**
     * The text a field value holds, if it is a person's text: a LocalizedText map, a plain
     * string that is not one of the coded values, or a list of such texts (joined by line
     * ends); nullopt for codes, numbers, dates, ids and removed (null) values.
     */
    static std::optional<LocalizedText> textOf(const QCborValue &value);
    /** A stable id for the copy of one lost value, so that repeating a merge (a retried
     *  sync) never makes a second copy of the same text. */
    static QByteArray idFor(const QByteArray &targetId, const QString &field, const QByteArray &losingStamp);

    friend bool operator==(const ConflictCopy &, const ConflictCopy &) = default;
};

} // namespace cc::domain
