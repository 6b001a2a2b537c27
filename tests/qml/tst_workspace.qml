// SPDX-License-Identifier: GPL-3.0-or-later
// The care-team workspace through its real pages, over a GP's demo vault of three patients
// (WorkspaceFixture): My patients lists them with their flags, a patient opens, and a
// comment typed on her goal is saved signed with one's name and role.
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import CareCircle
import CareCircleTest

Item {
    id: window

    width: 1280
    height: 800
    visible: true

    Component {
        id: stackComponent

        StackView {
            anchors.fill: parent
        }
    }
    Component {
        id: myPatientsComponent

        MyPatientsPage { }
    }
    Component {
        id: homeComponent

        HomePage { }
    }

    TestCase {
        name: "Workspace"
        when: windowShown

        function findAll(item, objectName, found) {
            if (item.objectName === objectName && item.visible)
                found.push(item);
            const children = item.children ?? [];
            for (let i = 0; i < children.length; ++i)
                findAll(children[i], objectName, found);
            return found;
        }

        function initTestCase() {
            verify(WorkspaceFixture.loadDemoPatients());
            tryCompare(WorkspaceController.patients, "count", 3, 10000);
        }
        function cleanupTestCase() {
            WorkspaceFixture.clearPatients();
        }

        /** The items under @p item named @p objectName, shown or not: what the page made. */
        function madeUnder(item, objectName) {
            let made = item.objectName === objectName ? 1 : 0;
            const children = item.children ?? [];
            for (let i = 0; i < children.length; ++i)
                made += madeUnder(children[i], objectName);
            return made;
        }

        /** A GP with many patients: Home makes the first five cards, My patients the first
         *  twenty and twenty more each time asked, not one per patient as the page opens. */
        function test_manyPatientsMakeOnlyTheCardsShown() {
            const patients = 25;
            verify(WorkspaceFixture.loadManyPatients(patients));
            tryCompare(WorkspaceController.patients, "count", patients, 60000);

            const home = createTemporaryObject(stackComponent, window);
            home.push(homeComponent);
            waitForRendering(home);
            compare(madeUnder(home.currentItem, "homePatientCard"), 5);
            compare(findAll(home.currentItem, "homePatientCard", []).length, 5);
            verify(findChild(home.currentItem, "allPatientsButton").text.indexOf("25") >= 0);
            home.destroy();

            const stack = createTemporaryObject(stackComponent, window);
            stack.push(myPatientsComponent);
            waitForRendering(stack);
            const page = stack.currentItem;
            compare(madeUnder(page, "patientCard"), 20);
            const more = findChild(page, "morePatientsButton");
            verify(more.visible);
            verify(more.text.indexOf("5") >= 0, more.text);
            more.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
            tryCompare(WorkspaceController.shownPatients, "count", patients);
            waitForRendering(page);
            compare(findAll(page, "patientCard", []).length, patients);
            verify(!more.visible);
            // The most in need of attention still first.
            compare(findAll(page, "patientCard", [])[0].patientId, WorkspaceController.patients.patientIdAt(0));

            verify(WorkspaceFixture.loadDemoPatients());
            tryCompare(WorkspaceController.patients, "count", 3, 10000);
        }

        function test_myPatientsListsThemAndOpensOne() {
            const stack = createTemporaryObject(stackComponent, window);
            stack.push(myPatientsComponent);
            waitForRendering(stack);
            const cards = findAll(stack.currentItem, "patientCard", []);
            compare(cards.length, 3);
            // The one with the most kinds of flag comes first.
            compare(cards[0].name, "Jozef Maes");
            verify(cards[0].flagCount >= 2);
            mouseClick(cards[0]);
            tryCompare(stack, "depth", 2);
            compare(stack.currentItem.objectName, "patientPage");
            compare(WorkspaceController.patientName, "Jozef Maes");
            waitForRendering(stack.currentItem);
            compare(findAll(stack.currentItem, "goalCard", []).length, 3);
        }

        function test_aCommentIsSavedAsOneself() {
            compare(WorkspaceController.setMyRole("home_nurse"), "");
            compare(WorkspaceController.setMyName("An Wouters"), "");
            const stack = createTemporaryObject(stackComponent, window);
            stack.push(myPatientsComponent);
            stack.currentItem.openSubPage("patient");
            tryCompare(stack, "depth", 2);
            const page = stack.currentItem;
            waitForRendering(page);
            const before = WorkspaceController.goals.get(0).comments.length;
            const goalCard = findAll(page, "goalCard", [])[0];
            const commentButton = findAll(goalCard, "commentButton", [])[0];
            // By keyboard, as on a desktop: focus scrolls the button into view, Space presses it.
            commentButton.forceActiveFocus();
            keyClick(Qt.Key_Space);
            const editor = findAll(goalCard, "commentEditor", [])[0];
            tryVerify(() => editor.activeFocus);
            keyClick(Qt.Key_O);
            keyClick(Qt.Key_K);
            keyClick(Qt.Key_Return, Qt.ControlModifier);
            tryCompare(WorkspaceController.goals.get(0).comments, "length", before + 1);
            const comments = WorkspaceController.goals.get(0).comments;
            const last = comments[comments.length - 1];
            compare(last.text, "ok");
            compare(last.authorName, "An Wouters");
            compare(last.authorRole, "home_nurse");
            verify(last.mine);
        }
    }
}
