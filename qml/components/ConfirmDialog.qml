// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import CareCircle

/**
 * Asks before something hard to take back: a title, an explanation and two buttons.
 * Emits `confirmed()` and closes when the person agrees; Escape or Cancel just closes.
 */
Dialog {
    id: root

    property string text
    property string confirmText: qsTr("Delete", "@action:button")
    property bool destructive: true

    readonly property alias confirmAction: confirmButton

    signal confirmed()

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.formMaxWidth, parent ? parent.width - 2 * Theme.spacing : Theme.formMaxWidth)
    modal: true
    padding: Theme.largeSpacing
    closePolicy: Popup.CloseOnEscape
    // Explicit, so the wrapped text's height does not feed back into the width it wraps at.
    contentWidth: root.availableWidth
    contentHeight: message.implicitHeight

    onOpened: cancelButton.forceActiveFocus()

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

    Label {
        id: message

        width: root.availableWidth
        text: root.text
        wrapMode: Text.Wrap
        color: Theme.colors.text
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
                id: confirmButton

                objectName: "confirmButton"
                width: Math.min(implicitWidth, buttons.width)
                primary: true
                text: root.confirmText
                Accessible.name: text
                onClicked: {
                    root.close();
                    root.confirmed();
                }
            }
            ActionButton {
                id: cancelButton

                width: Math.min(implicitWidth, buttons.width)
                text: qsTr("Cancel", "@action:button")
                Accessible.name: text
                onClicked: root.close()
            }
        }
    }
}
