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
    /** What tells her apart from another patient of the same name ("born 1948"); may be empty. */
    required property string detail
    readonly property string fullTitle: root.detail !== ""
                                        ? qsTr("%1 · %2", "@info patient card: name · birth year or account").arg(root.name).arg(root.detail)
                                        : root.name
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
    Accessible.name: root.fullTitle
    Accessible.description: {
        const parts = [];
        if (root.flagCount === 0)
            parts.push(qsTr("Nothing flagged", "@info accessible patient card"));
        parts.push(root.commentsText, root.reviewText);
        return parts.join(". ");
    }
    // Qt 6.4 offers AT-SPI "Press" on a button but does nothing on it: do what a click does,
    // so switch access, voice control and a screen reader's "activate" work (tests/atspi).
    Accessible.onPressAction: {
        if (root.enabled)
            root.clicked();
    }
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: PatientSummary {
        name: root.fullTitle
        initials: root.initials
        flags: root.flags
        flagCount: root.flagCount
        newComments: root.newComments
        commentsText: root.commentsText
        reviewText: root.reviewText
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
