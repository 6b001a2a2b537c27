// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * One goal in the person's own words, with how it is going: achievement, steps done,
 * the last rating and the target date. Achievement is written out, never shown by colour alone.
 */
Column {
    id: root

    required property string whatMattersToMe
    required property string kind
    required property string domain
    required property string status
    required property string achievement
    required property date targetDate
    required property int stepCount
    required property int stepsDone
    required property int lastRating
    required property date lastProgressDate

    readonly property int ratingMaximum: 10
    readonly property color achievementColor: root.achievement === "improving" || root.achievement === "achieved"
                                              ? Theme.colors.success
                                              : root.achievement === "worsening" || root.achievement === "not_achieved"
                                                ? Theme.colors.discuss : Theme.colors.textMuted
    readonly property string ratingText: root.lastRating < 0
                                         ? qsTr("No rating yet", "@info goal progress")
                                         : Labels.isValidDate(root.lastProgressDate)
                                           ? qsTr("Last rating: %1 out of %2 (%3)", "@info goal progress; %3 is a day")
                                             .arg(root.lastRating).arg(root.ratingMaximum).arg(Labels.day(root.lastProgressDate))
                                           : qsTr("Last rating: %1 out of %2", "@info goal progress")
                                             .arg(root.lastRating).arg(root.ratingMaximum)

    spacing: Theme.smallSpacing
    Accessible.role: Accessible.ListItem
    Accessible.name: root.whatMattersToMe
    Accessible.description: root.describe()

    function describe(): string {
        let text = Labels.domain(root.domain) + ". " + Labels.achievement(root.achievement);
        if (root.stepCount > 0)
            text += ". " + stepsLabel.text;
        text += ". " + root.ratingText;
        if (targetLabel.text !== "")
            text += ". " + targetLabel.text;
        return text;
    }

    Label {
        width: root.width
        text: root.whatMattersToMe
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeLarge
        color: Theme.colors.text
    }

    Flow {
        width: root.width
        spacing: Theme.smallSpacing

        Label {
            text: Labels.domain(root.domain)
            padding: Theme.smallSpacing
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textOnPrimaryContainer
            background: Rectangle {
                radius: height / 2
                color: Theme.colors.primaryContainer
                border.width: Theme.highContrast ? Theme.borderWidth : 0
                border.color: Theme.colors.outline
            }
        }
        Label {
            visible: root.status !== "active"
            text: Labels.goalStatus(root.status)
            padding: Theme.smallSpacing
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.text
            background: Rectangle {
                radius: height / 2
                color: Theme.colors.surfaceVariant
                border.width: Theme.borderWidth
                border.color: Theme.colors.outline
            }
        }
        Label {
            text: Labels.achievement(root.achievement)
            padding: Theme.smallSpacing
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            font.pixelSize: Theme.fontSizeSmall
            font.weight: Font.DemiBold
            color: root.achievementColor
            background: Rectangle {
                radius: height / 2
                color: "transparent"
                border.width: Theme.borderWidth
                border.color: root.achievementColor
            }
        }
    }

    Label {
        id: stepsLabel

        width: root.width
        visible: root.stepCount > 0
        text: root.stepCount > 0 ? qsTr("%1 of %n step(s) done", "@info goal steps", root.stepCount).arg(root.stepsDone) : ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
    Rectangle {
        width: root.width
        visible: root.stepCount > 0
        implicitHeight: Theme.barHeight
        radius: height / 2
        color: Theme.colors.barTrack
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.colors.outline
        Accessible.ignored: true

        Rectangle {
            width: root.stepCount > 0 ? parent.width * Math.min(1, root.stepsDone / root.stepCount) : 0
            height: parent.height
            radius: parent.radius
            color: Theme.colors.barFill
        }
    }

    Label {
        width: root.width
        text: root.ratingText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
    Label {
        id: targetLabel

        width: root.width
        visible: text !== ""
        text: Labels.isValidDate(root.targetDate)
              ? qsTr("Hoping to get there by %1", "@info goal target date").arg(Labels.longDate(root.targetDate)) : ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
}
