// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Before any vault exists on this device: join an account that already exists, either as a
 * new device of it (mode "link": the code shown by a device that is already linked) or by
 * restoring it with the recovery key (mode "restore", when every device is lost). Either
 * way the person chooses a new passphrase for this device; the care plan then syncs down.
 */
ScrollablePage {
    id: root

    /** "link" or "restore". */
    property string mode: "link"
    property string errorText
    readonly property bool restoring: root.mode === "restore"
    readonly property var strength: VaultController.passphraseStrength(passphraseField.text)
    readonly property bool matches: passphraseField.text === confirmField.text
    readonly property bool secretOk: root.restoring ? VaultController.isWellFormedRecoveryKey(secretField.text)
                                                    : DeviceLinkFlow.isWellFormedCode(secretField.text)
    readonly property bool working: SyncActivity.busy || VaultController.busy
    readonly property bool canStart: SyncStatus.isValidServerUrl(serverField.text) && root.secretOk
                                     && (root.strength.acceptable ?? false) && root.matches && !root.working

    signal cancelled()

    function start(): void {
        if (!root.canStart)
            return;
        root.errorText = "";
        if (root.restoring)
            DeviceLinkFlow.restoreAccount(serverField.text, secretField.text, passphraseField.text, deviceNameField.text);
        else
            DeviceLinkFlow.joinWithLinkCode(serverField.text, secretField.text, passphraseField.text, deviceNameField.text);
    }

    objectName: "joinAccountPage"
    maximumContentWidth: Theme.formMaxWidth
    title: root.restoring ? qsTr("Restore your account", "@title:window") : qsTr("Link this device", "@title:window")

    Component.onCompleted: serverField.focusField()

    Connections {
        target: SyncActivity

        function onOperationFailed(message: string): void {
            root.errorText = message;
        }
    }
    Connections {
        target: DeviceLinkFlow

        function onJoinSucceeded(): void {
            passphraseField.clear();
            confirmField.clear();
            secretField.text = "";
        }
    }
    Connections {
        target: VaultController

        function onOperationFailed(message: string): void {
            root.errorText = message;
        }
    }

    SectionHeader {
        Layout.fillWidth: true
        pageTitle: true
        text: root.title
    }
    Label {
        Layout.fillWidth: true
        text: root.restoring
              ? qsTr("Lost your devices? Your recovery key brings your account back on this one. The server keeps a locked copy that only this key opens.",
                     "@info restore")
              : qsTr("On a device where you already use CareCircle, open Settings → Sync and devices → Show a link code. Then type that code here. Keep both devices open.",
                     "@info link")
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }

    Card {
        Layout.fillWidth: true
        title: qsTr("Your account", "@title:group")

        FormTextField {
            id: serverField

            objectName: "joinServerField"
            Layout.fillWidth: true
            label: qsTr("Server address", "@label:textbox")
            placeholderText: "https://care.example.be"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            enabled: !root.working
            errorText: serverField.text !== "" && !SyncStatus.isValidServerUrl(serverField.text)
                       ? qsTr("Type the full address, starting with https://", "@info") : ""
            onAccepted: secretField.focusField()
        }
        FormTextField {
            id: secretField

            objectName: "joinSecretField"
            Layout.fillWidth: true
            label: root.restoring ? qsTr("Recovery key", "@label:textbox") : qsTr("Link code", "@label:textbox")
            help: root.restoring ? qsTr("28 characters, in groups of four, as you wrote them down.", "@info")
                                 : qsTr("28 characters, as shown on your other device.", "@info")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
            enabled: !root.working
            errorText: secretField.text.length >= 28 && !root.secretOk
                       ? qsTr("This does not look right yet: check each group of four for a typo.", "@info") : ""
            onAccepted: deviceNameField.focusField()
        }
        FormTextField {
            id: deviceNameField

            Layout.fillWidth: true
            label: qsTr("Name of this device", "@label:textbox")
            text: SyncStatus.defaultDeviceLabel
            maximumLength: 64
            enabled: !root.working
            onAccepted: passphraseField.focusField()
        }
    }

    Card {
        Layout.fillWidth: true
        title: qsTr("A passphrase for this device", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("This passphrase locks CareCircle on this device. It may differ from the one on your other devices.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        PassphraseField {
            id: passphraseField

            objectName: "joinPassphraseField"
            Layout.fillWidth: true
            label: qsTr("Passphrase", "@label:textbox")
            enabled: !root.working
            onAccepted: confirmField.focusField()
        }
        StrengthMeter {
            Layout.fillWidth: true
            strength: root.strength
            empty: passphraseField.text === ""
        }
        PassphraseField {
            id: confirmField

            objectName: "joinConfirmField"
            Layout.fillWidth: true
            label: qsTr("Type it again", "@label:textbox confirm passphrase")
            enabled: !root.working
            onAccepted: root.start()
        }
        MessageLabel {
            Layout.fillWidth: true
            kind: MessageLabel.Warning
            text: confirmField.text !== "" && !root.matches
                  ? qsTr("The two passphrases are not the same yet.", "@info") : ""
        }
    }

    MessageLabel {
        objectName: "joinError"
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }
    RowLayout {
        Layout.fillWidth: true
        visible: SyncActivity.busy
        spacing: Theme.spacing

        BusyIndicator {
            Layout.preferredWidth: Theme.minTouch
            Layout.preferredHeight: Theme.minTouch
            running: SyncActivity.busy
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: SyncActivity.busyText
            wrapMode: Text.Wrap
            color: Theme.colors.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
    ActionButton {
        objectName: "joinButton"
        Layout.fillWidth: true
        primary: true
        enabled: root.canStart
        text: root.restoring ? qsTr("Restore", "@action:button") : qsTr("Link this device", "@action:button")
        onClicked: root.start()
    }
    ActionButton {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.largeSpacing
        text: qsTr("Back", "@action:button")
        Accessible.name: qsTr("Back to the start", "@action:button accessible")
        onClicked: {
            DeviceLinkFlow.cancelJoin();
            root.cancelled();
        }
    }
}
