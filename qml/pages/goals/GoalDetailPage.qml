// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One goal (GoalsController.selectedGoal): what matters in large type, its part of life,
 * target and date, where it stands (editable), the steps to tick off, how it has moved
 * (a chart of ratings and the history, with "Log progress"), the care circle's comments,
 * Edit and Delete (after a confirmation; the Goals page offers Undo).
 * Shown beside the list on wide windows (`embedded`) or pushed on narrow ones.
 */
ScrollablePage {
    id: root

    /** Where Edit pushes the editor. */
    property var navigator: root.StackView.view
    /** Shown beside the list rather than pushed. */
    property bool embedded: false
    property string errorText
    property bool writing: false

    readonly property var goal: GoalsController.selectedGoal
    readonly property bool hasGoal: root.goal.id !== undefined
    readonly property string goalId: root.hasGoal ? root.goal.id : ""
    readonly property var steps: root.hasGoal ? root.goal.steps : []
    readonly property var statusCodes: GoalsController.statusCodes
    readonly property var achievementCodes: GoalsController.achievementCodes

    readonly property alias progressDialog: logDialog
    readonly property alias progressToast: progressToast
    readonly property alias removeDialog: deleteDialog

    /** The goal was deleted from this page. */
    signal removed()

    /** Runs one GoalsController write, showing its refusal on this page. */
    function write(operation: var): bool {
        root.errorText = "";
        root.writing = true;
        const ok = operation();
        root.writing = false;
        return ok;
    }
    function edit(): void {
        if (root.navigator && root.hasGoal)
            root.navigator.push(editorComponent, { goalId: root.goalId });
    }
    function logProgress(): void {
        const last = GoalsController.progress.ratings;
        logDialog.initialRating = last.length > 0 ? last[last.length - 1].rating : 5;
        logDialog.open();
    }

    objectName: "goalDetailPage"
    draftGuard: "text"
    title: qsTr("Goal", "@title:window")
    maximumContentWidth: Theme.formMaxWidth * 1.25

    Connections {
        target: GoalsController
        enabled: root.writing

        function onFailed(message: string): void {
            root.errorText = message;
        }
    }

    Component {
        id: editorComponent

        GoalEditorPage {
            id: editor

            onSaved: editor.StackView.view.pop()
        }
    }

    LogProgressDialog {
        id: logDialog

        goalId: root.goalId
        goalTitle: root.hasGoal ? root.goal.whatMattersToMe : ""
        onLogged: progressToast.show(qsTr("Progress saved", "@info confirmation"))
    }
    Toast {
        id: progressToast

        objectName: "progressToast"
    }

    ConfirmDialog {
        id: deleteDialog

        title: qsTr("Delete this goal?", "@title:window")
        text: qsTr("The goal, its steps and its place in your list go away. Its progress notes stay in your vault. You can undo this for a few seconds.",
                   "@info delete goal")
        confirmText: qsTr("Delete goal", "@action:button")
        onConfirmed: {
            if (root.write(() => GoalsController.removeGoal(root.goalId)))
                root.removed();
        }
    }

    EmptyState {
        Layout.fillWidth: true
        visible: !root.hasGoal
        title: GoalsController.totalCount > 0 ? qsTr("Choose a goal", "@info empty goal detail")
                                              : qsTr("No goal yet", "@info empty goal detail")
        explanation: GoalsController.totalCount > 0
                     ? qsTr("Choose a goal in the list to see its steps and how it is going.", "@info empty goal detail")
                     : qsTr("Your goal will show here once you have written it.", "@info empty goal detail")
    }

    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }

    // ---- what matters -----------------------------------------------------------------------
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.hasGoal
        spacing: Theme.smallSpacing

        Label {
            Layout.fillWidth: true
            text: root.hasGoal ? qsTr("%1 · %2", "@info goal kind · domain").arg(Labels.goalKind(root.goal.kind)).arg(Labels.domain(root.goal.domain)) : ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
        Label {
            objectName: "whatMattersLabel"
            Layout.fillWidth: true
            text: root.hasGoal ? root.goal.whatMattersToMe : ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            // Large, not a display size: goals are often a whole sentence, and a phone at 200 %
            // text would need more than a screen for it.
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            color: Theme.colors.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: root.hasGoal && root.goal.target !== ""
            text: root.hasGoal ? qsTr("Target: %1", "@info goal target").arg(root.goal.target) : ""
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Label {
            Layout.fillWidth: true
            visible: root.hasGoal && Labels.isValidDate(root.goal.targetDate)
            text: root.hasGoal ? qsTr("Hoping to get there by %1", "@info goal target date").arg(Labels.longDate(root.goal.targetDate)) : ""
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Label {
            Layout.fillWidth: true
            visible: root.hasGoal && root.goal.expressedByName !== ""
            text: root.hasGoal ? qsTr("In the words of %1", "@info who expressed the goal").arg(root.goal.expressedByName) : ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
        Label {
            objectName: "goalChangedBy"
            Layout.fillWidth: true
            visible: root.hasGoal && (root.goal.changedBy ?? "") !== ""
            text: root.hasGoal ? qsTr("Last changed by %1", "@info who last changed it, e.g. Els Peeters for Maria").arg(root.goal.changedBy ?? "") : ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing

            ActionButton {
                objectName: "logProgressButton"
                width: Math.min(implicitWidth, parent.width)
                primary: true
                visible: GoalsController.mayAdd
                text: qsTr("Log progress", "@action:button")
                Accessible.name: text
                onClicked: root.logProgress()
            }
            ActionButton {
                objectName: "editGoalButton"
                width: Math.min(implicitWidth, parent.width)
                visible: GoalsController.mayEdit
                text: qsTr("Edit", "@action:button")
                Accessible.name: qsTr("Edit this goal", "@action:button accessible")
                onClicked: root.edit()
            }
            ActionButton {
                objectName: "deleteGoalButton"
                width: Math.min(implicitWidth, parent.width)
                visible: GoalsController.mayEdit
                flat: true
                text: qsTr("Delete", "@action:button")
                Accessible.name: qsTr("Delete this goal", "@action:button accessible")
                onClicked: deleteDialog.open()
            }
        }
    }

    // ---- who can see it -----------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        // Moving her records between spaces is hers alone: not offered in her circle.
        visible: root.hasGoal && WorkspaceController.circleId === ""

        VisibilityControl {
            objectName: "goalVisibility"
            Layout.fillWidth: true
            recordId: root.goalId
        }
    }

    // ---- where it stands ----------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: root.hasGoal
        title: qsTr("Where it stands", "@title:group goal status")

        Label {
            id: statusLabel

            Layout.fillWidth: true
            text: qsTr("Status", "@label:listbox goal status")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        ChoiceBox {
            id: statusBox

            objectName: "statusBox"
            Layout.fillWidth: true
            model: root.statusCodes.map(code => ({ value: code, text: Labels.goalStatus(code) }))
            Accessible.name: statusLabel.text
            enabled: GoalsController.mayEdit
            Component.onCompleted: statusBox.selectValue(root.goal.status ?? "")
            onActivated: root.write(() => GoalsController.updateGoal(root.goalId, { status: statusBox.currentValue }))

            Connections {
                target: GoalsController

                function onSelectedGoalChanged(): void {
                    statusBox.selectValue(root.goal.status ?? "");
                }
            }
        }
        Label {
            id: achievementLabel

            Layout.fillWidth: true
            text: qsTr("How it is going", "@label:listbox goal achievement")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        ChoiceBox {
            id: achievementBox

            objectName: "achievementBox"
            Layout.fillWidth: true
            model: root.achievementCodes.map(code => ({ value: code, text: Labels.achievement(code) }))
            Accessible.name: achievementLabel.text
            enabled: GoalsController.mayEdit
            Component.onCompleted: achievementBox.selectValue(root.goal.achievement ?? "")
            onActivated: root.write(() => GoalsController.updateGoal(root.goalId, { achievement: achievementBox.currentValue }))

            Connections {
                target: GoalsController

                function onSelectedGoalChanged(): void {
                    achievementBox.selectValue(root.goal.achievement ?? "");
                }
            }
        }
    }

    // ---- steps ----------------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: root.hasGoal
        title: root.steps.length > 0
               ? qsTr("Steps · %1 of %n done", "@title:group goal steps", root.steps.length).arg(root.goal.stepsDone)
               : qsTr("Steps", "@title:group goal steps")

        Repeater {
            model: root.steps

            StepDelegate {
                required property var modelData
                required property int index

                Layout.fillWidth: true
                text: modelData.text
                checked: modelData.done
                enabled: GoalsController.mayEdit
                onToggled: root.write(() => GoalsController.setStepDone(root.goalId, index, checked))
            }
        }
        EmptyState {
            Layout.fillWidth: true
            visible: root.steps.length === 0
            title: qsTr("No steps yet", "@info empty steps")
            explanation: qsTr("Big goals get easier in small steps. Choose Edit to add a few, like “walk to the corner and back”.",
                              "@info empty steps")
        }
    }

    // ---- progress -------------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: root.hasGoal
        title: qsTr("How it has moved", "@title:group goal progress")

        ProgressChart {
            objectName: "progressChart"
            Layout.fillWidth: true
            visible: GoalsController.progress.ratings.length > 0
            points: GoalsController.progress.ratings
        }
        HistoryLoadingRow {
            Layout.fillWidth: true
        }
        // The newest entries, and more on request; the chart above shows them all.
        Repeater {
            model: GoalsController.recentProgress

            ProgressDelegate {
                objectName: "progressEntry"
                Layout.fillWidth: true
                Layout.topMargin: Theme.smallSpacing
            }
        }
        MoreRowsButton {
            objectName: "earlierProgress"
            Layout.fillWidth: true
            rows: GoalsController.recentProgress
            text: qsTr("Show earlier entries (%n more)", "@action:button goal progress", GoalsController.recentProgress.hiddenCount)
        }
        EmptyState {
            Layout.fillWidth: true
            visible: GoalsController.progress.count === 0
            title: qsTr("No progress logged yet", "@info empty progress")
            explanation: qsTr("Choose “Log progress” now and then to note how close you feel to this goal. Over time you will see it move.",
                              "@info empty progress")
        }
    }

    // ---- comments -------------------------------------------------------------------------------
    CommentThreadCard {
        id: comments

        Layout.fillWidth: true
        visible: root.hasGoal
        targetId: GoalsController.selectedGoalId
        targetKind: "goal"
        emptyExplanation: qsTr("When someone in your care circle comments on this goal, you will read it here.", "@info empty comments")
    }
    // Read once the person leaves the goal, so the "New" marks stay while she reads.
    Component.onDestruction: comments.markSeen()
}
