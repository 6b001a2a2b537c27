// SPDX-License-Identifier: GPL-3.0-or-later
// The care plan and care team through their real pages: add a person to the care team;
// start the plan if there is none, create a repeating activity through the editor, mark it
// done on the plan page, and read it in the activity's done log.
// Runs after the other files in one process and one vault, so it works in any vault state.
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

    Component {
        id: stackComponent

        StackView {
            anchors.fill: parent
        }
    }
    Component {
        id: planPageComponent

        CarePlanPage { }
    }
    Component {
        id: teamPageComponent

        CareTeamPage { }
    }
    Component {
        id: goalsPageComponent

        GoalsPage { }
    }
    Component {
        id: conflictsPageComponent

        ConflictsPage { }
    }

    TestCase {
        id: testCase

        name: "CarePlan"
        when: windowShown

        function ensureUnlocked() {
            if (VaultController.state === VaultController.NoVault)
                VaultController.createVault(window.passphrase, false);
            else if (VaultController.state === VaultController.Locked)
                VaultController.unlock(window.passphrase);
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
        }

        function showPage(component) {
            const stack = createTemporaryObject(stackComponent, window);
            stack.push(component, {}, StackView.Immediate);
            tryVerify(() => stack.currentItem !== null && !stack.busy);
            waitForRendering(stack);
            return stack;
        }

        /** Scrolls @p item into view on its page, then clicks it. */
        function click(page, item) {
            verify(item, "nothing to click");
            verify(item.visible && item.enabled, "cannot click " + item.objectName);
            page.revealItem(item);
            waitForRendering(page);
            mouseClick(item);
        }

        function typeInto(field, text) {
            field.forceActiveFocus();
            field.selectAll();
            keyClick(Qt.Key_Delete);
            for (const c of text)
                keyClick(c);
        }

        function pushedPage(stack, objectName) {
            tryVerify(() => stack.currentItem && stack.currentItem.objectName === objectName && !stack.busy, 5000,
                      "expected " + objectName);
            waitForRendering(stack.currentItem);
            return stack.currentItem;
        }

        function rowOf(model, role, value) {
            for (let row = 0; row < model.count; ++row) {
                if (model.get(row)[role] === value)
                    return row;
            }
            return -1;
        }

        function test_1_addATeamMember() {
            ensureUnlocked();
            const stack = showPage(teamPageComponent);
            const page = stack.currentItem;
            const before = CareTeamController.members.count;
            const name = "Lotte Wuyts " + Date.now();

            click(page, findChild(page, "addMemberButton"));
            const editor = pushedPage(stack, "memberEditorPage");
            // Nothing is saved without a name: the page says why and stays.
            click(editor, findChild(editor, "saveMemberButton"));
            verify(findChild(editor, "memberError").text !== "");
            compare(stack.currentItem, editor);
            compare(CareTeamController.members.count, before);

            typeInto(findChild(editor, "memberNameField").field, name);
            findChild(editor, "memberRoleBox").selectValue("home_nurse");
            click(editor, findChild(editor, "saveMemberButton"));
            pushedPage(stack, "careTeamPage");
            compare(CareTeamController.members.count, before + 1);
            const row = rowOf(CareTeamController.members, "name", name);
            verify(row >= 0);
            compare(CareTeamController.members.get(row).role, "home_nurse");
        }

        function test_2_createAnActivityMarkItDoneAndSeeTheLog() {
            ensureUnlocked();
            const stack = showPage(planPageComponent);
            let page = stack.currentItem;

            if (!CarePlanController.hasPlan) {
                click(page, findChild(page, "startPlanButton"));
                const planEditor = pushedPage(stack, "planEditorPage");
                click(planEditor, findChild(planEditor, "savePlanButton"));
                page = pushedPage(stack, "carePlanPage");
                verify(CarePlanController.hasPlan);
            }

            // A new activity, repeating every week on today's weekday, done by the new nurse.
            const title = "Wound care " + Date.now();
            click(page, findChild(page, "newActivityButton"));
            const editor = pushedPage(stack, "activityEditorPage");
            typeInto(findChild(editor, "activityTitleField").field, title);
            findChild(editor, "activityKindBox").selectValue("professional_care");
            click(editor, findChild(editor, "scheduleRecurringButton"));
            const todayBit = (new Date().getDay() + 6) % 7; // Monday = 0
            click(editor, findChild(editor, "weekday" + todayBit));
            const nurse = CareTeamController.members.get(rowOf(CareTeamController.members, "role", "home_nurse"));
            click(editor, findChild(editor, "assignee_" + nurse.name));
            verify(findChild(editor, "schedulePreview").text.indexOf(Qt.locale().dayName(new Date().getDay())) >= 0);
            click(editor, findChild(editor, "saveActivityButton"));
            page = pushedPage(stack, "carePlanPage");

            let row = rowOf(CarePlanController.activities, "title", title);
            verify(row >= 0, "the new activity is in the plan");
            let activity = CarePlanController.activities.get(row);
            verify(activity.assignees.indexOf(nurse.name) >= 0);
            verify(activity.recurring);
            compare(activity.doneCount, 0);
            compare(Labels.daysFromToday(activity.nextDate), 0);

            // "Done today" on the plan page, by keyboard.
            const delegate = findChild(page, "activity_" + title);
            verify(delegate);
            const done = findChild(delegate, "doneTodayButton");
            done.forceActiveFocus();
            waitForRendering(page);
            keyClick(Qt.Key_Space);
            tryVerify(() => CarePlanController.activities.get(rowOf(CarePlanController.activities, "title", title)).doneToday);
            activity = CarePlanController.activities.get(rowOf(CarePlanController.activities, "title", title));
            compare(activity.doneCount, 1);
            compare(Labels.daysFromToday(activity.nextDate), 7); // the next week's occurrence
            verify(!findChild(findChild(page, "activity_" + title), "doneTodayButton").enabled);
            verify(CarePlanController.undoText !== "");

            // The activity's done log shows the day and who did it.
            click(page, findChild(findChild(page, "activity_" + title), "detailsButton"));
            const detail = pushedPage(stack, "activityDetailPage");
            compare(CarePlanController.doneLog.count, 1);
            compare(Labels.daysFromToday(CarePlanController.doneLog.get(0).date), 0);
            compare(CarePlanController.doneLog.get(0).byName,
                    CareTeamController.members.get(rowOf(CareTeamController.members, "isPatient", true)).name);
            tryVerify(() => findChild(detail, "doneLogEntry") !== null);
            verify(!findChild(detail, "detailDoneTodayButton").enabled);
        }
    
        // Issue 15 item 9: "Done today" far down a long plan on a phone shows its Undo in
        // view, and a one-off appointment days ahead offers no "Done today" at all.
        function test_3_undoIsInViewAndAnAppointmentAheadCannotBeMarkedDone() {
            ensureUnlocked();
            verify(CarePlanController.hasPlan, "test 2 made the plan");
            const ahead = new Date();
            ahead.setDate(ahead.getDate() + 5);
            const appointment = "Cardiologist " + Date.now();
            compare(CarePlanController.saveActivity("", { title: appointment, kind: "professional_care", scheduleType: "once",
                                                         date: Qt.formatDate(ahead, "yyyy-MM-dd") }), "");
            // Enough daily activities to make the plan longer than the window.
            const stamp = Date.now();
            for (let n = 0; n < 6; ++n) {
                compare(CarePlanController.saveActivity("", { title: "Walk " + n + " " + stamp, kind: "professional_care",
                                                             scheduleType: "recurring", start: Qt.formatDate(new Date(), "yyyy-MM-dd"),
                                                             every: 1, unit: "days" }), "");
            }
            const stack = showPage(planPageComponent);
            const page = stack.currentItem;
            tryVerify(() => findChild(page, "activity_" + appointment) !== null);
            const appointmentButton = findChild(findChild(page, "activity_" + appointment), "doneTodayButton");
            verify(!appointmentButton.visible, "no Done today on an appointment five days ahead");
            verify(!CarePlanController.activities.get(rowOf(CarePlanController.activities, "title", appointment)).offersDoneToday);

            // The last daily walk, at the bottom of the page.
            const last = "Walk 5 " + stamp;
            page.flickable.contentY = page.flickable.contentHeight - page.flickable.height;
            const done = findChild(findChild(page, "activity_" + last), "doneTodayButton");
            verify(done.visible && done.enabled && done.primary);
            verify(page.flickable.contentY > 0, "the page scrolls");
            click(page, done);
            tryVerify(() => CarePlanController.activities.get(rowOf(CarePlanController.activities, "title", last)).doneToday);
            const bar = findChild(page, "planUndoBar");
            tryVerify(() => bar.visible);
            waitForRendering(page);
            const where = bar.mapToItem(page, 0, 0);
            verify(where.y >= 0 && where.y + bar.height <= page.height,
                   "Undo is in view: y " + where.y + ", height " + bar.height + " on a page of " + page.height);
            const undo = findChild(bar, "undoButton");
            click(page, undo);
            tryVerify(() => !CarePlanController.activities.get(rowOf(CarePlanController.activities, "title", last)).doneToday);
        }

        /** Verifies that @p bar is shown at the bottom edge of @p page, in view. */
        function verifyAtTheBottom(page, bar) {
            tryVerify(() => bar.visible);
            waitForRendering(page);
            const where = bar.mapToItem(page, 0, 0);
            verify(where.y >= 0 && Math.abs(where.y + bar.height - page.height) <= 1,
                   bar.objectName + " at the page's bottom edge: y " + where.y + ", height " + bar.height
                   + " on a page of " + page.height);
        }

        /** Undo after removing someone from a long care team: at the page's bottom, in view. */
        function test_4_undoOnTheCareTeamIsAtTheBottom() {
            ensureUnlocked();
            const stamp = Date.now();
            for (let n = 0; n < 8; ++n)
                compare(CareTeamController.saveMember("", "Helper " + n + " " + stamp, "home_nurse", "", ""), "");
            const stack = showPage(teamPageComponent);
            const page = stack.currentItem;
            page.flickable.contentY = page.flickable.contentHeight - page.flickable.height;
            verify(page.flickable.contentY > 0, "the page scrolls");
            const row = rowOf(CareTeamController.members, "name", "Helper 7 " + stamp);
            compare(CareTeamController.removeMember(CareTeamController.members.get(row).recordId), "");
            const bar = findChild(page, "teamUndoBar");
            verifyAtTheBottom(page, bar);
            click(page, findChild(bar, "undoButton"));
            tryVerify(() => rowOf(CareTeamController.members, "name", "Helper 7 " + stamp) >= 0);
        }

        /** The items under @p item (itself included) named @p name and visible. */
        function visibleNamed(item, name) {
            let found = item.objectName === name && item.visible ? 1 : 0;
            for (let i = 0; i < item.children.length; ++i)
                found += visibleNamed(item.children[i], name);
            return found;
        }

        /** A daily activity's log holds up to 1,000 days, each a row: the page shows the newest
         *  ten, and ten more each time the person asks, by mouse or keyboard. */
        function test_6_aLongDoneLogShowsTheNewestFewAndMoreOnRequest() {
            ensureUnlocked();
            const start = new Date();
            start.setDate(start.getDate() - 40);
            const title = "Breathing exercises " + Date.now();
            compare(CarePlanController.saveActivity("", { title: title, kind: "self_management", scheduleType: "recurring",
                                                         start: Qt.formatDate(start, "yyyy-MM-dd"), every: 1, unit: "days" }), "");
            const id = CarePlanController.lastSavedId;
            const days = 25;
            for (let d = days - 1; d >= 0; --d) {
                const day = new Date();
                day.setDate(day.getDate() - d);
                compare(CarePlanController.markDone(id, "day " + d, day), "");
            }
            const stack = showPage(planPageComponent);
            const page = stack.currentItem;
            tryVerify(() => findChild(page, "activity_" + title) !== null);
            click(page, findChild(findChild(page, "activity_" + title), "detailsButton"));
            const detail = pushedPage(stack, "activityDetailPage");
            compare(CarePlanController.doneLog.count, days);
            tryCompare(CarePlanController.recentDoneLog, "count", 10);
            compare(visibleNamed(detail, "doneLogEntry"), 10);
            verify(findChild(detail, "doneLogEntry").Accessible.name.endsWith("day 0"), "the newest first");

            const more = findChild(detail, "earlierDoneLogButton");
            verify(more.visible);
            verify(more.text.indexOf("15") >= 0, more.text);
            click(detail, more);
            tryCompare(CarePlanController.recentDoneLog, "count", 20);
            waitForRendering(detail);
            compare(visibleNamed(detail, "doneLogEntry"), 20);
            verify(more.text.indexOf("5") >= 0, more.text);

            // By keyboard: the button keeps the focus while the rows come in above it.
            more.forceActiveFocus();
            keyClick(Qt.Key_Space);
            tryCompare(CarePlanController.recentDoneLog, "count", days);
            waitForRendering(detail);
            compare(visibleNamed(detail, "doneLogEntry"), days);
            verify(!more.visible, "nothing more to show");

            // Opened again: the newest ten.
            stack.pop(StackView.Immediate);
            click(page, findChild(findChild(page, "activity_" + title), "detailsButton"));
            const again = pushedPage(stack, "activityDetailPage");
            tryCompare(CarePlanController.recentDoneLog, "count", 10);
            compare(visibleNamed(again, "doneLogEntry"), 10);
        }

        /** Undo after deleting a goal, and the one for edits to review: at the page's bottom. */
        function test_5_undoOnGoalsAndEditsToReviewIsAtTheBottom() {
            ensureUnlocked();
            const id = GoalsController.createGoal({ whatMattersToMe: "tending the roses " + Date.now(), domain: GoalsController.domainCodes[0] });
            verify(id !== "");
            const stack = showPage(goalsPageComponent);
            const page = stack.currentItem;
            verify(GoalsController.removeGoal(id));
            verifyAtTheBottom(page, findChild(page, "goalsUndoBar"));
            verify(GoalsController.undoRemove());

            // No conflict can be made from here: the bar is the page's footer like the others.
            const conflicts = showPage(conflictsPageComponent).currentItem;
            compare(conflicts.footer.objectName, "conflictsUndoBar");
        }
    }
}
