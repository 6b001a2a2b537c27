// SPDX-License-Identifier: GPL-3.0-or-later
// The caregiver's own check-in through the real page, by keyboard only: offered beside the
// patient check-in in the own circle, it asks the four caregiver questions (never the six
// parts of life), saves only those, privately by default, and her history marks it as hers.
import QtQuick
import QtTest
import CareCircle

Item {
    id: window

    width: 390
    height: 844
    visible: true

    readonly property string passphrase: "quiet lanterns over the Leie"
    readonly property var domains: ["caregiver_load", "caregiver_health", "caregiver_own_time", "caregiver_support"]

    Component {
        id: checkInComponent

        CheckInPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "CaregiverCheckIn"
        when: windowShown

        function ensureUnlocked() {
            tryVerify(() => !VaultController.busy, 60000);
            if (VaultController.state === VaultController.NoVault)
                VaultController.createVault(window.passphrase, false);
            else if (VaultController.state === VaultController.Locked)
                VaultController.unlock(window.passphrase);
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
            tryVerify(() => CheckInController.available, 10000);
        }

        /** Keyboard activation: focus moves there (scrolling it into view), Space presses it. */
        function press(item) {
            verify(item, "control missing");
            verify(item.visible, item.objectName + " must be visible");
            verify(item.enabled, item.objectName + " must be enabled");
            item.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
        }

        function test_completeTheCaregiverCheckInByKeyboard() {
            ensureUnlocked();
            compare(WorkspaceController.circleId, "", "the own circle");
            const before = CheckInController.history.count;
            const page = createTemporaryObject(checkInComponent, window);
            waitForRendering(page);

            verify(findChild(page, "caregiverCard").visible);
            press(findChild(page, "startCaregiverButton"));
            compare(page.mode, "flow");
            verify(CheckInController.caregiverMode);
            verify(findChild(page, "caregiverFlowLabel").visible);
            verify(!findChild(page, "ratingSlider_body").visible, "not the six parts of life");
            const progress = findChild(page, "progressLabel");

            for (let i = 0; i < window.domains.length; ++i) {
                const domain = window.domains[i];
                compare(progress.text, (i + 1) + " of 4");
                const slider = findChild(page, "ratingSlider_" + domain);
                verify(slider.visible, "one question per step on a phone");
                verify(!slider.chosen);
                verify(!findChild(page, "wishSwitch_" + domain).visible, "no wish in her check-in");
                verify(!findChild(page, "discussSwitch_" + domain).visible);
                slider.forceActiveFocus(Qt.TabFocusReason);
                keyClick(Qt.Key_Home); // 0
                for (let k = 0; k < i + 2; ++k)
                    keyClick(Qt.Key_Right); // 2, 3, 4, 5
                verify(slider.chosen);
                if (domain === "caregiver_own_time") {
                    const note = findChild(page, "note_" + domain);
                    note.forceActiveFocus();
                    for (const c of "no evenings")
                        keyClick(c);
                }
                press(findChild(page, "nextButton"));
            }
            compare(page.mode, "review");
            compare(CheckInController.ratedCount, 4);
            const visibility = findChild(page, "checkInVisibility");
            verify(visibility.visible, "she chooses who can see it");
            compare(visibility.spaceId, "", "private by default");
            press(findChild(page, "saveButton"));
            compare(findChild(page, "saveError").text, "");
            compare(page.mode, "start");

            compare(CheckInController.history.count, before + 1);
            const latest = CheckInController.history.get(0);
            verify(latest.caregiver);
            compare(Object.keys(latest.ratings).sort(), window.domains.slice().sort());
            compare(latest.ratings.caregiver_load, 2);
            compare(latest.ratings.caregiver_support, 5);
            compare(latest.notes.caregiver_own_time, "no evenings");
            tryVerify(() => findChild(findChild(page, "historyRow_0"), "historyDateLabel").text.indexOf("caregiver check-in") >= 0);

            // The patient check-in afterwards is the six parts of life again.
            press(findChild(page, "startButton"));
            verify(!CheckInController.caregiverMode);
            compare(progress.text, "1 of 6");
            verify(findChild(page, "ratingSlider_body").visible);
            press(findChild(page, "backButton"));
        }
    }
}
