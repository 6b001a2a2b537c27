// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Qt.labs.settings
import CareCircle

/**
 * The window. Shows, by VaultController.state: no vault → WelcomePage, locked → UnlockPage,
 * unlocked → AppShell; right after creating a vault, the recovery key first (it stays until
 * acknowledged, or until the vault locks). Also: Ctrl+L locks, every input resets the idle
 * timer, busy work dims the window, and damaged records are reported in a banner.
 *
 * A lock does not drop a draft: Lock and Ctrl+L ask first, as Back does (AppShell.lock()); an
 * automatic lock while a page holds unsaved input keeps that app shell, hidden, under the
 * unlock page, and shows it again after the unlock with what was typed. The draft stays in
 * memory only (QML items; nothing is written) and the controllers drop their data as usual.
 */
ApplicationWindow {
    id: root

    /** True while the new vault's recovery key is on screen and not yet acknowledged. */
    property bool showingNewRecoveryKey: false
    /** The person chose to discard unsaved input and close the window. */
    property bool closeConfirmed: false
    /** "welcome", "unlock", "recoveryKey" or "shell": what rootStack holds. */
    property string screen: ""
    /** True while an app shell with a draft waits under the unlock page (see above). */
    property bool draftKeptOverLock: false

    /**
     * Pages that a destination pushes (details, editors, a questionnaire and its result), by
     * key, with the destination that pushes them. The destination's page opens them for its
     * first entry through `openSubPage(key)`, so --screenshot and --self-test reach them too.
     */
    readonly property var subPages: ({
        "goal-detail": "goals",
        "goal-editor": "goals",
        "goal-new": "goals",
        "plan-editor": "plan",
        "activity-detail": "plan",
        "activity-editor": "plan",
        "checkin-flow": "checkin",
        "checkin-review": "checkin",
        "checkin-caregiver": "checkin",
        "instrument": "checkin",
        "instrument-result": "checkin",
        "member-editor": "team",
        "patient": "my-patients"
    })

    /** Navigates the unlocked app to a destination or a sub-page (used by tests, --screenshot
     *  and --self-test). */
    function showPage(key: string): void {
        const shell = rootStack.currentItem as AppShell;
        if (!shell)
            return;
        const destination = root.subPages[key];
        if (destination === undefined) {
            shell.showPage(key);
            return;
        }
        shell.showPage(destination);
        if (!root.openSubPage(shell.currentPage, key))
            console.warn("The page of", destination, "cannot open", key);
    }

    /** Asks @p page (a destination's page, typed `var`: Item does not declare the function)
     *  to open its sub-page @p key. */
    function openSubPage(page: var, key: string): bool {
        return page !== null && typeof page.openSubPage === "function" && page.openSubPage(key);
    }

    /** The keys of the unlocked app's destinations in navigation order, then of the pages
     *  the shell opens itself (sync, edits to review), then of the sub-pages. */
    function pageKeys(): var {
        const shell = rootStack.currentItem as AppShell;
        if (!shell)
            return [];
        const keys = shell.destinations.concat(shell.shellPages).map(entry => entry.key);
        // Sub-pages of destinations shown now (My patients only when patients shared).
        return keys.concat(Object.keys(root.subPages).filter(key => keys.includes(root.subPages[key])));
    }

    function showScreenForState(): void {
        switch (VaultController.state) {
        case VaultController.NoVault:
            root.showingNewRecoveryKey = false;
            root.replaceScreen("welcome", welcomePage, {});
            break;
        case VaultController.Locked:
            root.showingNewRecoveryKey = false;
            if (root.keepDraftOverLock())
                break;
            root.replaceScreen("unlock", unlockPage, {});
            break;
        case VaultController.Unlocked:
            if (root.draftKeptOverLock) {
                root.draftKeptOverLock = false;
                root.screen = "shell";
                rootStack.pop(StackView.Immediate);
            } else if (!root.showingNewRecoveryKey) {
                root.replaceScreen("shell", appShell, {});
            }
            break;
        }
    }
    /** On a lock: when the shell holds unsaved input, puts the unlock page on top of it rather
     *  than in its place; false when there is nothing to keep (or the person chose Discard). */
    function keepDraftOverLock(): bool {
        const shell = rootStack.currentItem as AppShell;
        if (root.screen !== "shell" || !shell || shell.lockDiscardsDrafts || !shell.hasUnsavedChanges(false))
            return false;
        root.draftKeptOverLock = true;
        root.screen = "unlock";
        rootStack.push(unlockPage, {}, StackView.Immediate);
        return true;
    }

    function replaceScreen(name: string, component: Component, properties: var): void {
        if (root.screen === name)
            return;
        root.screen = name;
        root.draftKeptOverLock = false;
        rootStack.replace(null, component, properties, StackView.Immediate);
    }

    width: Theme.units * 56
    height: Theme.units * 40
    minimumWidth: Theme.units * 16
    minimumHeight: Theme.units * 20
    visible: true
    title: qsTr("CareCircle", "@title:window")
    color: Theme.colors.background
    font.pixelSize: Theme.fontSizeBody

    palette.window: Theme.colors.background
    palette.windowText: Theme.colors.text
    palette.base: Theme.colors.surface
    palette.alternateBase: Theme.colors.surfaceVariant
    palette.text: Theme.colors.text
    palette.placeholderText: Theme.colors.textMuted
    palette.button: Theme.colors.surfaceVariant
    palette.buttonText: Theme.colors.text
    palette.brightText: Theme.colors.textOnPrimary
    palette.highlight: Theme.colors.primary
    palette.highlightedText: Theme.colors.textOnPrimary
    palette.link: Theme.colors.primary
    palette.light: Theme.colors.surface
    palette.midlight: Theme.colors.switchTrack
    palette.mid: Theme.colors.outline
    palette.dark: Theme.colors.primary
    palette.shadow: Theme.colors.scrim
    palette.toolTipBase: Theme.colors.text
    palette.toolTipText: Theme.colors.surface

    // Closing the window drops unsaved input like leaving the page does: ask first.
    onClosing: event => {
        const shell = rootStack.currentItem as AppShell;
        if (root.closeConfirmed || !shell || !shell.hasUnsavedChanges(false))
            return;
        event.accepted = false;
        shell.leave(() => {
            root.closeConfirmed = true;
            root.close();
        }, false);
    }

    Component.onCompleted: {
        Theme.mode = appearance.themeMode;
        Theme.textScale = appearance.textScale;
        root.showScreenForState();
    }

    // ---- settings that are not health data ---------------------------------------------------
    Settings {
        id: appearance

        category: "appearance"
        property string themeMode: "light"
        property real textScale: 1.0
    }
    Connections {
        target: Theme

        function onModeChanged(): void {
            appearance.themeMode = Theme.mode;
        }
        function onTextScaleChanged(): void {
            appearance.textScale = Theme.textScale;
        }
    }
    Binding {
        target: Theme
        property: "windowWidth"
        value: root.width
    }

    // ---- vault life cycle -----------------------------------------------------------------------
    Connections {
        target: VaultController

        function onStateChanged(): void {
            root.showScreenForState();
        }
        function onVaultCreated(recoveryKey: string): void {
            root.showingNewRecoveryKey = true;
            root.screen = "recoveryKey";
            rootStack.replace(null, newRecoveryKeyPage, { recoveryKey: recoveryKey, again: false }, StackView.Immediate);
        }
    }

    // Ctrl+N writes a new goal from wherever one is. On the Goals page its own Ctrl+N does it
    // (two enabled shortcuts for one key would both stay silent), in the goal editor nothing.
    Shortcut {
        readonly property AppShell shell: rootStack.currentItem as AppShell
        readonly property string pageName: shell && shell.currentPage ? shell.currentPage.objectName : ""

        sequence: "Ctrl+N"
        context: Qt.ApplicationShortcut
        enabled: shell !== null && pageName !== "goalsPage" && pageName !== "goalEditorPage"
        onActivated: root.showPage("goal-new")
    }
    Shortcut {
        sequence: "Ctrl+L"
        context: Qt.ApplicationShortcut
        enabled: VaultController.state === VaultController.Unlocked
        onActivated: {
            const shell = rootStack.currentItem as AppShell;
            if (shell)
                shell.lock();
            else
                VaultController.lock();
        }
    }

    Component {
        id: welcomePage

        WelcomePage { }
    }
    Component {
        id: unlockPage

        UnlockPage { }
    }
    Component {
        id: appShell

        AppShell { }
    }
    Component {
        id: newRecoveryKeyPage

        RecoveryKeyPage {
            onAcknowledged: {
                root.showingNewRecoveryKey = false;
                root.showScreenForState();
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        DamagedRecordsBanner {
            Layout.fillWidth: true
            records: VaultController.damagedRecords
        }

        StackView {
            id: rootStack

            objectName: "rootStack"
            Layout.fillWidth: true
            focus: true
            Layout.fillHeight: true
            onCurrentItemChanged: MemoryTrim.pageClosed()
        }
    }

    BusyOverlay {
        anchors.fill: parent
        z: 1
        running: VaultController.busy
        text: VaultController.busyText
    }

    // ---- idle timer -------------------------------------------------------------------------
    // Observes pointer input without taking it: the handlers only grab passively, so the
    // controls underneath still get every press, move and scroll.
    Item {
        anchors.fill: parent
        z: 2

        PointHandler {
            acceptedButtons: Qt.AllButtons
            onActiveChanged: {
                if (active)
                    VaultController.noteUserActivity();
            }
        }
        HoverHandler {
            onPointChanged: VaultController.noteUserActivity()
        }
    }
    // Keyboard: moving focus (Tab, arrows between controls) and typing in our text fields
    // (PassphraseField) count as activity too.
    onActiveFocusItemChanged: VaultController.noteUserActivity()
}
