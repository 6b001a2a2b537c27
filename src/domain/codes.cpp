// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes.h"

namespace cc::domain::codes {

namespace {

QStringList listOf(std::initializer_list<const char *> codes)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(codes.size()));
    for (const char *code : codes)
        list.append(QLatin1String(code));
    return list;
}

} // namespace

QString shared(const QString &code, const QStringList &codes)
{
    const qsizetype at = codes.indexOf(code);
    return at < 0 ? code : codes.at(at);
}

const QStringList &roles()
{
    static const QStringList list = listOf({"patient", "caregiver", "gp", "home_nurse", "physiotherapist", "pharmacist",
        "social_worker", "occupational_therapist", "psychologist", "dietitian", "specialist", "home_help",
        "case_manager", "care_coordinator", "trusted_person", "representative"});
    return list;
}

bool isValidRole(QStringView code)
{
    return roles().contains(code);
}

const QStringList &planStatuses()
{
    static const QStringList list = listOf({"draft", "active", "on_hold", "completed"});
    return list;
}

bool isValidPlanStatus(QStringView code)
{
    return planStatuses().contains(code);
}

const QStringList &goalKinds()
{
    static const QStringList list = listOf({"life_goal", "care_goal"});
    return list;
}

bool isValidGoalKind(QStringView code)
{
    return goalKinds().contains(code);
}

const QStringList &goalStatuses()
{
    static const QStringList list = listOf({"proposed", "active", "on_hold", "completed", "cancelled"});
    return list;
}

bool isValidGoalStatus(QStringView code)
{
    return goalStatuses().contains(code);
}

const QStringList &achievements()
{
    static const QStringList list =
        listOf({"in_progress", "improving", "worsening", "no_change", "achieved", "not_achieved"});
    return list;
}

bool isValidAchievement(QStringView code)
{
    return achievements().contains(code);
}

const QStringList &checkInDomains()
{
    static const QStringList list =
        listOf({"body", "mind", "meaning", "quality_of_life", "participation", "daily_life"});
    return list;
}

bool isValidCheckInDomain(QStringView code)
{
    return checkInDomains().contains(code);
}

const QStringList &caregiverDomains()
{
    static const QStringList list =
        listOf({"caregiver_load", "caregiver_health", "caregiver_own_time", "caregiver_support"});
    return list;
}

bool isValidCaregiverDomain(QStringView code)
{
    return caregiverDomains().contains(code);
}

const QStringList &goalDomains()
{
    static const QStringList list = checkInDomains() + listOf({"practical"});
    return list;
}

bool isValidGoalDomain(QStringView code)
{
    return goalDomains().contains(code);
}

const QStringList &activityKinds()
{
    static const QStringList list =
        listOf({"professional_care", "self_management", "informal_care", "appointment", "medication", "social"});
    return list;
}

bool isValidActivityKind(QStringView code)
{
    return activityKinds().contains(code);
}

const QStringList &activityStatuses()
{
    static const QStringList list = listOf({"planned", "active", "paused", "done", "cancelled"});
    return list;
}

bool isValidActivityStatus(QStringView code)
{
    return activityStatuses().contains(code);
}

const QStringList &instruments()
{
    static const QStringList list = listOf({"who5", "phq2", "gad2"});
    return list;
}

bool isValidInstrument(QStringView code)
{
    return instruments().contains(code);
}

const QStringList &recordKinds()
{
    static const QStringList list = listOf({"profile", "care_team_member", "care_plan", "goal", "progress", "activity",
        "check_in", "comment", "conflict_copy", "space_info"});
    return list;
}

bool isValidRecordKind(QStringView code)
{
    return recordKinds().contains(code);
}

bool isAppendOnlyKind(QStringView recordKind)
{
    return recordKind == QLatin1String("progress") || recordKind == QLatin1String("check_in")
        || recordKind == QLatin1String("comment") || recordKind == QLatin1String("conflict_copy");
}

} // namespace cc::domain::codes
