// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/**
 * The six check-in domains as small horizontal bars (0–10), each with its number written out,
 * and a marked line under the ones the person wants to talk about. Positioned by hand rather
 * than with layouts: the bars follow the width and the names wrap, which nested layouts
 * turn into polish loops.
 */
Column {
    id: root

    /** The domains to show, in order: the six parts of life, or the caregiver check-in's. */
    property var domains: Labels.checkInDomains
    /** {domainCode: 0..10} */
    property var ratings: ({})
    /** [domainCode, …] */
    property var discuss: []

    readonly property int maximum: 10
    /** Part of the width given to the domain's name; the bar and the number share the rest. */
    readonly property real labelShare: 0.45
    /** On narrow cards (or with large text) the name goes above its bar instead of beside it. */
    readonly property bool stacked: root.width < Theme.units * 16

    spacing: Theme.spacing

    Repeater {
        model: root.domains

        Column {
            id: row

            required property string modelData
            readonly property bool rated: root.ratings[row.modelData] !== undefined
            readonly property int value: row.rated ? root.ratings[row.modelData] : 0
            readonly property bool wantsToTalk: root.discuss.indexOf(row.modelData) >= 0

            width: root.width
            spacing: Theme.smallSpacing
            Accessible.role: Accessible.StaticText
            Accessible.name: (row.rated ? qsTr("%1: %2 out of %3", "@info accessible: domain rating")
                                          .arg(Labels.domain(row.modelData)).arg(row.value).arg(root.maximum)
                                        : qsTr("%1: not rated", "@info accessible").arg(Labels.domain(row.modelData)))
                             + (row.wantsToTalk ? ". " + discussLabel.text : "")

            Item {
                width: row.width
                height: root.stacked ? domainLabel.height + Theme.smallSpacing + valueLabel.height
                                     : Math.max(domainLabel.height, valueLabel.height)

                Label {
                    id: domainLabel

                    width: root.stacked ? parent.width : parent.width * root.labelShare
                    y: root.stacked ? 0 : (parent.height - height) / 2
                    text: Labels.domain(row.modelData)
                    wrapMode: Text.Wrap
                    color: Theme.colors.text
                }
                Rectangle {
                    x: root.stacked ? 0 : domainLabel.width + Theme.spacing
                    y: valueLabel.y + (valueLabel.height - height) / 2
                    width: Math.max(0, valueLabel.x - x - Theme.spacing)
                    height: Theme.barHeight
                    radius: height / 2
                    color: Theme.colors.barTrack
                    border.width: Theme.highContrast ? Theme.borderWidth : 0
                    border.color: Theme.colors.outline

                    Rectangle {
                        width: parent.width * row.value / root.maximum
                        height: parent.height
                        radius: parent.radius
                        color: Theme.colors.barFill
                    }
                }
                Label {
                    id: valueLabel

                    anchors.right: parent.right
                    y: root.stacked ? domainLabel.height + Theme.smallSpacing : (parent.height - height) / 2
                    width: Math.max(implicitWidth, Theme.units * 1.5)
                    horizontalAlignment: Text.AlignRight
                    text: row.rated ? String(row.value) : qsTr("–", "@info not rated")
                    font.weight: Font.DemiBold
                    color: Theme.colors.text
                }
            }

            Item {
                visible: row.wantsToTalk
                width: row.width
                height: discussLabel.height

                Rectangle {
                    // a small diamond, so the mark is not colour alone
                    x: Theme.smallSpacing / 2
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.smallSpacing * 2
                    height: width
                    rotation: 45
                    color: Theme.colors.discuss
                }
                Label {
                    id: discussLabel

                    x: Theme.smallSpacing * 3
                    width: parent.width - x
                    text: qsTr("You’d like to talk about this", "@info check-in discuss flag")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeSmall
                    font.italic: true
                    color: Theme.colors.discuss
                }
            }
        }
    }
}
