// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * How patients see a care-team member's comments: her name (kept sealed in her own private
 * space) and her care role. Asked once; afterwards one line with "Change".
 */
Card {
    id: root

    property bool editing: !WorkspaceController.identityComplete
    property string message

    function save(): void {
        let problem = WorkspaceController.setMyName(nameField.text);
        if (problem === "")
            problem = WorkspaceController.setMyRole(roleBox.currentValue ?? "");
        root.message = problem;
        if (problem === "")
            root.editing = false;
    }

    objectName: "workspaceIdentityCard"
    title: root.editing ? qsTr("Your name as patients see it", "@title:group workspace identity")
                        : qsTr("You comment as", "@title:group workspace identity")

    Label {
        Layout.fillWidth: true
        visible: !root.editing
        text: qsTr("%1 · %2", "@info name · care role").arg(WorkspaceController.myName).arg(Labels.role(WorkspaceController.myRole))
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    ActionButton {
        // As wide as its text, at most as wide as the card: a long label wraps.
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: !root.editing
        flat: true
        text: qsTr("Change", "@action:button workspace identity")
        Accessible.name: qsTr("Change your name or role", "@action:button accessible")
        onClicked: {
            nameField.text = WorkspaceController.myName;
            roleBox.selectValue(WorkspaceController.myRole);
            root.editing = true;
            nameField.focusField();
        }
    }

    Label {
        Layout.fillWidth: true
        visible: root.editing
        text: qsTr("Your patients see this name and role next to your comments. Your name is kept encrypted in your own vault.",
                   "@info workspace identity")
        wrapMode: Text.Wrap
        color: Theme.colors.textMuted
    }
    FormTextField {
        id: nameField

        objectName: "myNameField"
        Layout.fillWidth: true
        visible: root.editing
        label: qsTr("Your name", "@label:textbox")
        text: WorkspaceController.myName
        placeholderText: qsTr("e.g. dr. An Claes", "@info:placeholder")
        onAccepted: root.save()
    }
    Label {
        id: roleLabel

        Layout.fillWidth: true
        visible: root.editing
        text: qsTr("Your role in the care team", "@label:listbox")
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    ChoiceBox {
        id: roleBox

        objectName: "myRoleBox"
        Layout.fillWidth: true
        visible: root.editing
        model: {
            const roles = [];
            for (const code of WorkspaceController.roles)
                roles.push({ value: code, text: Labels.role(code) });
            return roles;
        }
        Accessible.name: roleLabel.text
        Component.onCompleted: roleBox.selectValue(WorkspaceController.myRole !== "" ? WorkspaceController.myRole : "gp")
    }
    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.message
    }
    ActionButton {
        objectName: "saveIdentityButton"
        // As wide as its text, at most as wide as the card: a long label wraps.
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        visible: root.editing
        primary: true
        text: qsTr("Save", "@action:button")
        Accessible.name: qsTr("Save your name and role", "@action:button accessible")
        onClicked: root.save()
    }
}
