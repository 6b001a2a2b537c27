// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Shown on the pages that list the history (Trends, the check-in history, a goal's progress)
 * while the unlock of a large vault still reads its older entries: the rows already shown
 * are the newest, and the rest fill in within a second or so (VaultController.loadingHistory).
 */
RowLayout {
    // The own vault's history: a patient's circle is read whole by the workspace.
    visible: VaultController.loadingHistory && WorkspaceController.circleId === ""
    spacing: Theme.spacing

    BusyIndicator {
        Layout.preferredWidth: Theme.iconSize
        Layout.preferredHeight: Theme.iconSize
        running: parent.visible
        padding: 0
        Accessible.ignored: true
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Reading your older entries…", "@info:progress after unlocking a large vault")
        wrapMode: Text.Wrap
        color: Theme.colors.textMuted
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
