// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Shows the recovery key in numbered groups to write down. No Copy button on purpose:
 * the clipboard is readable by other apps. Continue stays disabled until the person confirms
 * they stored it. `again` is the Settings variant (shown again after re-entering the passphrase).
 */
ScrollablePage {
    id: root

    required property string recoveryKey
    property bool again: false

    signal acknowledged()

    readonly property var groups: root.recoveryKey.split("-").filter(group => group !== "")

    maximumContentWidth: Theme.formMaxWidth
    centerVertically: !root.again
    title: root.again ? qsTr("Recovery key", "@title:window") : qsTr("Your recovery key", "@title:window")

    SectionHeader {
        Layout.fillWidth: true
        pageTitle: true
        text: root.again ? qsTr("Your recovery key, shown again", "@title")
                         : qsTr("Write down your recovery key", "@title")
    }
    Label {
        Layout.fillWidth: true
        text: root.again
              ? qsTr("This is the same recovery key you were given when you started. Check that your written copy matches it, then keep it somewhere safe.",
                     "@info recovery key shown again")
              : qsTr("If you ever forget your passphrase, this key is the only way back into your information. Nobody else can open it for you, not even the makers of CareCircle. It is shown only this once.",
                     "@info recovery key first time")
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }

    Card {
        Layout.fillWidth: true
        Accessible.name: qsTr("Recovery key, %n group(s) of four characters", "@info accessible", root.groups.length)

        TextMetrics {
            id: groupMetrics

            font.family: Theme.monospaceFamily
            font.pixelSize: Theme.fontSizeTitle
            font.letterSpacing: Theme.smallSpacing / 4
            text: "MMMM"
        }

        Grid {
            id: keyGrid

            // As many groups per row as fit, balanced over the rows (7 groups: 4 + 3, not 6 + 1).
            readonly property real groupWidth: groupMetrics.advanceWidth + 2 * Theme.smallSpacing + keyGrid.columnSpacing
            readonly property int fitting: Math.max(1, Math.floor((width + keyGrid.columnSpacing) / keyGrid.groupWidth))
            readonly property int rowCount: Math.ceil(root.groups.length / keyGrid.fitting)

            Layout.fillWidth: true
            columns: Math.max(1, Math.ceil(root.groups.length / keyGrid.rowCount))
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Repeater {
                model: root.groups

                ColumnLayout {
                    id: group

                    required property string modelData
                    required property int index

                    spacing: 0

                    Label {
                        text: String(group.index + 1)
                        font.pixelSize: Theme.fontSizeSmall
                        color: Theme.colors.textMuted
                        Accessible.ignored: true
                    }
                    Rectangle {
                        implicitWidth: groupText.implicitWidth + 2 * Theme.smallSpacing
                        implicitHeight: groupText.implicitHeight + Theme.smallSpacing
                        radius: Theme.smallRadius
                        color: Theme.colors.surfaceVariant
                        border.width: groupText.activeFocus ? Theme.focusWidth : Theme.borderWidth
                        border.color: groupText.activeFocus ? Theme.colors.focus : Theme.colors.outline

                        TextEdit {
                            id: groupText

                            anchors.centerIn: parent
                            text: group.modelData
                            readOnly: true
                            selectByMouse: true
                            activeFocusOnTab: true
                            font.family: Theme.monospaceFamily
                            font.pixelSize: Theme.fontSizeTitle
                            font.letterSpacing: Theme.smallSpacing / 4
                            color: Theme.colors.text
                            selectionColor: Theme.colors.primary
                            selectedTextColor: Theme.colors.textOnPrimary
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Group %1: %2", "@info accessible; %2 is spelled out character by character")
                                             .arg(group.index + 1).arg(group.modelData.split("").join(" "))
                        }
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Only the characters 0–9 and A–Z are used, without I, L, O and U, so 0 is always zero and 1 is always one.",
                       "@info recovery key alphabet")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Keep it on paper, away from this device, for example with your important documents. Don’t take a photo of it.",
                   "@info recovery key advice")
        wrapMode: Text.Wrap
        color: Theme.colors.textMuted
    }

    CheckBox {
        id: storedBox

        Layout.fillWidth: true
        Layout.minimumHeight: Theme.minTouch
        text: qsTr("I have written it down or stored it somewhere safe", "@option:check")
        Accessible.name: text
        contentItem: Label {
            leftPadding: storedBox.indicator.width + storedBox.spacing
            text: storedBox.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            color: Theme.colors.text
        }
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.largeSpacing
        primary: true
        enabled: storedBox.checked
        text: root.again ? qsTr("Done", "@action:button") : qsTr("Continue", "@action:button")
        Accessible.name: text
        Accessible.description: storedBox.checked ? "" : qsTr("First confirm that you stored the key", "@info accessible")
        onClicked: root.acknowledged()
    }
}
