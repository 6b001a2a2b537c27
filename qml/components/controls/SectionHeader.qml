// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * A heading inside a page or card, announced as a heading to screen readers. It wraps between
 * words; a word too long for the width (a greeting at 200 % text on a phone) makes the heading
 * smaller, down to three quarters of body size, rather than being cut in the middle.
 */
Label {
    id: root

    /** Larger, for the top of a page. */
    property bool pageTitle: false
    readonly property int preferredSize: root.pageTitle ? Theme.fontSizeTitle : Theme.fontSizeLarge

    font.pixelSize: Theme.fittingFontSize(root.preferredSize, Theme.fontSizeHeadingMinimum, root.width - root.leftPadding - root.rightPadding,
                                          Theme.widestWord(preferredMetrics, root.text), 0, 0)
    font.weight: Font.DemiBold
    wrapMode: Text.Wrap
    color: Theme.colors.text
    Accessible.role: Accessible.Heading
    Accessible.name: root.text

    FontMetrics {
        id: preferredMetrics

        font.pixelSize: root.preferredSize
        font.weight: Font.DemiBold
    }
}
