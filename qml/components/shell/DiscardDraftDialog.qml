// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * "Discard this draft?": asked by the shell before it drops a page with unsaved input.
 * Keeping the draft is the main (and focused) answer, so Enter or Escape never loses text;
 * Discard is a plain button. open(proceed) runs @p proceed only after Discard.
 */
ModalDialog {
    id: root

    /** What the shell was about to do (navigate, go back, close the window). */
    property var proceed: null
    readonly property alias keepAction: keepButton
    readonly property alias discardAction: discardButton

    function ask(proceed: var): void {
        root.proceed = proceed;
        root.open();
    }

    anchors.centerIn: parent
    width: Math.min(Theme.formMaxWidth, parent ? parent.width - 2 * Theme.spacing : Theme.formMaxWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    padding: Theme.largeSpacing
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Discard this draft?", "@title:window unsaved input")

    onOpened: keepButton.forceActiveFocus()
    onClosed: root.proceed = null

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
        text: qsTr("What you entered on this page is not saved yet. If you leave now, it is lost.", "@info unsaved input")
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }

    footer: Pane {
        padding: Theme.largeSpacing
        topPadding: Theme.spacing
        background: null

        // One button under the other, each as wide as the dialog: a Flow of buttons as wide as
        // their text loops over its width at 200 % text, and the main answer comes first.
        Column {
            width: root.width - 2 * Theme.largeSpacing
            spacing: Theme.spacing

            ActionButton {
                id: keepButton

                objectName: "keepEditingButton"
                width: parent.width
                primary: true
                text: qsTr("Keep editing", "@action:button unsaved input")
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                id: discardButton

                objectName: "discardDraftButton"
                width: parent.width
                text: qsTr("Discard", "@action:button unsaved input")
                Accessible.name: qsTr("Discard the draft", "@action:button accessible")
                onClicked: {
                    const proceed = root.proceed;
                    root.close();
                    if (proceed)
                        proceed();
                }
            }
        }
    }
}
