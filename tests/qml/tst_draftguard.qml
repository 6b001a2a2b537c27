// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing typed is lost without a word (issue 15, item 2): with text in the goal editor,
// choosing Home in the navigation (or Back) asks "Discard this draft?"; Keep editing keeps the
// page and the text, Discard leaves. A check-in with answers asks too; an untouched editor and
// a saved one do not; and a progress note survives closing its dialog.
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
        name: "DraftGuard"
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

        function init() {
            ensureUnlocked();
        }
        function cleanup() {
            CheckInController.resetDraft();
        }

        function shellOn(destination, subPage) {
            const shell = createTemporaryObject(shellComponent, frame);
            verify(shell);
            shell.showPage(destination);
            if (subPage !== "")
                verify(shell.currentPage.openSubPage(subPage), `${destination} opens ${subPage}`);
            tryVerify(() => !shell.currentPage.StackView.view.busy, 5000);
            waitForRendering(shell);
            return shell;
        }
        function typeInto(field, text) {
            field.forceActiveFocus();
            for (const c of text)
                keyClick(c);
        }
        function press(item) {
            verify(item && item.visible, "nothing to press");
            waitForRendering(item);
            mouseClick(item);
        }
        function dialogOf(shell) {
            return findChild(shell, "discardDraftDialog");
        }

        /** The goal editor for a new goal, as "Write a new goal" opens it. */
        function newGoalEditor() {
            const shell = shellOn("goals", "");
            shell.currentPage.newGoal();
            tryVerify(() => shell.currentPage.objectName === "goalEditorPage" && !shell.currentPage.StackView.view.busy, 5000);
            wait(50); // the editor takes its picture of the empty fields after loading
            return shell;
        }

        function test_aGoalDraftIsKeptOrDiscardedOnlyWhenThePersonSaysSo() {
            const shell = newGoalEditor();
            const editor = shell.currentPage;
            compare(editor.objectName, "goalEditorPage");
            verify(!shell.hasUnsavedChanges(false), "an untouched editor holds no draft");
            const field = findChild(editor, "whatMattersField");
            typeInto(field, "dancing at my granddaughter's wedding");
            verify(shell.hasUnsavedChanges(false));

            // Home, from the bottom bar: the question, and nothing has moved.
            press(findChild(shell, "barButton_home"));
            const dialog = dialogOf(shell);
            tryVerify(() => dialog.opened);
            compare(shell.currentKey, "goals");
            compare(shell.currentPage, editor);

            // Keep editing: the page and its text stay.
            press(dialog.keepAction);
            tryVerify(() => !dialog.visible);
            compare(shell.currentPage, editor);
            compare(field.text, "dancing at my granddaughter's wedding");

            // Back asks too.
            shell.goBack();
            tryVerify(() => dialog.opened);
            press(dialog.keepAction);
            tryVerify(() => !dialog.visible);
            compare(shell.currentPage, editor);

            // Discard: Home.
            press(findChild(shell, "barButton_home"));
            tryVerify(() => dialog.opened);
            press(dialog.discardAction);
            tryCompare(shell, "currentKey", "home");
            verify(!dialog.visible);
        }

        /** The editor's own Cancel asks like Back: typed text is not dropped by a slip. */
        function test_cancelInAnEditorAsksBeforeTheDraftIsDropped() {
            const shell = newGoalEditor();
            const editor = shell.currentPage;
            typeInto(findChild(editor, "whatMattersField"), "walk to the market");
            // Below the fold on a phone: clicked as a keyboard or screen reader user would.
            const cancel = findChild(editor, "rejectButton");
            verify(cancel && cancel.visible);
            cancel.clicked();
            const dialog = dialogOf(shell);
            tryVerify(() => dialog.opened);
            compare(shell.currentPage, editor);
            press(dialog.keepAction);
            tryVerify(() => !dialog.visible);
            compare(shell.currentPage, editor);
            cancel.clicked();
            tryVerify(() => dialog.opened);
            press(dialog.discardAction);
            tryVerify(() => shell.currentPage !== editor && !shell.currentPage.StackView.view.busy, 5000);
            compare(shell.currentPage.objectName === "goalEditorPage", false);
        }

        function test_anUntouchedEditorIsLeftWithoutAQuestion() {
            const shell = newGoalEditor();
            compare(shell.currentPage.objectName, "goalEditorPage");
            press(findChild(shell, "barButton_home"));
            tryCompare(shell, "currentKey", "home");
            verify(!dialogOf(shell).visible);
        }

        function test_aCheckInWithAnswersAsksBeforeItIsLeft() {
            const shell = shellOn("checkin", "checkin-flow");
            verify(!shell.hasUnsavedChanges(false), "no answer yet");
            CheckInController.setRating(Labels.checkInDomains[0], 6);
            verify(shell.hasUnsavedChanges(false));
            press(findChild(shell, "barButton_home"));
            tryVerify(() => dialogOf(shell).opened);
            press(dialogOf(shell).keepAction);
            tryVerify(() => !dialogOf(shell).visible);
            compare(shell.currentKey, "checkin");
            compare(CheckInController.ratedCount, 1);
        }

        function test_aProgressNoteSurvivesClosingItsDialog() {
            if (GoalsController.totalCount === 0)
                verify(GoalsController.createGoal({ whatMattersToMe: "walking to the market again", domain: GoalsController.domainCodes[0] }) !== "");
            const shell = shellOn("goals", "goal-detail");
            const dialog = shell.currentPage.progressDialog;
            verify(dialog, "the detail page has its progress dialog");
            dialog.open();
            tryVerify(() => dialog.opened);
            typeInto(dialog.note, "two rounds of the garden");
            dialog.close();
            tryVerify(() => !dialog.visible);
            dialog.open();
            tryVerify(() => dialog.opened);
            compare(dialog.note.text, "two rounds of the garden");
            dialog.close();
        }
    }
}
