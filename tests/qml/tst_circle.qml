// SPDX-License-Identifier: GPL-3.0-or-later
// Acting in a patient's circle through the real shell (issue #14), on Els's tablet
// (WorkspaceFixture.loadCaregiverPatient: Maria made her an editor): the switcher in the
// side navigation opens "Maria Peeters's care", the shell then offers only Maria's pages with
// her goals, a check-in filled in on the real page is saved for Maria by proxy and names Els,
// and "My own" brings the own circle back.
import QtQuick
import QtTest
import CareCircle
import CareCircleTest

Item {
    id: window

    width: 800
    height: 1280
    visible: true

    readonly property string passphrase: "quiet lanterns over the Leie"

    Component {
        id: shellComponent

        AppShell {
            anchors.fill: parent
        }
    }
    Component {
        id: checkInComponent

        CheckInPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Circle"
        when: windowShown

        function initTestCase() {
            tryVerify(() => !VaultController.busy, 60000);
            if (VaultController.state === VaultController.NoVault)
                VaultController.createVault(window.passphrase, false);
            else if (VaultController.state === VaultController.Locked)
                VaultController.unlock(window.passphrase);
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
            verify(WorkspaceFixture.loadCaregiverPatient());
            tryCompare(WorkspaceController.patients, "count", 1, 10000);
            compare(WorkspaceController.setMyRole("caregiver"), "");
            compare(WorkspaceController.setMyName("Els Peeters"), "");
            Theme.windowWidth = window.width; // a tablet: the side navigation
        }
        function cleanupTestCase() {
            Theme.windowWidth = 0;
            WorkspaceController.openCircle("");
            WorkspaceFixture.clearPatients();
        }

        /** Keyboard activation: focus moves there (scrolling it into view), Space presses it. */
        function press(item) {
            verify(item && item.visible && item.enabled, "control missing, hidden or disabled");
            item.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
        }
        function keys(shell) {
            return shell.destinations.map(destination => destination.key);
        }
        /** Picks row @p index of the visible switcher, as a click on it would. */
        function choose(shell, index) {
            const box = findChild(shell, "circleSwitcher");
            verify(box && box.visible, "the switcher shows in the side navigation");
            box.currentIndex = index;
            box.activated(index);
        }

        function test_switchingOpensHerCircleOnEveryPageAndBack() {
            const shell = createTemporaryObject(shellComponent, window);
            waitForRendering(shell);
            verify(Theme.wide, "a tablet gets the side navigation");
            verify(keys(shell).includes("settings"));
            choose(shell, 1);
            compare(WorkspaceController.circleName, "Maria Peeters");
            compare(WorkspaceController.circleRole, "editor");
            verify(findChild(shell, "circleRoleLabel").visible);
            // Only her pages: no Home, team, sharing or settings of Maria's.
            compare(keys(shell), ["my-patients", "checkin", "plan", "goals", "trends"]);
            shell.showPage("goals");
            waitForRendering(shell);
            verify(GoalsController.totalCount > 0, "her goals, not Els's (she has none)");
            verify(GoalsController.mayEdit);
            shell.showPage("plan");
            verify(CarePlanController.hasPlan);
            choose(shell, 0);
            compare(WorkspaceController.circleId, "");
            compare(GoalsController.totalCount, 0);
            verify(keys(shell).includes("settings"));
        }

        /** A switch leaves the open pages as Back does: an unsaved draft is not dropped unasked. */
        function test_switchingAsksBeforeADraftIsDropped() {
            const shell = createTemporaryObject(shellComponent, window);
            waitForRendering(shell);
            shell.showPage("goals");
            shell.currentPage.newGoal();
            tryVerify(() => shell.currentPage && shell.currentPage.objectName === "goalEditorPage", 5000);
            wait(300); // the editor takes its picture of the empty fields after loading
            findChild(shell.currentPage, "whatMattersField").insert(0, "a walk with my sister");
            const dialog = findChild(shell, "discardDraftDialog");
            choose(shell, 1);
            tryVerify(() => dialog.opened);
            compare(WorkspaceController.circleId, "", "nothing switched before the answer");
            compare(findChild(shell, "circleSwitcher").currentIndex, 0, "the box shows the open circle");
            press(dialog.keepAction);
            tryVerify(() => !dialog.visible);
            compare(WorkspaceController.circleId, "");
            compare(shell.currentPage.objectName, "goalEditorPage");
            choose(shell, 1);
            tryVerify(() => dialog.opened);
            press(dialog.discardAction);
            tryCompare(WorkspaceController, "circleName", "Maria Peeters");
            choose(shell, 0);
            compare(WorkspaceController.circleId, "");
        }

        /** On a phone at 200 % text the switcher above the page stays small: the sentence on
         *  what Els may do goes to a screen reader, at normal text it shows. */
        function test_thePhoneSwitcherAtLargeTextKeepsThePageInView() {
            WorkspaceController.openCircle(WorkspaceController.patients.get(0).patientId);
            compare(WorkspaceController.circleRole, "editor");
            for (const scale of [1, 2]) {
                Theme.windowWidth = 390;
                Theme.textScale = scale;
                window.width = 390;
                window.height = 844;
                const shell = createTemporaryObject(shellComponent, window);
                waitForRendering(shell);
                verify(!Theme.wide);
                const box = findChild(shell, "compactCircleSwitcher");
                verify(box && box.visible, "the phone shows the switcher above the page");
                verify(box.Accessible.description.indexOf("Maria Peeters") >= 0, box.Accessible.description);
                compare(findChild(shell, "compactCircleRoleLabel").visible, scale < 1.5);
                const switcher = findChild(shell, "compactCircle");
                verify(switcher.height < window.height / 6, "the switcher takes " + switcher.height + " of " + window.height);
            }
            Theme.textScale = 1;
            window.width = 800;
            window.height = 1280;
            Theme.windowWidth = window.width;
            WorkspaceController.openCircle("");
        }

        function test_aCheckInFilledInForHerIsByProxyAndNamesEls() {
            const shell = createTemporaryObject(shellComponent, window);
            choose(shell, 1);
            const before = CheckInController.history.count;
            verify(before > 0, "her check-ins");
            const page = createTemporaryObject(checkInComponent, window);
            waitForRendering(page);
            // The page says whom it is for; where the check-in goes is not a choice here.
            verify(findChild(page, "proxyLabel").visible);
            verify(findChild(page, "proxyLabel").text.includes("Maria"));
            verify(!findChild(page, "questionnairesCard").visible, "questionnaires are not answered for her");
            press(findChild(page, "startButton"));
            const slider = findChild(page, "ratingSlider_body");
            slider.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Right);
            verify(slider.chosen);
            for (let step = 0; step < 10 && page.mode !== "review"; ++step)
                press(findChild(page, "nextButton"));
            verify(!findChild(page, "checkInVisibility").visible, "her space, not ours to choose");
            press(findChild(page, "saveButton"));
            compare(findChild(page, "saveError").text, "");
            compare(CheckInController.history.count, before + 1);
            const latest = CheckInController.history.get(0);
            verify(latest.byProxy);
            compare(latest.actedBy, "Els Peeters for Maria");
            choose(shell, 0);
        }
    }
}
