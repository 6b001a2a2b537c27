// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Controls.impl
import QtQuick.Layouts
import CareCircle

/**
 * One destination in the bottom bar (icon above text) or the side navigation (icon beside
 * text). `current` marks the page shown; it is announced as the checked state. The label
 * wraps between words and is never elided: the bar and the rail measure their labels
 * (`neededWidth()`) and make room, rather than cutting "Plan de s…".
 */
Button {
    id: root

    property bool current: false
    property bool compact: false
    /** The label's size: the bar keeps it smaller than body text (see NavigationBar). */
    property int labelPixelSize: root.compact ? Theme.fontSizeSmall : Theme.fontSizeBody
    /** The label, for tests: it must never be elided or overflow. */
    property Label label: null

    /** The width this button needs so that no word of @p text is cut, measured with @p metrics
     *  (a FontMetrics in the button's font, DemiBold: the current page's label is). */
    function neededWidth(text: string, metrics: FontMetrics): real {
        const longestWord = Math.max(...text.split(/\s+/).map(word => metrics.advanceWidth(word)));
        const beside = root.compact ? 0 : Theme.iconSize + root.spacing;
        return Math.ceil(longestWord + beside + root.leftPadding + root.rightPadding) + 1;
    }

    flat: true
    checkable: false
    display: root.compact ? AbstractButton.TextUnderIcon : AbstractButton.TextBesideIcon
    implicitHeight: Math.max(Theme.minTouch, root.implicitContentHeight + root.topPadding + root.bottomPadding)
    implicitWidth: Math.max(Theme.minTouch, root.implicitContentWidth + root.leftPadding + root.rightPadding)
    padding: root.compact ? Theme.smallSpacing : Theme.spacing
    horizontalPadding: root.compact ? Theme.smallSpacing : Theme.spacing * 1.5
    spacing: root.compact ? Theme.smallSpacing / 2 : Theme.spacing
    font.pixelSize: root.labelPixelSize
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

    contentItem: GridLayout {
        columns: root.compact ? 1 : 2
        rowSpacing: root.spacing
        columnSpacing: root.spacing

        IconImage {
            Layout.alignment: root.compact ? Qt.AlignHCenter : Qt.AlignVCenter
            Layout.preferredWidth: root.icon.width
            Layout.preferredHeight: root.icon.height
            source: root.icon.source
            sourceSize.width: root.icon.width
            sourceSize.height: root.icon.height
            color: root.icon.color
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            wrapMode: Text.WordWrap
            horizontalAlignment: root.compact ? Text.AlignHCenter : Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
            color: root.current ? Theme.colors.textOnPrimaryContainer : Theme.colors.text
            Accessible.ignored: true
            // No id inside a deferred contentItem (qmllint): the label makes itself known.
            Component.onCompleted: root.label = this
        }
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
