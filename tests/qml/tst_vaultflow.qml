// SPDX-License-Identifier: GPL-3.0-or-later
// A new person's first minutes, through the real pages: a weak or mismatched passphrase
// cannot create the vault; a good one creates it and shows the recovery key; a wrong
// passphrase on the Unlock page shows an error and keeps it locked; the right one opens it.
// Test functions run in name order; the vault they share moves through its life cycle.
// Each test file runs in a process of its own with a vault of its own (CMakeLists.txt), so
// this one starts with no vault whatever ran before it.
import QtQuick
import QtTest
import CareCircle

Item {
    id: window

    width: 390
    height: 844
    visible: true

    readonly property string goodPassphrase: "quiet lanterns over the Leie"

    Component {
        id: welcomeComponent

        WelcomePage {
            anchors.fill: parent
        }
    }
    Component {
        id: unlockComponent

        UnlockPage {
            anchors.fill: parent
        }
    }
    SignalSpy {
        id: createdSpy

        target: VaultController
        signalName: "vaultCreated"
    }
    SignalSpy {
        id: unlockFailedSpy

        target: VaultController
        signalName: "unlockFailed"
    }

    TestCase {
        name: "VaultFlow"
        when: windowShown

        function typeInto(passphraseField, text) {
            passphraseField.field.forceActiveFocus();
            passphraseField.field.selectAll();
            keyClick(Qt.Key_Delete);
            for (const c of text)
                keyClick(c);
        }

        function test_1_weakOrMismatchedPassphrasesCannotCreateTheVault() {
            compare(VaultController.state, VaultController.NoVault);
            const page = createTemporaryObject(welcomeComponent, window);
            waitForRendering(page);
            const passphrase = findChild(page, "passphraseField");
            const confirm = findChild(page, "confirmField");
            const create = findChild(page, "createButton");

            typeInto(passphrase, "password1");
            typeInto(confirm, "password1");
            verify(!create.enabled, "a weak passphrase must not be accepted");

            typeInto(passphrase, window.goodPassphrase);
            typeInto(confirm, window.goodPassphrase + "x");
            verify(!create.enabled, "two different passphrases must not be accepted");
            keyClick(Qt.Key_Return);
            compare(createdSpy.count, 0);
            compare(VaultController.state, VaultController.NoVault);
        }

        function test_2_aGoodPassphraseCreatesTheVaultAndShowsTheRecoveryKey() {
            const page = createTemporaryObject(welcomeComponent, window);
            waitForRendering(page);
            typeInto(findChild(page, "passphraseField"), window.goodPassphrase);
            typeInto(findChild(page, "confirmField"), window.goodPassphrase);
            const create = findChild(page, "createButton");
            verify(create.enabled);
            mouseClick(create);
            createdSpy.wait(60000);
            compare(VaultController.state, VaultController.Unlocked);
            verify(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/.test(createdSpy.signalArguments[0][0]));
        }

        function test_3_aWrongPassphraseShowsAnErrorAndStaysLocked() {
            VaultController.lock();
            compare(VaultController.state, VaultController.Locked);
            const page = createTemporaryObject(unlockComponent, window);
            waitForRendering(page);
            const error = findChild(page, "unlockError");
            typeInto(findChild(page, "passphraseField"), "not the right one");
            keyClick(Qt.Key_Return);
            unlockFailedSpy.wait(60000);
            tryVerify(() => error.text.length > 0);
            verify(error.visible);
            compare(VaultController.state, VaultController.Locked);
        }

        function test_4_theRightPassphraseUnlocks() {
            const page = createTemporaryObject(unlockComponent, window);
            waitForRendering(page);
            typeInto(findChild(page, "passphraseField"), window.goodPassphrase);
            keyClick(Qt.Key_Return);
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
        }
    }
}
