// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/localizedtext.h"
#include "domain/schedule.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace cc::domain {
class CareStore;
struct Activity;
} // namespace cc::domain

/**
 * Helpers shared by the page controllers (care plan, care team, goals, check-in): the
 * patient's own member, the coordinator kept in step between the plan and the members,
 * dates typed by a person, and schedules in words.
 */
namespace cc::app::planwrites {

/** The id of the patient's own CareTeamMember (role "patient"), or empty if there is none. */
QByteArray patientMemberId(const domain::CareStore &store);

/**
 * The patient's own CareTeamMember id, created on first use with the profile's preferred
 * name (or "Me") when there is none yet.
 */
Result<QByteArray> ensurePatientMember(domain::CareStore &store);

/**
 * Makes @p memberId the one coordinator (empty: nobody): sets isCoordinator on that member
 * only and the plan's coordinatorId, if there is a plan. Writes only what changes.
 */
Status applyCoordinator(domain::CareStore &store, const QByteArray &memberId);

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

/** e.g. "Every Monday, Wednesday and Friday at 08:00", "Once, on Friday 27 November". */
QString scheduleInWords(const domain::Schedule &schedule, const QDate &today, const QLocale &locale = QLocale());

/** The first occurrence on or after @p today that is not yet in the done log (once: none once done). */
std::optional<QDate> nextOpenOccurrence(const domain::Activity &activity, const QDate &today);

} // namespace cc::app::planwrites
