// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Starts the care plan or edits it: title, status, period, the coordinator (chosen from the
 * care team) and the next review date, which is usually the multidisciplinary meeting.
 */
ScrollablePage {
    id: root

    property string errorText
    readonly property bool isNew: !CarePlanController.hasPlan

    function codeChoices(codes: var, labelOf: var): var {
        const choices = [];
        for (let i = 0; i < codes.length; ++i)
            choices.push({ value: codes[i], text: labelOf(codes[i]) });
        return choices;
    }
    function isoDate(value: var): string {
        return Labels.isValidDate(value) ? Qt.formatDate(value, "yyyy-MM-dd") : "";
    }
    function save(): void {
        if (!startField.validate() || !endField.validate() || !reviewField.validate())
            return;
        root.errorText = CarePlanController.savePlan(titleField.text, statusBox.currentValue, startField.isoDate,
                                                     endField.isoDate, reviewField.isoDate, coordinatorBox.currentValue ?? "");
        if (root.errorText === "" && root.StackView.view)
            root.StackView.view.pop();
    }

    objectName: "planEditorPage"
    draftGuard: "form"
    maximumContentWidth: Theme.formMaxWidth
    title: root.isNew ? qsTr("Start your care plan", "@title:window") : qsTr("Edit care plan", "@title:window")

    Component.onCompleted: {
        titleField.text = root.isNew ? qsTr("My care plan", "@info default plan title") : CarePlanController.title;
        statusBox.selectValue(root.isNew ? "active" : CarePlanController.status);
        startField.setDate(root.isNew ? new Date() : CarePlanController.periodStart);
        endField.setDate(CarePlanController.periodEnd);
        reviewField.setDate(CarePlanController.nextReview);
        coordinatorBox.selectValue(CarePlanController.coordinatorId);
        titleField.focusField();
    }

    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }

    FormTextField {
        id: titleField

        objectName: "planTitleField"
        Layout.fillWidth: true
        label: qsTr("Title", "@label:textbox")
        onAccepted: root.save()
    }

    Column {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Label {
            id: statusLabel

            width: parent.width
            text: qsTr("Status", "@label:listbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: statusBox

            width: parent.width
            model: root.codeChoices(CarePlanController.planStatuses, code => Labels.planStatus(code))
            Accessible.name: statusLabel.text
        }
    }

    DateField {
        id: startField

        objectName: "planStart"
        Layout.fillWidth: true
        required: true
        label: qsTr("Plan starts on", "@label:textbox")
    }
    DateField {
        id: endField

        objectName: "planEnd"
        Layout.fillWidth: true
        label: qsTr("Plan ends on (optional)", "@label:textbox")
    }

    Column {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Label {
            id: coordinatorLabel

            width: parent.width
            text: qsTr("Who coordinates your care?", "@label:listbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: coordinatorBox

            width: parent.width
            model: {
                const choices = [{ value: "", text: qsTr("Nobody yet", "@item:inlistbox coordinator") }];
                // Not through a local holding the model (Qt 6.4, see CareTeamPage.openSubPage).
                for (let row = 0; row < CareTeamController.members.count; ++row) {
                    const m = CareTeamController.members.get(row);
                    choices.push({ value: m.recordId, text: qsTr("%1 (%2)", "@item:inlistbox name (role)").arg(m.name).arg(Labels.role(m.role)) });
                }
                return choices;
            }
            Accessible.name: coordinatorLabel.text
        }
        Label {
            width: parent.width
            text: qsTr("Often your case manager. Add people in your care team first.", "@info")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
    }

    DateField {
        id: reviewField

        objectName: "planReview"
        Layout.fillWidth: true
        label: qsTr("Next review (optional)", "@label:textbox")
        help: qsTr("The day you and your care team next look at the plan together, often the multidisciplinary meeting.", "@info")
    }

    DialogButtons {
        Layout.fillWidth: true
        acceptObjectName: "savePlanButton"
        acceptName: qsTr("Save the care plan", "@action:button accessible")
        onAccepted: root.save()
        onRejected: root.closeRequested()
    }
}
