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

    readonly property bool problem: SyncStatus.status === SyncStatus.Offline
                                    || SyncStatus.status === SyncStatus.Failed

    spacing: Theme.smallSpacing
    Accessible.role: Accessible.StaticText
    Accessible.name: SyncStatus.statusText

    BusyIndicator {
        Layout.preferredWidth: Theme.iconSize
        Layout.preferredHeight: Theme.iconSize
        visible: SyncStatus.status === SyncStatus.Syncing
                 || SyncStatus.status === SyncStatus.Connecting
        running: visible
        padding: 0
        Accessible.ignored: true
    }
    IconImage {
        Layout.preferredWidth: Theme.iconSize
        Layout.preferredHeight: Theme.iconSize
        visible: SyncStatus.status !== SyncStatus.Syncing
                 && SyncStatus.status !== SyncStatus.Connecting
        source: root.problem ? Qt.resolvedUrl("../../icons/offline.svg") : Qt.resolvedUrl("../../icons/sync.svg")
        sourceSize.width: Theme.iconSize
        sourceSize.height: Theme.iconSize
        color: root.problem ? Theme.colors.danger : Theme.colors.text
        Accessible.ignored: true
    }
    Label {
        Layout.fillWidth: true
        visible: !root.compact
        text: SyncStatus.statusText
        wrapMode: Text.Wrap
        color: root.problem ? Theme.colors.danger : Theme.colors.text
    }
}
