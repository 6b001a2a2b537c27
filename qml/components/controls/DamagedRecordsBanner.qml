// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Says plainly that some records could not be read and were kept aside (DESIGN.md §4:
 * never silently dropped), with the list of them behind "Show details".
 */
Pane {
    id: root

    /** One translated line per damaged record. */
    property var records: []
    property bool expanded: false

    visible: root.records.length > 0
    padding: Theme.spacing
    horizontalPadding: Theme.largeSpacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: headline.text

    background: Rectangle {
        color: Theme.colors.warningContainer
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.colors.textOnWarningContainer

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.colors.textOnWarningContainer
        }
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                id: headline

                Layout.fillWidth: true
                text: qsTr("%n record(s) could not be read and were set aside. Nothing was deleted; the rest of your information is fine.",
                           "@info damaged records banner", root.records.length)
                wrapMode: Text.Wrap
                color: Theme.colors.textOnWarningContainer
            }
            ActionButton {
                id: detailsButton

                flat: true
                text: root.expanded ? qsTr("Hide details", "@action:button") : qsTr("Show details", "@action:button")
                Accessible.name: text
                contentItem: Label {
                    text: detailsButton.text
                    font.underline: true
                    color: Theme.colors.textOnWarningContainer
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: root.expanded = !root.expanded
            }
        }

        Repeater {
            model: root.expanded ? root.records : []

            Label {
                required property string modelData

                Layout.fillWidth: true
                text: modelData
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textOnWarningContainer
            }
        }
    }
}
