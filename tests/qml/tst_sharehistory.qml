// SPDX-License-Identifier: GPL-3.0-or-later
// "Share my check-in history" on a sharing space's page: the Share button says why nothing can
// be shared (none since that day, a history that cannot be read: CheckInHistoryShare's words),
// and asks before it shares the ones there are.
import QtQuick
import QtTest
import CareCircle

Item {
    id: window

    readonly property string passphrase: "tall poplars along the Schelde dyke"

    width: 390
    height: 844
    visible: true

    Component {
        id: spacePageComponent

        SpacePage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "ShareHistory"
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

        function isoDaysAgo(days) {
            const d = new Date();
            d.setDate(d.getDate() - days);
            return Qt.formatDate(d, "yyyy-MM-dd");
        }

        function test_theShareButtonSaysWhyNoneOrAsksForTheCount() {
            ensureUnlocked();
            const space = SharingSpaces.createSpace("Care team", "teal");
            verify(space !== "");
            SharingSpaces.selectedSpace = space;
            const page = createTemporaryObject(spacePageComponent, window);
            waitForRendering(page);
            const since = findChild(page, "historySince");
            const share = findChild(page, "shareHistoryButton");
            const dialog = findChild(page, "historyDialog");
            verify(since && share && dialog);

            // No check-in yet: she is told so, and nothing is asked.
            since.setIsoDate(isoDaysAgo(7));
            mouseClick(share);
            compare(page.historyError, "You have no private check-ins since that day.");
            verify(!dialog.opened);

            // One private check-in today: the dialog asks to share one.
            CheckInController.resetDraft();
            verify(CheckInController.setRating("body", 6));
            compare(CheckInController.saveCheckIn(), "");
            mouseClick(share);
            compare(page.historyError, "");
            tryVerify(() => dialog.opened);
            compare(dialog.count, 1);
            dialog.close();
        }
    }
}
