// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * The people in the care circle as the patient wrote them down: the patient first, then by
 * role, with who coordinates the care. Add, edit, make coordinator, remove (with Undo).
 * Inviting people to see the plan comes with sharing. Two columns of people on wide windows.
 */
ScrollablePage {
    id: root

    property string errorText
    readonly property real twoColumnWidth: Theme.units * 40
    readonly property int columns: Theme.wide && root.availableWidth >= root.twoColumnWidth ? 2 : 1

    function editMember(recordId: string): void {
        const view = root.StackView.view;
        if (view)
            view.push(memberEditor, { memberId: recordId });
    }

    /** The record id of row @p row of a list model (rows are maps; `var` keeps qmllint from
     *  typing them as QVariantMap, whose keys it cannot know). */
    function recordIdAt(model: var, row: int): string {
        return model.get(row).recordId;
    }
    /** Opens the editor of the first person after the patient (Main.qml's sub-page keys). */
    function openSubPage(key: string): bool {
        // Not through a local holding the model: Qt 6.4's qmlcachegen reads a property of an
        // object kept in a local as if the local were a value type, i.e. from the stack
        // (tests/tools/check_aot_lookups.py keeps that shape out).
        if (key !== "member-editor" || CareTeamController.members.count === 0)
            return false;
        root.editMember(root.recordIdAt(CareTeamController.members, CareTeamController.members.count > 1 ? 1 : 0));
        return true;
    }

    objectName: "careTeamPage"
    title: qsTr("Care team", "@title:window")

    Component {
        id: memberEditor

        MemberEditorPage { }
    }

    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }
    // At the bottom of the page, in view, as on every page with Undo (not above the list).
    footer: UndoBar {
        objectName: "teamUndoBar"
        text: CareTeamController.undoText
        onUndoRequested: root.errorText = CareTeamController.undo()
        onDismissRequested: CareTeamController.dismissUndo()
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Label {
            Layout.fillWidth: true
            text: CarePlanController.coordinatorName !== ""
                  ? qsTr("%1 coordinates your care. Ask them first when something needs to be arranged.", "@info").arg(CarePlanController.coordinatorName)
                  : qsTr("Choose who coordinates your care, often your case manager: open the menu next to their name.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
    }
    ActionButton {
        objectName: "addMemberButton"
        Layout.fillWidth: true
        primary: true
        text: qsTr("Add a person", "@action:button")
        Accessible.name: qsTr("Add a person to your care team", "@action:button accessible")
        onClicked: root.editMember("")
    }

    Card {
        Layout.fillWidth: true
        visible: CareTeamController.members.count === 0
        title: qsTr("Who helps you?", "@title:group empty team")

        EmptyState {
            Layout.fillWidth: true
            explanation: qsTr("Add the people who care for you: your family doctor, the home nurse, the pharmacist, your case manager, and the family members or friends who help. Write down how to reach them, so everything is in one place.",
                              "@info empty team")
        }
    }

    GridLayout {
        Layout.fillWidth: true
        visible: CareTeamController.members.count > 0
        columns: root.columns
        columnSpacing: Theme.largeSpacing
        rowSpacing: Theme.largeSpacing

        Repeater {
            model: CareTeamController.members

            Card {
                id: memberCard

                required property int index
                required property string recordId
                required property string name
                required property string role
                required property string organisation
                required property string contact
                required property bool isCoordinator
                required property bool isPatient
                required property bool former
                required property bool linked

                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: ""
                Accessible.name: memberCard.former ? qsTr("%1, former member", "@info accessible").arg(memberCard.name) : memberCard.name
                opacity: memberCard.former ? 0.8 : 1

                MemberDelegate {
                    Layout.fillWidth: true
                    index: 0
                    recordId: memberCard.recordId
                    name: memberCard.name
                    role: memberCard.role
                    organisation: memberCard.organisation
                    contact: memberCard.contact
                    isCoordinator: memberCard.isCoordinator
                    isPatient: memberCard.isPatient
                    onEditRequested: recordId => root.editMember(recordId)
                    onCoordinatorRequested: (recordId, coordinates) => root.errorText = CareTeamController.setCoordinator(coordinates ? recordId : "")
                    onRemoveRequested: recordId => root.errorText = CareTeamController.removeMember(recordId)
                }
                Label {
                    objectName: "memberStatus_" + memberCard.index
                    Layout.fillWidth: true
                    visible: memberCard.former || memberCard.linked
                    text: memberCard.former
                          ? qsTr("Former member: no longer in any space you share, so receives nothing new.", "@info care team card")
                          : qsTr("Uses CareCircle: sees what you share with them.", "@info care team card")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeSmall
                    font.weight: memberCard.former ? Font.DemiBold : Font.Normal
                    color: Theme.colors.textMuted
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("These are your own notes about your care team. Inviting someone to see your plan comes with sharing.", "@info")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
}
