// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A goal in the Goals list: a card that opens the goal (click, tap, Space or Enter) and
 * shows it with GoalDelegate. `selected` marks the goal shown next to the list on wide windows.
 */
ItemDelegate {
    id: root

    required property string recordId
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
    property bool selected: false

    padding: Theme.largeSpacing
    implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.Button
    Accessible.name: root.whatMattersToMe
    Accessible.description: root.contentItem ? (root.contentItem as GoalDelegate).describe() : ""
    // Qt 6.4 offers AT-SPI "Press" on a button but does nothing on it: do what a click does,
    // so switch access, voice control and a screen reader's "activate" work (tests/atspi).
    Accessible.onPressAction: {
        if (root.enabled)
            root.clicked();
    }
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: GoalDelegate {
        // The card already says all of it, with its Press action: one node per goal.
        Accessible.ignored: true
        whatMattersToMe: root.whatMattersToMe
        kind: root.kind
        domain: root.domain
        status: root.status
        achievement: root.achievement
        targetDate: root.targetDate
        stepCount: root.stepCount
        stepsDone: root.stepsDone
        lastRating: root.lastRating
        lastProgressDate: root.lastProgressDate
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.selected ? Theme.colors.primaryContainer : Theme.colors.surface
        border.width: root.visualFocus ? Theme.focusWidth : root.selected ? Theme.focusWidth : Theme.borderWidth
        border.color: root.visualFocus ? Theme.colors.focus
                                       : root.selected ? Theme.colors.primary
                                                       : Theme.highContrast ? Theme.colors.outline : Theme.colors.divider

        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: Theme.colors.text
            opacity: root.down ? Theme.pressedOverlayOpacity : root.hovered ? Theme.hoverOverlayOpacity : 0
        }
    }
}
