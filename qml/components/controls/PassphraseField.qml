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

        TextField {
            id: field

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.minTouch
            echoMode: toggle.checked ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                              | (toggle.checked ? Qt.ImhNone : Qt.ImhHiddenText)
            passwordCharacter: "\u2022"
            selectByMouse: true
            onAccepted: root.accepted()
            onTextEdited: VaultController.noteUserActivity()
            Accessible.role: Accessible.EditableText
            Accessible.name: root.label
            Accessible.description: root.helpText
            Accessible.passwordEdit: !toggle.checked
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
