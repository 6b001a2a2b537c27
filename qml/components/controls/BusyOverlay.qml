// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/** Dims the window and blocks input while the vault works (Argon2id, decrypting). */
Rectangle {
    id: root

    property bool running: false
    property string text

    visible: root.running
    color: Theme.colors.scrim
    Accessible.role: Accessible.Indicator
    Accessible.name: root.text !== "" ? root.text : qsTr("Please wait", "@info busy")

    MouseArea {
        // swallow clicks and wheel events aimed at the page underneath
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        onWheel: wheel => wheel.accepted = true
    }

    Pane {
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 2 * Theme.largeSpacing)
        padding: Theme.largeSpacing
        background: Rectangle {
            color: Theme.colors.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
        }

        RowLayout {
            anchors.fill: parent
            spacing: Theme.largeSpacing

            BusyIndicator {
                running: root.running
                palette.dark: Theme.colors.primary
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                text: root.text !== "" ? root.text : qsTr("Please wait…", "@info busy")
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
        }
    }
}
