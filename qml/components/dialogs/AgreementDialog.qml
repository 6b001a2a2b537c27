// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/** Edits the text of one agreement; `accepted()` with `agreementIndex` and `text` set. */
ModalDialog {
    id: root

    property int agreementIndex: -1
    property alias text: area.text

    function edit(index: int, text: string): void {
        root.agreementIndex = index;
        area.text = text;
        root.open();
    }

    anchors.centerIn: parent
    width: Math.min(Theme.formMaxWidth, parent ? parent.width - 2 * Theme.spacing : Theme.formMaxWidth)
    padding: Theme.largeSpacing
    title: qsTr("Edit agreement", "@title:window")

    onOpened: area.forceActiveFocus()

    // The app's one button row (same order as every editor); accept() emits accepted().
    footer: Pane {
        padding: Theme.largeSpacing
        topPadding: Theme.spacing
        background: null

        DialogButtons {
            width: parent.width
            acceptObjectName: "saveAgreementButton"
            onAccepted: root.accept()
            onRejected: root.reject()
        }
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing

        TextArea {
            id: area

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.minTouch * 2
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Agreement", "@label")
        }
    }
}
