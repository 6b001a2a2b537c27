// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/** A safety number (60 digits in 12 groups of 5) set large and monospaced, read out in groups. */
Label {
    id: root

    property string number

    text: root.number
    font.family: "monospace"
    font.pixelSize: Theme.fontSizeLarge
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.Wrap
    color: Theme.colors.text
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Safety number: %1", "@info accessible").arg(root.number.split(" ").join(", "))
}
