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

    /** True when a comment box on the page holds a comment that was not sent (the shell asks
     *  before the page goes). */
    function hasUnsavedChanges(): bool {
        const visit = node => {
            if (node instanceof SharedItemCard && (node as SharedItemCard).hasDraft)
                return true;
            // An index loop: a list property is not iterable with for…of in Qt 6.4.
            for (let i = 0; i < node.children.length; ++i) {
                if (visit(node.children[i]))
                    return true;
            }
            return false;
        };
        return visit(root);
    }

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

            PatientOverview {
                Layout.fillWidth: true
                exportMessage: root.exportMessage
                exportOk: root.exportOk
                onExportRequested: format => root.exportAgenda(format)
            }
            // One care column at a time: it holds charts and many cards.
            Loader {
                Layout.fillWidth: true
                active: !root.twoColumns
                visible: active
                source: Qt.resolvedUrl("../../components/cards/PatientCareColumn.qml")
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
                source: Qt.resolvedUrl("../../components/cards/PatientCareColumn.qml")
            }
        }
    }
}
