// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/** What a card shows while it has nothing yet: a short headline and a line that guides. */
Column {
    id: root

    property string title
    property string explanation

    spacing: Theme.smallSpacing
    Accessible.role: Accessible.StaticText
    Accessible.name: root.title + ". " + root.explanation

    Label {
        width: root.width
        visible: root.title !== ""
        text: root.title
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    Label {
        width: root.width
        visible: root.explanation !== ""
        text: root.explanation
        wrapMode: Text.Wrap
        color: Theme.colors.textMuted
    }
}
