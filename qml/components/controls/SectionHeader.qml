// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/** A heading inside a page or card, announced as a heading to screen readers. */
Label {
    id: root

    /** Larger, for the top of a page. */
    property bool pageTitle: false

    font.pixelSize: root.pageTitle ? Theme.fontSizeTitle : Theme.fontSizeLarge
    font.weight: Font.DemiBold
    wrapMode: Text.Wrap
    color: Theme.colors.text
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
}
