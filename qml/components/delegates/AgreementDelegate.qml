// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/** One agreement of the care plan, as written, with a menu to edit, move or remove it. */
RowLayout {
    id: root

    required property string modelData
    required property int index
    /** How many agreements there are (for moving down). */
    property int count: 0

    signal editRequested(int index, string text)
    signal moveRequested(int from, int to)
    signal removeRequested(int index)

    spacing: Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: root.modelData

    Label {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
        text: qsTr("• %1", "@info agreement bullet").arg(root.modelData)
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    ToolButton {
        id: menuButton
        Accessible.onPressAction: {
            if (menuButton.enabled)
                menuButton.clicked();
        }

        Layout.alignment: Qt.AlignTop
        implicitWidth: Theme.minTouch
        implicitHeight: Theme.minTouch
        icon.source: Qt.resolvedUrl("../../icons/more.svg")
        icon.color: Theme.colors.text
        icon.width: Theme.iconSize
        icon.height: Theme.iconSize
        display: AbstractButton.IconOnly
        text: qsTr("More", "@action:button menu")
        Accessible.name: qsTr("Actions for the agreement “%1”", "@action:button accessible").arg(root.modelData)
        onClicked: menu.open()

        Menu {
            id: menu

            y: menuButton.height

            MenuItem {
                id: editItem

                Accessible.onPressAction: {
                    if (editItem.enabled)
                        editItem.triggered();
                }
                implicitHeight: Theme.minTouch
                text: qsTr("Edit", "@action:inmenu")
                Accessible.name: text
                onTriggered: root.editRequested(root.index, root.modelData)
            }
            MenuItem {
                id: moveUpItem

                Accessible.onPressAction: {
                    if (moveUpItem.enabled)
                        moveUpItem.triggered();
                }
                implicitHeight: Theme.minTouch
                enabled: root.index > 0
                text: qsTr("Move up", "@action:inmenu")
                Accessible.name: text
                onTriggered: root.moveRequested(root.index, root.index - 1)
            }
            MenuItem {
                id: moveDownItem

                Accessible.onPressAction: {
                    if (moveDownItem.enabled)
                        moveDownItem.triggered();
                }
                implicitHeight: Theme.minTouch
                enabled: root.index < root.count - 1
                text: qsTr("Move down", "@action:inmenu")
                Accessible.name: text
                onTriggered: root.moveRequested(root.index, root.index + 1)
            }
            MenuItem {
                id: removeItem

                Accessible.onPressAction: {
                    if (removeItem.enabled)
                        removeItem.triggered();
                }
                implicitHeight: Theme.minTouch
                text: qsTr("Remove", "@action:inmenu")
                Accessible.name: qsTr("Remove the agreement", "@action:inmenu accessible")
                onTriggered: root.removeRequested(root.index)
            }
        }
    }
}
