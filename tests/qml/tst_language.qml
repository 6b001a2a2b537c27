// SPDX-License-Identifier: GPL-3.0-or-later
// Switching language re-translates what is on screen at once, without reopening the page.
import QtQuick
import QtTest
import CareCircle

Item {
    id: window

    width: 390
    height: 844
    visible: true

    SignalSpy {
        id: createdSpy

        target: VaultController
        signalName: "vaultCreated"
    }

    Component {
        id: settingsComponent

        SettingsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "LanguageSwitch"
        when: windowShown

        function cleanup() {
            LanguageSettings.language = "en";
        }

        function test_switchingLanguageRetranslatesTheOpenPageAtOnce_data() {
            return [
                { tag: "nl", title: "Instellingen", body: "Lichaam" },
                { tag: "fr", title: "Paramètres", body: "Corps" },
                { tag: "de", title: "Einstellungen", body: "Körper" }
            ];
        }

        function test_wordsMadeInCppFollowTheSwitchAtOnce_data() {
            return [
                { tag: "nl", privateName: "Privé" },
                { tag: "fr", privateName: "Privé" },
                { tag: "de", privateName: "Privat" }
            ];
        }

        // Issue 15: the Sharing list (and the schedules) kept the old words until reopened.
        function test_wordsMadeInCppFollowTheSwitchAtOnce(data) {
            if (VaultController.state === VaultController.NoVault) {
                VaultController.createVault("quiet lanterns over the Leie", false);
                createdSpy.wait(60000);
            }
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
            tryVerify(() => SharingSpaces.spaces.count > 0, 5000);
            compare(SharingSpaces.spaces.get(0).name, "Private");
            const audience = SharingSpaces.spaces.get(0).summary;
            LanguageSettings.language = data.tag;
            compare(SharingSpaces.spaces.get(0).name, data.privateName);
            verify(SharingSpaces.spaces.get(0).summary !== audience, "who sees it is retranslated too");
        }

        function test_switchingLanguageRetranslatesTheOpenPageAtOnce(data) {
            const page = createTemporaryObject(settingsComponent, window);
            waitForRendering(page);
            compare(page.title, "Settings");
            compare(Labels.domain("body"), "Body");
            LanguageSettings.language = data.tag;
            compare(LanguageSettings.language, data.tag);
            tryCompare(page, "title", data.title);
            compare(Labels.domain("body"), data.body); // codes saved earlier follow too
        }
    }
}
