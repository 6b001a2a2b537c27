// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One person of the care circle: name, role, organisation, contact, "coordinator" and "you"
 * written out. Edit opens the editor; the menu makes them coordinator or removes them.
 */
ColumnLayout {
    id: root

    required property int index
    required property string recordId
    required property string name
    required property string role
    required property string organisation
    required property string contact
    required property bool isCoordinator
    required property bool isPatient

    signal editRequested(string recordId)
    signal coordinatorRequested(string recordId, bool coordinates)
    signal removeRequested(string recordId)

    readonly property string badges: {
        const parts = [];
        if (root.isPatient)
            parts.push(qsTr("You", "@info badge: the patient's own entry"));
        if (root.isCoordinator)
            parts.push(qsTr("Coordinates your care", "@info badge"));
        return parts.join(qsTr(" · ", "@info separator"));
    }

    spacing: Theme.smallSpacing
    Accessible.role: Accessible.ListItem
    Accessible.name: {
        const parts = [root.name, Labels.role(root.role)];
        for (const part of [root.organisation, root.contact, root.badges]) {
            if (part !== "")
                parts.push(part);
        }
        return parts.join(". ");
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.smallSpacing
        visible: root.index > 0
        implicitHeight: Theme.borderWidth
        color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText // names and texts other people typed are never markup
                text: root.name
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                color: Theme.colors.text
            }
            Label {
                Layout.fillWidth: true
                textFormat: Text.PlainText // names and texts other people typed are never markup
                text: root.organisation !== ""
                      ? qsTr("%1 · %2", "@info role · organisation").arg(Labels.role(root.role)).arg(root.organisation)
                      : Labels.role(root.role)
                wrapMode: Text.Wrap
                color: Theme.colors.textMuted
            }
            Label {
                Layout.fillWidth: true
                visible: root.contact !== ""
                textFormat: Text.PlainText // names and texts other people typed are never markup
                text: root.contact
                // A phone number or e-mail address breaks at a space, and only mid-word when it must.
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.colors.text
                font.pixelSize: Theme.fontSizeSmall
            }
            Label {
                Layout.fillWidth: true
                visible: root.badges !== ""
                text: root.badges
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall
                font.weight: Font.DemiBold
                color: Theme.colors.primary
            }
        }
        ToolButton {
            id: menuButton
            Accessible.onPressAction: {
                if (menuButton.enabled)
                    menuButton.clicked();
            }

            objectName: "memberMenuButton"
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.minTouch
            implicitHeight: Theme.minTouch
            icon.source: Qt.resolvedUrl("../../icons/more.svg")
            icon.color: Theme.colors.text
            icon.width: Theme.iconSize
            icon.height: Theme.iconSize
            display: AbstractButton.IconOnly
            text: qsTr("More", "@action:button menu")
            Accessible.name: qsTr("Actions for %1", "@action:button accessible").arg(root.name)
            onClicked: menu.open()

            Menu {
                id: menu

                y: menuButton.height

                MenuItem {
                    id: coordinatorItem

                    Accessible.onPressAction: {
                        if (coordinatorItem.enabled)
                            coordinatorItem.triggered();
                    }
                    text: root.isCoordinator ? qsTr("No longer coordinator", "@action:inmenu")
                                             : qsTr("Make coordinator", "@action:inmenu")
                    implicitHeight: Theme.minTouch
                    Accessible.name: text
                    onTriggered: root.coordinatorRequested(root.recordId, !root.isCoordinator)
                }
                MenuItem {
                    id: removeItem

                    Accessible.onPressAction: {
                        if (removeItem.enabled)
                            removeItem.triggered();
                    }
                    visible: !root.isPatient
                    height: visible ? implicitHeight : 0
                    text: qsTr("Remove from care team", "@action:inmenu")
                    implicitHeight: Theme.minTouch
                    Accessible.name: qsTr("Remove %1 from the care team", "@action:inmenu accessible").arg(root.name)
                    onTriggered: root.removeRequested(root.recordId)
                }
            }
        }
    }
    ActionButton {
        objectName: "editMemberButton"
        // As wide as its text, at most as wide as the card: a long label wraps.
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        flat: true
        text: qsTr("Edit", "@action:button")
        Accessible.name: qsTr("Edit %1", "@action:button accessible").arg(root.name)
        onClicked: root.editRequested(root.recordId)
    }
}
