// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import CareCircle

/**
 * One patient in the care-team workspace: what needs attention, her goals in her own words,
 * check-in trends and recent check-ins, the care plan, the comments on each and a field to
 * comment; and the meeting agenda as PDF or plain text. Two columns on a wide page (goals |
 * trends and plan), one on a narrow one.
 */
Page {
    id: root

    readonly property bool twoColumns: root.width > Theme.units * 40
    property string exportMessage
    property bool exportOk: false

    function exportAgenda(format: string): void {
        saveDialog.format = format;
        saveDialog.selectedFile = WorkspaceController.suggestedFile(format);
        saveDialog.open();
    }

    objectName: "patientPage"
    title: WorkspaceController.patientName

    Shortcut {
        sequence: "Ctrl+P"
        enabled: root.visible
        onActivated: root.exportAgenda("pdf")
    }

    FileDialog {
        id: saveDialog

        property string format: "pdf"

        title: qsTr("Save the meeting agenda", "@title:window file dialog")
        fileMode: FileDialog.SaveFile
        defaultSuffix: saveDialog.format === "pdf" ? "pdf" : "txt"
        nameFilters: saveDialog.format === "pdf" ? [qsTr("PDF documents (*.pdf)", "@item file type")]
                                                 : [qsTr("Text files (*.txt)", "@item file type")]
        onAccepted: {
            const result = WorkspaceController.exportAgenda(saveDialog.selectedFile, saveDialog.format);
            root.exportOk = result.ok;
            root.exportMessage = result.message;
        }
    }

    Component {
        id: overviewComponent

        ColumnLayout {
            spacing: Theme.largeSpacing

            SectionHeader {
                Layout.fillWidth: true
                pageTitle: true
                text: WorkspaceController.patientName
            }
            Flow {
                id: flagFlow

                Layout.fillWidth: true
                spacing: Theme.smallSpacing

                Repeater {
                    model: WorkspaceController.flags

                    AttentionFlag {
                        required property var modelData

                        width: Math.min(implicitWidth, flagFlow.width)
                        kind: modelData.kind
                        domains: modelData.domains ?? []
                        date: modelData.date ?? new Date(NaN)
                        count: modelData.count ?? 0
                    }
                }
                Label {
                    visible: WorkspaceController.flags.length === 0
                    text: qsTr("Nothing flagged", "@info patient view")
                    color: Theme.colors.textMuted
                }
            }
            Repeater {
                model: WorkspaceController.discussNotes

                Label {
                    required property var modelData

                    Layout.fillWidth: true
                    visible: modelData.note !== ""
                    text: qsTr("%1: “%2”", "@info check-in domain, the patient's note").arg(Labels.domain(modelData.domain)).arg(modelData.note)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.colors.text
                }
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("Multidisciplinary meeting", "@title:group agenda")

                Label {
                    Layout.fillWidth: true
                    text: qsTr("An agenda with her goals in her own words, the flagged needs and the open questions of the last 30 days.",
                               "@info agenda")
                    wrapMode: Text.Wrap
                    color: Theme.colors.textMuted
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    ActionButton {
                        objectName: "exportPdfButton"
                        primary: true
                        text: qsTr("Save agenda as PDF", "@action:button")
                        Accessible.name: text
                        Accessible.description: qsTr("Shortcut: Ctrl+P", "@info accessible")
                        onClicked: root.exportAgenda("pdf")
                    }
                    ActionButton {
                        objectName: "exportTextButton"
                        text: qsTr("Save agenda as text", "@action:button")
                        Accessible.name: text
                        onClicked: root.exportAgenda("text")
                    }
                }
                MessageLabel {
                    Layout.fillWidth: true
                    kind: root.exportOk ? MessageLabel.Success : MessageLabel.Error
                    text: root.exportMessage
                }
            }

            WorkspaceIdentityCard {
                Layout.fillWidth: true
            }

            SectionHeader {
                Layout.fillWidth: true
                text: qsTr("What matters to me", "@title goals in the patient's own words")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1's goals, in her own words.", "@info patient view").arg(WorkspaceController.patientName)
                wrapMode: Text.Wrap
                color: Theme.colors.textMuted
            }
            Repeater {
                model: WorkspaceController.goals

                SharedItemCard {
                    objectName: "goalCard"
                    Layout.fillWidth: true
                    kind: "goal"
                }
            }
            EmptyState {
                Layout.fillWidth: true
                visible: WorkspaceController.goals.count === 0
                title: qsTr("No goals shared", "@info empty patient goals")
                explanation: qsTr("She has not shared any goals with you.", "@info empty patient goals")
            }
        }
    }

    Component {
        id: careComponent

        ColumnLayout {
            spacing: Theme.largeSpacing

            Card {
                Layout.fillWidth: true
                title: qsTr("Check-in trends", "@title:group patient view")

                EmptyState {
                    Layout.fillWidth: true
                    visible: WorkspaceController.trends.checkInCount === 0
                    title: qsTr("No check-ins shared", "@info empty patient trends")
                }
                Label {
                    Layout.fillWidth: true
                    visible: WorkspaceController.trends.checkInCount > 1
                    text: qsTr("Latest check-in (filled) against the one of %1 (outline).", "@info radar chart legend")
                          .arg(WorkspaceController.trends.comparisonChoices.length > 0
                               ? WorkspaceController.trends.comparisonChoices[WorkspaceController.trends.comparisonIndex].text : "")
                    wrapMode: Text.Wrap
                    color: Theme.colors.textMuted
                }
                RadarChart {
                    id: radar

                    Layout.fillWidth: true
                    Layout.preferredHeight: radar.compact ? radar.implicitHeight : Math.min(Theme.units * 18, radar.width)
                    visible: WorkspaceController.trends.checkInCount > 0
                    entries: WorkspaceController.trends.radar
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: width > Theme.units * 30 ? 2 : 1
                    columnSpacing: Theme.largeSpacing
                    rowSpacing: Theme.spacing

                    Repeater {
                        model: WorkspaceController.trends.series

                        TrendLineChart {
                            required property var modelData

                            Layout.fillWidth: true
                            series: modelData
                        }
                    }
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                text: qsTr("Recent check-ins", "@title patient view")
                visible: WorkspaceController.checkIns.count > 0
            }
            Repeater {
                model: WorkspaceController.checkIns

                SharedItemCard {
                    Layout.fillWidth: true
                    kind: "check_in"
                }
            }

            SectionHeader {
                Layout.fillWidth: true
                text: qsTr("Care plan", "@title patient view")
            }
            Label {
                Layout.fillWidth: true
                text: WorkspaceController.hasPlan ? WorkspaceController.planTitle
                                                  : qsTr("She has not shared a care plan with you.", "@info patient view")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            MessageLabel {
                Layout.fillWidth: true
                kind: WorkspaceController.reviewOverdue ? MessageLabel.Warning : MessageLabel.Note
                text: !Labels.isValidDate(WorkspaceController.nextReview) ? ""
                      : WorkspaceController.reviewOverdue
                        ? qsTr("The review planned for %1 has passed.", "@info care plan review date").arg(Labels.longDate(WorkspaceController.nextReview))
                        : qsTr("Next review: %1", "@info care plan review date").arg(Labels.longDate(WorkspaceController.nextReview))
            }
            Repeater {
                model: WorkspaceController.activities

                SharedItemCard {
                    Layout.fillWidth: true
                    kind: "activity"
                }
            }
        }
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ScrollablePage {
            id: mainPane

            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            title: root.title

            Loader {
                Layout.fillWidth: true
                sourceComponent: overviewComponent
            }
            Loader {
                Layout.fillWidth: true
                active: !root.twoColumns
                visible: active
                sourceComponent: careComponent
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.borderWidth
            visible: root.twoColumns
            color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
        }

        ScrollablePage {
            id: sidePane

            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            visible: root.twoColumns
            title: root.title

            Loader {
                Layout.fillWidth: true
                active: root.twoColumns
                sourceComponent: careComponent
            }
        }
    }
}
