// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Writes a new goal (`goalId` empty) or edits one: what matters in the person's own words
 * (required), life or care goal, part of life (required), a target, a date to aim for
 * (day / month / year, checked), priority, and steps to add and remove. Emits `saved(id)`
 * after a successful write (the page that pushed it pops it); its Cancel asks the shell to
 * close it as Back would (ScrollablePage.closeRequested).
 */
ScrollablePage {
    id: root

    property string goalId
    readonly property bool editing: root.goalId !== ""
    property string errorText
    property bool writing: false
    /** Steps as typed, [{text, done}], kept in QML until Save. */
    property var steps: []
    readonly property var kindCodes: GoalsController.kindCodes
    readonly property var domainCodes: GoalsController.domainCodes

    /** Shown next to the field they are about (set by save()). */
    property string whatError
    property string domainError

    signal saved(string goalId)

    function load(): void {
        if (!root.editing)
            return;
        const goal = root.loadGoal();
        if (goal.id === undefined)
            return;
        whatField.text = goal.whatMattersToMe;
        kindBox.selectValue(goal.kind);
        domainBox.selectValue(goal.domain);
        targetField.text = goal.target;
        priorityBox.selectValue(goal.priority);
        targetDateField.setIsoDate(goal.targetDateIso);
        root.steps = goal.steps.map(step => ({ text: step.text, done: step.done }));
    }
    /** As a plain JS object, so its keys are read without the QVariantMap type getting in the way. */
    function loadGoal(): var {
        return GoalsController.goal(root.goalId);
    }
    function addStep(): void {
        root.steps = root.steps.concat([{ text: "", done: false }]);
        const row = stepRepeater.itemAt(root.steps.length - 1) as StepEditorRow;
        if (row)
            row.focusField();
    }
    function removeStep(index: int): void {
        const copy = root.steps.slice();
        copy.splice(index, 1);
        root.steps = copy;
    }
    function setStepText(index: int, text: string): void {
        // No reassignment: the Repeater keeps its rows (and the field its cursor) while typing.
        root.steps[index].text = text;
    }
    function save(): void {
        root.errorText = "";
        root.whatError = whatField.text.trim() === ""
                ? qsTr("Write in your own words what matters to you: that is the heart of a goal.", "@info validation") : "";
        root.domainError = domainBox.currentValue === ""
                ? qsTr("Choose the part of life this goal is about.", "@info validation") : "";
        // Each error is next to its field; the first field to fix gets the focus.
        if (root.whatError !== "") {
            whatField.forceActiveFocus();
            return;
        }
        if (root.domainError !== "") {
            domainBox.forceActiveFocus();
            return;
        }
        if (!targetDateField.validate())
            return;
        const fields = {
            whatMattersToMe: whatField.text,
            kind: kindBox.currentValue,
            domain: domainBox.currentValue,
            target: targetField.text,
            targetDate: targetDateField.isoDate,
            priority: priorityBox.currentValue,
            steps: root.steps.filter(step => step.text.trim() !== "")
        };
        root.writing = true;
        let id = root.goalId;
        if (root.editing) {
            if (!GoalsController.updateGoal(root.goalId, fields))
                id = "";
        } else {
            fields.status = "active";
            fields.space = newGoalVisibility.spaceId;
            id = GoalsController.createGoal(fields);
        }
        root.writing = false;
        if (id !== "")
            root.saved(id);
    }

    objectName: "goalEditorPage"
    draftGuard: "form"
    maximumContentWidth: Theme.formMaxWidth
    title: root.editing ? qsTr("Edit goal", "@title:window") : qsTr("New goal", "@title:window")

    Component.onCompleted: {
        root.load();
        whatField.forceActiveFocus();
    }

    Connections {
        target: GoalsController
        enabled: root.writing

        function onFailed(message: string): void {
            root.errorText = message;
        }
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible
        onActivated: root.save()
    }

    // ---- what matters -----------------------------------------------------------------------
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Label {
            id: whatLabel

            Layout.fillWidth: true
            text: qsTr("What matters to me (required)", "@label:textbox")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            color: Theme.colors.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("In your own words: what would you like to be able to do, again or still?", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        FormTextArea {
            id: whatField

            objectName: "whatMattersField"
            Layout.fillWidth: true
            placeholderText: qsTr("For example: walking to the Saturday market again", "@info:placeholder")
            Accessible.name: whatLabel.text
            Accessible.description: root.whatError
            KeyNavigation.tab: kindBox
            onTextChanged: if (whatField.text.trim() !== "") root.whatError = ""
        }
        MessageLabel {
            objectName: "whatError"
            Layout.fillWidth: true
            kind: MessageLabel.Error
            text: root.whatError
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Label {
                id: kindLabel

                Layout.fillWidth: true
                text: qsTr("Kind of goal", "@label:listbox")
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            ChoiceBox {
                id: kindBox

                objectName: "kindBox"
                Layout.fillWidth: true
                model: root.kindCodes.map(code => ({ value: code, text: Labels.goalKind(code) }))
                Accessible.name: kindLabel.text
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Label {
                id: domainLabel

                Layout.fillWidth: true
                text: qsTr("Part of life (required)", "@label:listbox")
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            ChoiceBox {
                id: domainBox

                objectName: "domainBox"
                Layout.fillWidth: true
                model: {
                    const choices = root.domainCodes.map(code => ({ value: code, text: Labels.domain(code) }));
                    choices.unshift({ value: "", text: qsTr("Choose…", "@item:inlistbox no domain chosen yet") });
                    return choices;
                }
                Accessible.name: domainLabel.text
                Accessible.description: root.domainError
                onActivated: if (domainBox.currentValue !== "") root.domainError = ""
            }
            MessageLabel {
                objectName: "domainError"
                Layout.fillWidth: true
                kind: MessageLabel.Error
                text: root.domainError
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Label {
            id: targetLabel

            Layout.fillWidth: true
            text: qsTr("How will I know I got there? (optional)", "@label:textbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        FormTextArea {
            id: targetField

            objectName: "targetField"
            Layout.fillWidth: true
            placeholderText: qsTr("For example: walk 500 m with my rollator", "@info:placeholder")
            Accessible.name: targetLabel.text
        }
    }

    // ---- target date --------------------------------------------------------------------------
    DateField {
        id: targetDateField

        objectName: "targetDate"
        Layout.fillWidth: true
        label: qsTr("When would I like to get there? (optional)", "@label")
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Label {
            id: priorityLabel

            Layout.fillWidth: true
            text: qsTr("How important is it now?", "@label:listbox priority")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: priorityBox

            objectName: "priorityBox"
            Layout.fillWidth: true
            model: [
                { value: 1, text: qsTr("Very important", "@item:inlistbox priority 1") },
                { value: 2, text: qsTr("Important", "@item:inlistbox priority 2") },
                { value: 3, text: qsTr("Some day", "@item:inlistbox priority 3") }
            ]
            Accessible.name: priorityLabel.text
            Component.onCompleted: priorityBox.selectValue(2)
        }
    }

    // ---- steps ----------------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        title: qsTr("Steps", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Small steps that bring you closer. You can tick them off later.", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Repeater {
            id: stepRepeater

            model: root.steps.length

            StepEditorRow {
                required property int index

                Layout.fillWidth: true
                number: index + 1
                text: root.steps[index] ? root.steps[index].text : ""
                onEdited: value => root.setStepText(index, value)
                onRemoveRequested: root.removeStep(index)
            }
        }
        ActionButton {
            objectName: "addStepButton"
            // As wide as its text, at most as wide as the card: a long label wraps.
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            text: qsTr("Add a step", "@action:button")
            Accessible.name: text
            onClicked: root.addStep()
        }
    }

    MessageLabel {
        objectName: "editorError"
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }

    Card {
        Layout.fillWidth: true
        visible: !root.editing

        VisibilityControl {
            id: newGoalVisibility

            objectName: "newGoalVisibility"
            Layout.fillWidth: true
        }
    }

    DialogButtons {
        Layout.fillWidth: true
        acceptObjectName: "saveGoalButton"
        acceptText: root.editing ? qsTr("Save changes", "@action:button") : qsTr("Save goal", "@action:button")
        acceptDescription: qsTr("Shortcut: Ctrl+S", "@info accessible")
        onAccepted: root.save()
        onRejected: root.closeRequested()
    }
}
