// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/careteamrules.h"
#include "domain/localizedtext.h"
#include "domain/schedulerules.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace cc::domain {
class CareStore;
} // namespace cc::domain

/**
 * Helpers shared by the page controllers (care plan, care team, goals, check-in): text and
 * dates typed by a person, record ids as QML sees them; and, by their domain names, the
 * patient's own member, the coordinator and schedules in words.
 */
namespace cc::app::planwrites {

// The care-team and schedule rules live in the domain (careteamrules, schedulerules); the
// controllers reach them through these names too.
using domain::careteamrules::applyCoordinator;
using domain::careteamrules::ensurePatientMember;
using domain::careteamrules::patientMemberId;
using domain::schedulerules::nextOpenOccurrence;
using domain::schedulerules::scheduleInWords;

/** The language tag for text the person types now: the profile's language, else the UI's. */
QString textLanguage(const domain::CareStore &store);
domain::LocalizedText localized(const domain::CareStore &store, const QString &text);

/**
 * A date typed by a person: ISO (2026-11-27) or the locale's short format. An empty text is
 * a null date (no date); nullopt means the text is not a date.
 */
std::optional<QDate> parseDate(const QString &text);

/** A record id from its hex form (as QML sees it); empty for anything else. */
QByteArray idFromHex(const QString &hex);
QString hexId(const QByteArray &id);

} // namespace cc::app::planwrites
