// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/** One step of a goal as a check box whose text wraps; at least Theme.minTouch tall. */
CheckBox {
    id: root

    implicitHeight: Math.max(Theme.minTouch, implicitContentHeight + topPadding + bottomPadding)
    spacing: Theme.spacing
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.text
    // Qt 6.4's AT-SPI Toggle and Press only flip `checked`, without toggled() or clicked(),
    // so the onToggled handler that stores the step never ran for switch access or a screen
    // reader: do what a click does (tests/atspi).
    Accessible.onToggleAction: root.accessibleClick()
    Accessible.onPressAction: root.accessibleClick()

    function accessibleClick(): void {
        if (!root.enabled)
            return;
        root.toggle();
        root.toggled();
        root.clicked();
    }

    contentItem: Label {
        leftPadding: root.indicator.width + root.spacing
        text: root.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        font.strikeout: root.checked
        color: root.checked ? Theme.colors.textMuted : Theme.colors.text
    }
}
