// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * The care plan: its title, status, coordinator and next review (often the multidisciplinary
 * meeting), the agreements the circle made, and the activities with their schedules, each
 * with "Done today". Removing happens at once with Undo. Two columns on wide windows.
 */
ScrollablePage {
    id: root

    property string errorText
    readonly property real twoColumnWidth: Theme.units * 40
    readonly property alias agreementDialog: agreementDialog

    // A new agreement typed on the page, or a changed one in its dialog, is a draft: the shell
    // asks before it goes.
    draftGuard: "text"
    dirty: agreementDialog.hasDraft

    function push(component: Component, properties: var): void {
        const view = root.StackView.view;
        if (view)
            view.push(component, properties);
    }
    /** Opens a sub-page, for the first activity where it needs one (Main.qml's sub-page keys). */
    function openSubPage(key: string): bool {
        if (key === "plan-editor") {
            root.push(planEditor, {});
            return true;
        }
        if (CarePlanController.activities.count === 0)
            return false;
        const activityId = root.recordIdAt(CarePlanController.activities, 0);
        if (key === "activity-detail")
            root.push(activityDetail, { activityId: activityId });
        else if (key === "activity-editor")
            root.push(activityEditor, { activityId: activityId });
        else
            return false;
        return true;
    }
    /** The record id of row @p row of a list model (rows are maps; `var` keeps qmllint from
     *  typing them as QVariantMap, whose keys it cannot know). */
    function recordIdAt(model: var, row: int): string {
        return model.get(row).recordId;
    }
    function report(message: string): void {
        root.errorText = message;
    }
    function addAgreement(): void {
        if (agreementField.text.trim() === "")
            return;
        const message = CarePlanController.addAgreement(agreementField.text);
        root.report(message);
        if (message === "")
            agreementField.clear();
    }

    objectName: "carePlanPage"
    title: qsTr("Care plan", "@title:window")

    Component {
        id: planEditor

        PlanEditorPage { }
    }
    Component {
        id: activityEditor

        ActivityEditorPage { }
    }
    Component {
        id: activityDetail

        ActivityDetailPage { }
    }

    AgreementDialog {
        id: agreementDialog

        onAccepted: root.report(CarePlanController.editAgreement(agreementDialog.agreementIndex, agreementDialog.text))
    }

    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }
    // At the bottom of the page, not of its scrolling content: after "Done today" far down a
    // long plan on a phone, Undo is in view where the person is.
    footer: UndoBar {
        objectName: "planUndoBar"
        text: CarePlanController.undoText
        onUndoRequested: root.report(CarePlanController.undo())
        onDismissRequested: CarePlanController.dismissUndo()
    }

    // ---- no plan yet ------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: !CarePlanController.hasPlan
        title: qsTr("No care plan yet", "@title:group")

        EmptyState {
            Layout.fillWidth: true
            title: qsTr("Your care plan brings everything together", "@info empty plan")
            explanation: qsTr("Write down what you and your care team agreed: who coordinates your care, when you next review it together (often at the multidisciplinary meeting), the agreements you made and the activities, from home-nurse visits to the walks you take yourself.",
                              "@info empty plan")
        }
        ActionButton {
            objectName: "startPlanButton"
            visible: CarePlanController.mayEdit
            Layout.fillWidth: true
            primary: true
            text: qsTr("Start my care plan", "@action:button")
            Accessible.name: text
            onClicked: root.push(planEditor, {})
        }
    }

    GridLayout {
        Layout.fillWidth: true
        visible: CarePlanController.hasPlan
        columns: Theme.wide && root.availableWidth >= root.twoColumnWidth ? 2 : 1
        columnSpacing: Theme.largeSpacing
        rowSpacing: Theme.largeSpacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.largeSpacing

            // ---- the plan itself ---------------------------------------------------------
            Card {
                Layout.fillWidth: true
                title: CarePlanController.title

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Status: %1", "@info plan status").arg(Labels.planStatus(CarePlanController.status))
                    wrapMode: Text.Wrap
                    color: Theme.colors.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: Labels.isValidDate(CarePlanController.periodStart) || Labels.isValidDate(CarePlanController.periodEnd)
                    text: Labels.isValidDate(CarePlanController.periodEnd)
                          ? qsTr("From %1 to %2", "@info plan period").arg(Labels.shortDate(CarePlanController.periodStart)).arg(Labels.shortDate(CarePlanController.periodEnd))
                          : qsTr("Since %1", "@info plan period").arg(Labels.shortDate(CarePlanController.periodStart))
                    wrapMode: Text.Wrap
                    color: Theme.colors.textMuted
                }
                Label {
                    Layout.fillWidth: true
                    text: CarePlanController.coordinatorName !== ""
                          ? qsTr("Coordinated by %1 (%2)", "@info plan coordinator, role").arg(CarePlanController.coordinatorName).arg(Labels.role(CarePlanController.coordinatorRole))
                          : qsTr("Nobody coordinates your care yet. Often this is your case manager; you can choose them in your care team.", "@info plan without coordinator")
                    wrapMode: Text.Wrap
                    color: Theme.colors.text
                }
                Label {
                    Layout.fillWidth: true
                    text: Labels.isValidDate(CarePlanController.nextReview)
                          ? qsTr("Next review with your care team: %1", "@info plan review, often the multidisciplinary meeting").arg(Labels.day(CarePlanController.nextReview))
                          : qsTr("No review date yet. Add the date of the next multidisciplinary meeting when it is set.", "@info plan review")
                    wrapMode: Text.Wrap
                    color: Theme.colors.text
                }
                ActionButton {
                    objectName: "editPlanButton"
                    visible: CarePlanController.mayEdit
                    // As wide as its text, at most as wide as the card: a long label wraps.
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    text: qsTr("Edit plan", "@action:button")
                    Accessible.name: qsTr("Edit the care plan’s title, status, dates and coordinator", "@action:button accessible")
                    onClicked: root.push(planEditor, {})
                }
            }

            // ---- agreements --------------------------------------------------------------
            Card {
                Layout.fillWidth: true
                title: qsTr("Agreements", "@title:group")

                EmptyState {
                    Layout.fillWidth: true
                    visible: CarePlanController.agreements.length === 0
                    title: qsTr("No agreements yet", "@info empty agreements")
                    explanation: qsTr("Write down what you agreed with your care team, in your own words: “The nurse comes before 9”, “I call my daughter when I feel dizzy”.",
                                      "@info empty agreements")
                }
                Repeater {
                    model: CarePlanController.agreements

                    AgreementDelegate {
                        Layout.fillWidth: true
                        enabled: CarePlanController.mayEdit
                        count: CarePlanController.agreements.length
                        onEditRequested: (index, text) => agreementDialog.edit(index, text)
                        onMoveRequested: (from, to) => root.report(CarePlanController.moveAgreement(from, to))
                        onRemoveRequested: index => root.report(CarePlanController.removeAgreement(index))
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: CarePlanController.mayEdit
                    spacing: Theme.spacing

                    TextField {
                        id: agreementField

                        objectName: "agreementField"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.minTouch
                        placeholderText: qsTr("A new agreement", "@info:placeholder")
                        selectByMouse: true
                        Accessible.role: Accessible.EditableText
                        Accessible.name: qsTr("New agreement", "@label accessible")
                        onAccepted: root.addAgreement()
                    }
                    ActionButton {
                        objectName: "addAgreementButton"
                        enabled: agreementField.text.trim() !== ""
                        text: qsTr("Add", "@action:button")
                        Accessible.name: qsTr("Add the agreement", "@action:button accessible")
                        onClicked: root.addAgreement()
                    }
                }
            }
        }

        // ---- activities --------------------------------------------------------------------
        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            title: qsTr("Activities", "@title:group")

            ActionButton {
                objectName: "newActivityButton"
                visible: CarePlanController.mayEdit
                Layout.fillWidth: true
                primary: true
                text: qsTr("New activity", "@action:button")
                Accessible.name: qsTr("Add a new activity to the care plan", "@action:button accessible")
                onClicked: root.push(activityEditor, {})
            }
            EmptyState {
                Layout.fillWidth: true
                visible: CarePlanController.activities.count === 0
                title: qsTr("No activities yet", "@info empty activities")
                explanation: qsTr("Add what happens in your care: the home nurse’s visits, your physiotherapy exercises, a check-up at the hospital, coffee with a friend. Then tap “Done today” when you did it.",
                                  "@info empty activities")
            }
            Repeater {
                model: CarePlanController.activities

                PlanActivityDelegate {
                    Layout.fillWidth: true
                    onDoneRequested: recordId => root.report(CarePlanController.markDone(recordId))
                    onDetailsRequested: recordId => root.push(activityDetail, { activityId: recordId })
                }
            }
        }
    }
}
