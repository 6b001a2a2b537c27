// SPDX-License-Identifier: GPL-3.0-or-later
// Check-in through the real page: a six-domain check-in completed by keyboard and mouse is
// saved and shows up first among the earlier check-ins; WHO-5 filled in on its page shows
// the score described in words with the suggestion to talk with the care team.
// Works in any vault state: it creates or unlocks the shared test vault itself.
import QtQuick
import QtTest
import CareCircle

Item {
    id: window

    width: 390
    height: 844
    visible: true

    readonly property string passphrase: "quiet lanterns over the Leie"
    readonly property var domains: ["body", "mind", "meaning", "quality_of_life", "participation", "daily_life"]

    Component {
        id: checkInComponent

        CheckInPage {
            anchors.fill: parent
        }
    }
    Component {
        id: instrumentComponent

        InstrumentPage {
            anchors.fill: parent
            instrumentId: "who5"
        }
    }

    TestCase {
        name: "CheckIn"
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

        function test_completeASixDomainCheckIn() {
            ensureUnlocked();
            const before = CheckInController.history.count;
            const page = createTemporaryObject(checkInComponent, window);
            waitForRendering(page);

            const start = findChild(page, "startButton");
            verify(start.enabled);
            mouseClick(start);
            compare(page.mode, "flow");
            const progress = findChild(page, "progressLabel");

            for (let i = 0; i < window.domains.length; ++i) {
                const domain = window.domains[i];
                compare(progress.text, (i + 1) + " of 6");
                const slider = findChild(page, "ratingSlider_" + domain);
                verify(slider.visible, "one domain per step on a phone");
                verify(!slider.chosen, "an untouched slider is not an answer");
                slider.forceActiveFocus(Qt.TabFocusReason);
                if (domain === "meaning") {
                    keyClick(Qt.Key_Home); // 0
                } else {
                    for (let k = 0; k <= i; ++k)
                        keyClick(Qt.Key_Right); // 5 + i + 1
                    keyClick(Qt.Key_Left);      // 5 + i
                }
                verify(slider.chosen);
                if (domain === "mind") {
                    press(findChild(page, "discussSwitch_mind"));
                    const note = findChild(page, "note_mind");
                    note.forceActiveFocus();
                    for (const c of "sleep")
                        keyClick(c);
                }
                if (domain === "body") {
                    press(findChild(page, "wishSwitch_body"));
                    const wish = findChild(page, "wishSlider_body");
                    wish.forceActiveFocus();
                    keyClick(Qt.Key_Left); // 9
                }
                press(findChild(page, "nextButton"));
            }
            compare(page.mode, "review");
            compare(CheckInController.ratedCount, 6);
            press(findChild(page, "saveButton"));
            compare(findChild(page, "saveError").text, "");
            compare(page.mode, "start");
            verify(findChild(page, "savedMessage").visible);

            compare(CheckInController.history.count, before + 1);
            const latest = CheckInController.history.get(0);
            compare(latest.ratings.body, 5);
            compare(latest.ratings.mind, 6);
            compare(latest.ratings.meaning, 0);
            compare(latest.ratings.daily_life, 9); // 5 + 6 stops at 10, then one step back
            compare(latest.wishes.body, 9);
            compare(latest.discuss.length, 1);
            compare(latest.discuss[0], "mind");
            compare(latest.notes.mind, "sleep");
            verify(findChild(page, "lastCheckInLabel").visible);
            verify(!findChild(page, "historyEmpty").visible);
        }

        function test_aCheckInWithoutAnyNumberCannotBeSaved() {
            ensureUnlocked();
            const before = CheckInController.history.count;
            const page = createTemporaryObject(checkInComponent, window);
            waitForRendering(page);
            mouseClick(findChild(page, "startButton"));
            for (let i = 0; i < window.domains.length; ++i)
                press(findChild(page, "nextButton"));
            compare(page.mode, "review");
            verify(!findChild(page, "saveButton").enabled);
            compare(CheckInController.history.count, before);
        }

        function test_fillInWho5AndSeeTheResultInWords() {
            ensureUnlocked();
            const before = CheckInController.history.count;
            const page = createTemporaryObject(instrumentComponent, window);
            waitForRendering(page);
            const result = findChild(page, "resultButton");
            verify(!result.enabled, "nothing answered yet");
            for (let i = 0; i < 5; ++i)
                press(findChild(page, "option_" + i + "_3")); // more than half of the time
            verify(result.enabled);
            press(result);
            tryVerify(() => findChild(page, "scoreResult").visible);
            compare(findChild(page, "scoreLabel").text, "60 out of 100");
            compare(findChild(page, "bandLabel").text, "You have mostly felt well lately");
            verify(findChild(page, "descriptionLabel").text.indexOf("care team") >= 0);
            compare(CheckInController.history.count, before + 1);
            compare(CheckInController.history.get(0).instruments[0].instrument, "who5");
        }
    }
}
