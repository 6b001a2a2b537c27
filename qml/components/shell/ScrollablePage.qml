// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * A page whose content is a vertical column that scrolls when taller than the window and
 * stays centred at `maximumContentWidth` on wide windows. Keyboard focus moving to an item
 * out of view scrolls it into view.
 */
Page {
    id: root

    property int maximumContentWidth: Theme.contentMaxWidth
    /** Centre short content vertically too (sign-in style pages). */
    property bool centerVertically: false
    default property alias content: column.data
    readonly property alias flickable: flickable
    readonly property int margin: Theme.wide ? Theme.largeSpacing : Theme.spacing * 1.5

    function revealItem(item: Item): void {
        let ancestor = item;
        while (ancestor && ancestor !== column)
            ancestor = ancestor.parent;
        if (!ancestor)
            return;
        const area = item.mapToItem(flickable.contentItem, 0, 0, item.width, item.height);
        if (area.y < flickable.contentY)
            flickable.contentY = Math.max(0, area.y - root.margin);
        else if (area.y + area.height > flickable.contentY + flickable.height)
            flickable.contentY = Math.min(flickable.contentHeight - flickable.height,
                                          area.y + area.height - flickable.height + root.margin);
    }

    background: Rectangle {
        color: Theme.colors.background
    }

    Flickable {
        id: flickable

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.y + column.implicitHeight + root.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
            policy: flickable.contentHeight > flickable.height ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff
        }

        ColumnLayout {
            id: column

            x: Math.max(root.margin, (flickable.width - width) / 2)
            y: root.centerVertically ? Math.max(root.margin, (flickable.height - implicitHeight) / 2) : root.margin
            width: Math.min(root.maximumContentWidth, flickable.width - 2 * root.margin)
            spacing: Theme.largeSpacing
        }
    }

    Connections {
        target: root.Window.window

        function onActiveFocusItemChanged(): void {
            const item = root.Window.activeFocusItem;
            if (item)
                root.revealItem(item);
        }
    }
}
