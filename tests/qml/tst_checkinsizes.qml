// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a check-in at the window sizes people use, one after another in one window: the
// page stays alive and the check-in is listed. Saving once crashed the app in a layout pass
// on wide windows (1064×1390, 1064×760): the history rows were destroyed by their Repeater
// on the model reset while the card's layout still held them. CMakeLists.txt runs this file
// also under Xvfb on the real xcb platform, where the crash was seen.
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

    TestCase {
        name: "CheckInSizes"
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

        function test_saveACheckIn_data() {
            return [
                { tag: "wide and tall 1064×1390", width: 1064, height: 1390 },
                { tag: "wide and short 1064×760", width: 1064, height: 760 },
                { tag: "desktop 1280×800", width: 1280, height: 800 },
                { tag: "tablet 800×1280", width: 800, height: 1280 },
                { tag: "phone 390×844", width: 390, height: 844 },
                { tag: "wide and tall again 1064×1390", width: 1064, height: 1390 }
            ];
        }

        function test_saveACheckIn(data) {
            ensureUnlocked();
            window.width = data.width;
            window.height = data.height;
            const before = CheckInController.history.count;
            const page = createTemporaryObject(checkInComponent, window);
            waitForRendering(page);
            mouseClick(findChild(page, "startButton"));
            compare(page.mode, "flow");
            for (const domain of window.domains) {
                const slider = findChild(page, "ratingSlider_" + domain);
                if (!slider.visible) // one part of life at a time on a narrow window
                    mouseClick(findChild(page, "nextButton"));
                verify(slider.visible, domain);
                slider.forceActiveFocus(Qt.TabFocusReason);
                keyClick(Qt.Key_Right);
                verify(slider.chosen, domain);
            }
            mouseClick(findChild(page, "nextButton"));
            compare(page.mode, "review");
            const save = findChild(page, "saveButton");
            waitForRendering(page);
            mouseClick(save);
            compare(findChild(page, "saveError").text, "");
            compare(page.mode, "start");
            waitForRendering(page); // the layout pass that crashed
            wait(50);
            compare(CheckInController.history.count, before + 1);
            verify(findChild(page, "savedMessage").visible);
        }
    }
}
