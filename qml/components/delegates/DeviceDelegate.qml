// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl
import QtQuick.Layouts
import CareCircle

/** One device of the account: its name, when it was linked (or removed), and Remove. */
Item {
    id: root

    required property string deviceId
    required property string label
    required property string linkedText
    required property bool removed
    required property bool thisDevice

    signal removeRequested(string deviceId, string label)

    implicitHeight: row.implicitHeight + Theme.smallSpacing * 2
    Accessible.role: Accessible.ListItem
    Accessible.name: root.thisDevice ? qsTr("%1, this device. %2", "@info accessible device row").arg(root.label).arg(root.linkedText)
                                     : qsTr("%1. %2", "@info accessible device row").arg(root.label).arg(root.linkedText)

    RowLayout {
        id: row

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing

        IconImage {
            Layout.preferredWidth: Theme.iconSize
            Layout.preferredHeight: Theme.iconSize
            source: Qt.resolvedUrl("../../icons/device.svg")
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            color: Theme.colors.text
            opacity: root.removed ? Theme.disabledOpacity : 1
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: root.thisDevice ? qsTr("%1 (this device)", "@info device name").arg(root.label) : root.label
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                color: Theme.colors.text
                opacity: root.removed ? Theme.disabledOpacity : 1
            }
            Label {
                Layout.fillWidth: true
                text: root.linkedText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textMuted
            }
        }
        Button {
            id: removeButton

            Accessible.onPressAction: {
                if (removeButton.enabled)
                    removeButton.clicked();
            }
            visible: !root.thisDevice && !root.removed
            Layout.minimumHeight: Theme.minTouch
            Layout.minimumWidth: Theme.minTouch
            text: qsTr("Remove", "@action:button remove device")
            Accessible.name: qsTr("Remove %1 from your account", "@action:button accessible").arg(root.label)
            onClicked: root.removeRequested(root.deviceId, root.label)
        }
    }
}
