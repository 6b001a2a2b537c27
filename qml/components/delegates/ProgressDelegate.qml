// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/** One progress note of a goal: when, the rating (in words and as a number), the note, and who. */
Column {
    id: root

    required property date day
    required property int rating
    required property string note
    required property string authorName
    required property string authorRole

    readonly property string headline: root.rating >= 0
                                       ? qsTr("%1 · %2 out of 10", "@info progress entry: day, rating").arg(Labels.day(root.day)).arg(root.rating)
                                       : Labels.day(root.day)

    spacing: 0
    Accessible.role: Accessible.ListItem
    Accessible.name: root.headline
    Accessible.description: root.note !== "" ? root.note + ". " + byLabel.text : byLabel.text

    Label {
        width: root.width
        textFormat: Text.PlainText // names and texts other people typed are never markup
        text: root.headline
        wrapMode: Text.Wrap
        font.weight: Font.DemiBold
        color: Theme.colors.text
    }
    Label {
        width: root.width
        visible: root.note !== ""
        text: root.note
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    Label {
        id: byLabel

        width: root.width
        textFormat: Text.PlainText // names and texts other people typed are never markup
        text: root.authorRole !== ""
              ? qsTr("Written by %1 · %2", "@info progress author and role").arg(root.authorName).arg(Labels.role(root.authorRole))
              : qsTr("Written by %1", "@info progress author").arg(root.authorName)
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
}
