// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * A titled surface that groups related content; its children are laid out in a column.
 * Announced to screen readers as a group named by its title.
 */
Pane {
    id: root

    property string title
    default property alias content: column.data

    padding: Theme.largeSpacing
    Accessible.role: Accessible.Grouping
    Accessible.name: root.title

    background: Rectangle {
        color: Theme.colors.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.highContrast ? Theme.colors.outline : Theme.colors.divider
    }

    ColumnLayout {
        id: column

        width: root.availableWidth
        spacing: Theme.spacing

        SectionHeader {
            Layout.fillWidth: true
            visible: root.title !== ""
            text: root.title
        }
    }
}
