// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A drop-down list of [{text, value}, …] with touch-sized rows. `currentValue` is what the
 * caller reads; `selectValue()` moves the selection without emitting `activated`.
 */
ComboBox {
    id: root

    function selectValue(value: var): void {
        root.currentIndex = root.indexOfValue(value);
    }

    textRole: "text"
    valueRole: "value"
    implicitHeight: Math.max(Theme.minTouch, root.implicitContentHeight + root.topPadding + root.bottomPadding)
    Accessible.role: Accessible.ComboBox

    background: Rectangle {
        implicitWidth: Theme.units * 8
        implicitHeight: Theme.minTouch
        radius: Theme.smallRadius
        color: root.down ? Theme.colors.surfaceVariant : Theme.colors.surface
        border.width: root.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: root.visualFocus ? Theme.colors.focus : Theme.colors.outline
    }

    delegate: ItemDelegate {
        id: choice

        required property var modelData
        required property int index

        width: ListView.view ? ListView.view.width : implicitWidth
        implicitHeight: Math.max(Theme.minTouch, choice.implicitContentHeight + choice.topPadding + choice.bottomPadding)
        text: choice.modelData.text
        font.weight: root.currentIndex === choice.index ? Font.DemiBold : Font.Normal
        highlighted: root.highlightedIndex === choice.index
        Accessible.name: choice.text
    }
}
