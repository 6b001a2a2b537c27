// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing typed is lost without a word (issue 15, item 2): with text in the goal editor,
// choosing Home in the navigation (or Back) asks "Discard this draft?"; Keep editing keeps the
// page and the text, Discard leaves. A check-in with answers asks too; an untouched editor and
// a saved one do not; and a progress note survives closing its dialog. The comment boxes in
// dialogs and cards ask too (an agreement's dialog, a comment on a patient's shared item), and
// a lock keeps a draft: Lock asks as Back does, an automatic lock keeps the typed text (in
// memory) and shows it again after the unlock.
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import CareCircle
import CareCircleTest

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
    Component {
        id: mainComponent

        Main {
            width: 390
            height: 844
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
            // After a test with a Main window of its own, keys go to the test's window again.
            if (window.Window.window)
                window.Window.window.requestActivate();
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
            field.cursorPosition = field.length;
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

        /** The card around @p item (the object with hasDraft). */
        function cardOf(item) {
            let card = item;
            while (card && card.hasDraft === undefined)
                card = card.parent;
            verify(card, "no card around " + item.objectName);
            return card;
        }

        function test_anAgreementBeingEditedAsksBeforeItIsDropped() {
            const shell = shellOn("plan", "");
            const dialog = shell.currentPage.agreementDialog;
            dialog.edit(0, "We talk every Monday");
            tryVerify(() => dialog.opened);
            verify(!shell.hasUnsavedChanges(false), "an unchanged agreement is no draft");
            // Unchanged: Cancel closes at once.
            findChild(dialog.footer, "rejectButton").clicked();
            tryVerify(() => !dialog.visible);

            dialog.edit(0, "We talk every Monday");
            tryVerify(() => dialog.opened);
            typeInto(findChild(dialog.contentItem, "agreementArea"), " and Thursday");
            verify(shell.hasUnsavedChanges(false), "the page reports the dialog's draft to the shell");
            findChild(dialog.footer, "rejectButton").clicked();
            const question = dialog.discardDialog;
            tryVerify(() => question.opened);
            press(question.keepAction);
            tryVerify(() => !question.visible);
            verify(dialog.opened, "Keep editing keeps the dialog");
            compare(dialog.text, "We talk every Monday and Thursday");

            // Escape asks as well; Discard closes the dialog.
            findChild(dialog.contentItem, "agreementArea").forceActiveFocus();
            keyClick(Qt.Key_Escape);
            tryVerify(() => question.opened);
            press(question.discardAction);
            tryVerify(() => !dialog.visible);
            verify(!shell.hasUnsavedChanges(false));
        }

        function test_aCommentOnASharedItemAsksBeforeItIsDropped() {
            verify(WorkspaceFixture.loadDemoPatients());
            try {
                const shell = shellOn("my-patients", "patient");
                tryVerify(() => shell.currentPage.objectName === "patientPage" && !shell.currentPage.StackView.view.busy, 5000);
                const commentButton = findChild(shell.currentPage, "commentButton");
                verify(commentButton, "a shared item to comment on");
                const card = cardOf(commentButton);
                commentButton.clicked();
                typeInto(findChild(card, "commentEditor"), "Shall we walk together on Friday?");
                verify(card.hasDraft);
                verify(shell.hasUnsavedChanges(false), "the patient page reports the comment to the shell");

                shell.navigate("home");
                tryVerify(() => dialogOf(shell).opened);
                press(dialogOf(shell).keepAction);
                tryVerify(() => !dialogOf(shell).visible);
                compare(shell.currentPage.objectName, "patientPage");

                // The card's own Cancel asks too; Keep editing keeps the text.
                findChild(card, "rejectButton").clicked();
                tryVerify(() => card.discardDialog && card.discardDialog.opened);
                press(card.discardDialog.keepAction);
                tryVerify(() => !card.discardDialog.visible);
                compare(findChild(card, "commentEditor").text, "Shall we walk together on Friday?");
                findChild(card, "rejectButton").clicked();
                tryVerify(() => card.discardDialog.opened);
                press(card.discardDialog.discardAction);
                tryVerify(() => !card.composing);
                verify(!shell.hasUnsavedChanges(false));
            } finally {
                WorkspaceFixture.clearPatients();
            }
        }

        /** Lock asks as Back does; an automatic lock keeps the draft for after the unlock. */
        function test_aLockDoesNotDropADraft() {
            const main = createTemporaryObject(mainComponent, window);
            verify(main);
            tryCompare(main, "screen", "shell");
            const rootStack = findChild(main.contentItem, "rootStack");
            main.showPage("goal-new");
            const shell = rootStack.currentItem;
            tryVerify(() => shell.currentPage.objectName === "goalEditorPage" && !shell.currentPage.StackView.view.busy, 5000);
            wait(50);
            const editor = shell.currentPage;
            // Main is a window of its own: keys typed here would go to the test's window.
            findChild(editor, "whatMattersField").insert(0, "baking bread with Lies");

            // Lock (the header's button, Ctrl+L): the question first, nothing locked.
            shell.lock();
            tryVerify(() => dialogOf(shell).opened);
            compare(VaultController.state, VaultController.Unlocked);
            press(dialogOf(shell).keepAction);
            tryVerify(() => !dialogOf(shell).visible);

            // The automatic lock: the unlock page, the draft hidden under it and not on screen.
            VaultController.lock();
            tryCompare(main, "screen", "unlock");
            verify(main.draftKeptOverLock);
            verify(!shell.visible, "nothing of the unlocked app is shown while locked");
            VaultController.unlock(window.passphrase);
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
            tryCompare(main, "screen", "shell");
            compare(rootStack.currentItem, shell);
            compare(shell.currentPage, editor);
            compare(findChild(editor, "whatMattersField").text, "baking bread with Lies");
            verify(shell.visible);

            // Lock, then Discard: the draft goes with the lock, it is not kept under the unlock.
            shell.lock();
            tryVerify(() => dialogOf(shell).opened);
            press(dialogOf(shell).discardAction);
            tryCompare(main, "screen", "unlock");
            verify(!main.draftKeptOverLock, "the person said Discard: nothing is kept");
            compare(rootStack.depth, 1);
            VaultController.unlock(window.passphrase);
            tryCompare(VaultController, "state", VaultController.Unlocked, 60000);
            tryCompare(main, "screen", "shell");
            const shellAfter = rootStack.currentItem;
            verify(shellAfter !== shell, "a new shell, without the discarded editor");
            verify(shellAfter.currentPage.objectName !== "goalEditorPage");

            // Without a draft a lock leaves nothing behind (showPage does not ask: the draft goes).
            main.showPage("home");
            tryCompare(shellAfter, "currentKey", "home");
            VaultController.lock();
            tryCompare(main, "screen", "unlock");
            verify(!main.draftKeptOverLock);
            compare(rootStack.depth, 1);
        }

        /**
         * A check-in half filled in when the vault locks by itself is there again after the
         * unlock, on the same step (its answers live in CheckInController, which used to drop
         * them on every lock); once the page is left with Discard, nothing of it stays.
         */
        function test_aCheckInDraftComesBackAfterAnAutomaticLock() {
            const main = createTemporaryObject(mainComponent, window);
            tryCompare(main, "screen", "shell");
            main.showPage("checkin-flow");
            const shell = findChild(main.contentItem, "rootStack").currentItem;
            tryVerify(() => shell.currentKey === "checkin" && !shell.currentPage.StackView.view.busy, 5000);
            const page = shell.currentPage;
            const first = Labels.checkInDomains[0];
            verify(CheckInController.setRating(first, 3));
            verify(CheckInController.setNote(first, "my knee hurt on the stairs"));
            page.next();
            compare(page.step, 1);

            VaultController.lock();
            tryCompare(main, "screen", "unlock");
            verify(main.draftKeptOverLock, "the half-filled check-in is kept under the unlock page");
            verify(!shell.visible);
            VaultController.unlock(window.passphrase);
            tryCompare(main, "screen", "shell", 60000);
            compare(shell.currentPage, page);
            compare(page.mode, "flow");
            compare(page.step, 1);
            compare(CheckInController.ratedCount, 1);
            compare(CheckInController.draft[first].rating, 3);
            compare(CheckInController.draft[first].note, "my knee hurt on the stairs");

            // Leaving it with Discard drops the answers with the page.
            shell.navigate("home");
            tryVerify(() => dialogOf(shell).opened);
            press(dialogOf(shell).discardAction);
            tryCompare(shell, "currentKey", "home");
            tryCompare(CheckInController, "ratedCount", 0);
        }

        /** Settings' "Lock now" takes the shell's way to lock: with unsaved input it asks first. */
        function test_lockNowInSettingsAsksAsTheShellsLockDoes() {
            const shell = shellOn("settings", "");
            const settings = shell.currentPage;
            compare(settings.objectName, "settingsPage");
            const lockNow = findChild(settings, "lockNowButton");
            verify(lockNow);
            settings.dirty = true; // as a page with input not yet saved
            lockNow.clicked();
            tryVerify(() => dialogOf(shell).opened);
            compare(VaultController.state, VaultController.Unlocked);
            press(dialogOf(shell).keepAction);
            tryVerify(() => !dialogOf(shell).visible);
            compare(VaultController.state, VaultController.Unlocked);

            settings.dirty = false;
            lockNow.clicked();
            tryCompare(VaultController, "state", VaultController.Locked);
            verify(!dialogOf(shell).visible, "nothing to lose: no question");
        }

        /** An agreement being edited when the vault locks by itself comes back after the unlock. */
        function test_anAgreementDraftComesBackAfterAnAutomaticLock() {
            const main = createTemporaryObject(mainComponent, window);
            tryCompare(main, "screen", "shell");
            main.showPage("plan");
            const shell = findChild(main.contentItem, "rootStack").currentItem;
            tryVerify(() => shell.currentKey === "plan" && !shell.currentPage.StackView.view.busy, 5000);
            const dialog = shell.currentPage.agreementDialog;
            dialog.edit(0, "Call the nurse when short of breath");
            tryVerify(() => dialog.opened);
            const area = findChild(dialog.contentItem, "agreementArea");
            area.insert(area.length, " at night");

            VaultController.lock();
            tryCompare(main, "screen", "unlock");
            tryVerify(() => !dialog.visible, 5000, "the dialog is not left over the unlock page");
            verify(main.contentItem.visible, "the unlock page is shown");
            VaultController.unlock(window.passphrase);
            tryCompare(main, "screen", "shell", 60000);
            tryVerify(() => dialog.opened);
            compare(dialog.text, "Call the nurse when short of breath at night");
            findChild(dialog.footer, "rejectButton").clicked();
            tryVerify(() => dialog.discardDialog.opened);
            press(dialog.discardDialog.discardAction);
            tryVerify(() => !dialog.visible);
        }
    }
}
