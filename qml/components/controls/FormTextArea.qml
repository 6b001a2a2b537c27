// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A multi-line text field for a person's own words: wraps, grows with its text, at least
 * Theme.minTouch tall; Tab and Shift+Tab move focus rather than typing a tab.
 * Callers set Accessible.name.
 */
TextArea {
    id: root

    implicitHeight: Math.max(Theme.minTouch, root.contentHeight + root.topPadding + root.bottomPadding)
    padding: Theme.spacing
    wrapMode: TextEdit.Wrap
    textFormat: TextEdit.PlainText
    font.pixelSize: Theme.fontSizeBody
    color: Theme.colors.text
    placeholderTextColor: Theme.colors.textMuted
    selectByMouse: true
    Accessible.role: Accessible.EditableText

    Keys.onTabPressed: event => {
        const next = root.nextItemInFocusChain(true);
        if (next)
            next.forceActiveFocus(Qt.TabFocusReason);
        event.accepted = true;
    }
    Keys.onBacktabPressed: event => {
        const previous = root.nextItemInFocusChain(false);
        if (previous)
            previous.forceActiveFocus(Qt.BacktabFocusReason);
        event.accepted = true;
    }

    background: Rectangle {
        implicitWidth: Theme.units * 10
        radius: Theme.smallRadius
        color: Theme.colors.surface
        border.width: root.activeFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: root.activeFocus ? Theme.colors.focus : Theme.colors.outline
    }
}
