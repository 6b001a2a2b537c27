// SPDX-License-Identifier: GPL-3.0-or-later
// Not `pragma ComponentBehavior: Bound`: DialogButtonBox creates its delegate itself, outside
// this file's context, which a bound component refuses.
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
    standardButtons: Dialog.Save | Dialog.Cancel

    onOpened: area.forceActiveFocus()

    // The standard buttons (their text translated with Qt's own catalogue), touch-sized.
    footer: DialogButtonBox {
        padding: Theme.largeSpacing
        topPadding: Theme.spacing
        spacing: Theme.spacing
        background: null

        delegate: ActionButton {
            id: button

            Accessible.name: button.text
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
