// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Sharing (DESIGN.md §5, §7): the patient's spaces and who is in each, making a new one,
 * invitations still open, and — for someone invited — entering a code. Everything starts
 * private; a goal, plan item or check-in is shared by choosing a space under "Who can see
 * this?".
 */
ScrollablePage {
    id: root

    readonly property var colourCodes: SharingSpaces.colourCodes

    objectName: "sharingPage"
    maximumContentWidth: Theme.formMaxWidth * 1.25
    title: qsTr("Sharing", "@title:window")

    function openSpace(spaceId: string): void {
        SharingSpaces.selectedSpace = spaceId;
        root.StackView.view.push(Qt.resolvedUrl("SpacePage.qml"));
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("You decide who sees what. Everything is private until you put it in a space and invite people to that space. What you share is locked for them alone: the server cannot read it.",
                   "@info sharing intro")
        wrapMode: Text.Wrap
        color: Theme.colors.textMuted
    }

    Card {
        Layout.fillWidth: true
        visible: !SharingSpaces.available
        title: qsTr("Connect to share", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Inviting people needs a CareCircle server. You can already make spaces and choose what goes in them.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        ActionButton {
            Layout.fillWidth: true
            text: qsTr("Connect to a server", "@action:button")
            onClicked: root.StackView.view.push(Qt.resolvedUrl("../sync/SyncPage.qml"))
        }
    }

    // ---- spaces ---------------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        title: qsTr("Your spaces", "@title:group")

        // A Column, not the card's layout: a Repeater over a C++ model that resets (a language
        // switch does) directly in a Qt 6.4 layout is a known crash.
        Column {
            id: spaceColumn

            Layout.fillWidth: true
            spacing: 0

            Repeater {
                model: SharingSpaces.spaces

                ItemDelegate {
                    id: spaceRow
                    Accessible.onPressAction: {
                        if (spaceRow.enabled)
                            spaceRow.clicked();
                    }

                    required property string spaceId
                    required property string name
                    required property string colour
                    required property string summary
                    required property int recordCount
                    required property bool isPrivate

                    objectName: "space_" + spaceRow.name
                    width: spaceColumn.width
                    implicitHeight: Math.max(Theme.minTouch, spaceRow.implicitContentHeight + Theme.spacing)
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("%1, %2, %n items", "@info accessible space row", spaceRow.recordCount)
                                     .arg(spaceRow.name).arg(spaceRow.summary)
                    onClicked: root.openSpace(spaceRow.spaceId)
                    background: Rectangle {
                        color: spaceRow.down || spaceRow.visualFocus ? Theme.colors.surfaceVariant : "transparent"
                        radius: Theme.smallRadius
                        border.width: spaceRow.visualFocus ? Theme.focusWidth : 0
                        border.color: Theme.colors.focus
                    }
                    contentItem: RowLayout {
                        spacing: Theme.spacing

                        Rectangle {
                            Layout.alignment: Qt.AlignVCenter
                            width: Theme.units * 1.5
                            height: width
                            radius: width / 2
                            color: Theme.spaceColour(spaceRow.colour)
                            Accessible.ignored: true
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0

                            Label {
                                Layout.fillWidth: true
                                text: spaceRow.name
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                                color: Theme.colors.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 · %n items", "@info space: who, how many items", spaceRow.recordCount).arg(spaceRow.summary)
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSizeSmall
                                color: Theme.colors.textMuted
                            }
                        }
                    }
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true
        title: qsTr("Make a space", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("For example “Care team”, “Family” or “GP only”. Then invite people to it and choose, item by item, what goes in it.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Repeater {
                model: [qsTr("Care team", "@item suggested space name"), qsTr("Family", "@item suggested space name"),
                    qsTr("GP only", "@item suggested space name")]

                Button {
                    id: suggestionButton

                    Accessible.onPressAction: {
                        if (suggestionButton.enabled)
                            suggestionButton.clicked();
                    }
                    required property string modelData

                    text: modelData
                    implicitHeight: Theme.minTouch
                    onClicked: nameField.text = modelData
                }
            }
        }
        FormTextField {
            id: nameField

            objectName: "spaceNameField"
            Layout.fillWidth: true
            label: qsTr("Name", "@label:textbox space name")
            maximumLength: 60
            onAccepted: createButton.clicked()
        }
        Label {
            id: colourLabel

            Layout.fillWidth: true
            text: qsTr("Colour", "@label")
            color: Theme.colors.text
        }
        ChoiceBox {
            id: colourBox

            Layout.fillWidth: true
            model: root.colourCodes.map(code => ({ value: code, text: Labels.colour(code) }))
            Accessible.name: colourLabel.text
        }
        MessageLabel {
            Layout.fillWidth: true
            kind: MessageLabel.Error
            text: SharingStatus.errorText
        }
        ActionButton {
            id: createButton

            objectName: "createSpaceButton"
            Layout.fillWidth: true
            primary: true
            enabled: nameField.text.trim() !== ""
            text: qsTr("Make this space", "@action:button")
            onClicked: {
                const id = SharingSpaces.createSpace(nameField.text, colourBox.currentValue);
                if (id !== "") {
                    nameField.text = "";
                    root.openSpace(id);
                }
            }
        }
    }

    // ---- invitations ----------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: InviteFlow.pendingInviteCount > 0
        title: qsTr("Open invitations", "@title:group")

        Repeater {
            model: InviteFlow.pendingInviteCount > 0 ? InviteFlow.pendingInvites() : []

            ItemDelegate {
                id: inviteRow
                Accessible.onPressAction: {
                    if (inviteRow.enabled)
                        inviteRow.clicked();
                }

                required property var modelData
                required property int index

                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.minTouch, inviteRow.implicitContentHeight + Theme.spacing)
                onClicked: {
                    InviteFlow.resumeInvite(inviteRow.index);
                    root.StackView.view.push(Qt.resolvedUrl("InvitePage.qml"));
                }
                contentItem: Label {
                    textFormat: Text.PlainText // names and texts other people typed are never markup
                    text: inviteRow.modelData.accepted
                          ? qsTr("%1 accepted your invitation to “%2”: compare the safety number", "@info").arg(inviteRow.modelData.guestName).arg(inviteRow.modelData.space)
                          : qsTr("To “%1”, valid until %2", "@info open invitation").arg(inviteRow.modelData.space).arg(Labels.dateTime(inviteRow.modelData.expires))
                    wrapMode: Text.Wrap
                    color: Theme.colors.text
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true
        title: qsTr("Were you invited?", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("If a patient or a relative gave you an invitation code, enter it here to see what they share with you.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        ActionButton {
            objectName: "enterCodeButton"
            Layout.fillWidth: true
            text: qsTr("Enter an invitation code", "@action:button")
            onClicked: {
                JoinFlow.cancelJoin();
                root.StackView.view.push(Qt.resolvedUrl("JoinSpacePage.qml"));
            }
        }
    }
}
