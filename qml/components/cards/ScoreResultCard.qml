// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * The result of a questionnaire, described in plain words: the score out of its maximum, what
 * the range it falls in means, the suggestion to talk about it with the care team (never a
 * diagnosis), and whose instrument it is.
 */
Card {
    id: root

    /** From CheckInController.saveInstrument() / scoreInstrument(). */
    property var result: ({})
    readonly property bool scaled: root.result.scaled === true

    title: qsTr("Your result", "@title:group questionnaire result")

    Label {
        objectName: "scoreLabel"
        Layout.fillWidth: true
        text: root.scaled
              ? qsTr("%1 out of %2", "@info questionnaire score").arg(root.result.derivedScore ?? 0).arg(root.result.derivedMaximum ?? 0)
              : qsTr("%1 out of %2", "@info questionnaire score").arg(root.result.rawScore ?? 0).arg(root.result.rawMaximum ?? 0)
        font.pixelSize: Theme.fontSizeTitle
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        color: Theme.colors.text
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Score: %1", "@info accessible").arg(text)
    }
    Label {
        Layout.fillWidth: true
        visible: root.scaled
        text: qsTr("Sum of your answers: %1 out of %2, multiplied by %3.", "@info questionnaire raw score")
              .arg(root.result.rawScore ?? 0).arg(root.result.rawMaximum ?? 0)
              .arg(root.result.rawMaximum > 0 ? Math.round(root.result.derivedMaximum / root.result.rawMaximum) : 1)
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
    Label {
        objectName: "bandLabel"
        Layout.fillWidth: true
        text: root.result.bandLabel ?? ""
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    Label {
        objectName: "descriptionLabel"
        Layout.fillWidth: true
        text: root.result.description ?? ""
        wrapMode: Text.Wrap
        color: Theme.colors.text
    }
    MessageLabel {
        Layout.fillWidth: true
        text: qsTr("Talk about this with your care team. A score is a way to start the conversation, not a diagnosis.",
                   "@info questionnaire result")
    }
    Label {
        Layout.fillWidth: true
        text: root.result.attribution ?? ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
    }
}
