// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Edits to review (DESIGN.md §6): texts that were changed on two devices while they were
 * apart. Sync kept the newest edit; each overwritten text is shown here next to what the
 * record holds now, to put back or to let go (with Undo).
 */
ScrollablePage {
    id: root

    property string errorText

    objectName: "conflictsPage"
    maximumContentWidth: Theme.formMaxWidth * 1.25
    title: qsTr("Edits to review", "@title:window")

    MessageLabel {
        Layout.fillWidth: true
        kind: MessageLabel.Error
        text: root.errorText
    }
    // At the bottom of the page, in view, as on every page with Undo (not above the list).
    footer: UndoBar {
        objectName: "conflictsUndoBar"
        text: ConflictsController.undoText
        onUndoRequested: root.errorText = ConflictsController.undo()
        onDismissRequested: ConflictsController.dismissUndo()
    }

    Card {
        Layout.fillWidth: true
        visible: ConflictsController.conflicts.count === 0
        title: qsTr("Nothing to review", "@title:group")

        EmptyState {
            Layout.fillWidth: true
            explanation: qsTr("When the same text is changed on two of your devices before they sync, the newest edit is kept and the other one appears here, so nothing you wrote is lost.",
                              "@info empty conflicts")
        }
    }

    Repeater {
        model: ConflictsController.conflicts

        Card {
            id: conflictCard

            required property string recordId
            required property string place
            required property string field
            required property string lostText
            required property string currentText
            required property string when
            required property bool canRestore

            Layout.fillWidth: true
            title: conflictCard.place
            Accessible.name: qsTr("%1, %2", "@info accessible conflict").arg(conflictCard.place).arg(conflictCard.field)

            Label {
                Layout.fillWidth: true
                text: conflictCard.field
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                color: Theme.colors.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Overwritten text", "@label")
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textMuted
            }
            Label {
                Layout.fillWidth: true
                text: conflictCard.lostText
                wrapMode: Text.Wrap
                color: Theme.colors.text
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                visible: conflictCard.currentText !== ""
                text: qsTr("Now", "@label current text")
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textMuted
            }
            Label {
                Layout.fillWidth: true
                visible: conflictCard.currentText !== ""
                text: conflictCard.currentText
                wrapMode: Text.Wrap
                color: Theme.colors.text
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                text: conflictCard.when
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textMuted
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                ActionButton {
                    width: Math.min(implicitWidth, parent.width)
                    visible: conflictCard.canRestore
                    primary: true
                    text: qsTr("Put this text back", "@action:button")
                    Accessible.name: qsTr("Put the overwritten text back in %1", "@action:button accessible").arg(conflictCard.field)
                    onClicked: root.errorText = ConflictsController.restore(conflictCard.recordId)
                }
                ActionButton {
                    width: Math.min(implicitWidth, parent.width)
                    text: qsTr("Keep the newest", "@action:button")
                    Accessible.name: qsTr("Keep the newest text and let this one go", "@action:button accessible")
                    onClicked: root.errorText = ConflictsController.dismiss(conflictCard.recordId)
                }
            }
        }
    }
}
