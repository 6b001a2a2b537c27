// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * A labelled passphrase input with a Show/Hide toggle. Input methods are told the text is
 * sensitive (no prediction, no learning). `clear()` drops the text when it is no longer needed.
 */
ColumnLayout {
    id: root

    property string label
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias field: field
    /** Shown under the field, e.g. what makes a good passphrase. */
    property string helpText

    signal accepted()

    function clear(): void {
        field.clear();
        toggle.checked = false;
    }
    function focusField(): void {
        field.forceActiveFocus();
    }

    spacing: Theme.smallSpacing

    Label {
        id: caption

        Layout.fillWidth: true
        visible: root.label !== ""
        text: root.label
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }

    GridLayout {
        Layout.fillWidth: true
        // With large text on a narrow screen the Show button moves under the field,
        // so the field keeps a usable width.
        columns: root.width >= Theme.units * 12 ? 2 : 1
        rowSpacing: 0
        columnSpacing: Theme.smallSpacing

        // A TextInput in a frame, not a TextField: while a Qt 6.4 TextField hides its text it
        // drops its accessible name and description, so a screen reader heard an unnamed
        // "password text". A TextInput keeps them and is still announced as a password field.
        Rectangle {
            id: frame

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.minTouch
            implicitHeight: Math.max(Theme.minTouch, field.implicitHeight + 2 * Theme.spacing)
            radius: Theme.smallRadius
            color: Theme.colors.surface
            border.width: field.activeFocus ? Theme.focusWidth : Theme.borderWidth
            border.color: field.activeFocus ? Theme.colors.focus : Theme.colors.outline
            opacity: field.enabled ? 1 : Theme.disabledOpacity

            TextInput {
                id: field

                /** Shown while the field is empty (a TextInput has no placeholder of its own). */
                property string placeholderText

                x: Theme.spacing
                width: frame.width - 2 * Theme.spacing
                anchors.verticalCenter: frame.verticalCenter
                clip: true
                activeFocusOnTab: true
                color: Theme.colors.text
                selectionColor: Theme.colors.primary
                selectedTextColor: Theme.colors.textOnPrimary
                font.pixelSize: Theme.fontSizeBody
                echoMode: toggle.checked ? TextInput.Normal : TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                                  | (toggle.checked ? Qt.ImhNone : Qt.ImhHiddenText)
                passwordCharacter: "\u2022"
                selectByMouse: true
                onAccepted: root.accepted()
                onTextEdited: VaultController.noteUserActivity()
                // No Accessible.passwordEdit: Qt hides the name of an item that sets it. Qt
                // still reports the field as a password field from its echo mode.
                Accessible.role: Accessible.EditableText
                Accessible.name: root.label
                Accessible.description: root.helpText

                Label {
                    anchors.fill: parent
                    visible: field.text === "" && field.placeholderText !== ""
                    text: field.placeholderText
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                    color: Theme.colors.textMuted
                    Accessible.ignored: true
                }
            }
            MouseArea {
                // A tap on the frame's padding focuses the field too.
                anchors.fill: parent
                z: -1
                cursorShape: Qt.IBeamCursor
                onClicked: field.forceActiveFocus(Qt.MouseFocusReason)
            }
        }

        ActionButton {
            id: toggle

            Layout.alignment: Qt.AlignLeft | Qt.AlignVCenter
            checkable: true
            flat: true
            horizontalPadding: Theme.spacing
            text: toggle.checked ? qsTr("Hide", "@action:button hide the passphrase")
                                 : qsTr("Show", "@action:button show the passphrase")
            Accessible.name: toggle.checked ? qsTr("Hide passphrase", "@action:button accessible name")
                                            : qsTr("Show passphrase", "@action:button accessible name")
        }
    }

    Label {
        Layout.fillWidth: true
        visible: root.helpText !== ""
        text: root.helpText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
}
