// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/** The bar above the pages of the unlocked app: Back when a page was pushed, the title, Lock. */
ToolBar {
    id: root

    property string title
    property bool canGoBack: false
    property bool showLock: true

    signal backRequested()
    signal lockRequested()

    padding: Theme.smallSpacing
    leftPadding: root.canGoBack ? Theme.smallSpacing : Theme.largeSpacing

    background: Rectangle {
        color: Theme.colors.background

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
        }
    }

    RowLayout {
        width: root.availableWidth
        spacing: Theme.smallSpacing

        ToolButton {
            visible: root.canGoBack
            implicitWidth: Theme.minTouch
            implicitHeight: Theme.minTouch
            icon.source: Qt.resolvedUrl("../icons/back.svg")
            icon.color: Theme.colors.text
            icon.width: Theme.iconSize
            icon.height: Theme.iconSize
            display: AbstractButton.IconOnly
            text: qsTr("Back", "@action:button")
            Accessible.name: qsTr("Back", "@action:button")
            onClicked: root.backRequested()
        }

        Label {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.minTouch
            verticalAlignment: Text.AlignVCenter
            text: root.title
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            color: Theme.colors.text
            Accessible.role: Accessible.Heading
            Accessible.name: root.title
        }

        ToolButton {
            visible: root.showLock
            implicitHeight: Theme.minTouch
            implicitWidth: Math.max(Theme.minTouch, implicitContentWidth + leftPadding + rightPadding)
            icon.source: Qt.resolvedUrl("../icons/lock.svg")
            icon.color: Theme.colors.text
            icon.width: Theme.iconSize
            icon.height: Theme.iconSize
            display: AbstractButton.IconOnly
            text: qsTr("Lock", "@action:button lock the vault")
            Accessible.name: qsTr("Lock CareCircle", "@action:button accessible")
            Accessible.description: qsTr("Shortcut: Ctrl+L", "@info accessible")
            onClicked: root.lockRequested()
        }
    }
}
