// SPDX-License-Identifier: GPL-3.0-or-later
// Sync pages through the real QML (issue 4): a vault that is not connected offers to
// connect, refuses an address that is not one, and says in words when the server cannot
// be reached (changing nothing); joining an account on a new device only starts once the
// address, the code or recovery key and a strong, repeated passphrase are all right.
// (Connecting, linking and restoring against a real server: tests/integration/tst_syncapp.)
import QtQuick
import QtTest
import CareCircle

Item {
    id: window

    width: 390
    height: 844
    visible: true

    readonly property string passphrase: "quiet lanterns over the Leie"

    Component {
        id: syncComponent

        SyncPage {
            anchors.fill: parent
        }
    }
    Component {
        id: joinComponent

        JoinAccountPage {
            anchors.fill: parent
        }
    }
    SignalSpy {
        id: createdSpy

        target: VaultController
        signalName: "vaultCreated"
    }
    SignalSpy {
        id: failedSpy

        target: SyncActivity
        signalName: "operationFailed"
    }

    TestCase {
        name: "SyncPages"
        when: windowShown

        function ensureUnlocked() {
            if (VaultController.state === VaultController.NoVault) {
                VaultController.createVault(window.passphrase, false);
                createdSpy.wait(60000);
            } else if (VaultController.state === VaultController.Locked) {
                VaultController.unlock(window.passphrase);
            }
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
        }

        function typeInto(field, text) {
            field.forceActiveFocus();
            field.selectAll();
            keyClick(Qt.Key_Delete);
            for (const c of text)
                keyClick(c);
        }

        function test_anUnreachableServerIsReportedAndNothingIsConnected() {
            ensureUnlocked();
            const page = createTemporaryObject(syncComponent, window);
            verify(page);
            waitForRendering(page);
            compare(SyncStatus.connected, false);
            compare(SyncStatus.status, SyncStatus.NotConnected);
            const server = findChild(page, "serverField");
            const connect = findChild(page, "connectButton");
            typeInto(server.field, "care.example");
            compare(connect.enabled, false);
            verify(server.errorText !== "");
            // Port 9 (discard) on loopback: nothing listens there.
            typeInto(server.field, "http://127.0.0.1:9");
            compare(server.errorText, "");
            compare(connect.enabled, true);
            failedSpy.clear();
            connect.clicked();
            failedSpy.wait(30000);
            const error = findChild(page, "syncError");
            verify(error.text.length > 0, "the page says why");
            tryCompare(SyncActivity, "busy", false, 5000);
            compare(SyncStatus.connected, false);
            compare(connect.enabled, true);
        }

        function test_joiningStartsOnlyWhenEverythingIsRight_data() {
            return [{ tag: "link", mode: "link" }, { tag: "restore", mode: "restore" }];
        }

        function test_joiningStartsOnlyWhenEverythingIsRight(data) {
            ensureUnlocked();
            const page = createTemporaryObject(joinComponent, window, { mode: data.mode });
            verify(page);
            waitForRendering(page);
            const button = findChild(page, "joinButton");
            const secret = findChild(page, "joinSecretField");
            compare(button.enabled, false);
            typeInto(findChild(page, "joinServerField").field, "https://care.example.be");
            // A code with a typo (the check catches it) keeps the button off and says so.
            typeInto(secret.field, "7KQ2-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01");
            verify(secret.errorText !== "");
            compare(button.enabled, false);
            // A well-formed one (the format of link codes and recovery keys is the same).
            typeInto(secret.field, wellFormedKey());
            compare(secret.errorText, "");
            typeInto(findChild(page, "joinPassphraseField").field, "short");
            compare(button.enabled, false); // too weak
            typeInto(findChild(page, "joinPassphraseField").field, "copper bells in Lier tower");
            typeInto(findChild(page, "joinConfirmField").field, "copper bells in Lier towers");
            compare(button.enabled, false); // not the same twice
            typeInto(findChild(page, "joinConfirmField").field, "copper bells in Lier tower");
            compare(button.enabled, true);
        }

        /** A well-formed key: this vault's own recovery key, shown after the passphrase. */
        function wellFormedKey() {
            revealSpy.clear();
            VaultController.revealRecoveryKey(window.passphrase);
            revealSpy.wait(60000);
            return revealSpy.signalArguments[0][0];
        }
    }
    SignalSpy {
        id: revealSpy

        target: VaultController
        signalName: "recoveryKeyRevealed"
    }
}
