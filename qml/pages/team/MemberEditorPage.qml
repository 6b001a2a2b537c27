// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/** Adds a person to the care team or changes one: name, role, organisation, how to reach them. */
ScrollablePage {
    id: root

    /** Hex id of the person to edit; empty for a new one. */
    property string memberId
    property string errorText
    readonly property bool isNew: root.memberId === ""
    readonly property var original: root.isNew ? ({}) : CareTeamController.member(root.memberId)
    readonly property bool isPatient: root.original.isPatient ?? false

    function save(): void {
        root.errorText = CareTeamController.saveMember(root.memberId, nameField.text, roleBox.currentValue ?? "",
                                                       organisationField.text, contactField.text);
        if (root.errorText === "" && root.StackView.view)
            root.StackView.view.pop();
    }

    objectName: "memberEditorPage"
    draftGuard: "form"
    maximumContentWidth: Theme.formMaxWidth
    title: root.isNew ? qsTr("Add a person", "@title:window") : qsTr("Edit person", "@title:window")

    Component.onCompleted: {
        nameField.text = root.original.name ?? "";
        roleBox.selectValue(root.original.role ?? "gp");
        organisationField.text = root.original.organisation ?? "";
        contactField.text = root.original.contact ?? "";
        nameField.focusField();
    }

    MessageLabel {
        objectName: "memberError"
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }

    FormTextField {
        id: nameField

        objectName: "memberNameField"
        Layout.fillWidth: true
        label: qsTr("Name", "@label:textbox")
        placeholderText: qsTr("For example: Dr. An Claes", "@info:placeholder")
        onAccepted: root.save()
    }

    Column {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Label {
            id: roleLabel

            width: parent.width
            text: qsTr("Role", "@label:listbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: roleBox

            objectName: "memberRoleBox"
            width: parent.width
            enabled: !root.isPatient
            model: {
                const roles = [];
                for (const code of CareTeamController.roles) {
                    if (code !== "patient" || root.isPatient)
                        roles.push({ value: code, text: Labels.role(code) });
                }
                return roles;
            }
            Accessible.name: roleLabel.text
        }
    }

    FormTextField {
        id: organisationField

        Layout.fillWidth: true
        label: qsTr("Organisation (optional)", "@label:textbox")
        placeholderText: qsTr("For example: Wit-Gele Kruis, the GP practice", "@info:placeholder")
        onAccepted: root.save()
    }

    FormTextField {
        id: contactField

        Layout.fillWidth: true
        label: qsTr("Phone or e-mail (optional)", "@label:textbox")
        inputMethodHints: Qt.ImhNoAutoUppercase
        onAccepted: root.save()
    }

    DialogButtons {
        Layout.fillWidth: true
        acceptObjectName: "saveMemberButton"
        acceptName: qsTr("Save this person", "@action:button accessible")
        onAccepted: root.save()
        onRejected: root.closeRequested()
    }
}
