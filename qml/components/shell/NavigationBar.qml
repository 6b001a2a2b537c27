// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Bottom navigation for phones. Shows as many destinations as fit (at least
 * `minimumItemWidth` each); the rest go behind a "More" button with a menu, so pages can be
 * added to AppShell's list without redesigning the bar.
 */
ToolBar {
    id: root

    /** [{key, title, icon}, …] in order. */
    property var destinations: []
    property string currentKey

    signal activated(string key)

    readonly property real minimumItemWidth: Theme.units * 4.5
    readonly property int fitting: Math.max(2, Math.floor(root.availableWidth / root.minimumItemWidth))
    readonly property bool overflowing: root.destinations.length > root.fitting
    /** How many destinations get their own button; the rest are in the "More" menu. */
    readonly property int shownCount: root.overflowing ? root.fitting - 1 : root.destinations.length
    readonly property var hidden: root.destinations.slice(root.shownCount)
    readonly property bool currentIsHidden: root.hidden.some(destination => destination.key === root.currentKey)

    padding: Theme.smallSpacing
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation", "@label accessible")

    background: Rectangle {
        color: Theme.colors.surfaceVariant

        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
        }
    }

    RowLayout {
        width: root.availableWidth
        spacing: Theme.smallSpacing

        Repeater {
            // All destinations always, hidden beyond shownCount: rebuilding the delegates
            // while the row is being laid out (the width changed) crashes Qt 6.4's layout engine.
            model: root.destinations

            NavigationButton {
                required property var modelData
                required property int index

                visible: index < root.shownCount
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                compact: true
                current: modelData.key === root.currentKey
                text: modelData.title
                icon.source: modelData.icon
                Accessible.name: modelData.title
                onClicked: root.activated(modelData.key)
            }
        }

        NavigationButton {
            id: moreButton

            Layout.fillWidth: true
            Layout.preferredWidth: 1
            visible: root.overflowing
            compact: true
            current: root.currentIsHidden
            text: qsTr("More", "@action:button navigation overflow")
            icon.source: Qt.resolvedUrl("../../icons/more.svg")
            Accessible.name: qsTr("More pages", "@action:button accessible")
            onClicked: moreMenu.open()

            Menu {
                id: moreMenu

                y: -moreMenu.height

                Repeater {
                    model: root.hidden

                    MenuItem {
                        id: hiddenItem

                        Accessible.onPressAction: {
                            if (hiddenItem.enabled)
                                hiddenItem.triggered();
                        }
                        required property var modelData

                        text: modelData.title
                        icon.source: modelData.icon
                        font.weight: modelData.key === root.currentKey ? Font.DemiBold : Font.Normal
                        Accessible.checked: modelData.key === root.currentKey
                        implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + topPadding + bottomPadding)
                        Accessible.name: modelData.title
                        onTriggered: root.activated(modelData.key)
                    }
                }
            }
        }
    }
}
