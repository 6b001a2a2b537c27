// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A drop-down list of [{text, value}, …] with touch-sized rows. `currentValue` is what the
 * caller reads; `selectValue()` moves the selection without emitting `activated`.
 *
 * Long choices never get cut off, whatever the text size: the chosen value wraps onto more
 * lines (the box grows taller), and the list opens as wide as its longest choice needs, up
 * to the window's width less a margin, where each row wraps too.
 */
ComboBox {
    id: root

    /** Width the widest choice needs on one line in the open list (row padding included). */
    readonly property real naturalPopupWidth: {
        let widest = 0;
        for (let i = 0; i < root.count; ++i)
            widest = Math.max(widest, root.choiceMetrics.advanceWidth(root.textAt(i)));
        return Math.ceil(widest) + 2 * root.rowPadding + 2 * Theme.borderWidth;
    }

    function selectValue(value: var): void {
        root.currentIndex = root.indexOfValue(value);
    }

    // ---- private ----------------------------------------------------------------------------
    readonly property int rowPadding: Theme.spacing * 2
    // Before the window has a width (a box built while its page is not shown yet), no bound:
    // falling back on the box's own width made its implicit width depend on itself.
    readonly property real windowWidth: root.Window.width > 0 ? root.Window.width : 1e9
    readonly property FontMetrics choiceMetrics: FontMetrics {
        font: root.font
    }

    textRole: "text"
    valueRole: "value"
    // As wide as the chosen text needs on one line, never wider than the window: in a layout the
    // box is narrowed to what is there, and the text wraps.
    implicitWidth: Math.min(root.windowWidth - 2 * Theme.spacing,
                            Math.max(root.implicitBackgroundWidth + root.leftInset + root.rightInset,
                                     root.implicitContentWidth + root.leftPadding + root.rightPadding))
    implicitHeight: Math.max(Theme.minTouch, root.implicitContentHeight + root.topPadding + root.bottomPadding)
    topPadding: Theme.smallSpacing
    bottomPadding: Theme.smallSpacing
    Accessible.role: Accessible.ComboBox

    contentItem: Label {
        leftPadding: root.mirrored ? 0 : root.rowPadding
        rightPadding: root.mirrored ? root.rowPadding : 0
        text: root.displayText
        // The chosen value matters: it wraps rather than being elided.
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        font: root.font
        color: Theme.colors.text
    }

    background: Rectangle {
        implicitWidth: Theme.units * 8
        implicitHeight: Theme.minTouch
        radius: Theme.smallRadius
        color: root.down ? Theme.colors.surfaceVariant : Theme.colors.surface
        border.width: root.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: root.visualFocus ? Theme.colors.focus : Theme.colors.outline
    }

    popup: Popup {
        // Starts under the box, at its leading edge; the margins keep it inside the window
        // (Qt moves a popup that would stick out back in, and opens it upwards when needed).
        x: root.mirrored ? root.width - root.popup.width : 0
        y: root.height
        width: Math.min(root.windowWidth - 2 * root.popup.margins, Math.max(root.width, root.naturalPopupWidth))
        height: Math.min(root.popup.contentItem.implicitHeight + root.popup.topPadding + root.popup.bottomPadding,
                         root.Window.height - 2 * root.popup.margins)
        margins: Theme.spacing
        padding: Theme.borderWidth

        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            model: root.delegateModel
            currentIndex: root.highlightedIndex
            highlightMoveDuration: 0

            ScrollIndicator.vertical: ScrollIndicator { }
        }

        background: Rectangle {
            color: Theme.colors.surface
            radius: Theme.smallRadius
            border.width: Theme.borderWidth
            border.color: Theme.colors.outline
        }
    }

    delegate: ItemDelegate {
        id: choice

        required property var modelData
        required property int index

        width: ListView.view ? ListView.view.width : implicitWidth
        implicitHeight: Math.max(Theme.minTouch, choice.implicitContentHeight + choice.topPadding + choice.bottomPadding)
        leftPadding: root.rowPadding
        rightPadding: root.rowPadding
        text: root.textAt(choice.index)
        font: root.font
        highlighted: root.highlightedIndex === choice.index
        Accessible.name: choice.text

        contentItem: Label {
            text: choice.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: choice.font.pixelSize
            font.weight: root.currentIndex === choice.index ? Font.DemiBold : Font.Normal
            color: choice.highlighted ? Theme.colors.textOnPrimaryContainer : Theme.colors.text
        }
        background: Rectangle {
            color: choice.highlighted || choice.down ? Theme.colors.primaryContainer
                   : choice.visualFocus || choice.hovered ? Theme.colors.surfaceVariant
                   : "transparent"
        }
    }
}
