// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One thing a patient shared, in the care-team workspace: a goal (in her own words), a plan
 * activity or a check-in, with the comments on it (author, role, time) and a field to add
 * one as oneself. Rows of WorkspaceItemModel. A typed comment is a draft: Cancel asks before
 * it is dropped, and the page reports it to the shell (hasDraft) before it is left.
 */
Card {
    id: root

    /** "goal", "activity" or "check_in". */
    property string kind: "goal"
    required property string recordId
    required property string headline
    required property string subtitle
    required property string category
    required property string status
    required property date time
    required property bool flagged
    required property var answers
    required property var comments

    property bool composing: false
    property string message
    /** True while the comment box holds typed text that was not sent. */
    readonly property bool hasDraft: root.composing && editor.text.trim() !== ""
    /** "Discard this draft?" for the comment, made the first time it is needed (a workspace
     *  shows many cards). */
    property DiscardDraftDialog discardDialog: null

    readonly property string heading: {
        switch (root.kind) {
        case "goal":
            return qsTr("“%1”", "@title a goal in the patient's own words").arg(root.headline);
        case "check_in":
            return qsTr("Check-in of %1", "@title a check-in, a date").arg(Labels.longDate(root.time));
        }
        return root.headline;
    }
    readonly property string details: {
        switch (root.kind) {
        case "goal": {
            const parts = [Labels.domain(root.category), Labels.achievement(root.status)];
            if (Labels.isValidDate(root.time))
                parts.push(qsTr("by %1", "@info goal target date").arg(Labels.shortDate(root.time)));
            return parts.join(" · ");
        }
        case "activity":
            return qsTr("%1 · %2", "@info activity kind · status").arg(Labels.activityKind(root.category)).arg(Labels.activityStatus(root.status));
        }
        return Labels.relativeTime(root.time);
    }

    /** Closes the comment box; asks first when it holds typed text. */
    function cancelComment(): void {
        const drop = () => {
            editor.text = "";
            root.message = "";
            root.composing = false;
        };
        if (!root.hasDraft) {
            drop();
            return;
        }
        if (!root.discardDialog)
            root.discardDialog = discardComponent.createObject(root) as DiscardDraftDialog;
        root.discardDialog.ask(drop);
    }

    function send(): void {
        const problem = WorkspaceController.addComment(root.recordId, editor.text);
        root.message = problem;
        if (problem === "") {
            editor.text = "";
            root.composing = false;
        }
    }

    Accessible.name: root.heading

    SectionHeader {
        Layout.fillWidth: true
        text: root.heading
        textFormat: Text.PlainText
    }
    Label {
        Layout.fillWidth: true
        visible: root.subtitle !== ""
        text: qsTr("Target: %1", "@info goal target").arg(root.subtitle)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    Label {
        Layout.fillWidth: true
        text: root.details
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
    MessageLabel {
        Layout.fillWidth: true
        visible: root.flagged && root.kind === "goal"
        kind: MessageLabel.Warning
        text: qsTr("Getting harder: worth discussing at the meeting.", "@info flagged goal")
    }

    // A check-in: each domain's rating, and what she wants to discuss in her words.
    Flow {
        id: ratings

        Layout.fillWidth: true
        visible: root.kind === "check_in"
        spacing: Theme.spacing

        Repeater {
            model: root.kind === "check_in" ? root.answers : []

            Label {
                required property var modelData

                text: qsTr("%1: %2/10", "@info check-in domain rating").arg(Labels.domain(modelData.domain)).arg(modelData.rating)
                font.pixelSize: Theme.fontSizeSmall
                font.weight: modelData.wantToDiscuss ? Font.DemiBold : Font.Normal
                color: Theme.colors.text
            }
        }
    }
    Repeater {
        model: root.kind === "check_in" ? root.answers.filter(answer => answer.wantToDiscuss || answer.note !== "") : []

        Label {
            required property var modelData

            Layout.fillWidth: true
            text: modelData.wantToDiscuss
                  ? (modelData.note !== "" ? qsTr("Wants to discuss %1: “%2”", "@info check-in domain, note").arg(Labels.domain(modelData.domain)).arg(modelData.note)
                                           : qsTr("Wants to discuss %1", "@info check-in domain").arg(Labels.domain(modelData.domain)))
                  : qsTr("%1: “%2”", "@info check-in domain, note").arg(Labels.domain(modelData.domain)).arg(modelData.note)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.colors.text
            font.weight: modelData.wantToDiscuss ? Font.DemiBold : Font.Normal
        }
    }

    Label {
        Layout.fillWidth: true
        visible: root.comments.length > 0
        topPadding: Theme.smallSpacing
        text: qsTr("Comments", "@title comments on a shared item")
        font.weight: Font.DemiBold
        color: Theme.colors.textMuted
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: root.comments

        CommentDelegate {
            required property var modelData

            Layout.fillWidth: true
            authorName: modelData.authorName
            authorRole: modelData.authorRole
            text: modelData.text
            time: modelData.time
            targetTitle: ""
            isNew: false // the workspace counts new comments per patient instead
        }
    }

    FormTextArea {
        id: editor

        objectName: "commentEditor"
        Layout.fillWidth: true
        visible: root.composing
        placeholderText: qsTr("Your comment for the patient and the care team", "@info:placeholder")
        Accessible.name: qsTr("Comment on %1", "@label:textbox accessible, what is commented").arg(root.heading)
        Keys.onPressed: event => {
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                root.send();
                event.accepted = true;
            }
        }
    }
    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.message
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "commentButton"
            width: Math.min(implicitWidth, parent.width)
            visible: !root.composing
            text: qsTr("Comment", "@action:button")
            Accessible.name: qsTr("Comment on %1", "@action:button accessible, what is commented").arg(root.heading)
            onClicked: {
                root.composing = true;
                editor.forceActiveFocus();
            }
        }
    }
    DialogButtons {
        Layout.fillWidth: true
        visible: root.composing
        acceptObjectName: "sendCommentButton"
        acceptText: qsTr("Send comment", "@action:button")
        acceptDescription: qsTr("Shortcut: Ctrl+Enter", "@info accessible")
        acceptEnabled: editor.text.trim() !== ""
        rejectName: qsTr("Cancel the comment", "@action:button accessible")
        onAccepted: root.send()
        onRejected: root.cancelComment()
    }
    Component {
        id: discardComponent

        DiscardDraftDialog {
            objectName: "commentDiscardDialog"
        }
    }
}
