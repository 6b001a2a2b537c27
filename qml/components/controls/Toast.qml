// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import CareCircle

/**
 * A short confirmation that something was done ("Progress saved"), near the bottom of the
 * window above whatever page is shown, gone again after `timeout` ms. It takes no focus and
 * blocks nothing; its text is an alert, so a screen reader reads it out when it appears.
 * Call show(message).
 */
Popup {
    id: root

    property string text
    property int timeout: 4000

    function show(message: string): void {
        root.text = message;
        root.open();
        hideTimer.restart();
    }

    parent: T.Overlay.overlay
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? parent.height - height - Theme.largeSpacing * 2 : 0
    width: parent ? Math.min(implicitWidth, parent.width - Theme.spacing * 2) : implicitWidth
    modal: false
    focus: false
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacing
    horizontalPadding: Theme.largeSpacing

    Timer {
        id: hideTimer

        interval: Math.max(1, root.timeout)
        onTriggered: root.close()
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.colors.text
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.colors.outline
    }

    contentItem: Label {
        objectName: "toastText"
        text: root.text
        wrapMode: Text.Wrap
        color: Theme.colors.surface
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.text
    }
}
