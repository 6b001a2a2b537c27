// SPDX-License-Identifier: GPL-3.0-or-later
#include "codelabels.h"

#include <QCoreApplication>

#include <iterator>

namespace cc::domain::codelabels {

namespace {

/** A code and its words: QT_TRANSLATE_NOOP3 gives lupdate the source and the comment, and
 *  this table the same pair for QCoreApplication::translate at run time. */
struct CodeLabel {
    const char *code;
    struct {
        const char *source;
        const char *comment;
    } label;
};

QString labelOf(const QString &code, const CodeLabel *labels, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (code == QLatin1String(labels[i].code))
            return QCoreApplication::translate("Labels", labels[i].label.source, labels[i].label.comment);
    }
    return code;
}

} // namespace

QString role(const QString &code)
{
    static const CodeLabel labels[] = {
        {"patient", QT_TRANSLATE_NOOP3("Labels", "Patient", "@label:role")},
        {"caregiver", QT_TRANSLATE_NOOP3("Labels", "Caregiver", "@label:role")},
        {"gp", QT_TRANSLATE_NOOP3("Labels", "Family doctor", "@label:role")},
        {"home_nurse", QT_TRANSLATE_NOOP3("Labels", "Home nurse", "@label:role")},
        {"physiotherapist", QT_TRANSLATE_NOOP3("Labels", "Physiotherapist", "@label:role")},
        {"pharmacist", QT_TRANSLATE_NOOP3("Labels", "Pharmacist", "@label:role")},
        {"social_worker", QT_TRANSLATE_NOOP3("Labels", "Social worker", "@label:role")},
        {"occupational_therapist", QT_TRANSLATE_NOOP3("Labels", "Occupational therapist", "@label:role")},
        {"psychologist", QT_TRANSLATE_NOOP3("Labels", "Psychologist", "@label:role")},
        {"dietitian", QT_TRANSLATE_NOOP3("Labels", "Dietitian", "@label:role")},
        {"specialist", QT_TRANSLATE_NOOP3("Labels", "Specialist", "@label:role")},
        {"home_help", QT_TRANSLATE_NOOP3("Labels", "Home help", "@label:role")},
        {"case_manager", QT_TRANSLATE_NOOP3("Labels", "Case manager", "@label:role")},
        {"care_coordinator", QT_TRANSLATE_NOOP3("Labels", "Care coordinator", "@label:role")},
        {"trusted_person", QT_TRANSLATE_NOOP3("Labels", "Trusted person", "@label:role")},
        {"representative", QT_TRANSLATE_NOOP3("Labels", "Representative", "@label:role")},
    };
    return labelOf(code, labels, std::size(labels));
}

QString domain(const QString &code)
{
    static const CodeLabel labels[] = {
        {"body", QT_TRANSLATE_NOOP3("Labels", "Body", "@label:domain")},
        {"mind", QT_TRANSLATE_NOOP3("Labels", "Mind and mood", "@label:domain")},
        {"meaning", QT_TRANSLATE_NOOP3("Labels", "Meaning and purpose", "@label:domain")},
        {"quality_of_life", QT_TRANSLATE_NOOP3("Labels", "Quality of life", "@label:domain")},
        {"participation", QT_TRANSLATE_NOOP3("Labels", "Taking part", "@label:domain")},
        {"daily_life", QT_TRANSLATE_NOOP3("Labels", "Daily life", "@label:domain")},
        {"practical", QT_TRANSLATE_NOOP3("Labels", "Practical matters", "@label:domain")},
        {"caregiver_load", QT_TRANSLATE_NOOP3("Labels", "Weight of caring", "@label:caregiver check-in domain")},
        {"caregiver_health", QT_TRANSLATE_NOOP3("Labels", "Own health", "@label:caregiver check-in domain")},
        {"caregiver_own_time", QT_TRANSLATE_NOOP3("Labels", "Time of one’s own", "@label:caregiver check-in domain")},
        {"caregiver_support", QT_TRANSLATE_NOOP3("Labels", "Support from others", "@label:caregiver check-in domain")},
    };
    return labelOf(code, labels, std::size(labels));
}

QString goalKind(const QString &code)
{
    static const CodeLabel labels[] = {
        {"life_goal", QT_TRANSLATE_NOOP3("Labels", "Life goal", "@label:goal kind")},
        {"care_goal", QT_TRANSLATE_NOOP3("Labels", "Care goal", "@label:goal kind")},
    };
    return labelOf(code, labels, std::size(labels));
}

QString goalStatus(const QString &code)
{
    static const CodeLabel labels[] = {
        {"proposed", QT_TRANSLATE_NOOP3("Labels", "Suggested", "@label:goal status")},
        {"active", QT_TRANSLATE_NOOP3("Labels", "Working on it", "@label:goal status")},
        {"on_hold", QT_TRANSLATE_NOOP3("Labels", "Paused", "@label:goal status")},
        {"completed", QT_TRANSLATE_NOOP3("Labels", "Done", "@label:goal status")},
        {"cancelled", QT_TRANSLATE_NOOP3("Labels", "Stopped", "@label:goal status")},
    };
    return labelOf(code, labels, std::size(labels));
}

QString achievement(const QString &code)
{
    static const CodeLabel labels[] = {
        {"in_progress", QT_TRANSLATE_NOOP3("Labels", "On the way", "@label:goal achievement")},
        {"improving", QT_TRANSLATE_NOOP3("Labels", "Getting better", "@label:goal achievement")},
        {"worsening", QT_TRANSLATE_NOOP3("Labels", "Getting harder", "@label:goal achievement")},
        {"no_change", QT_TRANSLATE_NOOP3("Labels", "No change yet", "@label:goal achievement")},
        {"achieved", QT_TRANSLATE_NOOP3("Labels", "Reached", "@label:goal achievement")},
        {"not_achieved", QT_TRANSLATE_NOOP3("Labels", "Not reached", "@label:goal achievement")},
    };
    return labelOf(code, labels, std::size(labels));
}

QString activityKind(const QString &code)
{
    static const CodeLabel labels[] = {
        {"professional_care", QT_TRANSLATE_NOOP3("Labels", "Care visit", "@label:activity kind")},
        {"self_management", QT_TRANSLATE_NOOP3("Labels", "Something I do myself", "@label:activity kind")},
        {"informal_care", QT_TRANSLATE_NOOP3("Labels", "Help from family or friends", "@label:activity kind")},
        {"appointment", QT_TRANSLATE_NOOP3("Labels", "Appointment", "@label:activity kind")},
        {"medication", QT_TRANSLATE_NOOP3("Labels", "Medication", "@label:activity kind")},
        {"social", QT_TRANSLATE_NOOP3("Labels", "Time with others", "@label:activity kind")},
    };
    return labelOf(code, labels, std::size(labels));
}

QString activityStatus(const QString &code)
{
    static const CodeLabel labels[] = {
        {"planned", QT_TRANSLATE_NOOP3("Labels", "Planned", "@label:activity status")},
        {"active", QT_TRANSLATE_NOOP3("Labels", "Ongoing", "@label:activity status")},
        {"paused", QT_TRANSLATE_NOOP3("Labels", "Paused", "@label:activity status")},
        {"done", QT_TRANSLATE_NOOP3("Labels", "Done", "@label:activity status")},
        {"cancelled", QT_TRANSLATE_NOOP3("Labels", "Cancelled", "@label:activity status")},
    };
    return labelOf(code, labels, std::size(labels));
}

QString planStatus(const QString &code)
{
    static const CodeLabel labels[] = {
        {"draft", QT_TRANSLATE_NOOP3("Labels", "Being prepared", "@label:plan status")},
        {"active", QT_TRANSLATE_NOOP3("Labels", "In use", "@label:plan status")},
        {"on_hold", QT_TRANSLATE_NOOP3("Labels", "Paused", "@label:plan status")},
        {"completed", QT_TRANSLATE_NOOP3("Labels", "Completed", "@label:plan status")},
    };
    return labelOf(code, labels, std::size(labels));
}

QString colour(const QString &code)
{
    static const CodeLabel labels[] = {
        {"teal", QT_TRANSLATE_NOOP3("Labels", "Teal", "@item:inlistbox colour")},
        {"blue", QT_TRANSLATE_NOOP3("Labels", "Blue", "@item:inlistbox colour")},
        {"purple", QT_TRANSLATE_NOOP3("Labels", "Purple", "@item:inlistbox colour")},
        {"orange", QT_TRANSLATE_NOOP3("Labels", "Orange", "@item:inlistbox colour")},
        {"green", QT_TRANSLATE_NOOP3("Labels", "Green", "@item:inlistbox colour")},
        {"grey", QT_TRANSLATE_NOOP3("Labels", "Grey", "@item:inlistbox colour")},
    };
    return labelOf(code, labels, std::size(labels));
}

QString permission(const QString &code)
{
    static const CodeLabel labels[] = {
        {"owner", QT_TRANSLATE_NOOP3("Labels", "Owner", "@label:permission")},
        {"editor", QT_TRANSLATE_NOOP3("Labels", "May edit with and for you", "@label:permission")},
        {"contributor", QT_TRANSLATE_NOOP3("Labels", "May read, comment and add progress notes", "@label:permission")},
        {"viewer", QT_TRANSLATE_NOOP3("Labels", "May only read", "@label:permission")},
    };
    return labelOf(code, labels, std::size(labels));
}

} // namespace cc::domain::codelabels
