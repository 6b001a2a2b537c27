// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Asks before something hard to take back: a title, an explanation and two buttons.
 * Emits `confirmed()` and closes when the person agrees; Escape or Cancel just closes.
 */
ModalDialog {
    id: root

    property string text
    property string confirmText: qsTr("Delete", "@action:button")
    /** Remove, delete, revoke, discard: the confirm button in the danger colour. */
    property bool destructive: true

    readonly property Item confirmAction: buttons.acceptButton

    signal confirmed()

    anchors.centerIn: parent
    width: Math.min(Theme.formMaxWidth, parent ? parent.width - 2 * Theme.spacing : Theme.formMaxWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    padding: Theme.largeSpacing
    closePolicy: Popup.CloseOnEscape

    onOpened: buttons.rejectButton.forceActiveFocus()

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

    // The single child becomes the content and sets the dialog's implicit size.
    ColumnLayout {
        anchors.fill: parent

        Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
    }

    footer: Pane {
        padding: Theme.largeSpacing
        topPadding: Theme.spacing
        background: null

        DialogButtons {
            id: buttons

            width: parent.width
            acceptObjectName: "confirmButton"
            acceptText: root.confirmText
            destructive: root.destructive
            onAccepted: {
                root.close();
                root.confirmed();
            }
            onRejected: root.close()
        }
    }
}
