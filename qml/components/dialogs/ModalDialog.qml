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
 *
 * Locking the vault closes it (nothing of the unlocked app may stay on top of the unlock
 * page). A dialog that holds a draft sets `reopensAfterUnlock`: it opens again after the
 * unlock with what was typed (kept in memory only, with the page under it). Never set it on
 * a dialog with a passphrase field.
 */
Dialog {
    id: root

    /** The window content hidden while the dialog is open (null while closed). */
    property Item hiddenContent: null
    /** The item that had the keyboard focus before the dialog opened. */
    property Item focusBefore: null
    /** Open again after the vault was locked while it was open and is unlocked again. */
    property bool reopensAfterUnlock: false
    /** Closed by a lock, to be opened again after the unlock (see reopensAfterUnlock). */
    property bool closedByLock: false

    /** Shows the window content again (also when the dialog goes away while open). */
    function restoreContent(): void {
        if (root.hiddenContent)
            root.hiddenContent.visible = true;
        root.hiddenContent = null;
    }

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
        root.restoreContent();
        if (root.focusBefore && root.focusBefore.visible)
            root.focusBefore.forceActiveFocus(Qt.PopupFocusReason);
        root.focusBefore = null;
    }

    // A dialog destroyed while open (its page went away) must not leave the window blank.
    Component.onDestruction: root.restoreContent()

    Connections {
        target: VaultController

        function onStateChanged(): void {
            if (VaultController.state !== VaultController.Unlocked) {
                if (root.visible) {
                    root.closedByLock = root.reopensAfterUnlock;
                    root.close();
                }
            } else if (root.closedByLock) {
                root.closedByLock = false;
                root.open();
            }
        }
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
