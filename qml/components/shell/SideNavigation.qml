// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Side navigation for tablets and desktops: the app's name, whose care the pages act in
 * (CircleSwitcher, for someone patients shared with), the destinations, and Lock.
 * Labels wrap between words and are never cut; `neededWidth` is the width at which no word
 * (of a label or of the app's name) has to be broken, or every label fits on one line when
 * that stays modest, for the shell to give the rail.
 */
Pane {
    id: root

    /** [{key, title, icon}, …] in order. */
    property var destinations: []
    property string currentKey
    /** Passed to the circle switcher: how a switch leaves the open pages. */
    property var circleGuard: proceed => proceed()

    signal activated(string key)
    signal lockRequested()
    /** Another circle was opened in the switcher. */
    signal circleSwitched()

    /** Wide enough for the longest word of every label and of the app's name, at least
     *  Theme.sideNavigationWidth. */
    readonly property real neededWidth: {
        // advanceWidth() is a call, not a property: read the fonts so a change re-measures.
        void metrics.font;
        void brandMetrics.font;
        const labels = root.destinations.map(destination => destination.title).concat([lockButton.text]);
        const widest = Math.max(...labels.map(text => lockButton.neededWidth(text, metrics)));
        // Room for every label on one line, when that stays modest: the current page's label
        // is bold, and "Care team" must not break only while it is the current one.
        const beside = Theme.iconSize + lockButton.spacing + lockButton.leftPadding + lockButton.rightPadding;
        const oneLine = Math.ceil(Math.max(...labels.map(text => metrics.advanceWidth(text))) + beside) + 1;
        const brandWidth = brandMetrics.advanceWidth(brand.text) + 2 * Theme.spacing + 1;
        const labelWidth = oneLine <= Theme.sideNavigationWidth * 1.6 ? oneLine : widest;
        return Math.ceil(Math.max(Theme.sideNavigationWidth, labelWidth, brandWidth) + root.leftPadding + root.rightPadding);
    }

    padding: Theme.spacing
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation", "@label accessible")

    background: Rectangle {
        color: Theme.colors.surfaceVariant

        Rectangle {
            anchors.right: parent.right
            width: Theme.borderWidth
            height: parent.height
            color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
        }
    }

    FontMetrics {
        id: metrics

        font.pixelSize: Theme.fontSizeBody
        font.weight: Font.DemiBold
    }
    FontMetrics {
        id: brandMetrics

        font: brand.font
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing

        Label {
            id: brand

            objectName: "brandLabel"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            text: qsTr("CareCircle", "@title app name")
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.Bold
            color: Theme.colors.primary
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        CircleSwitcher {
            objectName: "sideCircleSwitcher"
            guard: root.circleGuard
            Layout.fillWidth: true
            Layout.leftMargin: Theme.smallSpacing
            Layout.rightMargin: Theme.smallSpacing
            Layout.bottomMargin: Theme.spacing
            onSwitched: root.circleSwitched()
        }

        Repeater {
            model: root.destinations

            NavigationButton {
                required property var modelData

                objectName: "railButton_" + modelData.key
                Layout.fillWidth: true
                current: modelData.key === root.currentKey
                text: modelData.title
                icon.source: modelData.icon
                Accessible.name: modelData.title
                onClicked: root.activated(modelData.key)
            }
        }

        Item {
            Layout.fillHeight: true
        }

        NavigationButton {
            id: lockButton

            objectName: "railButton_lock"
            Layout.fillWidth: true
            text: qsTr("Lock", "@action:button lock the vault")
            icon.source: Qt.resolvedUrl("../../icons/lock.svg")
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Lock CareCircle", "@action:button accessible")
            Accessible.description: qsTr("Shortcut: Ctrl+L", "@info accessible")
            onClicked: root.lockRequested()
        }
    }
}
