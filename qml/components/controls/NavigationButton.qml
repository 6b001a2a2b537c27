// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * One destination in the bottom bar (icon above text) or the side navigation (icon beside
 * text). `current` marks the page shown; it is announced as the checked state.
 */
Button {
    id: root

    property bool current: false
    property bool compact: false

    flat: true
    checkable: false
    display: root.compact ? AbstractButton.TextUnderIcon : AbstractButton.TextBesideIcon
    implicitHeight: Math.max(Theme.minTouch, root.implicitContentHeight + root.topPadding + root.bottomPadding)
    implicitWidth: Math.max(Theme.minTouch, root.implicitContentWidth + root.leftPadding + root.rightPadding)
    padding: root.compact ? Theme.smallSpacing : Theme.spacing
    horizontalPadding: root.compact ? Theme.smallSpacing : Theme.spacing * 1.5
    spacing: root.compact ? Theme.smallSpacing / 2 : Theme.spacing
    font.pixelSize: root.compact ? Theme.fontSizeSmall : Theme.fontSizeBody
    font.weight: root.current ? Font.DemiBold : Font.Normal
    icon.width: Theme.iconSize
    icon.height: Theme.iconSize
    icon.color: root.current ? Theme.colors.textOnPrimaryContainer : Theme.colors.text

    // The Basic style draws text with the palette; map it to the theme for this button.
    palette.windowText: Theme.colors.text
    palette.buttonText: Theme.colors.text
    palette.highlight: Theme.colors.text
    palette.brightText: Theme.colors.textOnPrimaryContainer
    highlighted: root.current

    Accessible.role: Accessible.PageTab
    Accessible.checkable: true
    Accessible.checked: root.current
    // Qt 6.4 offers AT-SPI "Press" on a button but does nothing on it: do what a click does,
    // so switch access, voice control and a screen reader's "activate" work (tests/atspi).
    Accessible.onPressAction: {
        if (root.enabled)
            root.clicked();
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.current ? Theme.colors.primaryContainer : "transparent"
        border.width: root.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.colors.focus

        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: Theme.colors.text
            opacity: root.down ? Theme.pressedOverlayOpacity : root.hovered ? Theme.hoverOverlayOpacity : 0
        }
    }
}
