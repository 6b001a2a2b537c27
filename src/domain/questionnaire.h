// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/result.h"
#include "checkin.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace cc::domain {

/**
 * A questionnaire read from a JSON definition (assets/questionnaires/, DESIGN.md §3): our own
 * six-domain check-in (kind "check_in") or a validated instrument such as WHO-5, PHQ-2 or
 * GAD-2 (kind "instrument"). Every text comes in nl, fr, de and en; the app picks the current
 * language. One engine reads, validates and scores all of them, so a new instrument is a new
 * file, not new code.
 *
 * File format (format 1):
 * {
 *   "format": 1, "id": "who5", "version": "1998", "kind": "instrument" | "check_in",
 *   "title": {"nl","fr","de","en"}, "intro": {…}, "attribution": {…},
 *   "options": [{"value": 0, "label": {…}}, …],            // default answer options
 *   "items": [{"id": "…", "text": {…},
 *              "options": [...] | "scale": {"min": 0, "max": 10, "minLabel": {…}, "maxLabel": {…}}}],
 *   "scoring": {"method": "sum", "multiplier": 4},          // instruments only
 *   "bands": [{"min": 0, "max": 28, "label": {…}, "description": {…}}],  // on the derived score
 *   "domainFields": {"wish": true, "discuss": true, "note": true}         // check-in only
 * }
 * Bands must cover the derived score range exactly, without gaps or overlaps. Scores are
 * shown descriptively ("discuss this with your care team"), never as a diagnosis.
 */
struct Questionnaire {
    enum class Kind { CheckIn, Instrument };

    /** Language code (nl, fr, de, en) → text. */
    using Texts = QMap<QString, QString>;

    struct Option {
        int value = 0;
        Texts label;
    };
    struct Scale {
        int min = 0;
        int max = 10;
        Texts minLabel;
        Texts maxLabel;
    };
    struct Item {
        QString id; ///< for the check-in: the domain code (codes::checkInDomains())
        Texts text;
        QList<Option> options; ///< empty when the item is a scale
        std::optional<Scale> scale;

        int minValue() const;
        int maxValue() const;
        bool isValidAnswer(int value) const;
    };
    /** A range of the derived score with plain, non-diagnostic words. Inclusive bounds. */
    struct Band {
        int min = 0;
        int max = 0;
        Texts label;
        Texts description;
    };
    struct DomainFields {
        bool wish = false;
        bool discuss = false;
        bool note = false;
    };

    /** The only file format version this build reads. */
    static constexpr int Format = 1;
    /** Larger definition files are refused before parsing. */
    static constexpr qsizetype MaxFileSize = 256 * 1024;
    static constexpr int MaxItems = 100;
    static constexpr int MaxOptions = 20;
    static constexpr int MaxMultiplier = 100;
    static constexpr qsizetype MaxTextLength = 4000;

    QString id;
    QString version;
    Kind kind = Kind::Instrument;
    Texts title;
    Texts intro;
    Texts attribution;
    QList<Item> items;
    int multiplier = 1;
    QList<Band> bands;
    DomainFields domainFields;

    /** nl, fr, de, en: every text of a definition must exist in each. */
    static const QStringList &requiredLanguages();
    /** The text in @p language, else English. */
    static QString pick(const Texts &texts, const QString &language);

    /** Parses and validates a definition; a clear, translated error if it is malformed or
     *  inconsistent (unknown kind, missing language, option out of range, bands that overlap
     *  or leave gaps, too large input …). */
    static Result<Questionnaire> fromJson(QByteArrayView json);

    /** Lowest and highest possible sum of item values. */
    std::pair<int, int> rawRange() const;
    /** rawRange() × multiplier. */
    std::pair<int, int> derivedRange() const;

    /**
     * Scores one complete set of answers (item values in item order): raw sum, derived
     * score = raw × multiplier (WHO-5: 0–100; PHQ-2 / GAD-2: 0–6). @p language is the
     * language the wording was shown in (stored with the result). Only for instruments.
     */
    Result<CheckIn::InstrumentResult> score(const QList<int> &answers, const QString &language) const;
    /** The band holding @p derivedScore, or nullptr outside every band. */
    const Band *band(double derivedScore) const;
};

/** The definitions shipped in the app's resources (:/questionnaires/), check-in first.
 *  Parsed once; a shipped file that does not validate is left out (the unit tests make sure
 *  none does). */
const QList<Questionnaire> &loadShippedQuestionnaires();
/** One shipped definition by id ("carecircle-checkin", "carecircle-caregiver", "who5", "phq2", "gad2"). */
Result<Questionnaire> loadShipped(const QString &id);

} // namespace cc::domain
