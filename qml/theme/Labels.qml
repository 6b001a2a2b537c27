// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
pragma Singleton
import QtQuick
import CareCircle

/**
 * Translated words for the codes the data model stores (DESIGN.md §3) and for dates. The
 * code words come from the one C++ table (CodeLabels, domain/codelabels.cpp); each forward
 * passes through fresh(), which reads CodeLabels.revision so that a binding calling it is
 * re-evaluated on a language switch (retranslate() alone would skip it: it calls no qsTr()).
 * The date words use qsTr(), which records that dependency itself. Unknown codes are shown
 * as they are, so nothing a newer device wrote silently disappears.
 */
QtObject {
    id: root

    /** @p text, after reading the language revision (the binding's dependency on it). */
    function fresh(text: string): string { return CodeLabels.revision >= 0 ? text : ""; }

    function role(code: string): string { return root.fresh(CodeLabels.role(code)); }

    /** The six check-in domains plus "practical" (goals only). */
    function domain(code: string): string { return root.fresh(CodeLabels.domain(code)); }

    /** Display order of the check-in domains. */
    readonly property var checkInDomains: ["body", "mind", "meaning", "quality_of_life", "participation", "daily_life"]
    /** Display order of the caregiver's own check-in (codes::caregiverDomains()). */
    readonly property var caregiverDomains: ["caregiver_load", "caregiver_health", "caregiver_own_time", "caregiver_support"]

    function goalKind(code: string): string { return root.fresh(CodeLabels.goalKind(code)); }

    function goalStatus(code: string): string { return root.fresh(CodeLabels.goalStatus(code)); }

    function achievement(code: string): string { return root.fresh(CodeLabels.achievement(code)); }

    function activityKind(code: string): string { return root.fresh(CodeLabels.activityKind(code)); }

    function activityStatus(code: string): string { return root.fresh(CodeLabels.activityStatus(code)); }

    function planStatus(code: string): string { return root.fresh(CodeLabels.planStatus(code)); }

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
    function colour(code: string): string { return root.fresh(CodeLabels.colour(code)); }

    /** What a member of a space may do (DESIGN.md §5 roles). */
    function permission(code: string): string { return root.fresh(CodeLabels.permission(code)); }

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
