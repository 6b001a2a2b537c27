// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * A transient bar at the bottom of a page: what just happened and an Undo button. It hides
 * itself after `timeout` ms, or when the person undoes or dismisses it.
 */
Pane {
    id: root

    property string text
    property int timeout: 10000

    signal undoRequested()

    function show(message: string): void {
        root.text = message;
        root.visible = true;
        hideTimer.restart();
    }
    function hide(): void {
        hideTimer.stop();
        root.visible = false;
    }

    visible: false
    padding: Theme.spacing
    horizontalPadding: Theme.largeSpacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    background: Rectangle {
        radius: Theme.radius
        color: Theme.colors.text
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.colors.outline
    }

    Timer {
        id: hideTimer

        interval: root.timeout
        onTriggered: root.visible = false
    }

    RowLayout {
        width: root.availableWidth
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
            color: Theme.colors.background
        }
        ActionButton {
            objectName: "undoButton"
            flat: true
            text: qsTr("Undo", "@action:button")
            Accessible.name: qsTr("Undo: %1", "@action:button accessible; %1 is what happened").arg(root.text)
            contentItem: Label {
                text: qsTr("Undo", "@action:button")
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: Theme.colors.background
            }
            onClicked: {
                root.hide();
                root.undoRequested();
            }
        }
        ActionButton {
            flat: true
            text: qsTr("Dismiss", "@action:button")
            Accessible.name: text
            contentItem: Label {
                text: qsTr("Dismiss", "@action:button")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: Theme.colors.background
            }
            onClicked: root.hide()
        }
    }
}
