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
 *
 * Unsaved input: the shell calls `hasUnsavedChanges()` on the pages it is about to drop (a
 * destination, Back, closing the window) and asks "Discard this draft?" when one says yes.
 * An editor sets `draftGuard` and the page compares its fields with how they were when it
 * finished loading (`markClean()` takes that picture again, e.g. after an in-place save); a
 * page whose draft lives elsewhere binds `dirty` instead.
 */
Page {
    id: root

    property int maximumContentWidth: Theme.contentMaxWidth
    /** Centre short content vertically too (sign-in style pages). */
    property bool centerVertically: false
    default property alias content: column.data
    readonly property alias flickable: flickable
    readonly property int margin: Theme.wide ? Theme.largeSpacing : Theme.spacing * 1.5
    /** "" (nothing to guard), "text" (typed text only: a comment box on a page whose other
     *  controls save at once) or "form" (every field: text, choices, check boxes, sliders). */
    property string draftGuard: ""
    /** Set by a page that knows by itself that it holds unsaved input. */
    property bool dirty: false
    /** The fields as loaded (see markClean()). */
    property string cleanFields: ""

    /** Emitted by the page's own Cancel: the shell closes it as Back would, asking first
     *  when it holds unsaved input. */
    signal closeRequested()
    /** Emitted by a page's own Lock (Settings' "Lock now"): the shell locks as its own Lock
     *  button does, asking first when a page holds unsaved input. */
    signal lockRequested()

    /** True when leaving the page would lose what the person entered. */
    function hasUnsavedChanges(): bool {
        // Before the page took its picture of the loaded fields (just shown) nothing was typed.
        return root.dirty || (root.draftGuard !== "" && root.cleanFields !== "" && root.fieldValues() !== root.cleanFields);
    }
    /** Takes the fields as they are now as the saved state. */
    function markClean(): void {
        root.cleanFields = root.fieldValues();
    }
    /** The values of the page's input fields, in tree order, as one string. */
    function fieldValues(): string {
        if (root.draftGuard === "")
            return "";
        const values = [];
        const everyField = root.draftGuard === "form";
        const visit = node => {
            if (node instanceof ComboBox) {
                // Its text is the chosen item's (read-only, translated): the choice is what counts.
                if (everyField)
                    values.push(node.currentIndex);
                return;
            }
            // An empty text box is nothing to lose: boxes that appear or go with the data (a
            // comment box per shared item) must not make the page look unsaved.
            if ((node instanceof TextInput || node instanceof TextEdit) && !node.readOnly && (everyField || node.text !== ""))
                values.push(node.text);
            else if (everyField && node instanceof Slider)
                values.push(node.value);
            else if (everyField && node instanceof AbstractButton && node.checkable)
                values.push(node.checked);
            // An index loop: a list property is not iterable with for…of in Qt 6.4.
            for (let i = 0; i < node.children.length; ++i)
                visit(node.children[i]);
        };
        visit(column);
        return JSON.stringify(values);
    }

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

    // After every Component.onCompleted of the page (editors load their record there): the
    // picture of the fields as loaded is taken on the next turn of the event loop.
    Timer {
        interval: 0
        running: true
        onTriggered: root.markClean()
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
