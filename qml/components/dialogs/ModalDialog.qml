// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import CareCircle

/**
 * A modal dialog that a screen reader, switch access or voice control cannot get behind:
 * while it is open the window's content is hidden (so its nodes leave the accessibility
 * tree's visible part and cannot be focused) and a live picture of it is drawn, dimmed,
 * under the dialog instead, so the eye still sees where the dialog came from. Focus goes
 * back to the item that had it when the dialog closes. Every dialog of the app derives from it.
 */
Dialog {
    id: root

    /** The window content hidden while the dialog is open (null while closed). */
    property Item hiddenContent: null
    /** The item that had the keyboard focus before the dialog opened. */
    property Item focusBefore: null

    parent: T.Overlay.overlay
    modal: true

    onAboutToShow: {
        const content = root.ApplicationWindow.contentItem;
        if (!content || !content.visible)
            return; // another dialog hides it already
        root.focusBefore = root.ApplicationWindow.window ? root.ApplicationWindow.window.activeFocusItem : null;
        root.hiddenContent = content;
        content.visible = false;
    }
    onClosed: {
        if (root.hiddenContent)
            root.hiddenContent.visible = true;
        root.hiddenContent = null;
        if (root.focusBefore && root.focusBefore.visible)
            root.focusBefore.forceActiveFocus(Qt.PopupFocusReason);
        root.focusBefore = null;
    }

    T.Overlay.modal: Item {
        // The hidden content as a picture (a ShaderEffectSource draws an invisible item), dimmed.
        ShaderEffectSource {
            readonly property point origin: root.hiddenContent ? root.hiddenContent.mapToItem(null, 0, 0) : Qt.point(0, 0)

            x: origin.x
            y: origin.y
            width: root.hiddenContent ? root.hiddenContent.width : 0
            height: root.hiddenContent ? root.hiddenContent.height : 0
            sourceItem: root.hiddenContent
            live: true
            Accessible.ignored: true
        }
        Rectangle {
            anchors.fill: parent
            color: Qt.alpha(Theme.colors.scrim, 0.5)
            Accessible.ignored: true
        }
    }
}
