// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/** One upcoming activity of the care plan: when, what, what kind, with whom. */
Column {
    id: root

    required property string title
    required property string kind
    required property date nextDate
    required property string timeText
    required property string assignees
    required property bool recurring

    readonly property string whenText: root.timeText !== ""
                                       ? qsTr("%1, %2", "@info day, time").arg(Labels.day(root.nextDate)).arg(root.timeText)
                                       : Labels.day(root.nextDate)
    readonly property string detailText: {
        const parts = [Labels.activityKind(root.kind)];
        if (root.assignees !== "")
            parts.push(qsTr("with %1", "@info who does the activity").arg(root.assignees));
        if (root.recurring)
            parts.push(qsTr("repeats", "@info recurring activity"));
        return parts.join(qsTr(" · ", "@info separator"));
    }

    spacing: 0
    Accessible.role: Accessible.ListItem
    Accessible.name: root.whenText + ": " + root.title + ". " + root.detailText

    Label {
        width: root.width
        text: root.whenText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        font.weight: Font.DemiBold
        color: Theme.colors.primary
    }
    Label {
        width: root.width
        text: root.title
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    Label {
        width: root.width
        text: root.detailText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
}
