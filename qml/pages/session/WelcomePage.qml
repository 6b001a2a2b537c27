// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * First start: what CareCircle is, and choosing the passphrase that creates the vault; or,
 * for someone who already has an account, the way to link this device or restore it.
 * Weak passphrases are refused by keeping "Get started" disabled, with advice why.
 * After VaultController.vaultCreated, Main.qml shows the recovery key (whatever the order
 * of vaultCreated and stateChanged).
 */
ScrollablePage {
    id: root

    readonly property var strength: VaultController.passphraseStrength(passphraseField.text)
    readonly property bool matches: passphraseField.text === confirmField.text
    readonly property bool canCreate: (root.strength.acceptable ?? false) && root.matches && !VaultController.busy
    property bool creating: false
    property string errorText

    function create(): void {
        if (!root.canCreate)
            return;
        root.errorText = "";
        root.creating = true;
        VaultController.createVault(passphraseField.text, rememberBox.checked);
    }

    maximumContentWidth: Theme.formMaxWidth
    centerVertically: true
    title: qsTr("Welcome", "@title:window")

    Component.onCompleted: passphraseField.focusField()

    Connections {
        target: VaultController
        enabled: root.creating

        function onOperationFailed(message: string): void {
            root.creating = false;
            root.errorText = message;
        }
        function onVaultCreated(): void {
            root.creating = false;
            passphraseField.clear();
            confirmField.clear();
        }
    }

    SectionHeader {
        Layout.fillWidth: true
        pageTitle: true
        text: qsTr("Welcome to CareCircle", "@title")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("CareCircle keeps your care plan, what matters to you and how you are doing in one place, locked on your own device so that only you and the people you choose can read it.",
                   "@info welcome")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeLarge
        color: Theme.colors.text
    }

    Card {
        Layout.fillWidth: true
        title: qsTr("Choose a passphrase", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Your passphrase locks your information. A short sentence that only you know works well, for example four words that don’t belong together.",
                       "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        PassphraseField {
            id: passphraseField

            objectName: "passphraseField"
            Layout.fillWidth: true
            label: qsTr("Passphrase", "@label:textbox")
            enabled: !VaultController.busy
            onAccepted: confirmField.focusField()
        }
        StrengthMeter {
            Layout.fillWidth: true
            strength: root.strength
            empty: passphraseField.text === ""
        }
        PassphraseField {
            id: confirmField

            objectName: "confirmField"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            label: qsTr("Type it again", "@label:textbox confirm passphrase")
            enabled: !VaultController.busy
            onAccepted: root.create()
        }
        MessageLabel {
            Layout.fillWidth: true
            kind: MessageLabel.Warning
            text: confirmField.text !== "" && !root.matches
                  ? qsTr("The two passphrases are not the same yet.", "@info") : ""
        }

        CheckBox {
            id: rememberBox

            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Layout.minimumHeight: Theme.minTouch
            enabled: VaultController.keystoreAvailable && !VaultController.busy
            text: qsTr("Remember on this device", "@option:check")
            Accessible.name: text
            Accessible.description: rememberHelp.text
            contentItem: Label {
                leftPadding: rememberBox.indicator.width + rememberBox.spacing
                text: rememberBox.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                color: Theme.colors.text
                opacity: rememberBox.enabled ? 1 : Theme.disabledOpacity
            }
        }
        Label {
            id: rememberHelp

            Layout.fillWidth: true
            text: VaultController.keystoreAvailable
                  ? qsTr("You won’t have to type your passphrase on this device: it is kept in the device’s secure keystore. Anyone who can use this device while you are signed in could then open CareCircle.",
                         "@info remember on device")
                  : qsTr("This device has no secure keystore that CareCircle can use, so you will type your passphrase each time.",
                         "@info remember on device unavailable")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
    }

    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }

    ActionButton {
        objectName: "createButton"
        Layout.fillWidth: true
        primary: true
        enabled: root.canCreate
        text: qsTr("Get started", "@action:button create the vault")
        Accessible.name: qsTr("Get started: lock CareCircle with this passphrase", "@action:button accessible")
        onClicked: root.create()
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Next you will get a recovery key to write down. It lets you back in if you ever forget your passphrase.",
                   "@info")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }

    Card {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.largeSpacing
        title: qsTr("Already use CareCircle?", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Link this device to your account with a code from your other device, or restore your account with your recovery key if you lost your devices.",
                       "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        ActionButton {
            objectName: "linkDeviceButton"
            Layout.fillWidth: true
            text: qsTr("Link this device", "@action:button")
            enabled: !VaultController.busy
            onClicked: root.StackView.view.push(joinPage, { mode: "link" })
        }
        ActionButton {
            objectName: "restoreAccountButton"
            Layout.fillWidth: true
            text: qsTr("Restore with my recovery key", "@action:button")
            enabled: !VaultController.busy
            onClicked: root.StackView.view.push(joinPage, { mode: "restore" })
        }
    }

    Component {
        id: joinPage

        JoinAccountPage {
            id: join

            onCancelled: join.StackView.view.pop()
        }
    }
}
