// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Opens the vault with the passphrase (Enter submits), the recovery key (checked for typos
 * with isWellFormedRecoveryKey before any attempt) or this device's keystore.
 * A failure is shown in an alert the screen reader announces.
 */
ScrollablePage {
    id: root

    property bool useRecoveryKey: false
    property string errorText

    function focusInput(): void {
        if (root.useRecoveryKey)
            recoveryField.forceActiveFocus();
        else
            passphraseField.focusField();
    }

    function submit(): void {
        if (VaultController.busy)
            return;
        root.errorText = "";
        if (root.useRecoveryKey) {
            if (!VaultController.isWellFormedRecoveryKey(recoveryField.text)) {
                root.errorText = qsTr("This doesn’t look like a complete recovery key. Check each group of four characters against your paper.",
                                      "@info unlock error");
                recoveryField.forceActiveFocus();
                return;
            }
            VaultController.unlockWithRecoveryKey(recoveryField.text);
        } else {
            if (passphraseField.text === "") {
                root.errorText = qsTr("Please type your passphrase.", "@info unlock error");
                passphraseField.focusField();
                return;
            }
            VaultController.unlock(passphraseField.text);
        }
    }

    maximumContentWidth: Theme.formMaxWidth
    centerVertically: true
    title: qsTr("Unlock", "@title:window")

    Component.onCompleted: passphraseField.focusField()
    onUseRecoveryKeyChanged: {
        root.errorText = "";
        root.focusInput();
    }

    Connections {
        target: VaultController

        function onUnlockFailed(message: string): void {
            root.errorText = message;
            if (root.useRecoveryKey)
                recoveryField.selectAll();
            else
                passphraseField.field.selectAll();
            root.focusInput();
        }
        // The fields are disabled while busy and cannot take focus then; whichever of
        // unlockFailed and busyChanged comes last puts the cursor back.
        function onBusyChanged(): void {
            if (!VaultController.busy)
                root.focusInput();
        }
    }

    SectionHeader {
        Layout.fillWidth: true
        pageTitle: true
        text: qsTr("Welcome back", "@title")
    }
    Label {
        Layout.fillWidth: true
        text: root.useRecoveryKey
              ? qsTr("Type the recovery key you wrote down when you started.", "@info")
              : qsTr("Your information is locked. Type your passphrase to open it.", "@info")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeLarge
        color: Theme.colors.text
    }

    MessageLabel {
        Layout.fillWidth: true
        visible: VaultController.isDemo
        text: qsTr("This is the demo with made-up information. Its passphrase is in the README.", "@info demo vault")
    }

    Card {
        Layout.fillWidth: true

        PassphraseField {
            id: passphraseField

            objectName: "passphraseField"
            Layout.fillWidth: true
            visible: !root.useRecoveryKey
            enabled: !VaultController.busy
            label: qsTr("Passphrase", "@label:textbox")
            onAccepted: root.submit()
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: root.useRecoveryKey
            spacing: Theme.smallSpacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Recovery key", "@label:textbox")
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            TextField {
                id: recoveryField

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.minTouch
                enabled: !VaultController.busy
                placeholderText: qsTr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", "@info:placeholder shape of the recovery key")
                font.family: Theme.monospaceFamily
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                selectByMouse: true
                onAccepted: root.submit()
                onTextEdited: root.errorText = ""
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Recovery key", "@label:textbox")
                Accessible.description: recoveryHelp.text
            }
            Label {
                id: recoveryHelp

                Layout.fillWidth: true
                text: qsTr("28 characters in groups of four. Dashes, spaces and small letters are fine.", "@info")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textMuted
            }
        }

        MessageLabel {
            objectName: "unlockError"
            Layout.fillWidth: true
            kind: MessageLabel.Error
            text: root.errorText
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                Layout.fillWidth: true
                primary: true
                enabled: !VaultController.busy
                         && (root.useRecoveryKey ? recoveryField.text !== "" : passphraseField.text !== "")
                text: qsTr("Unlock", "@action:button")
                Accessible.name: root.useRecoveryKey ? qsTr("Unlock with recovery key", "@action:button accessible")
                                                     : qsTr("Unlock with passphrase", "@action:button accessible")
                onClicked: root.submit()
            }
            BusyIndicator {
                Layout.preferredWidth: Theme.minTouch
                Layout.preferredHeight: Theme.minTouch
                visible: VaultController.busy
                running: VaultController.busy
                palette.dark: Theme.colors.primary
                Accessible.name: VaultController.busyText
            }
        }

        ActionButton {
            Layout.fillWidth: true
            visible: VaultController.rememberedOnDevice && !root.useRecoveryKey
            enabled: !VaultController.busy
            text: qsTr("Unlock with this device", "@action:button")
            Accessible.name: text
            Accessible.description: qsTr("Uses the key this device keeps for you, no passphrase needed", "@info accessible")
            onClicked: {
                root.errorText = "";
                VaultController.unlockWithDevice();
            }
        }
    }

    ActionButton {
        Layout.fillWidth: true
        flat: true
        text: root.useRecoveryKey ? qsTr("Use my passphrase instead", "@action:button")
                                  : qsTr("Forgot your passphrase? Use your recovery key", "@action:button")
        Accessible.name: text
        onClicked: root.useRecoveryKey = !root.useRecoveryKey
    }
}
