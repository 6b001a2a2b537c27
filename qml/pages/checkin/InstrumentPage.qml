// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One short questionnaire (WHO-5, PHQ-2, GAD-2 …) read from its definition: the questions
 * with their answer options, then the result described in plain words with the suggestion
 * to talk about it with the care team, and the instrument's attribution.
 */
ScrollablePage {
    id: root

    property string instrumentId
    property var definition: ({})
    /** Chosen option value per item (undefined while unanswered). */
    property var answers: []
    property var result: ({})
    property string errorMessage: ""
    readonly property var items: root.definition.items ?? []
    readonly property bool hasResult: root.result.rawScore !== undefined
    readonly property int answeredCount: root.answers.filter(value => value !== undefined).length
    readonly property bool complete: root.items.length > 0 && root.answeredCount === root.items.length

    function reload(): void {
        root.definition = CheckInController.instrument(root.instrumentId);
    }
    function choose(itemIndex: int, value: int): void {
        const copy = root.answers.slice();
        copy[itemIndex] = value;
        root.answers = copy;
    }
    function submit(): void {
        // An error comes back as {error} and is no result (hasResult needs a score).
        root.result = CheckInController.saveInstrument(root.instrumentId, root.answers);
        root.errorMessage = root.result.error ?? "";
        root.flickable.contentY = 0;
    }

    /** Shows the result of a middle answer to every question, scored but not saved (screenshots). */
    function previewResult(): void {
        root.answers = root.items.map(item => item.options[Math.floor(item.options.length / 2)].value);
        root.result = CheckInController.scoreInstrument(root.instrumentId, root.answers);
        root.errorMessage = root.result.error ?? "";
    }

    title: root.definition.title ?? qsTr("Questionnaire", "@title:window")
    dirty: root.answeredCount > 0 && !root.hasResult
    onInstrumentIdChanged: root.reload()
    Component.onCompleted: root.reload()

    Connections {
        target: LanguageSettings

        function onLanguageChanged(): void {
            root.reload();
        }
    }

    Card {
        Layout.fillWidth: true
        visible: !root.hasResult
        title: root.definition.title ?? ""

        Label {
            Layout.fillWidth: true
            text: root.definition.intro ?? ""
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Label {
            Layout.fillWidth: true
            text: root.definition.attribution ?? ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
    }
    EmptyState {
        Layout.fillWidth: true
        visible: root.items.length === 0
        title: qsTr("This questionnaire is not available", "@info")
        explanation: qsTr("Go back and choose another one.", "@info")
    }

    Repeater {
        model: root.hasResult ? [] : root.items

        Card {
            id: question

            required property var modelData
            required property int index

            Layout.fillWidth: true
            title: qsTr("%1. %2", "@title:group question number and text").arg(question.index + 1).arg(question.modelData.text)

            ButtonGroup {
                id: group
            }
            Repeater {
                model: question.modelData.options

                RadioButton {
                    id: option

                    required property var modelData

                    objectName: "option_" + question.index + "_" + option.modelData.value
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.minTouch, option.implicitContentHeight + option.topPadding + option.bottomPadding)
                    ButtonGroup.group: group
                    text: option.modelData.label
                    checked: root.answers[question.index] === option.modelData.value
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: qsTr("%1: %2", "@label:radio question and answer").arg(question.modelData.text).arg(option.text)
                    onClicked: root.choose(question.index, option.modelData.value)
                    // Qt 6.4's AT-SPI Toggle only flips `checked`; the answer is stored on click.
                    Accessible.onToggleAction: option.clicked()
                    Accessible.onPressAction: option.clicked()

                    contentItem: Label {
                        leftPadding: option.indicator.width + option.spacing
                        text: option.text
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                        color: Theme.colors.text
                    }
                }
            }
        }
    }

    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorMessage
    }
    ActionButton {
        objectName: "resultButton"
        Layout.fillWidth: !Theme.wide
        visible: !root.hasResult && root.items.length > 0
        enabled: root.complete && CheckInController.available
        primary: true
        text: root.complete ? qsTr("See my result", "@action:button questionnaire")
                            : qsTr("Answered %1 of %n", "@action:button questionnaire, disabled", root.items.length).arg(root.answeredCount)
        Accessible.name: text
        onClicked: root.submit()
    }

    ScoreResultCard {
        objectName: "scoreResult"
        Layout.fillWidth: true
        visible: root.hasResult
        result: root.result
    }
    ActionButton {
        objectName: "doneButton"
        Layout.fillWidth: !Theme.wide
        visible: root.hasResult
        primary: true
        text: qsTr("Done", "@action:button")
        Accessible.name: text
        onClicked: {
            if (root.StackView.view && root.StackView.view.depth > 1)
                root.StackView.view.pop();
        }
    }
}
