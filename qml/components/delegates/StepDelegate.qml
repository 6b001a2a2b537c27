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
