// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
pragma Singleton
import QtQuick
// No `import CareCircle` here: the module's composite singletons are loaded with every file that
// imports it, so a singleton (or a type it uses) importing the module is a cyclic dependency.
// The other files in theme/ are found through the directory import.

/**
 * Translated words for the codes the data model stores (DESIGN.md §3) and for dates.
 * Bindings that call these functions re-evaluate on a language switch because qsTr()
 * records the translation dependency of the calling binding. Unknown codes are shown as
 * they are, so nothing a newer device wrote silently disappears.
 */
QtObject {
    id: root

    function role(code: string): string {
        switch (code) {
        case "patient": return qsTr("Patient", "@label:role");
        case "caregiver": return qsTr("Caregiver", "@label:role");
        case "gp": return qsTr("Family doctor", "@label:role");
        case "home_nurse": return qsTr("Home nurse", "@label:role");
        case "physiotherapist": return qsTr("Physiotherapist", "@label:role");
        case "pharmacist": return qsTr("Pharmacist", "@label:role");
        case "social_worker": return qsTr("Social worker", "@label:role");
        case "occupational_therapist": return qsTr("Occupational therapist", "@label:role");
        case "psychologist": return qsTr("Psychologist", "@label:role");
        case "dietitian": return qsTr("Dietitian", "@label:role");
        case "specialist": return qsTr("Specialist", "@label:role");
        case "home_help": return qsTr("Home help", "@label:role");
        case "case_manager": return qsTr("Case manager", "@label:role");
        case "care_coordinator": return qsTr("Care coordinator", "@label:role");
        case "trusted_person": return qsTr("Trusted person", "@label:role");
        case "representative": return qsTr("Representative", "@label:role");
        }
        return code;
    }

    /** The six check-in domains plus "practical" (goals only). */
    function domain(code: string): string {
        switch (code) {
        case "body": return qsTr("Body", "@label:domain");
        case "mind": return qsTr("Mind and mood", "@label:domain");
        case "meaning": return qsTr("Meaning and purpose", "@label:domain");
        case "quality_of_life": return qsTr("Quality of life", "@label:domain");
        case "participation": return qsTr("Taking part", "@label:domain");
        case "daily_life": return qsTr("Daily life", "@label:domain");
        case "practical": return qsTr("Practical matters", "@label:domain");
        }
        return code;
    }

    /** Display order of the check-in domains. */
    readonly property var checkInDomains: ["body", "mind", "meaning", "quality_of_life", "participation", "daily_life"]

    function goalKind(code: string): string {
        switch (code) {
        case "life_goal": return qsTr("Life goal", "@label:goal kind");
        case "care_goal": return qsTr("Care goal", "@label:goal kind");
        }
        return code;
    }

    function goalStatus(code: string): string {
        switch (code) {
        case "proposed": return qsTr("Suggested", "@label:goal status");
        case "active": return qsTr("Working on it", "@label:goal status");
        case "on_hold": return qsTr("Paused", "@label:goal status");
        case "completed": return qsTr("Done", "@label:goal status");
        case "cancelled": return qsTr("Stopped", "@label:goal status");
        }
        return code;
    }

    function achievement(code: string): string {
        switch (code) {
        case "in_progress": return qsTr("On the way", "@label:goal achievement");
        case "improving": return qsTr("Getting better", "@label:goal achievement");
        case "worsening": return qsTr("Getting harder", "@label:goal achievement");
        case "no_change": return qsTr("No change yet", "@label:goal achievement");
        case "achieved": return qsTr("Reached", "@label:goal achievement");
        case "not_achieved": return qsTr("Not reached", "@label:goal achievement");
        }
        return code;
    }

    function activityKind(code: string): string {
        switch (code) {
        case "professional_care": return qsTr("Care visit", "@label:activity kind");
        case "self_management": return qsTr("Something I do myself", "@label:activity kind");
        case "informal_care": return qsTr("Help from family or friends", "@label:activity kind");
        case "appointment": return qsTr("Appointment", "@label:activity kind");
        case "medication": return qsTr("Medication", "@label:activity kind");
        case "social": return qsTr("Time with others", "@label:activity kind");
        }
        return code;
    }

    function activityStatus(code: string): string {
        switch (code) {
        case "planned": return qsTr("Planned", "@label:activity status");
        case "active": return qsTr("Ongoing", "@label:activity status");
        case "paused": return qsTr("Paused", "@label:activity status");
        case "done": return qsTr("Done", "@label:activity status");
        case "cancelled": return qsTr("Cancelled", "@label:activity status");
        }
        return code;
    }

    function planStatus(code: string): string {
        switch (code) {
        case "draft": return qsTr("Being prepared", "@label:plan status");
        case "active": return qsTr("In use", "@label:plan status");
        case "on_hold": return qsTr("Paused", "@label:plan status");
        case "completed": return qsTr("Completed", "@label:plan status");
        }
        return code;
    }

    // ---- dates ----------------------------------------------------------------------------

    function isValidDate(value: var): bool {
        return value instanceof Date && !isNaN(value.getTime());
    }

    /** Whole days from today to @p value (0 = today, 1 = tomorrow, -1 = yesterday). */
    function daysFromToday(value: var): int {
        const today = new Date();
        const a = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
        const b = Date.UTC(value.getFullYear(), value.getMonth(), value.getDate());
        return Math.round((b - a) / root.millisecondsPerDay);
    }

    /** "Today", "Tomorrow", "Yesterday", or e.g. "Thursday 12 June" in the user's locale. */
    function day(value: var): string {
        if (!root.isValidDate(value))
            return "";
        switch (root.daysFromToday(value)) {
        case 0: return qsTr("Today", "@label:day");
        case 1: return qsTr("Tomorrow", "@label:day");
        case -1: return qsTr("Yesterday", "@label:day");
        }
        return root.longDate(value);
    }

    function longDate(value: var): string {
        if (!root.isValidDate(value))
            return "";
        return value.toLocaleDateString(Qt.locale(), qsTr("dddd d MMMM", "@info:date format, Qt date pattern"));
    }

    function shortDate(value: var): string {
        if (!root.isValidDate(value))
            return "";
        return value.toLocaleDateString(Qt.locale(), Locale.ShortFormat);
    }

    /** A date with its time, e.g. "Thursday 12 June, 14:05". */
    function dateTime(value: var): string {
        if (!root.isValidDate(value))
            return "";
        return qsTr("%1, %2", "@info:date day, time").arg(root.day(value))
            .arg(value.toLocaleTimeString(Qt.locale(), Locale.ShortFormat));
    }

    /** A sharing space's colour code in words. */
    function colour(code: string): string {
        switch (code) {
        case "teal": return qsTr("Teal", "@item:inlistbox colour");
        case "blue": return qsTr("Blue", "@item:inlistbox colour");
        case "purple": return qsTr("Purple", "@item:inlistbox colour");
        case "orange": return qsTr("Orange", "@item:inlistbox colour");
        case "green": return qsTr("Green", "@item:inlistbox colour");
        case "grey": return qsTr("Grey", "@item:inlistbox colour");
        }
        return code;
    }

    /** What a member of a space may do (DESIGN.md §5 roles). */
    function permission(code: string): string {
        switch (code) {
        case "owner": return qsTr("Owner", "@label:permission");
        case "editor": return qsTr("May edit with and for you", "@label:permission");
        case "contributor": return qsTr("May read, comment and add progress notes", "@label:permission");
        case "viewer": return qsTr("May only read", "@label:permission");
        }
        return code;
    }

    /** "Just now", "3 hours ago", "Yesterday", or the date. */
    function relativeTime(value: var): string {
        if (!root.isValidDate(value))
            return "";
        const minutes = Math.floor((Date.now() - value.getTime()) / root.millisecondsPerMinute);
        if (minutes < 1)
            return qsTr("Just now", "@label:time");
        if (minutes < root.minutesPerHour)
            return qsTr("%n minute(s) ago", "@label:time", minutes);
        const days = root.daysFromToday(value);
        if (days === 0)
            return qsTr("%n hour(s) ago", "@label:time", Math.floor(minutes / root.minutesPerHour));
        return root.day(value);
    }

    readonly property int millisecondsPerMinute: 60000
    readonly property int millisecondsPerDay: 86400000
    readonly property int minutesPerHour: 60
}
