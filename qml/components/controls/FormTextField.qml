// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A labelled one-line text field for forms, with an optional hint below it and an error that
 * replaces the hint. The label is the field's accessible name; the hint its description.
 * Built from a positioner rather than a layout so wrapped text always gets the height it needs.
 */
Column {
    id: root

    property string label
    property string help
    property string errorText
    property alias text: field.text
    /** Shown inside the empty field while it fits there, else as a hint below the field
     *  (a one-line field cannot wrap it, and an elided example helps nobody). */
    property string placeholderText
    property alias inputMethodHints: field.inputMethodHints
    property alias maximumLength: field.maximumLength
    readonly property alias field: field

    signal accepted()

    function focusField(): void {
        field.forceActiveFocus();
    }

    // ---- private ----------------------------------------------------------------------------
    readonly property bool placeholderFits: root.placeholderMetrics.advanceWidth(root.placeholderText)
                                            <= field.width - field.leftPadding - field.rightPadding
    readonly property FontMetrics placeholderMetrics: FontMetrics {
        font: field.font
    }

    spacing: Theme.smallSpacing

    Label {
        width: root.width
        text: root.label
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    TextField {
        id: field

        width: root.width
        height: Math.max(Theme.minTouch, field.implicitHeight)
        selectByMouse: true
        placeholderText: root.placeholderFits ? root.placeholderText : ""
        onAccepted: root.accepted()
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        Accessible.description: root.errorText !== "" ? root.errorText : root.help
    }
    Label {
        width: root.width
        // Stays while typing, so the form does not jump at the first key.
        visible: !root.placeholderFits && root.placeholderText !== "" && root.errorText === ""
        text: root.placeholderText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
    Label {
        width: root.width
        visible: root.help !== "" && root.errorText === ""
        text: root.help
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
    Label {
        width: root.width
        visible: root.errorText !== ""
        text: root.errorText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.danger
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.errorText
    }
}
