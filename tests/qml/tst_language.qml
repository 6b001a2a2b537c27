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
