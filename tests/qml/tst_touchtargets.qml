// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a finger can hit is big enough (DESIGN.md §7, issue 3): on a phone (390×844),
// on every destination of the app and every page they push, each visible button, delegate,
// check box, radio button, switch, choice box, text field and slider measures at least
// Theme.minTouch in both directions, at 100 % and at 200 % text. The whole item tree of the
// page is walked, also what is scrolled out of view, and every menu, dialog and choice list
// on the page is opened and walked too (and must lie inside the window). Works whatever state the shared vault is
// in: it adds a goal, an activity, a person and a check-in when there are none.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtTest
import CareCircle

Item {
    id: window

    width: 390
    height: 844
    visible: true

    readonly property string passphrase: "quiet lanterns over the Leie"
    /** Main.qml's sub-pages, with the destination that pushes them. */
    readonly property var subPages: [
        ["goals", "goal-detail"], ["goals", "goal-editor"],
        ["plan", "plan-editor"], ["plan", "activity-detail"], ["plan", "activity-editor"],
        ["checkin", "checkin-flow"], ["checkin", "checkin-review"],
        ["checkin", "instrument"], ["checkin", "instrument-result"],
        ["team", "member-editor"]
    ]

    // The window's font, as Main.qml sets it: controls inherit it from the nearest control.
    Control {
        id: frame

        anchors.fill: parent
        font.pixelSize: Theme.fontSizeBody
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
        name: "TouchTargets"
        when: windowShown

        function ensureUnlocked() {
            if (VaultController.state === VaultController.NoVault) {
                VaultController.createVault(window.passphrase, false);
                createdSpy.wait(60000);
            } else if (VaultController.state === VaultController.Locked) {
                VaultController.unlock(window.passphrase);
            }
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
            tryVerify(() => GoalsController.hasData, 5000);
        }

        /** Something on every page, so its rows and their buttons are there to measure. */
        function ensureSomethingEverywhere() {
            if (GoalsController.totalCount === 0) {
                const id = GoalsController.createGoal({ whatMattersToMe: "walking to the market again",
                                                        domain: GoalsController.domainCodes[0],
                                                        steps: ["to the corner and back"] });
                verify(id !== "");
                verify(GoalsController.logProgress(id, 6, "a good week"));
            }
            if (!CarePlanController.hasPlan)
                compare(CarePlanController.savePlan("My care plan", CarePlanController.planStatuses[0], "", "", "", ""), "");
            if (CarePlanController.agreements.length === 0)
                compare(CarePlanController.addAgreement("The nurse comes before 9"), "");
            if (CarePlanController.activities.count === 0)
                compare(CarePlanController.saveActivity("", { title: "Walk", kind: CarePlanController.activityKinds[0],
                                                              scheduleType: "none" }), "");
            if (CareTeamController.members.count < 2)
                compare(CareTeamController.saveMember("", "Anna Peeters", CareTeamController.roles.find(r => r !== "patient"),
                                                      "", ""), "");
            while (CheckInController.history.count < 2) {
                CheckInController.resetDraft();
                for (const item of CheckInController.checkInDefinition().items)
                    verify(CheckInController.setRating(item.domain, 5));
                compare(CheckInController.saveCheckIn(), "");
            }
        }

        /** The controls a finger hits, by type (Templates: every style's controls derive from them). */
        function isTouchControl(item) {
            return item instanceof T.AbstractButton || item instanceof T.ComboBox || item instanceof T.TextField
                   || item instanceof T.TextArea || item instanceof T.Slider || item instanceof T.RangeSlider
                   || item instanceof T.SpinBox || item instanceof T.Dial || item instanceof T.Switch
                   || (item instanceof MouseArea && item.enabled && item.acceptedButtons !== Qt.NoButton);
        }

        function describe(item) {
            const name = item.Accessible.name || item.text || item.placeholderText || "";
            return `${String(item).replace(/\(0x[0-9a-f]+\)/, "")} "${name}"${item.objectName ? " (" + item.objectName + ")" : ""}`
                   + ` is ${Math.round(item.width)}×${Math.round(item.height)}`;
        }

        /** Every visible touch control under @p item that is smaller than Theme.minTouch; the
         *  popups met on the way (menus, dialogs, choice lists) are added to @p popups. */
        function tooSmall(item, found, popups) {
            for (let i = 0; i < item.data.length; ++i) {
                if (item.data[i] instanceof T.Popup && popups.indexOf(item.data[i]) < 0)
                    popups.push(item.data[i]);
            }
            if (!item.visible || item.opacity === 0)
                return found;
            // A scroll bar is for the mouse; on a touch screen the content itself is dragged.
            if (item instanceof T.ScrollBar || item instanceof T.ScrollIndicator)
                return found;
            if (item instanceof T.ComboBox && popups.indexOf(item.popup) < 0)
                popups.push(item.popup);
            if (isTouchControl(item) && (item.width < Theme.minTouch - 0.5 || item.height < Theme.minTouch - 0.5))
                found.push(describe(item));
            for (let i = 0; i < item.children.length; ++i)
                tooSmall(item.children[i], found, popups);
            return found;
        }

        /** Opens each popup in turn and measures what it shows, also the popups inside it. */
        function popupsTooSmall(popups, found) {
            for (let i = 0; i < popups.length; ++i) {
                const popup = popups[i];
                popup.open();
                tryVerify(() => popup.opened, 5000, "a popup opens");
                const popupItem = popup.contentItem.parent;
                const inside = tooSmall(popupItem, [], popups);
                found.push(...inside.map(problem => "in a popup: " + problem));
                // Nothing of it outside the window, where a finger cannot reach it.
                const topLeft = popupItem.mapToItem(null, 0, 0);
                if (topLeft.x < -0.5 || topLeft.y < -0.5 || topLeft.x + popupItem.width > window.width + 0.5
                        || topLeft.y + popupItem.height > window.height + 0.5)
                    found.push(`a popup sticks out of the window: ${Math.round(topLeft.x)},${Math.round(topLeft.y)} `
                               + `${Math.round(popupItem.width)}×${Math.round(popupItem.height)}`);
                popup.close();
                tryVerify(() => !popup.visible, 5000, "a popup closes");
            }
            return found;
        }

        function open(shell, destination, subPage) {
            shell.showPage(destination);
            if (subPage !== "")
                verify(shell.currentPage.openSubPage(subPage), `${destination} opens ${subPage}`);
            // Until a push has finished, the page underneath is still visible.
            tryVerify(() => !shell.currentPage.StackView.view.busy, 5000);
            waitForRendering(shell);
        }

        function pages() {
            const rows = [];
            for (const scale of [1, 2]) {
                for (const key of ["home", "plan", "goals", "checkin", "trends", "team", "settings"])
                    rows.push({ tag: `${key} at ${scale * 100} %`, scale: scale, destination: key, subPage: "" });
                for (const [destination, subPage] of window.subPages)
                    rows.push({ tag: `${subPage} at ${scale * 100} %`, scale: scale, destination: destination, subPage: subPage });
            }
            return rows;
        }

        function init() {
            ensureUnlocked();
            ensureSomethingEverywhere();
        }
        function cleanup() {
            Theme.textScale = 1;
            CheckInController.resetDraft();
        }

        function test_everyControlIsBigEnoughForAFinger_data() {
            return pages();
        }

        function test_everyControlIsBigEnoughForAFinger(data) {
            Theme.textScale = data.scale;
            const shell = createTemporaryObject(shellComponent, frame);
            verify(shell);
            open(shell, data.destination, data.subPage);
            const page = shell.currentPage;
            verify(page, "a page is shown");
            const popups = [];
            const problems = popupsTooSmall(popups, tooSmall(shell, [], popups));
            verify(problems.length === 0,
                   `${problems.length} control(s) smaller than ${Theme.minTouch} px:\n  ` + problems.join("\n  "));
        }

        function test_theWalkFindsTheControls() {
            // Guards the walk itself: the navigation bar's buttons are found and measured.
            const shell = createTemporaryObject(shellComponent, frame);
            open(shell, "goals", "");
            let count = 0;
            const visit = item => {
                if (item.visible && isTouchControl(item))
                    ++count;
                for (let i = 0; i < item.children.length; ++i)
                    visit(item.children[i]);
            };
            visit(shell);
            verify(count >= 7, `only ${count} controls found`);
        }
    }
}
