// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QCborMap>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc::domain {

/**
 * What people see of a sharing space (DESIGN.md §3, §5): its name ("Care team", "GP
 * only"), a colour, and the owner's name, so that a member's app can say whose circle it
 * is. It lives inside the space itself, sealed with the space key: every member can read
 * it, the server cannot. Its record id is the space id.
 *
 * CBOR fields: "n" name, "c" colour (one of colours()), "on" ownerName, "oy"
 * ownerBirthYear (optional: lets members tell two patients of the same name apart), "nf"
 * true when the owner turned attention flags off for this space (absent: flags are raised,
 * which is what records written before the choice existed mean).
 */
struct SpaceInfo {
    static constexpr QLatin1StringView Kind {"space_info"};
    static constexpr qsizetype MaxNameLength = 60;

    QByteArray id; ///< the space id (also the record id)
    QString name; ///< as the owner typed it
    QString colour; ///< a colour code of colours()
    QString ownerName; ///< how the owner names herself to members
    std::optional<int> ownerBirthYear; ///< the owner's birth year, if she shares it with members
    /** Whether the care team's attention flags ("worse lately", …) may be raised from what
     *  this space holds: the patient's choice, honoured by every member's app. */
    bool raisesFlags = true;

    /** The colour codes a space can have ("teal", "blue", …). */
    static const QStringList &colours();

    QCborMap toFields() const;
    static Result<SpaceInfo> fromFields(const QCborMap &fields);
    /** Requires a name of 1–60 characters and a known colour. */
    Status validate() const;

    friend bool operator==(const SpaceInfo &, const SpaceInfo &) = default;
};

} // namespace cc::domain
