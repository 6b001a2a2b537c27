// SPDX-License-Identifier: GPL-3.0-or-later
// The navigation on phones, tablets and desktops in every language (issue 15, items 7 and 8):
// at 390×844, 800×1280 and 1280×800, at 100 % and 200 % text, in en/nl/fr/de, no label of
// the bottom bar, the side navigation or the app's name is elided or runs out of its button,
// and the weekly check-in is one tap from Home (in the bar, and as an action on Home). Page
// titles and headings are never elided nor cut inside a word ("Goedemidda/g") on a phone or a
// desktop at 200 % text, and no button runs off the page's right edge.
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import CareCircle

Item {
    id: window

    width: 390
    height: 844
    visible: true

    readonly property string passphrase: "quiet lanterns over the Leie"

    // The window's font, as Main.qml sets it: controls inherit it from the nearest control.
    Control {
        id: frame

        anchors.fill: parent
        font.pixelSize: Theme.fontSizeBody
    }
    FontMetrics {
        id: probe
    }
    Component {
        id: shellComponent

        AppShell {
            anchors.fill: parent
        }
    }
    SignalSpy {
        id: createdSpy

        target: VaultController
        signalName: "vaultCreated"
    }

    TestCase {
        name: "Navigation"
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

        function init() {
            ensureUnlocked();
        }
        function cleanup() {
            Theme.textScale = 1;
            Theme.windowWidth = 0;
            LanguageSettings.language = "en";
            window.width = 390;
            window.height = 844;
        }

        /** The shell at @p size ("WxH"), @p scale text and @p language, showing Home. */
        function shellAt(size, scale, language) {
            LanguageSettings.language = language;
            const [w, h] = size.split("x").map(Number);
            window.width = w;
            window.height = h;
            Theme.windowWidth = w;
            Theme.textScale = scale;
            const shell = createTemporaryObject(shellComponent, frame);
            verify(shell);
            shell.showPage("home");
            tryVerify(() => shell.currentPage !== null && !shell.currentPage.StackView.view.busy, 5000);
            waitForRendering(shell);
            return shell;
        }

        /** What is wrong with one label: elided, or wider than the room it has. */
        function labelProblem(what, label) {
            if (label.truncated)
                return `${what}: "${label.text}" is elided`;
            if (label.contentWidth > label.width + 1)
                return `${what}: "${label.text}" needs ${Math.ceil(label.contentWidth)} px, has ${Math.floor(label.width)}`;
            return "";
        }

        function test_noNavigationLabelIsCut_data() {
            const rows = [];
            for (const language of ["en", "nl", "fr", "de"]) {
                for (const size of ["390x844", "800x1280", "1280x800"]) {
                    for (const scale of [1, 2])
                        rows.push({ tag: `${language} ${size} ${scale * 100} %`, language: language, size: size, scale: scale });
                }
            }
            return rows;
        }

        function test_noNavigationLabelIsCut(data) {
            const shell = shellAt(data.size, data.scale, data.language);
            const problems = [];
            let shown = 0;
            const keys = shell.destinations.map(entry => entry.key).concat(["lock"]);
            for (const key of keys) {
                for (const name of ["barButton_", "railButton_"]) {
                    const button = findChild(shell, name + key);
                    if (!button || !button.visible || button.width <= 0)
                        continue;
                    // Only what is really on screen: the bar or the rail, not the hidden one.
                    let shownOnScreen = true;
                    for (let item = button; item && item !== shell; item = item.parent)
                        shownOnScreen = shownOnScreen && item.visible;
                    if (!shownOnScreen)
                        continue;
                    ++shown;
                    const problem = labelProblem(name + key, button.label);
                    if (problem !== "")
                        problems.push(problem);
                }
            }
            const more = findChild(shell, "moreButton");
            if (more.visible && findChild(shell, "navigationBar").visible) {
                const problem = labelProblem("more", more.label);
                if (problem !== "")
                    problems.push(problem);
            }
            const brand = findChild(shell, "brandLabel");
            if (Theme.wide) {
                const problem = labelProblem("brand", brand);
                if (problem !== "")
                    problems.push(problem);
                compare(brand.lineCount, 1, "the app's name is not broken");
            }
            verify(shown >= 2, `only ${shown} navigation buttons on screen`);
            verify(problems.length === 0, problems.join("\n"));

            // The weekly check-in, one tap from Home: in the navigation, and on Home itself.
            const checkIn = findChild(shell, (Theme.wide ? "railButton_" : "barButton_") + "checkin");
            verify(checkIn.visible, "Check-in is in the navigation, not behind More");
            const start = findChild(shell.currentPage, "startCheckInButton");
            verify(start && start.visible);
            mouseClick(start);
            tryCompare(shell, "currentKey", "checkin");
        }

        function test_theBarKeepsMoreThanHomeAndMoreAtLargeText() {
            const shell = shellAt("390x844", 2, "nl");
            const bar = findChild(shell, "navigationBar");
            verify(bar.visible);
            verify(bar.shownCount >= 2, `the bar shows ${bar.shownCount} destination(s) besides More`);
            verify(findChild(shell, "barButton_home").visible);
            verify(findChild(shell, "barButton_checkin").visible);
        }

        /** The words of @p label wider than the label itself at its font (they would be cut). */
        function cutWords(label) {
            probe.font = label.font;
            const room = label.width - label.leftPadding - label.rightPadding;
            // A line may break after a hyphen ("CareCircle-server"), so those parts count alone.
            return label.text.replace(/-/g, "- ").split(/\s+/).filter(word => probe.advanceWidth(word) > room + 1);
        }
        /** Every item of @p type under @p item that is shown. */
        function shownIn(item, type, found) {
            if (!item.visible)
                return found;
            if (item instanceof type)
                found.push(item);
            for (let i = 0; i < item.children.length; ++i)
                shownIn(item.children[i], type, found);
            return found;
        }

        function test_noTitleOrHeadingIsCut_data() {
            const rows = [];
            for (const language of ["en", "nl", "fr", "de"]) {
                for (const size of ["390x844", "1280x800"])
                    rows.push({ tag: `${language} ${size} 200 %`, language: language, size: size });
            }
            return rows;
        }

        function test_noTitleOrHeadingIsCut(data) {
            const shell = shellAt(data.size, 2, data.language);
            const keys = shell.destinations.map(entry => entry.key).concat(shell.shellPages.map(entry => entry.key));
            const problems = [];
            let headings = 0;
            for (const key of keys) {
                shell.showPage(key);
                tryVerify(() => shell.currentPage !== null && !shell.currentPage.StackView.view.busy, 5000);
                waitForRendering(shell);
                const title = findChild(shell, "pageTitleLabel");
                if (title.truncated || title.lineCount > 2)
                    problems.push(`${key}: title "${title.text}" elided or on ${title.lineCount} lines`);
                for (const word of cutWords(title))
                    problems.push(`${key}: title word "${word}" is cut`);
                // No button runs off the right edge (the plan's card at 200 % on a phone).
                for (const button of shownIn(shell.currentPage, ActionButton, [])) {
                    const right = button.mapToItem(shell.currentPage, button.width, 0).x;
                    if (right > shell.currentPage.width + 1)
                        problems.push(`${key}: button "${button.text}" ends at ${Math.round(right)} on a page of ${shell.currentPage.width}`);
                }
                for (const heading of shownIn(shell.currentPage, SectionHeader, [])) {
                    ++headings;
                    for (const word of cutWords(heading))
                        problems.push(`${key}: heading word "${word}" of "${heading.text}" is cut (${heading.font.pixelSize} px in ${Math.floor(heading.width)})`);
                }
            }
            verify(headings > keys.length, `only ${headings} headings seen`);
            verify(problems.length === 0, problems.join("\n"));
        }
    }
}
