// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Inviting someone to the selected space (DESIGN.md §5): say who they are and what they may
 * do; show a QR code and a typed code (single use, valid up to 7 days); when they have
 * entered it, both screens show the same safety number: compare, then add them.
 */
ScrollablePage {
    id: root

    readonly property int state: InviteFlow.inviteState
    readonly property var roleCodes: CareTeamController.roles
    /** Cards of people not yet using CareCircle with their card ({id, name, role}). */
    readonly property var invitableMembers: CareTeamController.invitableMembers()
    readonly property var someoneNew: [{ value: "", text: qsTr("Someone not in your care team yet", "@item:inlistbox") }]
    readonly property var dayChoices: [1, 2, 3, 7]
    readonly property var permissionCodes: ["editor", "contributor", "viewer"]

    objectName: "invitePage"
    maximumContentWidth: Theme.formMaxWidth
    title: qsTr("Invite to “%1”", "@title:window").arg(SharingSpaces.selectedName)

    /** What someone in a care role usually may do. */
    function defaultPermission(careRole: string): string {
        if (careRole === "caregiver" || careRole === "representative")
            return "editor";
        if (careRole === "trusted_person")
            return "viewer";
        return "contributor";
    }

    // Leaving while waiting keeps the invitation open (listed under Sharing); it is only
    // cancelled on request.
    Component.onDestruction: {
        if (InviteFlow.inviteState === InviteFlow.InviteDone
                || InviteFlow.inviteState === InviteFlow.InviteFailed)
            InviteFlow.cancelInvite();
    }

    MessageLabel {
        objectName: "inviteError"
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: SharingStatus.errorText
    }

    // ---- 1. who and what ----------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: root.state === InviteFlow.InviteNone || root.state === InviteFlow.InviteFailed
                 || root.state === InviteFlow.InviteCreating
        title: qsTr("Who are you inviting?", "@title:group")

        ChoiceBox {
            id: personBox

            objectName: "invitePersonBox"
            Layout.fillWidth: true
            visible: personBox.count > 1
            model: root.someoneNew.concat(
                       root.invitableMembers.map(m => ({ value: m.id, text: qsTr("%1 · %2", "@item:inlistbox person name · care role").arg(m.name).arg(Labels.role(m.role)), role: m.role })))
            Accessible.name: qsTr("The person, from your care team", "@label")
            onActivated: {
                const role = CareTeamController.member(personBox.currentValue).role;
                if (role) {
                    careRoleBox.selectValue(role);
                    permissionGroup.choose(root.defaultPermission(role));
                }
            }
        }
        ChoiceBox {
            id: careRoleBox

            objectName: "careRoleBox"
            Layout.fillWidth: true
            enabled: personBox.currentValue === "" || personBox.currentValue === undefined
            model: root.roleCodes.filter(code => code !== "patient").map(code => ({ value: code, text: Labels.role(code) }))
            Accessible.name: qsTr("Their role in your care", "@label")
            onActivated: permissionGroup.choose(root.defaultPermission(careRoleBox.currentValue))
            Component.onCompleted: {
                careRoleBox.selectValue("gp");
                permissionGroup.choose(root.defaultPermission("gp"));
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("What may they do in this space?", "@label")
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ColumnLayout {
            id: permissionGroup

            property string chosen: "contributor"

            function choose(code: string): void {
                permissionGroup.chosen = code;
            }

            Layout.fillWidth: true
            spacing: 0

            Repeater {
                model: root.permissionCodes

                OptionRadioButton {
                    required property string modelData

                    objectName: "permission_" + modelData
                    Layout.fillWidth: true
                    text: Labels.permission(modelData)
                    checked: permissionGroup.chosen === modelData
                    onClicked: permissionGroup.chosen = modelData
                }
            }
        }
        ChoiceBox {
            id: daysBox

            Layout.fillWidth: true
            model: root.dayChoices.map(days => ({ value: days, text: qsTr("The code works for %n day(s)", "@item:inlistbox", days) }))
            Accessible.name: qsTr("How long the code works", "@label")
            Component.onCompleted: daysBox.selectValue(7)
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("They will see the name in your profile.", "@info")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
        OptionCheckBox {
            id: birthYearBox

            objectName: "shareBirthYearBox"
            Layout.fillWidth: true
            visible: InviteFlow.profileHasBirthYear()
            text: qsTr("Also show my birth year, so a care team with two patients of my name can tell us apart", "@option:check")
            Component.onCompleted: birthYearBox.checked = InviteFlow.spaceSharesBirthYear()
        }
        ActionButton {
            objectName: "createInviteButton"
            Layout.fillWidth: true
            primary: true
            enabled: !SharingStatus.busy
            text: SharingStatus.busy ? qsTr("Preparing…", "@info") : qsTr("Create invitation", "@action:button")
            onClicked: {
                const shareYear = birthYearBox.visible && birthYearBox.checked;
                if (personBox.currentValue)
                    InviteFlow.startInviteFor(personBox.currentValue, permissionGroup.chosen, daysBox.currentValue, shareYear);
                else
                    InviteFlow.startInvite(careRoleBox.currentValue, permissionGroup.chosen, daysBox.currentValue, shareYear);
            }
        }
    }

    // ---- 2. the code --------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: root.state === InviteFlow.InviteWaiting
        title: qsTr("Give them this code", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("They open CareCircle, choose “Enter an invitation code” under Sharing, and scan the QR code or type the code. It works once.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        QrCodeItem {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(Theme.units * 14, parent ? parent.width : Theme.units * 14)
            Layout.preferredHeight: Layout.preferredWidth
            text: InviteFlow.inviteQrText
            color: "black"
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the invitation", "@info accessible")
        }
        Label {
            objectName: "inviteCodeLabel"
            Layout.fillWidth: true
            text: InviteFlow.inviteCode
            font.family: "monospace"
            font.pixelSize: Theme.fontSizeLarge
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WrapAnywhere
            color: Theme.colors.text
            Accessible.name: qsTr("Invitation code: %1", "@info accessible").arg(InviteFlow.inviteCode.split("").join(" "))
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Valid until %1. Waiting for them to enter it…", "@info").arg(Labels.dateTime(InviteFlow.inviteExpires))
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: visible
        }
        ActionButton {
            Layout.fillWidth: true
            text: qsTr("Cancel the invitation", "@action:button")
            onClicked: {
                InviteFlow.cancelInvite();
                root.StackView.view.pop();
            }
        }
    }

    // ---- 3. compare and confirm ----------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: root.state === InviteFlow.InviteAccepted || root.state === InviteFlow.InviteConfirming
        title: qsTr("Compare the safety number", "@title:group")

        Label {
            Layout.fillWidth: true
            textFormat: Text.PlainText // names and texts other people typed are never markup
            text: qsTr("%1 entered the code. Their screen now shows a safety number. If it is the same as this one, nobody came in between.", "@info")
                  .arg(InviteFlow.inviteGuestCareRole !== ""
                       ? qsTr("%1 (%2)", "@info person name (care role they gave)").arg(InviteFlow.inviteGuestName).arg(Labels.role(InviteFlow.inviteGuestCareRole))
                       : InviteFlow.inviteGuestName)
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        SafetyNumber {
            objectName: "inviteSafetyNumber"
            Layout.fillWidth: true
            number: InviteFlow.inviteSafetyNumber
        }
        ActionButton {
            objectName: "numbersMatchButton"
            Layout.fillWidth: true
            primary: true
            enabled: !SharingStatus.busy
            text: qsTr("The numbers match: add %1", "@action:button").arg(InviteFlow.inviteGuestName)
            onClicked: InviteFlow.confirmInvite(true)
        }
        ActionButton {
            Layout.fillWidth: true
            enabled: !SharingStatus.busy
            text: qsTr("Add without comparing", "@action:button")
            Accessible.description: qsTr("They will be shown as not verified until you compare the numbers.", "@info")
            onClicked: InviteFlow.confirmInvite(false)
        }
        ActionButton {
            Layout.fillWidth: true
            enabled: !SharingStatus.busy
            text: qsTr("The numbers differ: cancel", "@action:button")
            onClicked: {
                InviteFlow.cancelInvite();
                root.StackView.view.pop();
            }
        }
    }

    // ---- 4. done ----------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: root.state === InviteFlow.InviteDone
        title: qsTr("Added", "@title:group")

        MessageLabel {
            Layout.fillWidth: true
            kind: MessageLabel.Success
            text: qsTr("%1 can now see what you put in “%2”.", "@info").arg(InviteFlow.inviteGuestName === "" ? qsTr("The person", "@info") : InviteFlow.inviteGuestName)
                  .arg(SharingSpaces.selectedName)
        }
        ActionButton {
            Layout.fillWidth: true
            primary: true
            text: qsTr("Done", "@action:button")
            onClicked: root.StackView.view.pop()
        }
    }
}
