// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One activity: when it happens (in words, and the next day not done yet), who does it, the
 * goals it serves, and its done log. "Done today" with an optional note; edit; remove (the
 * care plan page then offers Undo).
 */
ScrollablePage {
    id: root

    /** Hex id of the activity. */
    property string activityId
    property string errorText
    readonly property int row: {
        // re-read whenever the controller re-reads the store (it announces that with `changed`)
        void CarePlanController.lastSavedId;
        void CarePlanController.activities.count;
        return CarePlanController.activities.indexOf(root.activityId);
    }
    readonly property var activity: {
        void CarePlanController.lastSavedId;
        void CarePlanController.activities.count;
        return root.row >= 0 ? CarePlanController.activities.get(root.row) : ({});
    }
    readonly property bool exists: root.row >= 0
    /** Only for what is due today or recurring (schedulerules::offersDoneToday): not for a
     *  one-off appointment days ahead. */
    readonly property bool canMarkDone: root.exists && CarePlanController.mayEdit && (root.activity.offersDoneToday ?? false)
    readonly property bool doneToday: root.exists && (root.activity.doneToday ?? false)

    function markDone(): void {
        root.errorText = CarePlanController.markDone(root.activityId, noteField.text);
        if (root.errorText === "")
            noteField.text = "";
    }
    function remove(): void {
        root.errorText = CarePlanController.removeActivity(root.activityId);
        if (root.errorText === "" && root.StackView.view)
            root.StackView.view.pop();
    }

    objectName: "activityDetailPage"
    draftGuard: "text"
    maximumContentWidth: Theme.formMaxWidth * 1.25
    title: root.exists ? (root.activity.title ?? "") : qsTr("Activity", "@title:window")

    Component.onCompleted: CarePlanController.showDoneLog(root.activityId)

    Component {
        id: activityEditor

        ActivityEditorPage { }
    }

    Connections {
        target: CarePlanController

        function onChanged(): void {
            // The log follows this activity even after the list was re-read.
            if (CarePlanController.doneLogActivityId !== root.activityId)
                CarePlanController.showDoneLog(root.activityId);
        }
    }

    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }
    // At the bottom of the page, not of its scrolling content: in view wherever the person is.
    footer: UndoBar {
        objectName: "detailUndoBar"
        text: CarePlanController.undoText
        onUndoRequested: root.errorText = CarePlanController.undo()
        onDismissRequested: CarePlanController.dismissUndo()
    }

    Card {
        Layout.fillWidth: true
        title: root.exists ? (root.activity.title ?? "") : qsTr("This activity is no longer in the plan", "@info")

        Label {
            Layout.fillWidth: true
            visible: root.exists
            text: root.activity.scheduleText ?? ""
            wrapMode: Text.Wrap
            color: Theme.colors.primary
        }
        Label {
            Layout.fillWidth: true
            visible: root.exists
            text: Labels.isValidDate(root.activity.nextDate)
                  ? qsTr("Next: %1", "@info next date of an activity").arg(Labels.day(root.activity.nextDate))
                  : qsTr("No next date", "@info activity without a next date")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Label {
            Layout.fillWidth: true
            visible: root.exists
            text: qsTr("%1 · %2", "@info kind · status").arg(Labels.activityKind(root.activity.kind ?? "")).arg(Labels.activityStatus(root.activity.status ?? ""))
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Label {
            Layout.fillWidth: true
            visible: root.exists
            text: (root.activity.assignees ?? "") !== ""
                  ? qsTr("Who: %1", "@info who does the activity").arg(root.activity.assignees)
                  : qsTr("Who: not chosen yet", "@info")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Label {
            objectName: "activityChangedBy"
            Layout.fillWidth: true
            visible: root.exists && (root.activity.changedBy ?? "") !== ""
            text: qsTr("Last changed by %1", "@info who last changed it, e.g. Els Peeters for Maria").arg(root.activity.changedBy ?? "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
        Label {
            Layout.fillWidth: true
            visible: root.exists && (root.activity.goals ?? []).length > 0
            text: qsTr("For: %1", "@info goals the activity serves").arg((root.activity.goals ?? []).join(qsTr("; ", "@info list separator")))
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Flow {
            Layout.fillWidth: true
            visible: root.exists
            spacing: Theme.spacing

            ActionButton {
                objectName: "editActivityButton"
                visible: CarePlanController.mayEdit
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("Edit", "@action:button")
                Accessible.name: qsTr("Edit this activity", "@action:button accessible")
                onClicked: root.StackView.view.push(activityEditor, { activityId: root.activityId })
            }
            ActionButton {
                objectName: "removeActivityButton"
                visible: CarePlanController.mayEdit
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("Remove", "@action:button")
                Accessible.name: qsTr("Remove this activity from the plan", "@action:button accessible")
                Accessible.description: qsTr("You can undo this right after", "@info accessible")
                onClicked: root.remove()
            }
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.exists && WorkspaceController.circleId === ""

        VisibilityControl {
            objectName: "activityVisibility"
            Layout.fillWidth: true
            recordId: root.exists ? root.activityId : ""
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.exists
        title: qsTr("Done", "@title:group done log")

        FormTextField {
            id: noteField

            objectName: "doneNoteField"
            Layout.fillWidth: true
            visible: root.canMarkDone
            label: qsTr("Note (optional)", "@label:textbox")
            placeholderText: qsTr("How did it go?", "@info:placeholder")
            onAccepted: root.markDone()
        }
        ActionButton {
            objectName: "detailDoneTodayButton"
            Layout.fillWidth: true
            visible: root.canMarkDone || root.doneToday
            primary: root.canMarkDone
            enabled: root.canMarkDone
            text: root.canMarkDone ? qsTr("Done today", "@action:button") : qsTr("Done today ✓", "@action:button already marked")
            Accessible.name: root.canMarkDone ? qsTr("Mark as done today", "@action:button accessible")
                                              : qsTr("Already marked as done today", "@info accessible")
            onClicked: root.markDone()
        }
        EmptyState {
            Layout.fillWidth: true
            visible: CarePlanController.doneLog.count === 0
            title: qsTr("Not done yet", "@info empty done log")
            explanation: qsTr("Each time you mark it as done, the day and your note are kept here, so you and your care team can see how it goes.",
                              "@info empty done log")
        }
        // A positioner, not the card's layout, holds the rows (see the check-in history), and
        // the newest few only: a daily activity's log holds up to 1,000 days.
        Column {
            id: doneLogColumn

            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: CarePlanController.recentDoneLog

                ColumnLayout {
                    id: entry

                    required property date date
                    required property string byName
                    required property string note

                    objectName: "doneLogEntry"
                    width: doneLogColumn.width
                    spacing: 0
                    Accessible.role: Accessible.ListItem
                    Accessible.name: entry.note !== "" ? qsTr("%1 · %2: %3", "@info accessible done log entry: day · by whom: note").arg(Labels.day(entry.date)).arg(entry.byName).arg(entry.note)
                                                       : qsTr("%1 · %2", "@info done log: day · by whom").arg(Labels.day(entry.date)).arg(entry.byName)

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2", "@info done log: day · by whom").arg(Labels.day(entry.date)).arg(entry.byName)
                        wrapMode: Text.Wrap
                        font.weight: Font.DemiBold
                        color: Theme.colors.text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: entry.note !== ""
                        text: entry.note
                        wrapMode: Text.Wrap
                        color: Theme.colors.textMuted
                    }
                }
            }
        }
        MoreRowsButton {
            objectName: "earlierDoneLogButton"
            Layout.fillWidth: true
            rows: CarePlanController.recentDoneLog
            text: qsTr("Show earlier times (%n more)", "@action:button done log", CarePlanController.recentDoneLog.hiddenCount)
        }
    }

    CommentThreadCard {
        id: comments

        Layout.fillWidth: true
        visible: root.exists
        targetId: root.activityId
        targetKind: "activity"
        emptyExplanation: qsTr("When someone in your care circle comments on this part of your plan, you will read it here.", "@info empty comments")
    }
    Component.onDestruction: comments.markSeen()
}
