// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CareCircle

/**
 * The one button row of every editor and dialog, so the order never changes from screen to
 * screen: the main action on the trailing (right) edge, Cancel just before it — the order of
 * GNOME, macOS and Material. The main action comes first for the keyboard and a screen
 * reader. `destructive` paints it in the danger colour (remove, delete, revoke, discard);
 * otherwise it is the screen's primary action. Buttons wrap under each other when narrow.
 */
Flow {
    id: root

    property string acceptText: qsTr("Save", "@action:button")
    /** What a screen reader says for the main action (defaults to its text). */
    property string acceptName: root.acceptText
    property string acceptDescription
    property string acceptObjectName: "acceptButton"
    property string rejectText: qsTr("Cancel", "@action:button")
    property string rejectName: root.rejectText
    property bool destructive: false
    property bool acceptEnabled: true
    property bool rejectEnabled: true
    property bool rejectVisible: true

    readonly property alias acceptButton: acceptButton
    readonly property alias rejectButton: rejectButton

    signal accepted()
    signal rejected()

    spacing: Theme.spacing
    layoutDirection: Qt.RightToLeft

    ActionButton {
        id: acceptButton

        objectName: root.acceptObjectName
        width: Math.min(implicitWidth, root.width)
        primary: !root.destructive
        destructive: root.destructive
        enabled: root.acceptEnabled
        text: root.acceptText
        Accessible.name: root.acceptName
        Accessible.description: root.acceptDescription
        onClicked: root.accepted()
    }
    ActionButton {
        id: rejectButton

        objectName: "rejectButton"
        width: Math.min(implicitWidth, root.width)
        visible: root.rejectVisible
        enabled: root.rejectEnabled
        text: root.rejectText
        Accessible.name: root.rejectName
        onClicked: root.rejected()
    }
}
