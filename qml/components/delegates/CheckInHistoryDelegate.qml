// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * One earlier check-in (a row of CheckInController.history): when, who filled it in, the six
 * ratings as bars with what the person wanted to discuss, and questionnaire results in words.
 */
ColumnLayout {
    id: root

    required property date time
    required property bool byProxy
    /** Who filled it in for the patient ("Els Peeters for Maria"), empty if she did herself. */
    required property string actedBy
    required property var ratings
    required property var discuss
    required property var notes
    required property var instruments
    /** Her own check-in as a caregiver, not one about herself as a patient. */
    required property bool caregiver

    readonly property bool hasRatings: Object.keys(root.ratings).length > 0

    spacing: Theme.smallSpacing

    Label {
        objectName: "historyDateLabel"
        Layout.fillWidth: true
        text: root.caregiver
              ? qsTr("%1 · your caregiver check-in", "@info check-in date, the caregiver's own check-in").arg(Labels.day(root.time))
              : root.actedBy !== ""
                ? qsTr("%1 · filled in by %2", "@info check-in date, who filled it in (e.g. Els Peeters for Maria)").arg(Labels.day(root.time)).arg(root.actedBy)
                : root.byProxy && WorkspaceController.circleId !== ""
                  ? qsTr("%1 · filled in by someone helping %2", "@info check-in date, by proxy, read in a patient's circle").arg(Labels.day(root.time)).arg(WorkspaceController.circleName)
                  : root.byProxy
                    ? qsTr("%1 · filled in by someone helping you", "@info check-in date, by proxy").arg(Labels.day(root.time))
                    : Labels.day(root.time)
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    CheckInBars {
        Layout.fillWidth: true
        visible: root.hasRatings
        domains: root.caregiver ? Labels.caregiverDomains : Labels.checkInDomains
        ratings: root.ratings
        discuss: root.discuss
    }
    Repeater {
        model: Object.keys(root.notes)

        Label {
            required property string modelData

            Layout.fillWidth: true
            text: qsTr("%1: “%2”", "@info check-in note with its domain").arg(Labels.domain(modelData)).arg(root.notes[modelData])
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
    }
    Repeater {
        model: root.instruments

        Label {
            id: instrumentLabel

            required property var modelData
            readonly property var described: CheckInController.describeScore(instrumentLabel.modelData.instrument,
                                                                              instrumentLabel.modelData.derivedScore)

            Layout.fillWidth: true
            text: qsTr("%1: %2 — %3", "@info questionnaire title: score — band")
                  .arg(instrumentLabel.described.title ?? instrumentLabel.modelData.instrument)
                  .arg(instrumentLabel.described.scaled ? instrumentLabel.modelData.derivedScore
                                                        : instrumentLabel.modelData.rawScore)
                  .arg(instrumentLabel.described.bandLabel ?? "")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
    }
}
