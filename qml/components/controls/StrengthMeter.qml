// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Shows VaultController.passphraseStrength(): four segments, the verdict and the advice.
 * Colour is never the only cue: the verdict is written out.
 */
ColumnLayout {
    id: root

    /** {score: 0..4, acceptable: bool, label: string, hint: string} */
    property var strength: ({})
    /** Nothing typed yet: show the advice without a verdict. */
    property bool empty: true

    readonly property int score: root.empty ? 0 : (root.strength.score ?? 0)
    readonly property bool acceptable: !root.empty && (root.strength.acceptable ?? false)
    readonly property int segments: 4

    spacing: Theme.smallSpacing
    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("Passphrase strength", "@label accessible name of the meter")
    Accessible.description: root.empty ? "" : (root.strength.label ?? "") + ". " + (root.strength.hint ?? "")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        Repeater {
            model: root.segments

            Rectangle {
                required property int index

                Layout.fillWidth: true
                implicitHeight: Theme.barHeight
                radius: height / 2
                color: index < root.score ? (root.acceptable ? Theme.colors.success : Theme.colors.danger)
                                          : Theme.colors.barTrack
                border.width: Theme.highContrast ? Theme.borderWidth : 0
                border.color: Theme.colors.outline
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: !root.empty
        text: qsTr("Strength: %1", "@info passphrase strength verdict").arg(root.strength.label ?? "")
        wrapMode: Text.Wrap
        font.weight: Font.DemiBold
        color: root.acceptable ? Theme.colors.success : Theme.colors.danger
    }
    Label {
        Layout.fillWidth: true
        visible: text !== ""
        text: root.strength.hint ?? ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
}
