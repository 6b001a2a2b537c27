// SPDX-License-Identifier: GPL-3.0-or-later
// Goals through the real pages (issue 3): a goal typed into the editor is saved and listed;
// progress logged through the dialog shows in the detail's history and chart; a goal deleted
// after confirmation comes back with Undo. Works whatever state the shared vault is in.
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import CareCircle

Item {
    id: window

    width: 390
    height: 844
    visible: true

    readonly property string passphrase: "quiet lanterns over the Leie"
    readonly property string whatMatters: "walking to the saturday market again"
    property string createdId: ""

    Component {
        id: editorComponent

        GoalEditorPage {
            anchors.fill: parent
        }
    }
    Component {
        id: detailComponent

        GoalDetailPage {
            anchors.fill: parent
        }
    }
    Component {
        id: goalsComponent

        GoalsPage {
            anchors.fill: parent
        }
    }
    SignalSpy {
        id: createdSpy

        target: VaultController
        signalName: "vaultCreated"
    }

    TestCase {
        name: "Goals"
        when: windowShown

        function ensureUnlocked() {
            if (VaultController.state === VaultController.NoVault) {
                VaultController.createVault(window.passphrase, false);
                createdSpy.wait(60000);
            } else if (VaultController.state === VaultController.Locked) {
                VaultController.unlock(window.passphrase);
            }
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
            tryVerify(() => GoalsController.hasData, 5000);
        }

        function typeInto(field, text) {
            field.forceActiveFocus();
            field.selectAll();
            keyClick(Qt.Key_Delete);
            for (const c of text)
                keyClick(c);
        }

        /** Presses a button the way a keyboard user does (it also scrolls it into view). */
        function activate(button) {
            button.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
        }

        function findGoal(id) {
            for (let row = 0; row < GoalsController.goals.count; ++row) {
                if (GoalsController.goals.get(row).recordId === id)
                    return GoalsController.goals.get(row);
            }
            return null;
        }

        function init() {
            ensureUnlocked();
        }

        function test_1_aGoalTypedIntoTheEditorIsSavedAndListed() {
            const before = GoalsController.totalCount;
            const page = createTemporaryObject(editorComponent, window);
            waitForRendering(page);
            const savedSpy = signalSpy.createObject(page, { target: page, signalName: "saved" });
            const error = findChild(page, "editorError");
            const save = findChild(page, "saveGoalButton");

            // Nothing typed yet: refused with a message next to the field, which gets the focus.
            activate(save);
            const whatError = findChild(page, "whatError");
            verify(whatError.visible && whatError.text.length > 0, "an empty goal must say why, by its field");
            verify(findChild(page, "whatMattersField").activeFocus);
            compare(savedSpy.count, 0);
            compare(GoalsController.totalCount, before);

            // Issue 15: the required part of life is marked, and its error is next to it.
            typeInto(findChild(page, "whatMattersField"), window.whatMatters);
            activate(save);
            const domainBox = findChild(page, "domainBox");
            const domainError = findChild(page, "domainError");
            verify(domainError.visible && domainError.text.length > 0, "the part of life's error is by its field");
            verify(domainBox.activeFocus, "the part of life gets the focus");
            verify(domainBox.Accessible.name.indexOf("required") >= 0, "marked as required: " + domainBox.Accessible.name);
            compare(savedSpy.count, 0);
            keyClick(Qt.Key_Down);
            verify(domainBox.currentValue !== "", "the part of life is chosen with the keyboard");
            typeInto(findChild(page, "targetDateDayInput"), "31");
            typeInto(findChild(page, "targetDateMonthInput"), "2");
            typeInto(findChild(page, "targetDateYearInput"), "2027");
            activate(save);
            const dateError = findChild(page, "targetDateError");
            verify(dateError.text.indexOf("real day") >= 0, "31 February must be refused by the date: " + dateError.text);
            compare(savedSpy.count, 0);

            typeInto(findChild(page, "targetDateDayInput"), "1");
            typeInto(findChild(page, "targetDateMonthInput"), "5");
            activate(findChild(page, "addStepButton"));
            waitForRendering(page);
            typeInto(findChild(page, "stepField1"), "to the corner and back");
            activate(save);
            compare(error.text, "");
            compare(savedSpy.count, 1);
            compare(error.text, "");

            window.createdId = savedSpy.signalArguments[0][0];
            const goal = GoalsController.goal(window.createdId);
            compare(goal.whatMattersToMe, window.whatMatters);
            compare(goal.targetDateIso, "2027-05-01");
            compare(goal.steps.length, 1);
            compare(goal.steps[0].text, "to the corner and back");
            compare(goal.status, "active");
            compare(GoalsController.totalCount, before + 1);
            GoalsController.statusFilter = "active";
            GoalsController.domainFilter = "";
            verify(findGoal(window.createdId) !== null, "the new goal is in the list of goals I am working on");
        }

        function test_2_progressLoggedInTheDialogShowsInTheDetail() {
            verify(window.createdId !== "", "needs the goal of test 1");
            GoalsController.selectedGoalId = window.createdId;
            const page = createTemporaryObject(detailComponent, window);
            waitForRendering(page);
            compare(findChild(page, "whatMattersLabel").text, window.whatMatters);
            compare(GoalsController.progress.count, 0);

            mouseClick(findChild(page, "logProgressButton"));
            const dialog = page.progressDialog;
            tryVerify(() => dialog.opened);
            // Issue 15: an untouched slider looked set to 5 and saved a 5 nobody chose.
            verify(!dialog.slider.chosen, "the slider starts unrated");
            verify(findChild(dialog.contentItem, "ratingError") !== null);
            mouseClick(dialog.saveAction);
            verify(dialog.visible, "nothing is saved before a rating is chosen");
            compare(GoalsController.progress.count, 0);
            const ratingError = findChild(dialog.contentItem, "ratingError");
            verify(ratingError.visible && ratingError.text.length > 0, "the error says what to do, by the slider");
            verify(dialog.slider.activeFocus, "the slider gets the focus");
            dialog.slider.forceActiveFocus();
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            compare(dialog.slider.value, 7);
            verify(dialog.slider.chosen);
            verify(!ratingError.visible);
            typeInto(dialog.note, "made it to the bakery");
            mouseClick(dialog.saveAction);
            tryVerify(() => !dialog.visible);
            // A visible confirmation, read out as an alert.
            tryVerify(() => page.progressToast.opened);
            verify(page.progressToast.text.length > 0);

            compare(GoalsController.progress.count, 1);
            const entry = GoalsController.progress.get(0);
            compare(entry.rating, 7);
            compare(entry.note, "made it to the bakery");
            compare(entry.authorRole, "patient");
            compare(findChild(page, "progressChart").count, 1);
            compare(findGoal(window.createdId).lastRating, 7);
        }

        /** The items under @p item (itself included) named @p name and visible. */
        function visibleNamed(item, name) {
            let found = item.objectName === name && item.visible ? 1 : 0;
            for (let i = 0; i < item.children.length; ++i)
                found += visibleNamed(item.children[i], name);
            return found;
        }

        /** Years of daily progress: the page lists the newest ten, the chart shows them all,
         *  and "Show earlier entries" lists more, by keyboard. */
        function test_5_aLongProgressHistoryShowsTheNewestAndMoreOnRequest() {
            const id = GoalsController.createGoal({ whatMattersToMe: "walking to the bakery " + Date.now(), domain: GoalsController.domainCodes[0] });
            verify(id !== "");
            const entries = 15;
            for (let d = entries - 1; d >= 0; --d) {
                const day = new Date();
                day.setDate(day.getDate() - d);
                verify(GoalsController.logProgress(id, d % 11, "day " + d, Qt.formatDate(day, "yyyy-MM-dd")));
            }
            GoalsController.selectedGoalId = id;
            const page = createTemporaryObject(detailComponent, window);
            waitForRendering(page);
            compare(GoalsController.progress.count, entries);
            compare(findChild(page, "progressChart").count, entries);
            compare(visibleNamed(page, "progressEntry"), 10);
            const more = findChild(page, "earlierProgress");
            verify(more.visible);
            verify(more.text.indexOf("5") >= 0, more.text);
            activate(more);
            tryCompare(GoalsController.recentProgress, "count", entries);
            waitForRendering(page);
            compare(visibleNamed(page, "progressEntry"), entries);
            verify(!more.visible, "nothing more to show");

            // Another goal starts with its newest entries again.
            GoalsController.selectedGoalId = window.createdId;
            compare(GoalsController.recentProgress.limit, 10);
        }

        function test_4_ctrlNOpensTheGoalEditorFromTheGoalsPage() {
            const stack = createTemporaryObject(stackComponent, window);
            stack.push(goalsComponent);
            waitForRendering(stack);
            stack.currentItem.forceActiveFocus();
            keySequence("Ctrl+N");
            tryCompare(stack, "depth", 2);
            compare(stack.currentItem.objectName, "goalEditorPage");
        }

        function test_3_aDeletedGoalComesBackWithUndo() {
            verify(window.createdId !== "", "needs the goal of test 1");
            GoalsController.selectedGoalId = window.createdId;
            const list = createTemporaryObject(goalsComponent, window);
            const page = createTemporaryObject(detailComponent, window);
            waitForRendering(page);
            mouseClick(findChild(page, "deleteGoalButton"));
            tryVerify(() => page.removeDialog.opened);
            mouseClick(page.removeDialog.confirmAction);
            tryVerify(() => GoalsController.goal(window.createdId).id === undefined);
            verify(findGoal(window.createdId) === null);
            const undo = findChild(list, "undoButton");
            tryVerify(() => undo.visible && undo.width > 0);
            page.visible = false;
            waitForRendering(list);
            mouseClick(undo);
            compare(GoalsController.goal(window.createdId).whatMattersToMe, window.whatMatters);
            verify(findGoal(window.createdId) !== null);
        }
    }

    Component {
        id: stackComponent

        StackView {
            anchors.fill: parent
        }
    }

    Component {
        id: signalSpy

        SignalSpy { }
    }
}
