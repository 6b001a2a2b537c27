// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * "How is it going?": a rating from 0 to 10 and an optional note for goal `goalId`, saved as
 * today's progress by GoalsController.logProgress(). The slider starts unrated (hollow, "Not
 * rated yet") until the person chooses: a value nobody chose is never saved. A refusal is
 * shown next to what it is about; success emits `logged()` and closes.
 */
ModalDialog {
    id: root

    property string goalId
    property string goalTitle
    property int initialRating: 5
    property string errorText
    /** Shown under the slider when Save is pressed before a rating was chosen. */
    property string ratingError
    property bool writing: false
    /** Closed with something entered and not logged: shown again as it was on the next open. */
    property bool draftKept: false
    property bool justLogged: false

    /** For tests and callers that drive the dialog directly. */
    readonly property alias slider: ratingSlider
    readonly property alias note: noteField
    readonly property Item saveAction: buttons.acceptButton

    signal logged()

    function submit(): void {
        root.errorText = "";
        if (!ratingSlider.chosen) {
            root.ratingError = qsTr("Choose a number on the slider first.", "@info log progress");
            ratingSlider.forceActiveFocus(Qt.OtherFocusReason);
            return;
        }
        root.writing = true;
        const ok = GoalsController.logProgress(root.goalId, Math.round(ratingSlider.value), noteField.text, "");
        root.writing = false;
        if (ok) {
            root.justLogged = true;
            root.logged();
            root.close();
        }
    }

    anchors.centerIn: parent
    width: Math.min(Theme.formMaxWidth, parent ? parent.width - 2 * Theme.spacing : Theme.formMaxWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    padding: Theme.largeSpacing
    closePolicy: Popup.CloseOnEscape
    title: qsTr("How is it going?", "@title:window log progress")

    onAboutToShow: {
        if (!root.draftKept) {
            ratingSlider.value = root.initialRating;
            ratingSlider.chosen = false;
            noteField.clear();
        }
        root.draftKept = false;
        root.errorText = "";
        root.ratingError = "";
    }
    // Escape or Cancel keeps what was entered for the next open instead of dropping it.
    onClosed: {
        root.draftKept = !root.justLogged && (noteField.text !== "" || ratingSlider.chosen);
        root.justLogged = false;
    }
    onOpened: ratingSlider.forceActiveFocus()

    Connections {
        target: GoalsController
        enabled: root.writing

        function onFailed(message: string): void {
            root.errorText = message;
        }
    }

    background: Rectangle {
        color: Theme.colors.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.colors.outline
    }

    header: SectionHeader {
        text: root.title
        padding: Theme.largeSpacing
        bottomPadding: 0
    }

    Flickable {
        anchors.fill: parent
        implicitWidth: form.implicitWidth
        implicitHeight: form.implicitHeight
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: form

            width: parent.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                visible: root.goalTitle !== ""
                text: root.goalTitle
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.colors.textMuted
            }
            Label {
                id: ratingLabel

                Layout.fillWidth: true
                text: ratingSlider.chosen
                      ? qsTr("How close do you feel to this goal today? %1 out of 10", "@label:slider").arg(Math.round(ratingSlider.value))
                      : qsTr("How close do you feel to this goal today? Not rated yet", "@label:slider")
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            RatingSlider {
                id: ratingSlider

                objectName: "ratingSlider"
                Layout.fillWidth: true
                Accessible.name: qsTr("Rating from 0 (far away) to 10 (there)", "@label:slider accessible")
                Accessible.description: ratingSlider.chosen ? String(Math.round(ratingSlider.value))
                                                            : qsTr("Not rated yet", "@info accessible slider")
                onPicked: value => {
                    ratingSlider.value = value;
                    ratingSlider.chosen = true;
                    root.ratingError = "";
                }
            }
            MessageLabel {
                objectName: "ratingError"
                Layout.fillWidth: true
                kind: MessageLabel.Error
                text: root.ratingError
            }
            RowLayout {
                Layout.fillWidth: true

                Label {
                    text: qsTr("0 · far away", "@label slider start")
                    font.pixelSize: Theme.fontSizeSmall
                    color: Theme.colors.textMuted
                }
                Item {
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("10 · there", "@label slider end")
                    font.pixelSize: Theme.fontSizeSmall
                    color: Theme.colors.textMuted
                }
            }
            Label {
                id: noteLabel

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("A note (optional)", "@label:textbox")
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            TextArea {
                id: noteField

                objectName: "noteField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.minTouch * 1.5
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What went well, what was hard?", "@info:placeholder")
                font.pixelSize: Theme.fontSizeBody
                color: Theme.colors.text
                placeholderTextColor: Theme.colors.textMuted
                Accessible.name: noteLabel.text
                KeyNavigation.priority: KeyNavigation.BeforeItem
                KeyNavigation.tab: buttons.acceptButton
                background: Rectangle {
                    radius: Theme.smallRadius
                    color: Theme.colors.surface
                    border.width: noteField.activeFocus ? Theme.focusWidth : Theme.borderWidth
                    border.color: noteField.activeFocus ? Theme.colors.focus : Theme.colors.outline
                }
            }
            MessageLabel {
                Layout.fillWidth: true
                kind: MessageLabel.Error
                text: root.errorText
            }
        }
    }

    footer: Pane {
        padding: Theme.largeSpacing
        topPadding: Theme.spacing
        background: null

        DialogButtons {
            id: buttons

            width: parent.width
            acceptObjectName: "saveProgressButton"
            acceptName: qsTr("Save progress", "@action:button accessible")
            onAccepted: root.submit()
            onRejected: root.close()
        }
    }
}
