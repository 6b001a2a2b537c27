// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl
import QtQuick.Layouts
import CareCircle

/** The sync state in one line: an icon (or a spinner while syncing) and the state in words. */
RowLayout {
    id: root

    /** Short form for the header: the words are left out when there is no room. */
    property bool compact: false

    readonly property bool problem: SyncController.status === SyncController.Offline
                                    || SyncController.status === SyncController.Failed

    spacing: Theme.smallSpacing
    Accessible.role: Accessible.StaticText
    Accessible.name: SyncController.statusText

    BusyIndicator {
        Layout.preferredWidth: Theme.iconSize
        Layout.preferredHeight: Theme.iconSize
        visible: SyncController.status === SyncController.Syncing
                 || SyncController.status === SyncController.Connecting
        running: visible
        padding: 0
        Accessible.ignored: true
    }
    IconImage {
        Layout.preferredWidth: Theme.iconSize
        Layout.preferredHeight: Theme.iconSize
        visible: SyncController.status !== SyncController.Syncing
                 && SyncController.status !== SyncController.Connecting
        source: root.problem ? Qt.resolvedUrl("../../icons/offline.svg") : Qt.resolvedUrl("../../icons/sync.svg")
        sourceSize.width: Theme.iconSize
        sourceSize.height: Theme.iconSize
        color: root.problem ? Theme.colors.danger : Theme.colors.text
        Accessible.ignored: true
    }
    Label {
        Layout.fillWidth: true
        visible: !root.compact
        text: SyncController.statusText
        wrapMode: Text.Wrap
        color: root.problem ? Theme.colors.danger : Theme.colors.text
    }
}
