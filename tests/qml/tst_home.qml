// SPDX-License-Identifier: GPL-3.0-or-later
// Home for the three kinds of account (issue 14): a GP whose only circles are patients who
// shared with him sees My patients first and none of the patient's cards or empty states
// ("Your care plan will appear here…", "What matters to you?"); someone who is both patient
// and carer sees both; a patient alone sees no My patients. The GP's navigation has no empty
// patient pages of his own. Patients come from the GP demo
// vault of WorkspaceFixture; the own care data is the test's own vault.
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

    readonly property string passphrase: "quiet lanterns over the Leie"

    Component {
        id: stackComponent

        StackView {
            anchors.fill: parent
        }
    }
    Component {
        id: shellComponent

        AppShell {
            anchors.fill: parent
        }
    }
    Component {
        id: homeComponent

        HomePage { }
    }
    SignalSpy {
        id: createdSpy

        target: VaultController
        signalName: "vaultCreated"
    }

    TestCase {
        name: "Home"
        when: windowShown

        function findAll(item, objectName, found) {
            if (item.objectName === objectName && item.visible)
                found.push(item);
            const children = item.children ?? [];
            for (let i = 0; i < children.length; ++i)
                findAll(children[i], objectName, found);
            return found;
        }
        function shown(page, objectName) {
            return findAll(page, objectName, []).length > 0;
        }
        /** Every visible text on @p item, joined. */
        function texts(item) {
            let all = (item.visible && typeof item.text === "string") ? item.text + "\n" : "";
            const children = item.children ?? [];
            for (let i = 0; i < children.length; ++i)
                all += texts(children[i]);
            return all;
        }
        function navigationKeys() {
            const shell = createTemporaryObject(shellComponent, window);
            waitForRendering(shell);
            return shell.destinations.map(destination => destination.key);
        }
        function openHome() {
            const stack = createTemporaryObject(stackComponent, window);
            stack.push(homeComponent);
            waitForRendering(stack);
            return stack;
        }

        function initTestCase() {
            if (VaultController.state === VaultController.NoVault) {
                VaultController.createVault(window.passphrase, false);
                createdSpy.wait(60000);
            }
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
            verify(WorkspaceFixture.loadDemoPatients());
            tryCompare(WorkspaceController.patients, "count", 3, 10000);
        }
        function cleanupTestCase() {
            WorkspaceFixture.clearPatients();
        }

        function test_1_aProfessionalSeesHisPatientsAndNoPatientEmptyStates() {
            verify(!CareData.hasOwnCare);
            const stack = openHome();
            const page = stack.currentItem;
            verify(shown(page, "homePatientsCard"));
            compare(findAll(page, "homePatientCard", []).length, 3);
            verify(!shown(page, "checkInCard"));
            verify(!shown(page, "emptyPlanCard"));
            verify(!shown(page, "ownCareGrid"));
            const words = texts(page);
            verify(words.indexOf("Your care plan will appear here") < 0, words);
            verify(words.indexOf("What matters to you?") < 0, words);
            // The patients card comes first, above anything else on the page.
            const cards = findAll(page, "homePatientCard", []);
            const first = cards[0];
            compare(first.name, "Jozef Maes"); // the one needing attention most
            verify(first.flagCount >= 2);
            // A patient opens from Home.
            mouseClick(first);
            tryCompare(stack, "depth", 2);
            compare(stack.currentItem.objectName, "patientPage");
            compare(WorkspaceController.patientName, "Jozef Maes");
            // His navigation offers no empty patient pages of his own; a caregiver keeps them
            // (she may have care of her own, and her own caregiver check-in).
            compare(WorkspaceController.setMyRole("gp"), "");
            compare(navigationKeys(), ["my-patients", "home", "settings"]);
            compare(WorkspaceController.setMyRole("caregiver"), "");
            verify(navigationKeys().includes("goals"));
            verify(navigationKeys().includes("checkin"));
            compare(WorkspaceController.setMyRole("gp"), "");
        }

        function test_2_someoneWhoIsBothSeesBoth() {
            verify(GoalsController.createGoal({ whatMattersToMe: "sleeping through the night", domain: GoalsController.domainCodes[0] }) !== "");
            tryVerify(() => CareData.hasOwnCare, 5000);
            const page = openHome().currentItem;
            verify(shown(page, "homePatientsCard"));
            compare(findAll(page, "homePatientCard", []).length, 3);
            verify(shown(page, "checkInCard"));
            verify(shown(page, "ownCareGrid"));
            verify(texts(page).indexOf("sleeping through the night") >= 0);
            // With care of his own, the GP's own pages are back.
            verify(navigationKeys().includes("goals"));
        }

        function test_3_aPatientAloneSeesNoPatients() {
            WorkspaceFixture.clearPatients();
            tryVerify(() => !WorkspaceController.hasPatients, 5000);
            const page = openHome().currentItem;
            verify(!shown(page, "homePatientsCard"));
            verify(shown(page, "checkInCard"));
            verify(shown(page, "ownCareGrid"));
        }
    }
}
