// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Bottom navigation for phones: icons with short labels (`shortTitle`) that wrap between
 * words and are never cut. The bar measures the labels in the current font and text size
 * and shows as many destinations, in order, as get a slot wide enough for their longest
 * word; the rest go behind a "More" button with a menu. So at 200 % text the first ones
 * (Home, the check-in) stay one tap away, and pages can be added to AppShell's list
 * without redesigning the bar. The labels grow with the text size up to 1.35 times the
 * small text at 100 %: beside their icon they are captions, and at 200 % text a label as big as
 * body text would leave room for Home and More only (the pages' own text does grow fully).
 */
ToolBar {
    id: root

    /** [{key, title, shortTitle, icon}, …] in order. */
    property var destinations: []
    property string currentKey

    signal activated(string key)

    readonly property string moreText: qsTr("More", "@action:button navigation overflow")
    readonly property int labelPixelSize: Math.min(Theme.fontSizeSmall, Math.round(Theme.baseFontSize * 0.875 * 1.35))
    /** How many destinations get their own button; the rest are in the "More" menu. */
    readonly property int shownCount: root.fittingCount(root.availableWidth)
    readonly property bool overflowing: root.shownCount < root.destinations.length
    readonly property var hidden: root.destinations.slice(root.shownCount)
    readonly property bool currentIsHidden: root.hidden.some(destination => destination.key === root.currentKey)

    /** The most destinations (at least one) whose equal slots, with More when some are left
     *  out, fit in @p space without cutting a word of any label. */
    function fittingCount(space: real): int {
        // advanceWidth() is a call, not a property: read the font so a change re-measures.
        void metrics.font;
        const needed = root.destinations.map(destination => Math.max(Theme.minTouch, moreButton.neededWidth(destination.shortTitle, metrics)));
        const moreNeeded = Math.max(Theme.minTouch, moreButton.neededWidth(root.moreText, metrics));
        const fits = (count, withMore) => {
            const slots = count + (withMore ? 1 : 0);
            const widest = Math.max(withMore ? moreNeeded : 0, ...needed.slice(0, count));
            return slots * widest + (slots - 1) * row.spacing <= space;
        };
        if (fits(needed.length, false))
            return needed.length;
        for (let count = needed.length - 1; count > 1; --count) {
            if (fits(count, true))
                return count;
        }
        return 1;
    }

    padding: Theme.smallSpacing
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation", "@label accessible")

    background: Rectangle {
        color: Theme.colors.surfaceVariant

        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
        }
    }

    FontMetrics {
        id: metrics

        // The current destination's label is DemiBold: measure the wider weight.
        font.pixelSize: root.labelPixelSize
        font.weight: Font.DemiBold
    }

    RowLayout {
        id: row

        width: root.availableWidth
        spacing: Theme.smallSpacing

        Repeater {
            // All destinations always, hidden beyond shownCount: rebuilding the delegates
            // while the row is being laid out (the width changed) crashes Qt 6.4's layout engine.
            model: root.destinations

            NavigationButton {
                required property var modelData
                required property int index

                objectName: "barButton_" + modelData.key
                visible: index < root.shownCount
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                compact: true
                labelPixelSize: root.labelPixelSize
                current: modelData.key === root.currentKey
                text: modelData.shortTitle
                icon.source: modelData.icon
                Accessible.name: modelData.title
                onClicked: root.activated(modelData.key)
            }
        }

        NavigationButton {
            id: moreButton

            objectName: "moreButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            visible: root.overflowing
            compact: true
            labelPixelSize: root.labelPixelSize
            current: root.currentIsHidden
            text: root.moreText
            icon.source: Qt.resolvedUrl("../../icons/more.svg")
            Accessible.name: qsTr("More pages", "@action:button accessible")
            onClicked: moreMenu.open()

            Menu {
                id: moreMenu

                y: -moreMenu.height

                Repeater {
                    model: root.hidden

                    MenuItem {
                        id: hiddenItem

                        Accessible.onPressAction: {
                            if (hiddenItem.enabled)
                                hiddenItem.triggered();
                        }
                        required property var modelData

                        text: modelData.title
                        icon.source: modelData.icon
                        font.weight: modelData.key === root.currentKey ? Font.DemiBold : Font.Normal
                        Accessible.checked: modelData.key === root.currentKey
                        implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + topPadding + bottomPadding)
                        Accessible.name: modelData.title
                        onTriggered: root.activated(modelData.key)
                    }
                }
            }
        }
    }
}
