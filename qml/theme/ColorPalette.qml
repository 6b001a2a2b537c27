// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
// No `import CareCircle` here: the module's composite singletons are loaded with every file that
// imports it, so a singleton (or a type it uses) importing the module is a cyclic dependency.
// The other files in theme/ are found through the directory import.

/**
 * One set of colours for the whole UI. Theme holds three (light, dark, high contrast);
 * every text colour here reaches at least 4.5:1 on the surfaces it is used on, and
 * outlines, bars and focus rings at least 3:1 (WCAG 2 relative luminance). Re-check any change.
 */
QtObject {
    id: root

    property color background          // window behind the cards
    property color surface             // cards, fields, dialogs
    property color surfaceVariant      // navigation, secondary buttons
    property color text
    property color textMuted           // secondary text, still ≥ 4.5:1
    property color primary             // main actions, selected items, links
    property color textOnPrimary
    property color primaryContainer    // selected navigation entry, soft highlights
    property color textOnPrimaryContainer
    property color outline             // field and control borders (≥ 3:1)
    property color divider             // decorative separators only
    property color danger              // error text
    property color dangerContainer
    property color textOnDangerContainer
    property color warningContainer    // banners
    property color textOnWarningContainer
    property color success
    property color focus               // keyboard focus ring
    property color barTrack
    property color barFill
    property color switchTrack         // unchecked switch track (≥ 3:1)
    property color discuss             // "I'd like to talk about this" marks
    property color scrim               // behind the busy overlay and dialogs
}
