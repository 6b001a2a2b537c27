// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Entering an invitation code (the invitee's side, DESIGN.md §5): whose space it is and
 * what one may do there, the safety number to compare with the inviter's screen, and one's
 * own name as the inviter will see it.
 */
ScrollablePage {
    id: root

    readonly property int state: JoinFlow.joinState
    property string verifyError
    readonly property var roleCodes: CareTeamController.roles

    objectName: "joinSpacePage"
    draftGuard: "text"
    maximumContentWidth: Theme.formMaxWidth
    title: qsTr("Invitation code", "@title:window")

    Component.onCompleted: SharingStatus.clearError()

    MessageLabel {
        objectName: "joinError"
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: SharingStatus.errorText
    }

    Card {
        Layout.fillWidth: true
        visible: !SharingSpaces.available
        title: qsTr("Connect first", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Connect CareCircle to the same server as the person who invited you.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        ActionButton {
            Layout.fillWidth: true
            text: qsTr("Connect to a server", "@action:button")
            onClicked: root.StackView.view.push(Qt.resolvedUrl("../sync/SyncPage.qml"))
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.state === JoinFlow.JoinNone || root.state === JoinFlow.JoinFailed
                 || root.state === JoinFlow.JoinOpening
        title: qsTr("Enter the code", "@title:group")

        FormTextField {
            id: codeField

            objectName: "inviteCodeField"
            Layout.fillWidth: true
            label: qsTr("Invitation code", "@label:textbox")
            help: qsTr("28 letters and digits; spaces and dashes do not matter.", "@info")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            errorText: codeField.text.length >= 28 && !JoinFlow.looksLikeInviteCode(codeField.text)
                       ? qsTr("This code has a typo. Check it with the person who invited you.", "@info") : ""
            onAccepted: openButton.clicked()
        }
        ActionButton {
            id: openButton

            objectName: "openInviteButton"
            Layout.fillWidth: true
            primary: true
            enabled: SharingSpaces.available && !SharingStatus.busy && codeField.text.trim() !== ""
            text: SharingStatus.busy ? qsTr("Checking…", "@info") : qsTr("Continue", "@action:button")
            onClicked: JoinFlow.openInvite(codeField.text)
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.state === JoinFlow.JoinOpened || root.state === JoinFlow.JoinAccepting
        title: qsTr("%1 invites you", "@title:group").arg(JoinFlow.joinOwnerName)

        Label {
            Layout.fillWidth: true
            text: qsTr("To the space “%1”. %2.", "@info space name, what you may do").arg(JoinFlow.joinSpaceName)
                  .arg(Labels.permission(JoinFlow.joinPermission))
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Compare this safety number with the one on %1's screen. If they are the same, nobody came in between.", "@info")
                  .arg(JoinFlow.joinOwnerName)
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        SafetyNumber {
            objectName: "joinSafetyNumber"
            Layout.fillWidth: true
            number: JoinFlow.joinSafetyNumber
        }
        FormTextField {
            id: myNameField

            objectName: "myNameField"
            Layout.fillWidth: true
            label: qsTr("Your name, as %1 will see it", "@label:textbox").arg(JoinFlow.joinOwnerName)
            maximumLength: 100
            onAccepted: {
                if (joinButtons.acceptEnabled)
                    joinButtons.accepted();
            }
        }
        ChoiceBox {
            id: myRoleBox

            objectName: "myCareRoleBox"
            Layout.fillWidth: true
            model: root.roleCodes.filter(code => code !== "patient").map(code => ({ value: code, text: Labels.role(code) }))
            Accessible.name: qsTr("Who you are for %1", "@label").arg(JoinFlow.joinOwnerName)
            Component.onCompleted: myRoleBox.selectValue("caregiver")
        }
        DialogButtons {
            id: joinButtons

            Layout.fillWidth: true
            acceptObjectName: "acceptInviteButton"
            acceptText: qsTr("Accept", "@action:button")
            acceptEnabled: !SharingStatus.busy && myNameField.text.trim() !== ""
            onAccepted: JoinFlow.acceptInvite(myNameField.text, myRoleBox.currentValue)
            onRejected: {
                JoinFlow.cancelJoin();
                root.StackView.view.pop();
            }
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.state === JoinFlow.JoinAccepted
        title: qsTr("Accepted", "@title:group")

        MessageLabel {
            Layout.fillWidth: true
            kind: MessageLabel.Success
            text: qsTr("Once %1 has compared the number and added you, what is shared with you appears under My patients.", "@info")
                  .arg(JoinFlow.joinOwnerName)
        }
        Label {
            Layout.fillWidth: true
            text: JoinFlow.ownerVerified
                  ? qsTr("✓ You marked %1 as verified in person.", "@info").arg(JoinFlow.joinOwnerName)
                  : qsTr("Did the safety number match the one on %1's screen? Then mark %1 as verified: this device will tell you if their key ever changes.", "@info").arg(JoinFlow.joinOwnerName)
            wrapMode: Text.Wrap
            color: JoinFlow.ownerVerified ? Theme.colors.primary : Theme.colors.text
        }
        ActionButton {
            objectName: "verifyOwnerButton"
            Layout.fillWidth: true
            text: JoinFlow.ownerVerified ? qsTr("Mark as not verified", "@action:button")
                                         : qsTr("The numbers matched: mark %1 as verified", "@action:button").arg(JoinFlow.joinOwnerName)
            onClicked: root.verifyError = JoinFlow.markOwnerVerified(!JoinFlow.ownerVerified)
        }
        MessageLabel {
            Layout.fillWidth: true
            kind: MessageLabel.Error
            text: root.verifyError
        }
        ActionButton {
            Layout.fillWidth: true
            primary: true
            text: qsTr("Done", "@action:button")
            onClicked: {
                JoinFlow.cancelJoin();
                root.StackView.view.pop();
            }
        }
    }
}
