// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One space (SharingSpaces.selectedSpace): who is in it, what each may do, until when,
 * whether the safety number was compared; invite someone; remove someone; whether attention
 * flags are raised from this space; share the check-ins made before it existed ("share my
 * check-ins since …", with Undo); and the access log — who fetched this space's data, and when.
 */
ScrollablePage {
    id: root

    property string noticeText
    property string pendingAccount
    property string pendingName
    property string flagsError
    property string historyError

    readonly property var permissionCodes: ["editor", "contributor", "viewer"]

    objectName: "spacePage"
    maximumContentWidth: Theme.formMaxWidth * 1.25
    title: SharingSpaces.selectedName

    Component.onCompleted: {
        SharingStatus.clearError();
        SpaceMembers.refreshAccessLog();
    }

    Connections {
        target: SharingStatus

        function onMembershipDone(message: string): void {
            root.noticeText = message;
            SpaceMembers.refreshAccessLog();
        }
    }

    ConfirmDialog {
        id: removeDialog

        title: qsTr("Remove %1?", "@title:dialog").arg(root.pendingName)
        text: qsTr("From now on %1 receives nothing new from “%2”: new items are locked with a new key they do not have. What %1 already saw stays with them; CareCircle cannot take it back.",
                   "@info remove member").arg(root.pendingName).arg(SharingSpaces.selectedName)
        confirmText: qsTr("Remove", "@action:button remove member")
        onConfirmed: SpaceMembers.removeMember(root.pendingAccount)
    }

    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: SharingStatus.errorText
    }
    MessageLabel {
        objectName: "spaceNotice"
        Layout.fillWidth: true
        kind: MessageLabel.Success
        text: root.noticeText
    }

    Card {
        Layout.fillWidth: true
        visible: SharingSpaces.selectedIsPrivate
        title: qsTr("Only for you", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("What is in your private space is never shared. To share something, make a space under Sharing and choose it under “Who can see this?”.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
    }

    // ---- members ----------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: !SharingSpaces.selectedIsPrivate
        title: qsTr("People in this space", "@title:group")

        // A Column, not the card's layout: a Repeater over a C++ model that resets (a language
        // switch does) directly in a Qt 6.4 layout is a known crash.
        Column {
            id: membersColumn

            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: SpaceMembers.members

                ColumnLayout {
                    id: member

                    required property string account
                    required property string name
                    required property string careRole
                    required property string permission
                    required property date endDate
                    required property bool verified
                    required property string safetyNumber
                    required property bool isOwner
                    required property string endText

                    width: membersColumn.width
                    spacing: Theme.smallSpacing
                    Accessible.role: Accessible.ListItem
                    Accessible.name: member.name

                    Label {
                        Layout.fillWidth: true
                        text: member.careRole !== "" ? qsTr("%1 · %2", "@info member name · care role").arg(member.name).arg(Labels.role(member.careRole))
                                                     : member.name
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        color: Theme.colors.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: Labels.permission(member.permission)
                              + (member.endText !== "" ? " · " + qsTr("until %1", "@info membership end").arg(member.endText) : "")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeSmall
                        color: Theme.colors.textMuted
                    }
                    Label {
                        Layout.fillWidth: true
                        // Everyone but oneself (who has no safety number): the invitee sees the owner.
                        visible: member.safetyNumber !== ""
                        text: member.verified ? qsTr("✓ Verified in person", "@info safety number compared")
                                              : qsTr("Not verified: the safety number was not compared", "@info")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSizeSmall
                        color: member.verified ? Theme.colors.primary : Theme.colors.textMuted
                    }
                    Button {
                        id: verifyOwnerButton

                        Accessible.onPressAction: {
                            if (verifyOwnerButton.enabled)
                                verifyOwnerButton.clicked();
                        }
                        objectName: "verifyOwnerButton"
                        visible: member.isOwner && member.safetyNumber !== ""
                        implicitHeight: Theme.minTouch
                        text: member.verified ? qsTr("Mark as not verified", "@action:button") : qsTr("Compare safety number", "@action:button")
                        onClicked: {
                            if (member.verified) {
                                SpaceMembers.setVerified(member.account, false);
                            } else {
                                safetyDialog.account = member.account;
                                safetyDialog.personName = member.name;
                                safetyDialog.number = member.safetyNumber;
                                safetyDialog.open();
                            }
                        }
                    }
                    Flow {
                        Layout.fillWidth: true
                        visible: !member.isOwner
                        spacing: Theme.smallSpacing

                        ChoiceBox {
                            id: permissionBox

                            width: Math.min(implicitWidth, member.width)
                            model: root.permissionCodes.map(code => ({ value: code, text: Labels.permission(code) }))
                            Accessible.name: qsTr("What %1 may do", "@label").arg(member.name)
                            Component.onCompleted: permissionBox.selectValue(member.permission)
                            onActivated: SpaceMembers.setPermission(member.account, permissionBox.currentValue)
                        }
                        Button {
                            id: endDateButton

                            Accessible.onPressAction: {
                                if (endDateButton.enabled)
                                    endDateButton.clicked();
                            }
                            objectName: "endDateButton_" + member.name
                            implicitHeight: Theme.minTouch
                            text: qsTr("End date…", "@action:button choose until when a member receives new items")
                            Accessible.name: qsTr("End date for %1", "@action:button accessible").arg(member.name)
                            onClicked: endDialog.openFor(member.account, member.name, member.endText !== "")
                        }
                        Button {
                            id: verifyButton

                            Accessible.onPressAction: {
                                if (verifyButton.enabled)
                                    verifyButton.clicked();
                            }
                            implicitHeight: Theme.minTouch
                            text: member.verified ? qsTr("Mark as not verified", "@action:button") : qsTr("Compare safety number", "@action:button")
                            onClicked: {
                                if (member.verified) {
                                    SpaceMembers.setVerified(member.account, false);
                                } else {
                                    safetyDialog.account = member.account;
                                    safetyDialog.personName = member.name;
                                    safetyDialog.number = member.safetyNumber;
                                    safetyDialog.open();
                                }
                            }
                        }
                        Button {
                            id: removeMemberButton

                            Accessible.onPressAction: {
                                if (removeMemberButton.enabled)
                                    removeMemberButton.clicked();
                            }
                            objectName: "removeMember_" + member.name
                            implicitHeight: Theme.minTouch
                            text: qsTr("Remove", "@action:button")
                            onClicked: {
                                root.pendingAccount = member.account;
                                root.pendingName = member.name;
                                removeDialog.open();
                            }
                        }
                    }
                }
            }
        }
        ActionButton {
            objectName: "inviteButton"
            Layout.fillWidth: true
            primary: true
            enabled: SharingSpaces.available && !SharingStatus.busy
            text: qsTr("Invite someone", "@action:button")
            onClicked: root.StackView.view.push(Qt.resolvedUrl("InvitePage.qml"))
        }
        Label {
            Layout.fillWidth: true
            visible: !SharingSpaces.available
            text: qsTr("Connect to a server first to invite people.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
    }

    // ---- attention flags and check-in history (issue 14) -------------------------------------
    Card {
        objectName: "flagsCard"
        Layout.fillWidth: true
        visible: !SharingSpaces.selectedIsPrivate
        title: qsTr("What needs attention", "@title:group attention flags of a space")

        Label {
            Layout.fillWidth: true
            text: qsTr("CareCircle can point out to the people in this space when a check-in is worse than before, when you want to discuss something, when your care plan is due for review or a goal is getting harder. You see the same on your Home page.",
                       "@info attention flags")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        CheckSwitch {
            id: flagsSwitch

            objectName: "raiseFlagsSwitch"
            Layout.fillWidth: true
            text: qsTr("Point these out to the people in this space", "@option:check attention flags")
            checked: SharingSpaces.selectedRaisesFlags
            onToggled: {
                const error = SharingSpaces.setRaisesFlags(SharingSpaces.selectedSpace, flagsSwitch.checked);
                root.flagsError = error;
                flagsSwitch.checked = Qt.binding(() => SharingSpaces.selectedRaisesFlags);
            }
        }
        MessageLabel {
            Layout.fillWidth: true
            kind: MessageLabel.Error
            text: root.flagsError
        }
    }

    Card {
        objectName: "historyCard"
        Layout.fillWidth: true
        visible: !SharingSpaces.selectedIsPrivate
        title: qsTr("Share my check-in history", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Check-ins you did before you made this space stay private. Share them from a day you choose, so that someone new in this space sees how you have been doing over time.",
                       "@info share check-in history")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        DateField {
            id: sinceField

            objectName: "historySince"
            Layout.fillWidth: true
            required: true
            label: qsTr("Share my check-ins since", "@label a date")
        }
        MessageLabel {
            Layout.fillWidth: true
            kind: MessageLabel.Error
            text: root.historyError
        }
        ActionButton {
            objectName: "shareHistoryButton"
            Layout.fillWidth: true
            text: qsTr("Share check-ins…", "@action:button")
            onClicked: {
                root.historyError = "";
                if (!sinceField.validate())
                    return;
                // How many, or why none (none since that day, a history that cannot be read).
                const check = SharingSpaces.history.checkSince(SharingSpaces.selectedSpace, sinceField.isoDate);
                root.historyError = check.error;
                if (check.error !== "")
                    return;
                historyDialog.count = check.count;
                historyDialog.open();
            }
        }
        UndoBar {
            objectName: "historyUndo"
            Layout.fillWidth: true
            text: SharingSpaces.history.canUndo
                  ? qsTr("%n check-in(s) shared with “%1”.", "@info undo bar", SharingSpaces.history.lastShared).arg(SharingSpaces.selectedName)
                  : ""
            onUndoRequested: root.historyError = SharingSpaces.history.undo()
            onDismissRequested: SharingSpaces.history.dismissUndo()
        }
    }

    ConfirmDialog {
        id: historyDialog

        property int count: 0

        objectName: "historyDialog"
        destructive: false
        title: qsTr("Share %n check-in(s)?", "@title:dialog", historyDialog.count)
        text: qsTr("%n check-in(s) from your private space will move to “%1”. Everyone in it will see your answers and how they changed over time. You can undo this right afterwards, or later move a check-in back under “Who can see this?”.",
                   "@info share check-in history", historyDialog.count).arg(SharingSpaces.selectedName)
        confirmText: qsTr("Share", "@action:button share check-ins")
        onConfirmed: root.historyError = SharingSpaces.history.shareSince(SharingSpaces.selectedSpace, sinceField.isoDate)
    }

    ModalDialog {
        id: endDialog

        property string account
        property string personName
        /** [{days, iso, text}] from SpaceMembers, read when the dialog opens (today moves). */
        property var presets: []
        /** The last day of the preset chosen ("yyyy-MM-dd"), or "". */
        property string presetIso

        function openFor(account: string, name: string, hasEnd: bool): void {
            endDialog.account = account;
            endDialog.personName = name;
            endDialog.presets = SpaceMembers.endDatePresets();
            endDialog.open();
            endGroup.checkedButton = null;
            endDialog.presetIso = "";
            endDateField.setIsoDate("");
        }
        function apply(): void {
            if (endGroup.checkedButton === noEndButton) {
                SpaceMembers.clearEndDate(endDialog.account);
            } else if (endGroup.checkedButton === ownDayButton) {
                if (!endDateField.validate())
                    return;
                const parts = endDateField.isoDate.split("-").map(Number);
                SpaceMembers.setEndDate(endDialog.account, parts[0], parts[1], parts[2]);
            } else if (endDialog.presetIso !== "") {
                const parts = endDialog.presetIso.split("-").map(Number);
                SpaceMembers.setEndDate(endDialog.account, parts[0], parts[1], parts[2]);
            } else {
                return;
            }
            endDialog.close();
        }

        objectName: "endDateDialog"
        anchors.centerIn: parent
        width: Math.min(Theme.formMaxWidth, root.width - Theme.spacing * 2)
        height: Math.min(implicitHeight, root.height - Theme.spacing * 2)
        padding: Theme.largeSpacing
        title: qsTr("Until when may %1 receive new items?", "@title:dialog").arg(endDialog.personName)
        closePolicy: Popup.CloseOnEscape

        header: SectionHeader {
            text: endDialog.title
            padding: Theme.largeSpacing
            bottomPadding: 0
        }
        background: Rectangle {
            color: Theme.colors.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.colors.outline
        }

        ButtonGroup {
            id: endGroup
        }

        Flickable {
            anchors.fill: parent
            implicitWidth: endForm.implicitWidth
            implicitHeight: endForm.implicitHeight
            contentHeight: endForm.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: endForm

                width: parent.width
                spacing: Theme.smallSpacing

                OptionRadioButton {
                    id: noEndButton

                    width: parent.width
                    ButtonGroup.group: endGroup
                    text: qsTr("No end date", "@option:radio")
                }
                Repeater {
                    model: endDialog.presets

                    OptionRadioButton {
                        id: presetButton

                        required property var modelData

                        width: endForm.width
                        ButtonGroup.group: endGroup
                        text: presetButton.modelData.text
                        onCheckedChanged: {
                            if (presetButton.checked)
                                endDialog.presetIso = presetButton.modelData.iso;
                        }
                    }
                }
                OptionRadioButton {
                    id: ownDayButton

                    width: parent.width
                    ButtonGroup.group: endGroup
                    text: qsTr("Until a day I choose", "@option:radio")
                }
                DateField {
                    id: endDateField

                    objectName: "memberEnd"
                    width: parent.width
                    visible: ownDayButton.checked
                    required: ownDayButton.checked
                    label: qsTr("Last day", "@label membership end")
                }
            }
        }

        footer: Pane {
            padding: Theme.largeSpacing
            topPadding: Theme.spacing
            background: null

            DialogButtons {
                width: parent.width
                acceptObjectName: "saveEndDateButton"
                acceptEnabled: endGroup.checkedButton !== null
                onAccepted: endDialog.apply()
                onRejected: endDialog.close()
            }
        }
    }

    ModalDialog {
        id: safetyDialog

        property string account
        property string personName
        property string number

        anchors.centerIn: parent
        width: Math.min(Theme.units * 30, root.width - Theme.spacing * 2)
        title: qsTr("Compare with %1", "@title:dialog").arg(safetyDialog.personName)
        standardButtons: Dialog.Cancel
        contentItem: ColumnLayout {
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Meet in person or call. Both of you open this person in CareCircle; the numbers must be the same.", "@info")
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            SafetyNumber {
                Layout.fillWidth: true
                number: safetyDialog.number
            }
            ActionButton {
                Layout.fillWidth: true
                primary: true
                text: qsTr("The numbers match", "@action:button")
                onClicked: {
                    SpaceMembers.setVerified(safetyDialog.account, true);
                    safetyDialog.close();
                }
            }
        }
    }

    // ---- access log -------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: !SharingSpaces.selectedIsPrivate
        title: qsTr("Who looked at this space", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Each time someone's CareCircle fetched items of this space, the server noted who and when.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: SpaceMembers.accessLogLoading
            running: visible
        }
        MessageLabel {
            Layout.fillWidth: true
            kind: MessageLabel.Error
            text: SpaceMembers.accessLogError
        }
        EmptyState {
            Layout.fillWidth: true
            visible: !SpaceMembers.accessLogLoading && SpaceMembers.accessLog.count === 0
                     && SpaceMembers.accessLogError === ""
            title: qsTr("Nobody yet", "@info empty access log")
            explanation: SharingSpaces.available ? qsTr("When someone you invited opens what you share, you will see it here.", "@info")
                                                     : qsTr("Connect to a server to see the access log.", "@info")
        }
        // A Column, not the card's layout: a Repeater over a C++ model that resets (a language
        // switch does) directly in a Qt 6.4 layout is a known crash.
        Column {
            id: accessLogColumn

            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: SpaceMembers.accessLog

                Label {
                    required property string who
                    required property date time
                    required property int count

                    width: accessLogColumn.width
                    text: qsTr("%1 · %2 · %n item(s)", "@info access log: who · when · how many", count).arg(who).arg(Labels.dateTime(time))
                    wrapMode: Text.Wrap
                    color: Theme.colors.text
                }
            }
        }
        ActionButton {
            Layout.fillWidth: true
            enabled: SharingSpaces.available && !SpaceMembers.accessLogLoading
            text: qsTr("Refresh", "@action:button")
            onClicked: SpaceMembers.refreshAccessLog()
        }
    }
}
