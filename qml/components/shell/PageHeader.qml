// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/** The bar above the pages of the unlocked app: Back when a page was pushed, the title, the
 *  sync state (when connected; opens Sync and devices), Lock. The title wraps to a second line
 *  and gets smaller (down to Theme.fontSizeHeadingMinimum) before anything of it is cut. */
ToolBar {
    id: root

    property string title
    property bool canGoBack: false
    property bool showLock: true

    signal backRequested()
    signal lockRequested()
    signal syncRequested()

    padding: Theme.smallSpacing
    leftPadding: root.canGoBack ? Theme.smallSpacing : Theme.largeSpacing

    background: Rectangle {
        color: Theme.colors.background

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
        }
    }

    RowLayout {
        width: root.availableWidth
        spacing: Theme.smallSpacing

        ToolButton {
            id: backButton

            Accessible.onPressAction: {
                if (backButton.enabled)
                    backButton.clicked();
            }
            visible: root.canGoBack
            implicitWidth: Theme.minTouch
            implicitHeight: Theme.minTouch
            icon.source: Qt.resolvedUrl("../../icons/back.svg")
            icon.color: Theme.colors.text
            icon.width: Theme.iconSize
            icon.height: Theme.iconSize
            display: AbstractButton.IconOnly
            text: qsTr("Back", "@action:button")
            Accessible.name: qsTr("Back", "@action:button")
            onClicked: root.backRequested()
        }

        Label {
            id: titleLabel

            objectName: "pageTitleLabel"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.minTouch
            verticalAlignment: Text.AlignVCenter
            text: root.title
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            font.pixelSize: Theme.fittingFontSize(Theme.fontSizeLarge, Theme.fontSizeHeadingMinimum, titleLabel.width,
                                                  Theme.widestWord(titleMetrics, root.title), titleMetrics.advanceWidth(root.title), 2)
            font.weight: Font.DemiBold
            color: Theme.colors.text
            Accessible.role: Accessible.Heading
            Accessible.name: root.title

            FontMetrics {
                id: titleMetrics

                font.pixelSize: Theme.fontSizeLarge
                font.weight: Font.DemiBold
            }
        }

        ToolButton {
            id: syncButton
            Accessible.onPressAction: {
                if (syncButton.enabled)
                    syncButton.clicked();
            }

            readonly property bool problem: SyncStatus.status === SyncStatus.Offline
                                            || SyncStatus.status === SyncStatus.Failed
            readonly property string shortText: {
                switch (SyncStatus.status) {
                case SyncStatus.Syncing:
                case SyncStatus.Connecting:
                    return qsTr("Syncing…", "@info:status short");
                case SyncStatus.UpToDate:
                    return qsTr("Up to date", "@info:status short");
                case SyncStatus.Offline:
                    return qsTr("Offline", "@info:status short");
                case SyncStatus.Failed:
                    return qsTr("Sync problem", "@info:status short");
                default:
                    return qsTr("Sync", "@info:status short");
                }
            }

            objectName: "syncStatusButton"
            visible: SyncStatus.connected
            implicitHeight: Theme.minTouch
            implicitWidth: Math.max(Theme.minTouch, implicitContentWidth + leftPadding + rightPadding)
            icon.source: syncButton.problem ? Qt.resolvedUrl("../../icons/offline.svg") : Qt.resolvedUrl("../../icons/sync.svg")
            icon.color: syncButton.problem ? Theme.colors.danger : Theme.colors.text
            icon.width: Theme.iconSize
            icon.height: Theme.iconSize
            display: Theme.wide ? AbstractButton.TextBesideIcon : AbstractButton.IconOnly
            text: syncButton.shortText
            Accessible.name: qsTr("Sync: %1", "@action:button accessible").arg(SyncStatus.statusText)
            ToolTip.visible: syncButton.hovered
            ToolTip.text: SyncStatus.statusText
            onClicked: root.syncRequested()
        }

        ToolButton {
            id: lockButton

            Accessible.onPressAction: {
                if (lockButton.enabled)
                    lockButton.clicked();
            }
            visible: root.showLock
            implicitHeight: Theme.minTouch
            implicitWidth: Math.max(Theme.minTouch, implicitContentWidth + leftPadding + rightPadding)
            icon.source: Qt.resolvedUrl("../../icons/lock.svg")
            icon.color: Theme.colors.text
            icon.width: Theme.iconSize
            icon.height: Theme.iconSize
            display: AbstractButton.IconOnly
            text: qsTr("Lock", "@action:button lock the vault")
            Accessible.name: qsTr("Lock CareCircle", "@action:button accessible")
            Accessible.description: qsTr("Shortcut: Ctrl+L", "@info accessible")
            onClicked: root.lockRequested()
        }
    }
}
