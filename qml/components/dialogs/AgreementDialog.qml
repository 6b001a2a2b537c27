// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Edits the text of one agreement; `accepted()` with `agreementIndex` and `text` set.
 * Cancel and Escape ask before a changed text is dropped (as an editor page's Cancel does);
 * the page reports `hasDraft` to the shell, and a lock keeps the draft (reopensAfterUnlock).
 */
ModalDialog {
    id: root

    property int agreementIndex: -1
    property alias text: area.text
    /** The text as it was when the dialog opened. */
    property string originalText
    /** True while a changed text is open (or closed by a lock, to come back after the unlock). */
    readonly property bool hasDraft: (root.visible || root.closedByLock) && area.text !== root.originalText
    readonly property alias discardDialog: discardDialog

    function edit(index: int, text: string): void {
        root.agreementIndex = index;
        root.originalText = text;
        area.text = text;
        root.open();
    }
    /** Cancel or Escape: closes at once when nothing was changed, else asks first. */
    function cancel(): void {
        if (area.text !== root.originalText)
            discardDialog.ask(() => root.reject());
        else
            root.reject();
    }

    anchors.centerIn: parent
    width: Math.min(Theme.formMaxWidth, parent ? parent.width - 2 * Theme.spacing : Theme.formMaxWidth)
    padding: Theme.largeSpacing
    title: qsTr("Edit agreement", "@title:window")
    // Escape goes through cancel() (the Shortcut below), never straight to a close.
    closePolicy: Popup.NoAutoClose
    reopensAfterUnlock: true

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
            onRejected: root.cancel()
        }
    }

    Shortcut {
        sequence: "Escape"
        enabled: root.opened && !discardDialog.visible
        onActivated: root.cancel()
    }
    DiscardDraftDialog {
        id: discardDialog

        objectName: "agreementDiscardDialog"
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing

        TextArea {
            id: area

            objectName: "agreementArea"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.minTouch * 2
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Agreement", "@label")
        }
    }
}
