// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A patient in "My patients": her name, what needs attention (AttentionFlag chips), how
 * many comments are new since the view was last opened, and the next review. Opens the
 * patient (click, tap, Space or Enter).
 */
ItemDelegate {
    id: root

    required property string patientId
    required property string name
    required property string colour
    required property var flags
    required property int flagCount
    required property int newComments
    required property date nextReview

    readonly property string initials: root.name.split(" ").filter(word => word.length > 0)
                                        .slice(0, 2).map(word => word[0].toUpperCase()).join("")
    readonly property string commentsText: root.newComments > 0
                                           ? qsTr("New comments: %1", "@info patient card, a count").arg(root.newComments)
                                           : qsTr("No new comments", "@info patient card")
    readonly property string reviewText: Labels.isValidDate(root.nextReview)
                                         ? qsTr("Next review: %1", "@info patient card, a date").arg(Labels.shortDate(root.nextReview))
                                         : qsTr("No review date planned", "@info patient card")

    padding: Theme.largeSpacing
    implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.Button
    Accessible.name: root.name
    Accessible.description: {
        const parts = [];
        if (root.flagCount === 0)
            parts.push(qsTr("Nothing flagged", "@info accessible patient card"));
        parts.push(root.commentsText, root.reviewText);
        return parts.join(". ");
    }
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Item {
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

    background: Rectangle {
        radius: Theme.radius
        color: Theme.colors.surface
        border.width: root.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: root.visualFocus ? Theme.colors.focus : Theme.highContrast ? Theme.colors.outline : Theme.colors.divider

        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: Theme.colors.text
            opacity: root.down ? Theme.pressedOverlayOpacity : root.hovered ? Theme.hoverOverlayOpacity : 0
        }
    }
}
