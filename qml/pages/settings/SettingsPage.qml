// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Sync and devices (the state, and the way to the sync page), security (auto-lock, lock
 * now, remember on this device, change passphrase, show the recovery key again),
 * appearance (text size, colours) and where the vault lives.
 */
ScrollablePage {
    id: root

    readonly property var autoLockChoices: [1, 2, 5, 10, 15, 30]
    property string statusText
    property int statusKind: MessageLabel.Note
    property bool rememberPending: false

    function openChangePassphrase(): void {
        root.statusText = "";
        changeDialog.open();
    }
    function openRevealRecoveryKey(): void {
        root.statusText = "";
        revealDialog.open();
    }
    /** Pushes the recovery key page in its "shown again" form; it pops itself when done. */
    function showRecoveryKey(recoveryKey: string): void {
        const view = root.StackView.view;
        if (!view)
            return;
        view.push(recoveryKeyPage, { recoveryKey: recoveryKey, again: true });
    }

    objectName: "settingsPage"
    maximumContentWidth: Theme.formMaxWidth * 1.25
    title: qsTr("Settings", "@title:window")

    Component {
        id: recoveryKeyPage

        RecoveryKeyPage {
            id: againPage

            onAcknowledged: againPage.StackView.view.pop()
        }
    }

    ChangePassphraseDialog {
        id: changeDialog

        onSucceeded: {
            root.statusKind = MessageLabel.Success;
            root.statusText = qsTr("Your passphrase was changed. Use the new one from now on.", "@info");
        }
    }

    RevealRecoveryKeyDialog {
        id: revealDialog

        onRevealed: recoveryKey => root.showRecoveryKey(recoveryKey)
    }

    Connections {
        target: VaultController
        enabled: root.rememberPending

        function onSlotsChanged(): void {
            root.rememberPending = false;
        }
        function onOperationFailed(message: string): void {
            root.rememberPending = false;
            root.statusKind = MessageLabel.Error;
            root.statusText = message;
            rememberSwitch.checked = Qt.binding(() => VaultController.rememberedOnDevice);
        }
    }

    // ---- sync -------------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        title: qsTr("Sync and devices", "@title:group")

        SyncStatusRow {
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "openSyncButton"
            Layout.fillWidth: true
            text: SyncStatus.connected ? qsTr("Devices and sync", "@action:button")
                                            : qsTr("Connect to a server", "@action:button")
            Accessible.name: qsTr("Open sync and devices", "@action:button accessible")
            onClicked: root.StackView.view.push(Qt.resolvedUrl("../sync/SyncPage.qml"))
        }
    }

    // ---- sharing ----------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        title: qsTr("Sharing", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Choose who sees what, invite your care team or family, see who looked at your data, or enter an invitation code you received.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        ActionButton {
            objectName: "openSharingButton"
            Layout.fillWidth: true
            text: qsTr("Sharing and invitations", "@action:button")
            onClicked: root.StackView.view.push(Qt.resolvedUrl("../sharing/SharingPage.qml"))
        }
    }

    // ---- security ---------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        title: qsTr("Security", "@title:group")

        MessageLabel {
            Layout.fillWidth: true
            kind: root.statusKind
            text: root.statusText
        }

        Label {
            id: autoLockLabel

            Layout.fillWidth: true
            text: qsTr("Lock CareCircle when I haven’t used it for", "@label:listbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: autoLockBox

            Layout.fillWidth: true
            model: {
                const minutes = root.autoLockChoices.slice();
                if (minutes.indexOf(VaultController.autoLockMinutes) < 0 && VaultController.autoLockMinutes > 0) {
                    minutes.push(VaultController.autoLockMinutes);
                    minutes.sort((a, b) => a - b);
                }
                return minutes.map(value => ({ value: value, text: qsTr("%n minute(s)", "@item:inlistbox auto-lock", value) }));
            }
            Accessible.name: autoLockLabel.text
            onModelChanged: autoLockBox.selectValue(VaultController.autoLockMinutes)
            Component.onCompleted: autoLockBox.selectValue(VaultController.autoLockMinutes)
            onActivated: VaultController.autoLockMinutes = autoLockBox.currentValue

            Connections {
                target: VaultController

                function onAutoLockMinutesChanged(): void {
                    autoLockBox.selectValue(VaultController.autoLockMinutes);
                }
            }
        }

        ActionButton {
            objectName: "lockNowButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Lock now", "@action:button")
            Accessible.name: qsTr("Lock CareCircle now", "@action:button accessible")
            Accessible.description: qsTr("Shortcut: Ctrl+L", "@info accessible")
            // The shell locks, as its own Lock button does: unsaved input is asked about first.
            onClicked: root.lockRequested()
        }

        Switch {
            id: rememberSwitch

            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Layout.minimumHeight: Theme.minTouch
            enabled: VaultController.keystoreAvailable && !root.rememberPending && !VaultController.busy
            checked: VaultController.rememberedOnDevice
            text: qsTr("Remember on this device", "@option:check")
            Accessible.name: text
            Accessible.description: rememberHelp.text
            // Qt 6.4's AT-SPI Toggle only flips `checked`; run what a click runs (onToggled).
            Accessible.onToggleAction: rememberSwitch.accessibleClick()
            Accessible.onPressAction: rememberSwitch.accessibleClick()

            function accessibleClick(): void {
                if (!rememberSwitch.enabled)
                    return;
                rememberSwitch.toggle();
                rememberSwitch.toggled();
            }

            contentItem: Label {
                leftPadding: rememberSwitch.indicator.width + rememberSwitch.spacing
                text: rememberSwitch.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                color: Theme.colors.text
                opacity: rememberSwitch.enabled ? 1 : Theme.disabledOpacity
            }
            onToggled: {
                root.statusText = "";
                root.rememberPending = true;
                VaultController.setRememberOnDevice(rememberSwitch.checked);
                rememberSwitch.checked = Qt.binding(() => VaultController.rememberedOnDevice);
            }
        }
        Label {
            id: rememberHelp

            Layout.fillWidth: true
            text: VaultController.keystoreAvailable
                  ? qsTr("When on, this device opens CareCircle without your passphrase, using its secure keystore. Turn it off on a device you share.",
                         "@info remember on device")
                  : qsTr("This device has no secure keystore that CareCircle can use, so you type your passphrase each time.",
                         "@info remember on device unavailable")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }

        ActionButton {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Change passphrase…", "@action:button")
            Accessible.name: qsTr("Change passphrase", "@action:button accessible")
            onClicked: root.openChangePassphrase()
        }
        ActionButton {
            Layout.fillWidth: true
            text: qsTr("Show recovery key…", "@action:button")
            Accessible.name: qsTr("Show recovery key", "@action:button accessible")
            Accessible.description: qsTr("Asks for your passphrase first", "@info accessible")
            onClicked: root.openRevealRecoveryKey()
        }
    }

    // ---- appearance -------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        title: qsTr("Appearance", "@title:group")

        Label {
            id: languageLabel

            Layout.fillWidth: true
            text: qsTr("Language", "@label:listbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: languageBox

            Layout.fillWidth: true
            // Each language in its own words, so anyone can find theirs.
            model: LanguageSettings.available
            Accessible.name: languageLabel.text
            Component.onCompleted: languageBox.selectValue(LanguageSettings.language)
            onActivated: LanguageSettings.language = languageBox.currentValue
        }

        Label {
            id: textSizeLabel

            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Text size", "@label:listbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: textSizeBox

            Layout.fillWidth: true
            model: [
                { value: 1.0, text: qsTr("Normal (100 %)", "@item:inlistbox text size") },
                { value: 1.25, text: qsTr("Larger (125 %)", "@item:inlistbox text size") },
                { value: 1.5, text: qsTr("Large (150 %)", "@item:inlistbox text size") },
                { value: 1.75, text: qsTr("Very large (175 %)", "@item:inlistbox text size") },
                { value: 2.0, text: qsTr("Largest (200 %)", "@item:inlistbox text size") }
            ]
            Accessible.name: textSizeLabel.text
            Component.onCompleted: textSizeBox.selectValue(Theme.textScale)
            // A language change re-creates the list; keep the choice.
            onModelChanged: textSizeBox.selectValue(Theme.textScale)
            onActivated: Theme.textScale = textSizeBox.currentValue
        }

        Label {
            id: colourLabel

            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Colours", "@label:listbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: colourBox

            Layout.fillWidth: true
            model: [
                { value: "light", text: qsTr("Light", "@item:inlistbox colour theme") },
                { value: "dark", text: qsTr("Dark", "@item:inlistbox colour theme") },
                { value: "highContrast", text: qsTr("High contrast", "@item:inlistbox colour theme") }
            ]
            Accessible.name: colourLabel.text
            Component.onCompleted: colourBox.selectValue(Theme.mode)
            onModelChanged: colourBox.selectValue(Theme.mode)
            onActivated: Theme.mode = colourBox.currentValue
        }
    }

    // ---- about ------------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.largeSpacing
        title: qsTr("About", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Your information is stored encrypted on this device, in:", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        TextEdit {
            Layout.fillWidth: true
            text: VaultController.vaultPath
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.family: Theme.monospaceFamily
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.text
            selectionColor: Theme.colors.primary
            selectedTextColor: Theme.colors.textOnPrimary
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Vault location", "@label accessible")
            Accessible.description: VaultController.vaultPath
        }
        Label {
            Layout.fillWidth: true
            visible: Qt.application.version !== ""
            text: qsTr("CareCircle %1", "@info version").arg(Qt.application.version)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
    }
}
