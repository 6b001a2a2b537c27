// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Goals (issue 3): the person's goals in their own words, filtered by where they stand and
 * by part of life, with "New goal". On a wide page the selected goal shows next to the list
 * (list | detail); on a narrow one a goal opens as a pushed GoalDetailPage. After a delete,
 * a transient bar offers Undo.
 */
Page {
    id: root

    readonly property bool twoColumns: root.width > Theme.units * 40
    readonly property bool hasAnyGoal: GoalsController.totalCount > 0
    readonly property var domainCodes: GoalsController.domainCodes

    /** Selects goal @p goalId and shows it (beside the list, or pushed on a narrow page). */
    function openGoal(goalId: string): void {
        GoalsController.selectedGoalId = goalId;
        if (!root.twoColumns && root.StackView.view)
            root.StackView.view.push(detailComponent);
    }
    function newGoal(): void {
        if (root.StackView.view)
            root.StackView.view.push(editorComponent, { goalId: "" });
    }
    /** Opens a sub-page for the first goal listed (Main.qml's sub-page keys); false if there is none. */
    function openSubPage(key: string): bool {
        if (key === "goal-new" && root.StackView.view) {
            root.newGoal();
            return true;
        }
        if (GoalsController.goals.count === 0)
            return false;
        const goalId = GoalsController.goals.recordIdAt(0);
        if (key === "goal-detail") {
            root.openGoal(goalId);
            return true;
        }
        if (key === "goal-editor" && root.StackView.view) {
            root.StackView.view.push(editorComponent, { goalId: goalId });
            return true;
        }
        return false;
    }
    /** On a wide page something is always shown beside the list once there are goals. */
    function ensureSelection(): void {
        if (!root.twoColumns || GoalsController.goals.count === 0)
            return;
        if (!GoalsController.hasSelection)
            GoalsController.selectedGoalId = GoalsController.goals.recordIdAt(0);
    }

    objectName: "goalsPage"
    title: qsTr("Goals", "@title:window")
    focus: true

    Component.onCompleted: root.ensureSelection()
    onTwoColumnsChanged: root.ensureSelection()

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && GoalsController.hasData
        onActivated: root.newGoal()
    }

    Connections {
        target: GoalsController

        function onGoalRemoved(): void {
            undoBar.show(qsTr("Goal deleted", "@info"));
        }
    }

    Component {
        id: detailComponent

        GoalDetailPage {
            id: pushedDetail

            navigator: pushedDetail.StackView.view
            onRemoved: pushedDetail.StackView.view.pop()
        }
    }
    Component {
        id: editorComponent

        GoalEditorPage {
            id: editor

            onSaved: goalId => {
                editor.StackView.view.pop();
                root.openGoal(goalId);
            }
        }
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ScrollablePage {
            id: listPane

            Layout.fillHeight: true
            Layout.fillWidth: !root.twoColumns
            Layout.preferredWidth: root.twoColumns ? Math.round(root.width * 0.42) : root.width
            title: root.title

            // Heading and button side by side while both fit; at large text the button drops
            // below rather than squeezing the heading into broken words.
            Flow {
                id: headerRow

                Layout.fillWidth: true
                spacing: Theme.spacing

                SectionHeader {
                    width: Math.min(implicitWidth, headerRow.width)
                    pageTitle: true
                    wrapMode: Text.WordWrap
                    text: WorkspaceController.circleId !== ""
                          ? qsTr("What matters to %1", "@title goals page in a patient's circle, e.g. What matters to Maria").arg(WorkspaceController.circleName)
                          : qsTr("What matters to me", "@title goals page")
                }
                ActionButton {
                    width: Math.min(implicitWidth, headerRow.width)
                    objectName: "newGoalButton"
                    visible: GoalsController.mayEdit
                    primary: true
                    enabled: GoalsController.hasData
                    text: qsTr("New goal", "@action:button")
                    Accessible.name: qsTr("Write a new goal", "@action:button accessible")
                    Accessible.description: qsTr("Shortcut: Ctrl+N", "@info accessible")
                    onClicked: root.newGoal()
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                visible: root.hasAnyGoal
                spacing: Theme.smallSpacing

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing

                    Label {
                        id: statusFilterLabel

                        Layout.fillWidth: true
                        text: qsTr("Show", "@label:listbox goal status filter")
                        wrapMode: Text.Wrap
                        color: Theme.colors.textMuted
                    }
                    ChoiceBox {
                        id: statusFilterBox

                        objectName: "statusFilterBox"
                        Layout.fillWidth: true
                        model: [
                            { value: "active", text: qsTr("Goals I am working on", "@item:inlistbox goal filter") },
                            { value: "done", text: qsTr("Done or stopped", "@item:inlistbox goal filter") },
                            { value: "all", text: qsTr("All goals", "@item:inlistbox goal filter") }
                        ]
                        Accessible.name: statusFilterLabel.text
                        Component.onCompleted: statusFilterBox.selectValue(GoalsController.statusFilter)
                        onActivated: GoalsController.statusFilter = statusFilterBox.currentValue
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing

                    Label {
                        id: domainFilterLabel

                        Layout.fillWidth: true
                        text: qsTr("Part of life", "@label:listbox goal domain filter")
                        wrapMode: Text.Wrap
                        color: Theme.colors.textMuted
                    }
                    ChoiceBox {
                        id: domainFilterBox

                        objectName: "domainFilterBox"
                        Layout.fillWidth: true
                        model: {
                            const choices = root.domainCodes.map(code => ({ value: code, text: Labels.domain(code) }));
                            choices.unshift({ value: "", text: qsTr("Every part of life", "@item:inlistbox goal filter") });
                            return choices;
                        }
                        Accessible.name: domainFilterLabel.text
                        onModelChanged: domainFilterBox.selectValue(GoalsController.domainFilter)
                        Component.onCompleted: domainFilterBox.selectValue(GoalsController.domainFilter)
                        onActivated: GoalsController.domainFilter = domainFilterBox.currentValue
                    }
                }
            }

            Repeater {
                model: GoalsController.goals
                onCountChanged: root.ensureSelection()

                GoalCardDelegate {
                    id: card

                    Layout.fillWidth: true
                    selected: root.twoColumns && card.recordId === GoalsController.selectedGoalId
                    onClicked: root.openGoal(card.recordId)
                }
            }

            Card {
                Layout.fillWidth: true
                visible: GoalsController.hasData && !root.hasAnyGoal
                title: qsTr("Write your first goal", "@title:group empty goals")

                Label {
                    Layout.fillWidth: true
                    text: qsTr("What would you like to be able to do again, or keep doing? Write it in your own words, for example “Walk to the Saturday market again”.",
                               "@info empty goals")
                    wrapMode: Text.Wrap
                    color: Theme.colors.text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Then break it into small steps, choose a date to aim for, and note now and then how it is going. Your care team can help you get there.",
                               "@info empty goals")
                    wrapMode: Text.Wrap
                    color: Theme.colors.textMuted
                }
                ActionButton {
                    // As wide as its text, at most as wide as the card: a long label wraps.
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    primary: true
                    text: qsTr("Write what matters to me", "@action:button")
                    Accessible.name: text
                    onClicked: root.newGoal()
                }
            }

            EmptyState {
                Layout.fillWidth: true
                visible: root.hasAnyGoal && GoalsController.goals.count === 0
                title: qsTr("No goals here", "@info empty filtered goals")
                explanation: qsTr("None of your goals matches these choices. Choose “All goals” and “Every part of life” to see them all.",
                                  "@info empty filtered goals")
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.borderWidth
            visible: root.twoColumns
            color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
        }

        GoalDetailPage {
            id: sideDetail

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.twoColumns
            embedded: true
            navigator: root.StackView.view
        }
    }

    // At the bottom of the page, in view, as on every page with Undo (not over the list).
    footer: UndoBar {
        id: undoBar

        objectName: "goalsUndoBar"
        timeout: 10000
        onUndoRequested: GoalsController.undoRemove()
    }
}
