// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * The left column of the care-team workspace's patient view: what needs attention, the
 * meeting agenda, how one signs comments, and her goals in her own words with comments.
 */
ColumnLayout {
    id: root

    /** The outcome of the last agenda export, shown under its buttons. */
    property string exportMessage
    property bool exportOk: false

    /** The agenda is to be saved as "pdf" or "text". */
    signal exportRequested(string format)

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
            text: qsTr("An agenda with the patient's goals in their own words, the flagged needs and the open questions of the last 30 days.",
                       "@info agenda")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                objectName: "exportPdfButton"
                width: Math.min(implicitWidth, parent.width)
                primary: true
                text: qsTr("Save agenda as PDF", "@action:button")
                Accessible.name: text
                Accessible.description: qsTr("Shortcut: Ctrl+P", "@info accessible")
                onClicked: root.exportRequested("pdf")
            }
            ActionButton {
                objectName: "exportTextButton"
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("Save agenda as text", "@action:button")
                Accessible.name: text
                onClicked: root.exportRequested("text")
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
        text: qsTr("Goals of %1, in their own words.", "@info patient view").arg(WorkspaceController.patientName)
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
        explanation: qsTr("No goals are shared with you.", "@info empty patient goals")
    }
}
