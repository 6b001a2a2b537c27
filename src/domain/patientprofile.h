// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "localizedtext.h"

#include <QByteArray>
#include <QCborMap>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace cc::domain {

/**
 * Who the care circle is about (DESIGN.md §3): the name they like to be called, their
 * language, the conditions they live with, and whom to call in an emergency. Holds no
 * national number or other official identifier, on purpose.
 *
 * CBOR fields: "n" preferredName, "l" language, "by" birthYear, "c" conditions
 * [{"t": text, "cd": code, "sy": system}], "ec" emergencyContact {"n": name, "p": phone}.
 */
struct PatientProfile {
    static constexpr QLatin1StringView Kind {"profile"};

    /** A condition in the person's words, optionally with a code (e.g. SNOMED CT, ICD-10). */
    struct Condition {
        LocalizedText text;
        QString code; ///< e.g. "44054006"; empty if none
        QString system; ///< code system URI, e.g. "http://snomed.info/sct"; empty if none
        friend bool operator==(const Condition &, const Condition &) = default;
    };

    struct EmergencyContact {
        QString name;
        QString phone;
        bool isEmpty() const { return name.isEmpty() && phone.isEmpty(); }
        friend bool operator==(const EmergencyContact &, const EmergencyContact &) = default;
    };

    QByteArray id; ///< the record id; kept by the store, not part of the fields
    QString preferredName;
    QString language; ///< BCP-47 tag of the UI and text language the person prefers
    std::optional<int> birthYear;
    QList<Condition> conditions;
    EmergencyContact emergencyContact;

    QCborMap toFields() const;
    static Result<PatientProfile> fromFields(const QCborMap &fields);
    /** Requires a preferred name and a valid language tag; a birth year from 1900 to this year. */
    Status validate() const;

    friend bool operator==(const PatientProfile &, const PatientProfile &) = default;
};

} // namespace cc::domain
