// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * The comments on one record (a goal, an activity) with their author, role and time, the
 * new ones marked, and a field to add one. Reading the card marks the thread as read when
 * the page is left (so the "New" marks stay visible while the person reads).
 */
Card {
    id: root

    property alias targetId: thread.targetId
    property alias targetKind: thread.targetKind
    property string emptyExplanation: qsTr("When someone in your care circle comments, you will read it here.", "@info empty comments")
    readonly property int newCount: thread.newCount

    title: thread.newCount > 0
           ? qsTr("Comments (%n new)", "@title:group", thread.newCount)
           : qsTr("Comments", "@title:group")

    function markSeen(): void {
        thread.markSeen();
    }

    CommentThread {
        id: thread
    }

    Repeater {
        model: thread.comments

        CommentDelegate {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
        }
    }
    EmptyState {
        Layout.fillWidth: true
        visible: thread.count === 0
        title: qsTr("No comments yet", "@info empty comments")
        explanation: root.emptyExplanation
    }

    FormTextArea {
        id: input

        Layout.fillWidth: true
        placeholderText: qsTr("Write a comment…", "@info:placeholder")
        Accessible.name: qsTr("Your comment", "@label")
    }
    MessageLabel {
        id: error

        Layout.fillWidth: true
        kind: MessageLabel.Error
        visible: text !== ""
    }
    ActionButton {
        // As wide as its text, at most as wide as the card: a long label wraps.
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        text: qsTr("Add comment", "@action:button")
        enabled: input.text.trim() !== ""
        onClicked: {
            error.text = thread.add(input.text);
            if (error.text === "")
                input.clear();
        }
    }
}
