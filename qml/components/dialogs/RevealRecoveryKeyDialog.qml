// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Re-asks the passphrase before showing the recovery key again. Emits `revealed(key)` on
 * VaultController.recoveryKeyRevealed; a wrong passphrase is shown in the dialog.
 */
ModalDialog {
    id: root

    signal revealed(string recoveryKey)

    property bool waiting: false
    property string errorText

    readonly property bool canSubmit: passphraseField.text !== "" && !root.waiting && !VaultController.busy

    function submit(): void {
        if (!root.canSubmit)
            return;
        root.errorText = "";
        root.waiting = true;
        VaultController.revealRecoveryKey(passphraseField.text);
    }

    anchors.centerIn: parent
    width: Math.min(Theme.formMaxWidth, parent ? parent.width - 2 * Theme.spacing : Theme.formMaxWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    padding: Theme.largeSpacing
    closePolicy: root.waiting ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Show your recovery key", "@title:window")

    onOpened: passphraseField.focusField()
    onClosed: {
        passphraseField.clear();
        root.errorText = "";
        root.waiting = false;
    }

    Connections {
        target: VaultController
        enabled: root.waiting

        function onRecoveryKeyRevealed(recoveryKey: string): void {
            root.waiting = false;
            root.close();
            root.revealed(recoveryKey);
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
                text: qsTr("To see your recovery key again, enter your passphrase. Make sure nobody can see your screen.",
                           "@info reveal recovery key")
                wrapMode: Text.Wrap
                color: Theme.colors.textMuted
            }
            PassphraseField {
                id: passphraseField

                Layout.fillWidth: true
                label: qsTr("Passphrase", "@label:textbox")
                onAccepted: root.submit()
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
            acceptText: qsTr("Show recovery key", "@action:button")
            acceptEnabled: root.canSubmit
            onAccepted: root.submit()
            onRejected: root.close()
            // Not while the request is under way: its answer must find the dialog open.
            rejectEnabled: !root.waiting
        }
    }
}
