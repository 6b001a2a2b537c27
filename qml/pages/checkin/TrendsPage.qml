// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * How the six domains have moved: a radar of the latest check-in against an earlier one
 * the person chooses, and a small chart per domain over 4, 12 or 52 weeks, each with its
 * scale, its dates and every value readable (TrendLineChart).
 */
ScrollablePage {
    id: root

    readonly property real twoColumnWidth: Theme.units * 40

    title: qsTr("Trends", "@title:window")

    EmptyState {
        Layout.fillWidth: true
        visible: TrendsController.checkInCount === 0
        title: qsTr("Your trends will appear here", "@title empty trends")
        explanation: qsTr("After your first check-in you see here how you are doing in each part of life, and after a few weeks how that changes. Bring it along when you talk with your care team.",
                   "@info empty trends")
    }

    HistoryLoadingRow {
        Layout.fillWidth: true
    }

    Card {
        Layout.fillWidth: true
        visible: TrendsController.checkInCount > 0
        title: qsTr("Now and before", "@title:group trends radar")

        Label {
            Layout.fillWidth: true
            text: qsTr("Latest check-in: %1", "@info trends").arg(Labels.day(TrendsController.latestDate))
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Label {
            id: compareLabel

            Layout.fillWidth: true
            visible: TrendsController.comparisonChoices.length > 0
            text: qsTr("Compare with the check-in of", "@label:listbox")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ChoiceBox {
            id: compareBox

            Layout.fillWidth: true
            visible: TrendsController.comparisonChoices.length > 0
            model: TrendsController.comparisonChoices
            textRole: "text"
            Accessible.name: compareLabel.text
            onModelChanged: compareBox.selectValue(TrendsController.comparisonIndex)
            Component.onCompleted: compareBox.selectValue(TrendsController.comparisonIndex)
            onActivated: TrendsController.comparisonIndex = compareBox.currentValue
        }
        RadarChart {
            id: radar

            Layout.fillWidth: true
            Layout.preferredHeight: radar.compact ? radar.implicitHeight : Math.min(Theme.units * 22, root.width)
            entries: TrendsController.radar
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.largeSpacing

            Label {
                Layout.fillWidth: true
                text: qsTr("━ Latest check-in", "@info trends legend")
                wrapMode: Text.Wrap
                color: Theme.colors.primary
            }
            Label {
                Layout.fillWidth: true
                visible: TrendsController.comparisonChoices.length > 0
                text: qsTr("┅ Earlier check-in", "@info trends legend")
                wrapMode: Text.Wrap
                color: Theme.colors.textMuted
            }
        }
    }

    Card {
        id: overTime

        Layout.fillWidth: true
        visible: TrendsController.checkInCount > 0
        title: qsTr("Over time", "@title:group trends lines")

        Label {
            id: rangeLabel

            Layout.fillWidth: true
            text: qsTr("Period", "@label:listbox")
            color: Theme.colors.text
        }
        ChoiceBox {
            id: rangeBox

            Layout.fillWidth: true
            model: [
                { value: 4, text: qsTr("Last 4 weeks", "@item:inlistbox trends period") },
                { value: 12, text: qsTr("Last 12 weeks", "@item:inlistbox trends period") },
                { value: 52, text: qsTr("Last year", "@item:inlistbox trends period") }
            ]
            Accessible.name: rangeLabel.text
            onModelChanged: rangeBox.selectValue(TrendsController.rangeWeeks)
            Component.onCompleted: rangeBox.selectValue(TrendsController.rangeWeeks)
            onActivated: TrendsController.rangeWeeks = rangeBox.currentValue
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("0 means very hard, 10 means very good.", "@info check-in scale")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
        GridLayout {
            Layout.fillWidth: true
            columns: overTime.width >= root.twoColumnWidth ? 2 : 1
            columnSpacing: Theme.largeSpacing
            rowSpacing: Theme.largeSpacing

            Repeater {
                model: TrendsController.series

                TrendLineChart {
                    required property var modelData

                    Layout.fillWidth: true
                    series: modelData
                }
            }
        }
    }
}
