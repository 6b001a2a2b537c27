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
 */
FocusScope {
    id: root

    /**
     * Every destination of the app, in navigation order. To add a page, add one entry:
     * key (stable id), title (translated), icon (SVG in assets/icons) and page (QML file).
     */
    readonly property var destinations: (WorkspaceController.hasPatients ? [root.myPatientsDestination] : []).concat(root.ownDestinations)
    /** The care-team workspace: first, and only for someone patients shared with. */
    readonly property var myPatientsDestination: ({
            key: "my-patients",
            title: qsTr("My patients", "@title:navigation"),
            icon: Qt.resolvedUrl("../../icons/patients.svg"),
            page: Qt.resolvedUrl("../../pages/workspace/MyPatientsPage.qml")
        })
    readonly property var ownDestinations: [
        {
            key: "home",
            title: qsTr("Home", "@title:navigation"),
            icon: Qt.resolvedUrl("../../icons/home.svg"),
            page: Qt.resolvedUrl("../../pages/home/HomePage.qml")
        },
        {
            key: "plan",
            title: qsTr("Care plan", "@title:navigation"),
            icon: Qt.resolvedUrl("../../icons/plan.svg"),
            page: Qt.resolvedUrl("../../pages/plan/CarePlanPage.qml")
        },
        {
            key: "goals",
            title: qsTr("Goals", "@title:navigation"),
            icon: Qt.resolvedUrl("../../icons/goal.svg"),
            page: Qt.resolvedUrl("../../pages/goals/GoalsPage.qml")
        },
        {
            key: "checkin",
            title: qsTr("Check-in", "@title:navigation"),
            icon: Qt.resolvedUrl("../../icons/checkin.svg"),
            page: Qt.resolvedUrl("../../pages/checkin/CheckInPage.qml")
        },
        {
            key: "trends",
            title: qsTr("Trends", "@title:navigation"),
            icon: Qt.resolvedUrl("../../icons/trends.svg"),
            page: Qt.resolvedUrl("../../pages/checkin/TrendsPage.qml")
        },
        {
            key: "team",
            title: qsTr("Care team", "@title:navigation"),
            icon: Qt.resolvedUrl("../../icons/team.svg"),
            page: Qt.resolvedUrl("../../pages/team/CareTeamPage.qml")
        },
        {
            key: "settings",
            title: qsTr("Settings", "@title:navigation"),
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
        stack.replace(null, destination.page, {}, StackView.Immediate);
    }

    Component.onCompleted: root.showPage(root.destinations[0].key)

    // Desktop keyboard: Ctrl+1 … Ctrl+9 open the destinations in navigation order; Alt+Left
    // goes back from a pushed page.
    Instantiator {
        model: root.destinations

        delegate: Shortcut {
            required property var modelData
            required property int index

            sequence: "Ctrl+" + (index + 1)
            enabled: index < 9
            context: Qt.ApplicationShortcut
            onActivated: root.showPage(modelData.key)
        }
    }
    Shortcut {
        sequence: "Alt+Left"
        context: Qt.ApplicationShortcut
        enabled: stack.depth > 1
        onActivated: stack.pop()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            SideNavigation {
                Layout.fillHeight: true
                Layout.preferredWidth: Theme.sideNavigationWidth
                visible: Theme.wide
                destinations: root.destinations
                currentKey: root.currentKey
                onActivated: key => root.showPage(key)
                onLockRequested: VaultController.lock()
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                PageHeader {
                    Layout.fillWidth: true
                    title: stack.currentItem instanceof Page ? (stack.currentItem as Page).title : ""
                    canGoBack: stack.depth > 1
                    showLock: !Theme.wide
                    onBackRequested: stack.pop()
                    onLockRequested: VaultController.lock()
                    onSyncRequested: root.showPage("sync")
                }

                StackView {
                    id: stack

                    Layout.fillWidth: true
                    focus: true
                    Layout.fillHeight: true
                    clip: true
                }
            }
        }

        NavigationBar {
            Layout.fillWidth: true
            visible: !Theme.wide
            destinations: root.destinations
            currentKey: root.currentKey
            onActivated: key => root.showPage(key)
        }
    }
}
