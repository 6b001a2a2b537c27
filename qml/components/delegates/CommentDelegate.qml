// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A comment from someone in the care circle: who (and their role), when, about what, and the text.
 * Built from positioners rather than layouts so wrapped text always gets the height it needs.
 */
Item {
    id: root

    required property string authorName
    required property string authorRole
    required property string text
    required property date time
    required property string targetTitle
    /** Written by someone else since the person last read this thread. */
    required property bool isNew

    readonly property string initials: root.authorName.split(" ")
                                       .filter(word => word.length > 0 && word[0] !== word[0].toLowerCase())
                                       .slice(-2).map(word => word[0]).join("")

    implicitHeight: Math.max(avatar.height, details.implicitHeight)
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3", "@info accessible: author, role, when").arg(root.authorName)
                     .arg(Labels.role(root.authorRole)).arg(Labels.relativeTime(root.time))
    Accessible.description: root.isNew ? qsTr("New: %1", "@info accessible").arg(root.text) : root.text

    Rectangle {
        id: avatar

        width: Theme.avatarSize
        height: width
        radius: width / 2
        color: Theme.colors.primaryContainer
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.colors.outline
        Accessible.ignored: true

        Label {
            anchors.centerIn: parent
            textFormat: Text.PlainText // names and texts other people typed are never markup
            text: root.initials
            font.pixelSize: Theme.fontSizeSmall
            font.weight: Font.DemiBold
            color: Theme.colors.textOnPrimaryContainer
        }
    }

    Column {
        id: details

        x: avatar.width + Theme.spacing
        width: root.width - x
        spacing: 0

        Label {
            width: details.width
            textFormat: Text.PlainText // names and texts other people typed are never markup
            text: root.authorRole !== ""
                  ? qsTr("%1 · %2", "@info comment author and role").arg(root.authorName).arg(Labels.role(root.authorRole))
                  : root.authorName
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            color: Theme.colors.text
        }
        Label {
            width: details.width
            text: (root.isNew ? qsTr("New", "@info a comment not read yet") + " · " : "")
                  + (root.targetTitle !== ""
                     ? qsTr("%1 · about “%2”", "@info when, and what the comment is about").arg(Labels.relativeTime(root.time)).arg(root.targetTitle)
                     : Labels.relativeTime(root.time))
            font.weight: root.isNew ? Font.DemiBold : Font.Normal
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: root.isNew ? Theme.colors.primary : Theme.colors.textMuted
        }
        Label {
            width: details.width
            topPadding: Theme.smallSpacing
            text: root.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
    }
}
