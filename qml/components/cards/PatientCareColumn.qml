// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * The right column of the care-team workspace's patient view (below the goals on a narrow
 * page): check-in trends, recent check-ins and the care plan, each with comments.
 */
ColumnLayout {
    id: root

    spacing: Theme.largeSpacing

    Card {
        Layout.fillWidth: true
        title: qsTr("Check-in trends", "@title:group patient view")

        EmptyState {
            Layout.fillWidth: true
            visible: WorkspaceController.trends.checkInCount === 0
            title: qsTr("No check-ins shared", "@info empty patient trends")
        }
        Label {
            Layout.fillWidth: true
            visible: WorkspaceController.trends.checkInCount > 1
            text: qsTr("Latest check-in (filled) against the one of %1 (outline).", "@info radar chart legend")
                  .arg(WorkspaceController.trends.comparisonChoices.length > 0
                       ? WorkspaceController.trends.comparisonChoices[WorkspaceController.trends.comparisonIndex].text : "")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        RadarChart {
            id: radar

            Layout.fillWidth: true
            Layout.preferredHeight: radar.compact ? radar.implicitHeight : Math.min(Theme.units * 18, radar.width)
            visible: WorkspaceController.trends.checkInCount > 0
            entries: WorkspaceController.trends.radar
        }
        GridLayout {
            Layout.fillWidth: true
            columns: width > Theme.units * 30 ? 2 : 1
            columnSpacing: Theme.largeSpacing
            rowSpacing: Theme.spacing

            Repeater {
                model: WorkspaceController.trends.series

                TrendLineChart {
                    required property var modelData

                    Layout.fillWidth: true
                    series: modelData
                }
            }
        }
    }

    SectionHeader {
        Layout.fillWidth: true
        text: qsTr("Recent check-ins", "@title patient view")
        visible: WorkspaceController.checkIns.count > 0
    }
    Repeater {
        model: WorkspaceController.checkIns

        SharedItemCard {
            Layout.fillWidth: true
            kind: "check_in"
        }
    }

    SectionHeader {
        Layout.fillWidth: true
        text: qsTr("Care plan", "@title patient view")
    }
    Label {
        Layout.fillWidth: true
        text: WorkspaceController.hasPlan ? WorkspaceController.planTitle
                                          : qsTr("No care plan is shared with you.", "@info patient view")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    MessageLabel {
        Layout.fillWidth: true
        kind: WorkspaceController.reviewOverdue ? MessageLabel.Warning : MessageLabel.Note
        text: !Labels.isValidDate(WorkspaceController.nextReview) ? ""
              : WorkspaceController.reviewOverdue
                ? qsTr("The review planned for %1 has passed.", "@info care plan review date").arg(Labels.longDate(WorkspaceController.nextReview))
                : qsTr("Next review: %1", "@info care plan review date").arg(Labels.longDate(WorkspaceController.nextReview))
    }
    Repeater {
        model: WorkspaceController.activities

        SharedItemCard {
            Layout.fillWidth: true
            kind: "activity"
        }
    }
}
