// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * What was just removed or marked, with Undo and Dismiss. Hidden while `text` is empty.
 * Deleting never asks "are you sure?": it happens at once and this bar offers the way back.
 */
Pane {
    id: root

    property string text

    signal undoRequested()
    signal dismissRequested()

    visible: root.text !== ""
    padding: Theme.spacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    background: Rectangle {
        radius: Theme.smallRadius
        color: Theme.colors.primaryContainer
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.colors.outline
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
            color: Theme.colors.textOnPrimaryContainer
        }
        ActionButton {
            objectName: "undoButton"
            text: qsTr("Undo", "@action:button")
            Accessible.name: qsTr("Undo: %1", "@action:button accessible, %1 what was done").arg(root.text)
            onClicked: root.undoRequested()
        }
        ActionButton {
            flat: true
            text: qsTr("Dismiss", "@action:button hide the undo message")
            Accessible.name: qsTr("Dismiss the message", "@action:button accessible")
            onClicked: root.dismissRequested()
        }
    }
}
