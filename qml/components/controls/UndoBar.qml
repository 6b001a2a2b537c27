// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * What was just removed or marked, with Undo and Dismiss: the way back after an action that
 * happened at once. Two ways to drive it: bind `text` to a controller's undo message (hidden
 * while empty; Dismiss emits dismissRequested so the controller can forget it), or call
 * show(message) (hidden again after `timeout` ms, on Undo or on Dismiss).
 */
Pane {
    id: root

    property string text
    /** ms after show() before the bar hides itself; 0 keeps it until Undo or Dismiss. */
    property int timeout: 0
    property bool dismissed: false

    signal undoRequested()
    signal dismissRequested()

    function show(message: string): void {
        root.text = message;
        root.dismissed = false;
        if (root.timeout > 0)
            hideTimer.restart();
    }
    function hide(): void {
        hideTimer.stop();
        root.dismissed = true;
    }

    visible: root.text !== "" && !root.dismissed
    padding: Theme.spacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text
    onTextChanged: root.dismissed = false // a new message shows again

    background: Rectangle {
        radius: Theme.smallRadius
        color: Theme.colors.primaryContainer
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.colors.outline
    }

    Timer {
        id: hideTimer

        interval: Math.max(1, root.timeout)
        onTriggered: {
            root.hide();
            root.dismissRequested();
        }
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
            onClicked: {
                root.hide();
                root.undoRequested();
            }
        }
        ActionButton {
            flat: true
            text: qsTr("Dismiss", "@action:button hide the undo message")
            Accessible.name: qsTr("Dismiss the message", "@action:button accessible")
            onClicked: {
                root.hide();
                root.dismissRequested();
            }
        }
    }
}
