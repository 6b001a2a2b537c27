// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/** A check box at least Theme.minTouch tall whose text wraps; its text is its accessible name. */
CheckBox {
    id: root

    implicitHeight: Math.max(Theme.minTouch, root.implicitContentHeight + root.topPadding + root.bottomPadding)
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.text
    // Qt 6.4's AT-SPI Toggle and Press only flip `checked`, without toggled() or clicked(),
    // so the onToggled handlers that store the choice never ran for switch access or a
    // screen reader: do what a click does (tests/atspi).
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
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        color: Theme.colors.text
        opacity: root.enabled ? 1 : Theme.disabledOpacity
    }
}
