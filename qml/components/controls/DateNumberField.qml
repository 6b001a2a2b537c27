// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import CareCircle

/** One part of a typed date (day, month or year): a label above a short digits-only field. */
Column {
    id: root

    property string label
    /** What a screen reader says (DateField adds which date it is part of). */
    property string accessibleName: root.label
    property int maximumLength: 2
    property int highest: 31
    property alias text: field.text
    readonly property alias input: field

    spacing: Theme.smallSpacing

    Label {
        text: root.label
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.colors.textMuted
        Accessible.ignored: true
    }
    TextField {
        id: field

        objectName: root.objectName + "Input"
        width: Math.max(Theme.minTouch * 1.25, fieldMetrics.averageCharacterWidth * (root.maximumLength + 2) + leftPadding + rightPadding)
        implicitHeight: Math.max(Theme.minTouch, fieldMetrics.height + field.topPadding + field.bottomPadding)
        maximumLength: root.maximumLength
        inputMethodHints: Qt.ImhDigitsOnly
        validator: IntValidator {
            bottom: 0
            top: root.highest
        }
        horizontalAlignment: TextInput.AlignHCenter
        font.pixelSize: Theme.fontSizeBody
        color: Theme.colors.text
        selectByMouse: true
        Accessible.name: root.accessibleName
        Accessible.role: Accessible.EditableText

        background: Rectangle {
            radius: Theme.smallRadius
            color: Theme.colors.surface
            border.width: field.activeFocus ? Theme.focusWidth : Theme.borderWidth
            border.color: field.activeFocus ? Theme.colors.focus : Theme.colors.outline
        }

        FontMetrics {
            id: fieldMetrics

            font: field.font
        }
    }
}
