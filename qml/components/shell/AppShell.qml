// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQml.Models
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * The unlocked app: navigation plus a StackView of pages (DESIGN.md §7). On phones the
 * destinations sit in a bottom bar, on wide windows in a side navigation; the StackView is
 * the same item in both, so resizing keeps the page and its state. Pages push sub-pages with
 * `StackView.view.push(...)`; choosing a destination starts that destination's stack afresh.
 * A page may ask for another destination with a `navigationRequested(key)` signal.
 *
 * Nothing typed is lost without a word: the person's ways out of a page (a destination,
 * Back, the shortcuts, closing the window) go through leave(), which asks "Discard this
 * draft?" when a page that would go away has unsaved input (ScrollablePage.hasUnsavedChanges).
 * showPage() itself does not ask: tests, --screenshot and --self-test drive it.
 */
FocusScope {
    id: root

    /**
     * Every destination of the app, in navigation order. To add a page, add one entry:
     * key (stable id), title and shortTitle (translated; the short one for a phone's bottom
     * bar), icon (SVG in assets/icons) and page (QML file). The weekly check-in comes right
     * after Home, so the bottom bar keeps it at any text size (the rest may go behind More).
     */
    readonly property var destinations: (WorkspaceController.hasPatients ? [root.myPatientsDestination] : []).concat(
        WorkspaceController.circleId !== "" ? root.ownDestinations.filter(destination => root.circleKeys.includes(destination.key))
        : root.professional ? root.ownDestinations.filter(destination => root.professionalKeys.includes(destination.key))
        : root.ownDestinations)
    /** In a patient's circle only her pages: no Home, team, sharing or settings of hers. */
    readonly property var circleKeys: ["checkin", "plan", "goals", "trends"]
    /** Someone patients shared with as a professional (a GP, a nurse), without care of their
     *  own: no empty patient pages of their own. People close to the patient (a caregiver, a
     *  trusted person, a representative) keep them: they may have care of their own.
     *  (HomePage asks less, without a role: a Home without patient empty states suits both.) */
    readonly property bool professional: WorkspaceController.hasPatients && !CareData.hasOwnCare
                                         && WorkspaceController.myRole !== ""
                                         && !root.closeRoles.includes(WorkspaceController.myRole)
    readonly property var closeRoles: ["caregiver", "trusted_person", "representative"]
    readonly property var professionalKeys: ["home", "settings"]
    /** The care-team workspace: first, and only for someone patients shared with. */
    readonly property var myPatientsDestination: ({
            key: "my-patients",
            title: qsTr("My patients", "@title:navigation"),
            shortTitle: qsTr("Patients", "@title:navigation short, bottom bar of a phone"),
            icon: Qt.resolvedUrl("../../icons/patients.svg"),
            page: Qt.resolvedUrl("../../pages/workspace/MyPatientsPage.qml")
        })
    readonly property var ownDestinations: [
        {
            key: "home",
            title: qsTr("Home", "@title:navigation"),
            shortTitle: qsTr("Home", "@title:navigation short, bottom bar of a phone"),
            icon: Qt.resolvedUrl("../../icons/home.svg"),
            page: Qt.resolvedUrl("../../pages/home/HomePage.qml")
        },
        {
            key: "checkin",
            title: qsTr("Check-in", "@title:navigation"),
            shortTitle: qsTr("Check-in", "@title:navigation short, bottom bar of a phone"),
            icon: Qt.resolvedUrl("../../icons/checkin.svg"),
            page: Qt.resolvedUrl("../../pages/checkin/CheckInPage.qml")
        },
        {
            key: "plan",
            title: qsTr("Care plan", "@title:navigation"),
            shortTitle: qsTr("Plan", "@title:navigation short, bottom bar of a phone"),
            icon: Qt.resolvedUrl("../../icons/plan.svg"),
            page: Qt.resolvedUrl("../../pages/plan/CarePlanPage.qml")
        },
        {
            key: "goals",
            title: qsTr("Goals", "@title:navigation"),
            shortTitle: qsTr("Goals", "@title:navigation short, bottom bar of a phone"),
            icon: Qt.resolvedUrl("../../icons/goal.svg"),
            page: Qt.resolvedUrl("../../pages/goals/GoalsPage.qml")
        },
        {
            key: "trends",
            title: qsTr("Trends", "@title:navigation"),
            shortTitle: qsTr("Trends", "@title:navigation short, bottom bar of a phone"),
            icon: Qt.resolvedUrl("../../icons/trends.svg"),
            page: Qt.resolvedUrl("../../pages/checkin/TrendsPage.qml")
        },
        {
            key: "team",
            title: qsTr("Care team", "@title:navigation"),
            shortTitle: qsTr("Team", "@title:navigation short, bottom bar of a phone"),
            icon: Qt.resolvedUrl("../../icons/team.svg"),
            page: Qt.resolvedUrl("../../pages/team/CareTeamPage.qml")
        },
        {
            key: "settings",
            title: qsTr("Settings", "@title:navigation"),
            shortTitle: qsTr("Settings", "@title:navigation short, bottom bar of a phone"),
            icon: Qt.resolvedUrl("../../icons/settings.svg"),
            page: Qt.resolvedUrl("../../pages/settings/SettingsPage.qml")
        }
    ]
    /** Pages the shell opens itself on top of a destination (from the header or a card,
     *  not from one entry of a list): key, the destination below them, and the page. */
    readonly property var shellPages: [
        {
            key: "sync",
            parent: "settings",
            page: Qt.resolvedUrl("../../pages/sync/SyncPage.qml")
        },
        {
            key: "conflicts",
            parent: "home",
            page: Qt.resolvedUrl("../../pages/sync/ConflictsPage.qml")
        },
        {
            key: "sharing",
            parent: "settings",
            page: Qt.resolvedUrl("../../pages/sharing/SharingPage.qml")
        },
        {
            key: "join-space",
            parent: "settings",
            page: Qt.resolvedUrl("../../pages/sharing/JoinSpacePage.qml")
        }
    ]
    property string currentKey: ""
    /** Set when the person locks and chose Discard (or had nothing unsaved): Main then does not
     *  keep this shell's pages under the unlock page. */
    property bool lockDiscardsDrafts: false
    /** The page on top of the stack (Main.qml asks it to open its sub-pages by key). */
    readonly property Item currentPage: stack.currentItem

    /** Shows the destination or sub-page @p key (does nothing for an unknown key). */
    function showPage(key: string): void {
        const shellPage = root.shellPages.find(entry => entry.key === key);
        if (shellPage) {
            root.showPage(shellPage.parent);
            if (!(stack.currentItem && stack.currentItem.objectName === key + "Page"))
                stack.push(shellPage.page, {}, StackView.Immediate);
            return;
        }
        const destination = root.destinations.find(entry => entry.key === key);
        if (!destination)
            return;
        if (key === root.currentKey && stack.depth === 1)
            return;
        root.currentKey = key;
        root.listenTo(stack.replace(null, destination.page, {}, StackView.Immediate));
    }
    /** Follows @p page's `navigationRequested(key)` when it has one (Home's check-in action). */
    function listenTo(page: var): void {
        if (page && page.navigationRequested)
            page.navigationRequested.connect(root.navigate);
    }

    /** True when @p page has hasUnsavedChanges() and it says yes: a ScrollablePage, or a page
     *  of panes such as PatientPage (typed `var`: Item does not declare the function). */
    function pageHasUnsavedChanges(page: var): bool {
        return page !== null && typeof page.hasUnsavedChanges === "function" && page.hasUnsavedChanges();
    }
    /** True when a page in the stack (or only the top one) holds unsaved input. */
    function hasUnsavedChanges(topOnly: bool): bool {
        const lowest = topOnly ? stack.depth - 1 : 0;
        for (let index = stack.depth - 1; index >= lowest && index >= 0; --index) {
            if (root.pageHasUnsavedChanges(stack.get(index, StackView.DontLoad)))
                return true;
        }
        return false;
    }
    /** Runs @p proceed now, or once the person chose to discard the unsaved input of the
     *  pages it drops (all of them, or with @p topOnly the page on top). */
    function leave(proceed: var, topOnly: bool): void {
        if (root.hasUnsavedChanges(topOnly))
            discardDialog.ask(proceed);
        else
            proceed();
    }
    /** The person chose destination or shell page @p key. */
    function navigate(key: string): void {
        const destination = root.destinations.find(entry => entry.key === key);
        if (destination && key === root.currentKey && stack.depth === 1)
            return;
        root.leave(() => root.showPage(key), false);
    }
    /** The person asked to lock: as for Back, unsaved input is not dropped without asking. */
    function lock(): void {
        root.leave(() => {
            root.lockDiscardsDrafts = true;
            VaultController.lock();
        }, false);
    }
    /** Another circle is open: its pages start afresh (a sub-page showed the other circle). */
    function circleSwitched(): void {
        const fallback = root.destinations.some(entry => entry.key === "goals") ? "goals" : root.destinations[0].key;
        const key = root.destinations.some(entry => entry.key === root.currentKey) ? root.currentKey : fallback;
        root.currentKey = "";
        root.showPage(key);
    }
    /** The person asked to go back one page. */
    function goBack(): void {
        if (stack.depth > 1)
            root.leave(() => stack.pop(), true);
    }

    Component.onCompleted: root.showPage(root.destinations[0].key)

    // An editor's Cancel closes it like Back: a draft is not dropped without the question.
    Connections {
        target: stack.currentItem
        ignoreUnknownSignals: true

        function onCloseRequested(): void {
            root.goBack();
        }
        // A page's own Lock (Settings' "Lock now") locks as the shell's Lock does.
        function onLockRequested(): void {
            root.lock();
        }
    }

    DiscardDraftDialog {
        id: discardDialog

        objectName: "discardDraftDialog"
    }

    // Desktop keyboard: Ctrl+1 … Ctrl+9 open the destinations in navigation order; Alt+Left
    // goes back from a pushed page.
    Instantiator {
        model: root.destinations

        delegate: Shortcut {
            required property var modelData
            required property int index

            sequence: "Ctrl+" + (index + 1)
            // Not behind a dialog (a modal dialog hides the shell).
            enabled: index < 9 && root.visible
            context: Qt.ApplicationShortcut
            onActivated: root.navigate(modelData.key)
        }
    }
    Shortcut {
        sequence: "Alt+Left"
        context: Qt.ApplicationShortcut
        enabled: stack.depth > 1 && root.visible
        onActivated: root.goBack()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            SideNavigation {
                id: sideNavigation

                objectName: "sideNavigation"
                Layout.fillHeight: true
                // Never more than a third of the window: the page needs the rest.
                Layout.preferredWidth: Math.min(sideNavigation.neededWidth, root.width / 3)
                Layout.minimumWidth: Layout.preferredWidth
                visible: Theme.wide
                destinations: root.destinations
                currentKey: root.currentKey
                onActivated: key => root.navigate(key)
                onLockRequested: root.lock()
                circleGuard: proceed => root.leave(proceed, false)
                onCircleSwitched: root.circleSwitched()
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                CircleSwitcher {
                    objectName: "compactCircle"
                    Layout.fillWidth: true
                    Layout.margins: Theme.smallSpacing
                    compact: true
                    guard: proceed => root.leave(proceed, false)
                    visible: !Theme.wide && WorkspaceController.hasPatients && WorkspaceController.available
                    onSwitched: root.circleSwitched()
                }

                PageHeader {
                    Layout.fillWidth: true
                    title: stack.currentItem instanceof Page ? (stack.currentItem as Page).title : ""
                    canGoBack: stack.depth > 1
                    showLock: !Theme.wide
                    onBackRequested: root.goBack()
                    onLockRequested: root.lock()
                    onSyncRequested: root.navigate("sync")
                }

                StackView {
                    id: stack

                    Layout.fillWidth: true
                    focus: true
                    Layout.fillHeight: true
                    clip: true
                    // A page replaced or popped is freed: its memory goes back once idle.
                    onCurrentItemChanged: MemoryTrim.pageClosed()
                }
            }
        }

        NavigationBar {
            objectName: "navigationBar"
            Layout.fillWidth: true
            visible: !Theme.wide
            destinations: root.destinations
            currentKey: root.currentKey
            onActivated: key => root.navigate(key)
        }
    }
}
