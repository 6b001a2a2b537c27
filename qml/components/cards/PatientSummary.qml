// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * What a patient card in "My patients" shows: initials, name, attention flags (or "Nothing
 * flagged"), and a line with the new comments and the next review. Built from positioners
 * so wrapped text always gets the height it needs.
 */
Item {
    id: root

    property string name
    property string initials
    property var flags: []
    property int flagCount: 0
    property int newComments: 0
    property string commentsText
    property string reviewText

    implicitHeight: Math.max(avatar.height, details.implicitHeight)

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
            text: root.initials
            font.pixelSize: Theme.fontSizeSmall
            font.weight: Font.DemiBold
            color: Theme.colors.textOnPrimaryContainer
        }
    }

    Column {
        id: details

        x: avatar.width + Theme.spacing
        width: parent.width - x
        spacing: Theme.smallSpacing

        Label {
            width: details.width
            text: root.name
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeLarge
            font.weight: Font.DemiBold
            color: Theme.colors.text
        }
        Flow {
            id: flagFlow

            width: details.width
            spacing: Theme.smallSpacing
            visible: root.flagCount > 0

            Repeater {
                model: root.flags

                AttentionFlag {
                    required property var modelData

                    width: Math.min(implicitWidth, flagFlow.width)
                    kind: modelData.kind
                    domains: modelData.domains ?? []
                    date: modelData.date ?? new Date(NaN)
                    count: modelData.count ?? 0
                }
            }
        }
        Label {
            width: details.width
            visible: root.flagCount === 0
            text: qsTr("Nothing flagged", "@info patient card")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Label {
            width: details.width
            text: qsTr("%1 · %2", "@info patient card: new comments · next review").arg(root.commentsText).arg(root.reviewText)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            font.weight: root.newComments > 0 ? Font.DemiBold : Font.Normal
            color: root.newComments > 0 ? Theme.colors.text : Theme.colors.textMuted
        }
    }
}
