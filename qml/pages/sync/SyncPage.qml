// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Sync and devices (DESIGN.md §6): connect this vault to a CareCircle server, see whether
 * everything is sent, link a new device with a one-time code or QR, and see or remove the
 * account's devices. The server only ever receives locked data.
 */
ScrollablePage {
    id: root

    property string errorText
    property string noticeText
    property string pendingRemovalId

    objectName: "syncPage"
    maximumContentWidth: Theme.formMaxWidth * 1.25
    title: qsTr("Sync and devices", "@title:window")

    Component.onCompleted: DeviceList.refresh()
    Component.onDestruction: DeviceLinkFlow.cancelLinkOffer()

    Connections {
        target: SyncActivity

        function onOperationFailed(message: string): void {
            root.noticeText = "";
            root.errorText = message;
        }
    }
    Connections {
        target: SyncStatus

        function onConnectSucceeded(): void {
            root.errorText = "";
            root.noticeText = qsTr("Connected. Your care plan is now kept in sync, locked, through this server.", "@info");
        }
    }
    Connections {
        target: DeviceList

        function onDeviceRemoved(): void {
            root.errorText = "";
            root.noticeText = qsTr("The device was removed. It no longer receives changes; what it already held stays on it.", "@info");
        }
    }

    ConfirmDialog {
        id: removeDialog

        property string deviceLabel

        title: qsTr("Remove this device?", "@title:dialog")
        text: qsTr("“%1” will stop syncing at once and can no longer sign in. What is already stored on it stays there, locked with its passphrase.",
                   "@info remove device").arg(removeDialog.deviceLabel)
        confirmText: qsTr("Remove", "@action:button remove device")
        onConfirmed: DeviceList.remove(root.pendingRemovalId)
    }

    MessageLabel {
        objectName: "syncError"
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }
    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Success
        text: root.noticeText
    }

    // ---- not connected: connect ------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: !SyncStatus.connected
        title: qsTr("Connect to a CareCircle server", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Connect to use CareCircle on more than one device and to keep a locked copy off this device. Your care organisation gives you the server's address. The server only stores locked data: it cannot read your care plan, goals or check-ins.",
                       "@info connect")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        FormTextField {
            id: serverField

            objectName: "serverField"
            Layout.fillWidth: true
            label: qsTr("Server address", "@label:textbox")
            placeholderText: "https://care.example.be"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            errorText: serverField.text !== "" && !SyncStatus.isValidServerUrl(serverField.text)
                       ? qsTr("Type the full address, starting with https://", "@info") : ""
            onAccepted: connectButton.clicked()
        }
        FormTextField {
            id: deviceNameField

            Layout.fillWidth: true
            label: qsTr("Name of this device", "@label:textbox")
            help: qsTr("Shown in your list of devices, for example “Phone” or “Kitchen tablet”.", "@info")
            text: SyncStatus.defaultDeviceLabel
            maximumLength: 64
        }
        ActionButton {
            id: connectButton

            objectName: "connectButton"
            Layout.fillWidth: true
            primary: true
            enabled: SyncStatus.isValidServerUrl(serverField.text) && !SyncActivity.busy
            text: SyncActivity.busy ? SyncActivity.busyText : qsTr("Connect", "@action:button")
            Accessible.name: qsTr("Connect this device to the server", "@action:button accessible")
            onClicked: {
                root.errorText = "";
                SyncStatus.connectToServer(serverField.text, deviceNameField.text);
            }
        }
    }

    // ---- connected: status -------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: SyncStatus.connected
        title: qsTr("Sync", "@title:group")

        SyncStatusRow {
            Layout.fillWidth: true
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: SyncStatus.status === SyncStatus.Syncing
            indeterminate: SyncStatus.progress < 0
            value: Math.max(0, SyncStatus.progress)
            Accessible.name: qsTr("Sync progress", "@info accessible")
        }
        Label {
            Layout.fillWidth: true
            text: SyncStatus.lastSyncedText
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Label {
            Layout.fillWidth: true
            visible: SyncStatus.pendingChanges > 0
            text: qsTr("%n change(s) on this device still to send.", "@info", SyncStatus.pendingChanges)
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        MessageLabel {
            Layout.fillWidth: true
            kind: SyncStatus.status === SyncStatus.Failed ? MessageLabel.Error : MessageLabel.Warning
            text: SyncStatus.errorText
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Server: %1", "@info").arg(SyncStatus.serverUrl)
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
        ActionButton {
            Layout.fillWidth: true
            enabled: SyncStatus.status !== SyncStatus.Syncing
            text: qsTr("Sync now", "@action:button")
            Accessible.name: qsTr("Send and fetch changes now", "@action:button accessible")
            onClicked: SyncStatus.syncNow()
        }
    }

    // ---- connected: link a new device -----------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: SyncStatus.connected
        title: qsTr("Link a new device", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("On the new device, choose “Link this device” under “Already use CareCircle?”, then type or scan the code below. The code works once, for five minutes.",
                       "@info link")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        ActionButton {
            objectName: "showLinkCodeButton"
            Layout.fillWidth: true
            primary: true
            visible: DeviceLinkFlow.linkState === DeviceLinkFlow.LinkIdle
                     || DeviceLinkFlow.linkState === DeviceLinkFlow.LinkDone
                     || DeviceLinkFlow.linkState === DeviceLinkFlow.LinkFailed
            text: qsTr("Show a link code", "@action:button")
            onClicked: DeviceLinkFlow.startLinkOffer()
        }
        QrCodeItem {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(Theme.units * 14, parent ? parent.width : Theme.units * 14)
            Layout.preferredHeight: Layout.preferredWidth
            visible: DeviceLinkFlow.linkState === DeviceLinkFlow.LinkWaiting && DeviceLinkFlow.linkCode !== ""
            text: DeviceLinkFlow.linkCode
            color: "black"
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the link code", "@info accessible")
        }
        Label {
            objectName: "linkCodeLabel"
            Layout.fillWidth: true
            visible: DeviceLinkFlow.linkState === DeviceLinkFlow.LinkWaiting && DeviceLinkFlow.linkCode !== ""
            horizontalAlignment: Text.AlignHCenter
            text: DeviceLinkFlow.linkCode
            wrapMode: Text.WrapAnywhere
            font.family: "monospace"
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            color: Theme.colors.text
            Accessible.name: qsTr("Link code: %1", "@info accessible").arg(DeviceLinkFlow.linkCode.split("").join(" "))
        }
        Label {
            Layout.fillWidth: true
            visible: DeviceLinkFlow.linkState === DeviceLinkFlow.LinkWaiting
            horizontalAlignment: Text.AlignHCenter
            text: DeviceLinkFlow.linkCode === "" ? qsTr("Preparing a code…", "@info")
                  : qsTr("Waiting for the new device… (%1 s left)", "@info").arg(DeviceLinkFlow.linkSecondsLeft)
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Label {
            Layout.fillWidth: true
            visible: DeviceLinkFlow.linkState === DeviceLinkFlow.LinkCompleting
            text: qsTr("The new device answered. Sending it your keys, locked for it alone…", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        MessageLabel {
            Layout.fillWidth: true
            kind: DeviceLinkFlow.linkState === DeviceLinkFlow.LinkFailed ? MessageLabel.Error : MessageLabel.Success
            text: DeviceLinkFlow.linkMessage
        }
        Button {
            id: cancelLinkButton

            Accessible.onPressAction: {
                if (cancelLinkButton.enabled)
                    cancelLinkButton.clicked();
            }
            Layout.alignment: Qt.AlignHCenter
            Layout.minimumHeight: Theme.minTouch
            visible: DeviceLinkFlow.linkState === DeviceLinkFlow.LinkWaiting
            text: qsTr("Cancel", "@action:button")
            Accessible.name: qsTr("Cancel linking", "@action:button accessible")
            onClicked: DeviceLinkFlow.cancelLinkOffer()
        }
    }

    // ---- connected: devices ---------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: SyncStatus.connected
        title: qsTr("Your devices", "@title:group")

        Label {
            Layout.fillWidth: true
            visible: DeviceList.devices.count === 0
            text: qsTr("Fetching the list of devices…", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Repeater {
            model: DeviceList.devices

            DeviceDelegate {
                Layout.fillWidth: true
                onRemoveRequested: (deviceId, label) => {
                    root.pendingRemovalId = deviceId;
                    removeDialog.deviceLabel = label;
                    removeDialog.open();
                }
            }
        }
    }
}
