// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * A new activity of the care plan, or one to change: what, what kind, who does it, and when:
 * when needed, once on a day, or repeating every N days or weeks on chosen weekdays, with an
 * optional time and last day. The schedule is shown in words as it is typed; the controller
 * validates and says what to fix.
 */
ScrollablePage {
    id: root

    /** Hex id of the activity to edit; empty for a new one. */
    property string activityId
    property string errorText
    property var assigneeIds: []
    property int weekdays: 0
    readonly property bool isNew: root.activityId === ""
    readonly property int daysPerWeek: 7
    readonly property var fields: ({
        title: titleField.text,
        kind: kindBox.currentValue ?? "",
        assigneeIds: root.assigneeIds,
        status: statusBox.currentValue ?? "planned",
        scheduleType: onceButton.checked ? "once" : recurringButton.checked ? "recurring" : "none",
        date: dateField.isoDate,
        start: startField.isoDate,
        end: endField.isoDate,
        every: parseInt(everyField.text) || 0,
        unit: unitBox.currentValue ?? "weeks",
        weekdays: root.weekdays,
        time: timeField.text
    })
    readonly property string scheduleText: CarePlanController.describeSchedule(root.fields)

    function codeChoices(codes: var, labelOf: var): var {
        const choices = [];
        for (let i = 0; i < codes.length; ++i)
            choices.push({ value: codes[i], text: labelOf(codes[i]) });
        return choices;
    }
    function isoDate(value: var): string {
        return Labels.isValidDate(value) ? Qt.formatDate(value, "yyyy-MM-dd") : "";
    }
    function toggleAssignee(id: string, on: bool): void {
        const ids = root.assigneeIds.filter(existing => existing !== id);
        if (on)
            ids.push(id);
        root.assigneeIds = ids;
    }
    function save(): void {
        // Only the dates of the chosen kind of schedule count, each checked next to itself.
        if (onceButton.checked && !dateField.validate())
            return;
        if (recurringButton.checked && (!startField.validate() || !endField.validate()))
            return;
        root.errorText = CarePlanController.saveActivity(root.activityId, root.fields);
        if (root.errorText === "" && root.StackView.view)
            root.StackView.view.pop();
    }

    objectName: "activityEditorPage"
    draftGuard: "form"
    maximumContentWidth: Theme.formMaxWidth
    title: root.isNew ? qsTr("New activity", "@title:window") : qsTr("Edit activity", "@title:window")

    Component.onCompleted: {
        const today = root.isoDate(new Date());
        const a = root.isNew ? ({}) : CarePlanController.activity(root.activityId);
        titleField.text = a.title ?? "";
        kindBox.selectValue(a.kind ?? "self_management");
        statusBox.selectValue(a.status ?? "planned");
        root.assigneeIds = a.assigneeIds ?? [];
        const type = a.scheduleType ?? "once";
        onceButton.checked = type === "once";
        recurringButton.checked = type === "recurring";
        neededButton.checked = type === "none";
        dateField.setIsoDate(a.date || today);
        startField.setIsoDate(a.start || today);
        endField.setIsoDate(a.end ?? "");
        everyField.text = String(a.every ?? 1);
        unitBox.selectValue(a.unit ?? "weeks");
        root.weekdays = a.weekdays ?? 0;
        timeField.text = a.time ?? "";
        titleField.focusField();
    }

    MessageLabel {
        objectName: "activityError"
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }

    FormTextField {
        id: titleField

        objectName: "activityTitleField"
        Layout.fillWidth: true
        label: qsTr("What is it?", "@label:textbox activity title")
        placeholderText: qsTr("For example: Walk to the park", "@info:placeholder")
    }

    Column {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Label {
            id: kindLabel

            width: parent.width
            text: qsTr("Kind", "@label:listbox activity kind")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: kindBox

            objectName: "activityKindBox"
            width: parent.width
            model: root.codeChoices(CarePlanController.activityKinds, code => Labels.activityKind(code))
            Accessible.name: kindLabel.text
        }
    }

    // ---- who -----------------------------------------------------------------------------
    Column {
        Layout.fillWidth: true
        spacing: 0
        Accessible.role: Accessible.Grouping
        Accessible.name: whoLabel.text

        Label {
            id: whoLabel

            width: parent.width
            text: qsTr("Who does it?", "@label")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Label {
            width: parent.width
            visible: CareTeamController.members.count === 0
            text: qsTr("Add the people in your care team first; then you can choose them here.", "@info")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
        Repeater {
            model: CareTeamController.members

            OptionCheckBox {
                id: memberOption

                required property string recordId
                required property string name
                required property string role

                objectName: "assignee_" + memberOption.name
                width: parent.width
                text: qsTr("%1 (%2)", "@option:check name (role)").arg(memberOption.name).arg(Labels.role(memberOption.role))
                checked: root.assigneeIds.indexOf(memberOption.recordId) >= 0
                onToggled: root.toggleAssignee(memberOption.recordId, memberOption.checked)
            }
        }
    }

    // ---- when ----------------------------------------------------------------------------
    Column {
        Layout.fillWidth: true
        spacing: 0
        Accessible.role: Accessible.Grouping
        Accessible.name: whenLabel.text

        Label {
            id: whenLabel

            width: parent.width
            text: qsTr("When?", "@label")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        OptionRadioButton {
            id: onceButton

            objectName: "scheduleOnceButton"
            width: parent.width
            text: qsTr("Once, on one day", "@option:radio")
        }
        OptionRadioButton {
            id: recurringButton

            objectName: "scheduleRecurringButton"
            width: parent.width
            text: qsTr("It repeats", "@option:radio")
        }
        OptionRadioButton {
            id: neededButton

            width: parent.width
            text: qsTr("When needed, no fixed day", "@option:radio")
        }
    }

    DateField {
        id: dateField

        objectName: "activityDate"
        Layout.fillWidth: true
        visible: onceButton.checked
        required: onceButton.checked
        label: qsTr("Day", "@label:textbox")
    }

    Column {
        Layout.fillWidth: true
        visible: recurringButton.checked
        spacing: Theme.spacing

        FormTextField {
            id: everyField

            objectName: "activityEveryField"
            width: parent.width
            label: qsTr("Every", "@label:textbox every N days or weeks")
            inputMethodHints: Qt.ImhDigitsOnly
            field.validator: IntValidator { bottom: 1; top: 365 }
        }
        Label {
            id: unitLabel

            width: parent.width
            text: qsTr("Days or weeks", "@label:listbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: unitBox

            objectName: "activityUnitBox"
            width: parent.width
            model: [
                // Names of the unit, not a count: the schedule in words below says "every 2 weeks".
                { value: "days", text: qsTr("Days", "@item:inlistbox unit of an every-N schedule") },
                { value: "weeks", text: qsTr("Weeks", "@item:inlistbox unit of an every-N schedule") }
            ]
            Accessible.name: unitLabel.text
        }


        Column {
            width: parent.width
            spacing: 0
            Accessible.role: Accessible.Grouping
            Accessible.name: weekdaysLabel.text

            Label {
                id: weekdaysLabel

                width: parent.width
                text: unitBox.currentValue === "days" ? qsTr("Only on these days (optional)", "@label")
                                                      : qsTr("On these days", "@label")
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing

                Repeater {
                    model: root.daysPerWeek

                    OptionCheckBox {
                        id: dayOption

                        required property int index
                        readonly property int bit: 1 << dayOption.index

                        objectName: "weekday" + dayOption.index
                        // bit 0 is Monday; Qt.locale().dayName() counts from Sunday
                        text: Qt.locale().dayName((dayOption.index + 1) % root.daysPerWeek, Locale.ShortFormat)
                        Accessible.name: Qt.locale().dayName((dayOption.index + 1) % root.daysPerWeek, Locale.LongFormat)
                        checked: (root.weekdays & dayOption.bit) !== 0
                        onToggled: root.weekdays = dayOption.checked ? (root.weekdays | dayOption.bit) : (root.weekdays & ~dayOption.bit)
                    }
                }
            }
        }

        DateField {
            id: startField

            objectName: "activityStart"
            width: parent.width
            required: recurringButton.checked
            label: qsTr("From", "@label:textbox first day")
        }
        DateField {
            id: endField

            objectName: "activityEnd"
            width: parent.width
            label: qsTr("Until (optional)", "@label:textbox last day")
        }
    }

    FormTextField {
        id: timeField

        Layout.fillWidth: true
        visible: !neededButton.checked
        label: qsTr("Time (optional)", "@label:textbox")
        placeholderText: qsTr("HH:MM", "@info:placeholder time")
        inputMethodHints: Qt.ImhTime
    }

    Column {
        Layout.fillWidth: true
        visible: !root.isNew
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
            model: root.codeChoices(CarePlanController.activityStatuses, code => Labels.activityStatus(code))
            Accessible.name: statusLabel.text
        }
    }

    Label {
        objectName: "schedulePreview"
        Layout.fillWidth: true
        text: qsTr("Schedule: %1", "@info schedule preview").arg(root.scheduleText)
        wrapMode: Text.Wrap
        color: Theme.colors.primary
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    DialogButtons {
        Layout.fillWidth: true
        acceptObjectName: "saveActivityButton"
        acceptName: qsTr("Save the activity", "@action:button accessible")
        onAccepted: root.save()
        onRejected: root.closeRequested()
    }
}
