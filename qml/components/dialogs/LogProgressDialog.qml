// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * "How is it going?": a rating from 0 to 10 and an optional note for goal `goalId`, saved as
 * today's progress by GoalsController.logProgress(). A refusal is shown in the dialog;
 * success emits `logged()` and closes.
 */
ModalDialog {
    id: root

    property string goalId
    property string goalTitle
    property int initialRating: 5
    property string errorText
    property bool writing: false
    /** Closed with something entered and not logged: shown again as it was on the next open. */
    property bool draftKept: false
    property bool justLogged: false

    /** For tests and callers that drive the dialog directly. */
    readonly property alias slider: ratingSlider
    readonly property alias note: noteField
    readonly property alias saveAction: saveButton

    signal logged()

    function submit(): void {
        root.errorText = "";
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
            noteField.clear();
        }
        root.draftKept = false;
        root.errorText = "";
    }
    // Escape or Cancel keeps what was entered for the next open instead of dropping it.
    onClosed: {
        root.draftKept = !root.justLogged && (noteField.text !== "" || ratingSlider.value !== root.initialRating);
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
                text: qsTr("How close do you feel to this goal today? %1 out of 10", "@label:slider").arg(Math.round(ratingSlider.value))
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            Slider {
                id: ratingSlider

                objectName: "ratingSlider"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.minTouch
                from: 0
                to: 10
                stepSize: 1
                snapMode: Slider.SnapAlways
                Accessible.name: qsTr("Rating from 0 (far away) to 10 (there)", "@label:slider accessible")
                Accessible.role: Accessible.Slider
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
                KeyNavigation.tab: saveButton
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

        Flow {
            id: buttons

            width: parent.width
            spacing: Theme.spacing
            layoutDirection: Qt.RightToLeft

            ActionButton {
                id: saveButton

                objectName: "saveProgressButton"
                width: Math.min(implicitWidth, buttons.width)
                primary: true
                text: qsTr("Save", "@action:button")
                Accessible.name: qsTr("Save progress", "@action:button accessible")
                onClicked: root.submit()
            }
            ActionButton {
                width: Math.min(implicitWidth, buttons.width)
                text: qsTr("Cancel", "@action:button")
                Accessible.name: text
                onClicked: root.close()
            }
        }
    }
}
