// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Asks for the current passphrase and a new one (twice, with the strength meter) and calls
 * VaultController.changePassphrase(). A failure is shown in the dialog; success emits
 * `succeeded()` and closes. The fields are emptied whenever the dialog closes.
 */
ModalDialog {
    id: root

    signal succeeded()

    property bool waiting: false
    property string errorText

    readonly property var strength: VaultController.passphraseStrength(newField.text)
    readonly property bool matches: newField.text === confirmField.text
    readonly property bool canSubmit: oldField.text !== "" && (root.strength.acceptable ?? false) && root.matches
                                      && !root.waiting && !VaultController.busy

    function submit(): void {
        if (!root.canSubmit)
            return;
        root.errorText = "";
        root.waiting = true;
        VaultController.changePassphrase(oldField.text, newField.text);
    }

    anchors.centerIn: parent
    width: Math.min(Theme.formMaxWidth, parent ? parent.width - 2 * Theme.spacing : Theme.formMaxWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    padding: Theme.largeSpacing
    closePolicy: root.waiting ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Change your passphrase", "@title:window")

    onOpened: oldField.focusField()
    onClosed: {
        oldField.clear();
        newField.clear();
        confirmField.clear();
        root.errorText = "";
        root.waiting = false;
    }

    Connections {
        target: VaultController
        enabled: root.waiting

        function onPassphraseChanged(): void {
            root.waiting = false;
            root.succeeded();
            root.close();
        }
        function onOperationFailed(message: string): void {
            root.waiting = false;
            root.errorText = message;
        }
    }

    background: Rectangle {
        color: Theme.colors.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.colors.outline
    }

    header: SectionHeader {
        text: root.title
        padding: Theme.largeSpacing
        bottomPadding: 0
    }

    // The single child becomes the content; it sets the dialog's implicit size. (Not assigned to
    // contentItem: that property is deferred, and the ids inside would make it immediate.)
    Flickable {
        anchors.fill: parent
        implicitWidth: form.implicitWidth
        implicitHeight: form.implicitHeight
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: form

            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Your information stays as it is; only the passphrase that opens it changes. Your recovery key keeps working.",
                           "@info change passphrase")
                wrapMode: Text.Wrap
                color: Theme.colors.textMuted
            }
            PassphraseField {
                id: oldField

                Layout.fillWidth: true
                label: qsTr("Current passphrase", "@label:textbox")
                onAccepted: newField.focusField()
            }
            PassphraseField {
                id: newField

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                label: qsTr("New passphrase", "@label:textbox")
                onAccepted: confirmField.focusField()
            }
            StrengthMeter {
                Layout.fillWidth: true
                strength: root.strength
                empty: newField.text === ""
            }
            PassphraseField {
                id: confirmField

                Layout.fillWidth: true
                label: qsTr("New passphrase again", "@label:textbox")
                onAccepted: root.submit()
            }
            MessageLabel {
                Layout.fillWidth: true
                kind: MessageLabel.Warning
                text: confirmField.text !== "" && !root.matches
                      ? qsTr("The two new passphrases are not the same yet.", "@info") : ""
            }
            MessageLabel {
                Layout.fillWidth: true
                kind: MessageLabel.Error
                text: root.errorText
            }
        }
    }

    footer: Pane {
        padding: Theme.largeSpacing
        topPadding: Theme.spacing
        background: null

        DialogButtons {
            id: buttons

            width: parent.width
            acceptText: qsTr("Change passphrase", "@action:button")
            acceptEnabled: root.canSubmit
            onAccepted: root.submit()
            onRejected: root.close()
            // Not while the request is under way: its answer must find the dialog open.
            rejectEnabled: !root.waiting
        }
    }
}
