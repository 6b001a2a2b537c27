// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A push button at least Theme.minTouch tall whose text wraps instead of clipping at large
 * text sizes. `primary` marks the one main action of a screen; `destructive` one that removes,
 * deletes, revokes or discards (danger colour, never the reassuring primary one); `flat` a
 * quiet, text-only one.
 * Callers still set Accessible.name (STYLE.md rule 5).
 */
Button {
    id: root

    property bool primary: false
    property bool destructive: false

    implicitWidth: Math.max(Theme.minTouch, root.implicitContentWidth + root.leftPadding + root.rightPadding)
    implicitHeight: Math.max(Theme.minTouch, root.implicitContentHeight + root.topPadding + root.bottomPadding)
    padding: Theme.spacing
    horizontalPadding: Theme.largeSpacing
    opacity: root.enabled ? 1 : Theme.disabledOpacity
    Accessible.role: Accessible.Button
    // Qt 6.4 offers AT-SPI "Press" on a button but does nothing on it: do what a click does,
    // so switch access, voice control and a screen reader's "activate" work (tests/atspi).
    Accessible.onPressAction: {
        if (!root.enabled)
            return;
        if (root.checkable) {
            root.toggle();
            root.toggled();
        }
        root.clicked();
    }

    contentItem: Label {
        text: root.text
        font: root.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: root.destructive ? Theme.colors.surface
                                : root.primary ? Theme.colors.textOnPrimary : root.flat ? Theme.colors.primary : Theme.colors.text
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.destructive ? Theme.colors.danger
                                : root.primary ? Theme.colors.primary
                            : root.flat ? (root.down ? Theme.colors.surfaceVariant : "transparent")
                                        : Theme.colors.surfaceVariant
        border.width: root.visualFocus ? Theme.focusWidth : (root.flat || root.primary || root.destructive ? 0 : Theme.borderWidth)
        border.color: root.visualFocus ? Theme.colors.focus : Theme.colors.outline

        Rectangle {
            // pressed feedback that works on every palette
            anchors.fill: parent
            radius: parent.radius
            color: Theme.colors.text
            opacity: root.down ? Theme.pressedOverlayOpacity : root.hovered ? Theme.hoverOverlayOpacity : 0
        }
    }
}
