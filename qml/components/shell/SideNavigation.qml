// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/** Side navigation for tablets and desktops: the app's name, the destinations, and Lock. */
Pane {
    id: root

    /** [{key, title, icon}, …] in order. */
    property var destinations: []
    property string currentKey

    signal activated(string key)
    signal lockRequested()

    padding: Theme.spacing
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation", "@label accessible")

    background: Rectangle {
        color: Theme.colors.surfaceVariant

        Rectangle {
            anchors.right: parent.right
            width: Theme.borderWidth
            height: parent.height
            color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing

        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            text: qsTr("CareCircle", "@title app name")
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.Bold
            color: Theme.colors.primary
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Repeater {
            model: root.destinations

            NavigationButton {
                required property var modelData

                Layout.fillWidth: true
                current: modelData.key === root.currentKey
                text: modelData.title
                icon.source: modelData.icon
                Accessible.name: modelData.title
                onClicked: root.activated(modelData.key)
            }
        }

        Item {
            Layout.fillHeight: true
        }

        NavigationButton {
            Layout.fillWidth: true
            text: qsTr("Lock", "@action:button lock the vault")
            icon.source: Qt.resolvedUrl("../../icons/lock.svg")
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Lock CareCircle", "@action:button accessible")
            Accessible.description: qsTr("Shortcut: Ctrl+L", "@info accessible")
            onClicked: root.lockRequested()
        }
    }
}
